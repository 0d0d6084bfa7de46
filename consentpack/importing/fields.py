"""The source's words as a leaflet's fields take them: Markdown that says only what the source
says (its '*', '<' and '{' are characters, not markup, HTML or placeholders), and plain text
the leaflet's rules accept, whatever a web page or Word file held."""

import re
import unicodedata

from ..library.fonts import unprintable
from ..limits import MARKDOWN_CHARS
from .leads import clipped

PLAIN_CHARS = 300  # PlainText's limit
_MARKUP = re.compile(r"([\\`*_\[\]<>{}])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_BLOCK_START = re.compile(r"^(\s*)([#>+=|-]|\d+[.)])")


def printable(text: str) -> str:
    """The text without the characters the leaflet refuses: control and invisible formatting
    characters, and what the bundled fonts cannot print."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf")
                   and (ch.isspace() or not unprintable(ch)))


def unprintable_characters(texts: list[str]) -> str:
    """The characters `printable` leaves out of these texts, each once, in order."""
    left_out = dict.fromkeys(ch for text in texts for ch in text if ch not in printable(ch))
    return "".join(left_out)


def plain(text: str) -> str:
    """One line of plain text (a name, a title, a question), within PlainText's limit."""
    return clipped(" ".join(printable(text).split()), PLAIN_CHARS)


def markdown(text: str) -> str:
    """One paragraph of the source as Markdown that renders as exactly its words."""
    escaped = _ENTITY.sub("\\&", _MARKUP.sub(r"\\\1", " ".join(printable(text).split())))
    return _BLOCK_START.sub(lambda match: match[1] + "\\" + match[2], escaped)


def markdown_paragraphs(paragraphs: list[str | list[str]]) -> str:
    """Paragraphs, and lists given as lists of items, as one Markdown field."""
    parts = ["\n".join(f"- {markdown(item)}" for item in part) if isinstance(part, list) else markdown(part)
             for part in paragraphs]
    return "\n\n".join(part for part in parts if part)


def fits(text: str) -> bool:
    """Whether a Markdown field of this text is within the leaflet's limit for one field."""
    return 0 < len(text) <= MARKDOWN_CHARS
