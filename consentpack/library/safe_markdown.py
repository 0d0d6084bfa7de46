"""Leaflet Markdown: refused at load if it carries HTML, images or odd links; sanitised again when rendered.

Checking at load lets the content owner see the problem with the file and field
named; sanitising at render time (nh3 allowlist) is the second, independent wall.
Nesting is bounded at load too: markdown-it silently drops what lies below its own
nesting limit, and deeply nested emphasis reaches WeasyPrint's recursive layout.
"""

import html
import re
from urllib.parse import urlsplit

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup
from pydantic_core import PydanticCustomError

from ..limits import MARKDOWN_NESTING

LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
ALLOWED_TAGS = frozenset(
    {"p", "br", "em", "strong", "code", "ul", "ol", "li", "blockquote", "a"}
)
NESTING_TAGS = frozenset({"blockquote", "ul", "ol", "em", "strong", "a"})

PLACEHOLDERS = ("hospital", "department", "phone")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")

_renderer = MarkdownIt("commonmark", {"html": False})
_inspector = MarkdownIt("commonmark", {"html": True})
_inspector.validateLink = lambda url: True  # see every link, so unsafe ones can be named


def _walk(tokens):
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def check_markdown(text: str) -> str:
    """Pydantic validator: refuse raw HTML, images, links other than web, mail or phone,
    placeholders that would not resolve, and nesting deeper than MARKDOWN_NESTING."""
    for name in _PLACEHOLDER.findall(text):
        if name not in PLACEHOLDERS:
            known = ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
            raise PydanticCustomError(  # the text goes in as a value: pydantic reads braces itself
                "unknown_placeholder", "{text}",
                {"text": f"placeholder {{{name}}} does not exist; use {known}"},
            )
    depth = 0
    for token in _walk(_inspector.parse(text)):
        if token.tag in NESTING_TAGS:
            depth += token.nesting
            if depth > MARKDOWN_NESTING:
                raise PydanticCustomError(
                    "markdown_nesting",
                    "lists, quotes, emphasis and links are nested more than {limit} levels deep; "
                    "a leaflet needs two or three",
                    {"limit": MARKDOWN_NESTING},
                )
        if token.type in ("html_inline", "html_block"):
            raise PydanticCustomError(
                "markdown_html",
                "raw HTML is not allowed ({html}); write Markdown instead",
                {"html": token.content.strip()[:60]},
            )
        if token.type == "image":
            raise PydanticCustomError(
                "markdown_image",
                "images are not allowed in leaflet text ({src})",
                {"src": str(token.attrGet("src"))[:60]},
            )
        if token.type == "link_open":
            href = str(token.attrGet("href"))
            if urlsplit(href).scheme.lower() not in LINK_SCHEMES:
                raise PydanticCustomError(
                    "markdown_link",
                    "link '{href}' is not allowed; links must start with https:, http:, mailto: or tel:",
                    {"href": href[:60]},
                )
    return text


def _clean(html: str) -> Markup:
    return Markup(
        nh3.clean(
            html,
            tags=set(ALLOWED_TAGS),
            attributes={"a": {"href"}},
            url_schemes=set(LINK_SCHEMES),
            link_rel=None,
        )
    )


def fill_placeholders(text: str, values: dict[str, str]) -> str:
    """{hospital}, {department} and {phone} become the site's own; checked at load, so all resolve."""
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], text)


def markdown_plain(text: str) -> str:
    """The words a reader sees, for readability measures: no markup, entities decoded, each
    paragraph and list item a block of its own (a list item is a sentence to a reader)."""
    blocks = re.sub(r"</(p|li|blockquote)>", "\n\n", _renderer.render(text))
    plain = html.unescape(nh3.clean(blocks, tags=set()))
    return "\n\n".join(" ".join(part.split()) for part in re.split(r"\n\s*\n", plain) if part.strip())


def markdown_block(text: str) -> Markup:
    """Paragraphs and lists, for longer fields."""
    return _clean(_renderer.render(text))


def markdown_inline(text: str) -> Markup:
    """One line of emphasis and links, for list items and table cells."""
    return _clean(_renderer.renderInline(text))
