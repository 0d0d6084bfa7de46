"""Where a paragraph's or item's own title ends: its bold lead-in ("**Bleeding.** You may..."),
a short phrase that works as one ("Early days: Many patients walk..."), or for a bare item
its first words, so a risk, step or stage is named in the source's words, never ours."""

import re

from .blocks import Block
from .figures import first_figure_at

NAME_WORDS = 8  # a longer name is cut at its first comma: "Continued pain, especially if..."
NAME_CHARS = 120
_LEAD_WORDS = 6
_SENTENCE_WORDS = frozenset({  # a phrase holding one of these is a sentence, not a title
    "i", "you", "we", "it", "they", "he", "she", "this", "that", "there", "is", "are", "was", "were", "be",
    "will", "can", "may", "might", "should", "would", "could", "has", "have", "had", "do", "does", "not",
    "no", "yes"})
_IMPLIED = re.compile(r"([^.:?!]{1,80}?[.:])\s+(?=\S)")
# Left dangling where a name is cut before its figure: "Bleeding in about 1 in 100" -> "Bleeding".
_DANGLING = frozenset({
    "in", "of", "about", "around", "approximately", "roughly", "up", "to", "less", "more", "than", "fewer",
    "under", "over", "between", "some", "an", "a", "the", "and", "or", "with", "which", "who", "affects",
    "affecting", "happens", "occurs", "is", "are", "for", "at", "least", "most", "nearly", "almost",
    "estimated", "approx"})
_STOPS = re.compile(r"\(|:|;|\s[-\u2013\u2014]\s|[.!?](?:\s|$)")
_TRIM = " \t.,;:-\u2013\u2014"


def tidy(text: str) -> str:
    return text.strip(_TRIM + "!?").strip()


def lead_of(block: Block) -> str:
    """The block's lead-in: the reader's bold one, else a short phrase ending in '.' or ':'
    before more text, with no word that makes it a sentence ('No.' is an answer, not a title)."""
    if block.lead and block.text.startswith(block.lead):
        return block.lead
    match = _IMPLIED.match(block.text)
    if not match:
        return ""
    words = re.findall(r"[\w']+", match.group(1).casefold())
    if not words or len(words) > _LEAD_WORDS or _SENTENCE_WORDS.intersection(words):
        return ""
    return match.group(1)


def after_lead(block: Block, lead: str) -> str:
    return block.text[len(lead):].strip() if lead else block.text


def short_name(text: str) -> str:
    """The text up to its first figure, bracket, colon, dash or sentence end, trimmed of words
    left dangling; cut at its first comma if still long. Empty if it starts with a figure."""
    ends = [match.start() for match in [_STOPS.search(text)] if match]
    if (figure := first_figure_at(text)) is not None:
        ends.append(figure)
    name = text[:min(ends)] if ends else text
    words = name.split()
    while words and words[-1].casefold().strip(_TRIM) in _DANGLING | {""}:
        words.pop()
    name = tidy(" ".join(words))
    if len(name.split()) > NAME_WORDS and "," in name:
        name = tidy(name[:name.index(",")])
    return clipped(name, NAME_CHARS)


def loses_words(text: str, name: str) -> bool:
    """Whether `name`, made from `text` by short_name, leaves some of its words out ("A tear in
    the bowel wall" from "A tear in the bowel wall (perforation)"): then the detail keeps them."""
    words = re.findall(r"\w+", re.sub(r"^\s*\d[\d.]*[.):]?\s+", "", text))
    return len(re.findall(r"\w+", name)) < len(words)


def clipped(text: str, limit: int) -> str:
    """At most `limit` characters, cut between words."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(_TRIM)
