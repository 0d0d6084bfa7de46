"""A web page as blocks, and the one structural reader Word and Markdown files go through too
(mammoth and markdown-it turn them into HTML first).

A trust's page is mostly furniture: skip links, cookie banners, navigation, breadcrumbs, share
and feedback boxes, footers. Those are dropped and counted; the main content (<main>, else
[role=main], else <article>, else <body>) is walked in reading order. Nothing is ever fetched:
the parser has no network and no external entities, and images are never looked at.
"""

import codecs
import re

import lxml.etree
import lxml.html

from ..errors import ContentError
from ..limits import HTML_DEPTH, HTML_ELEMENTS
from .blocks import Block, Source
from .text_shapes import column_labels, fold, heading_shaped

# Never content: code, media, embedded documents, controls.
_UNSEEN = {"script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "svg",
           "math", "canvas", "video", "audio", "map", "button", "select", "input", "textarea", "head"}
# Furniture a reader sees and skips; counted.
_FURNITURE_TAGS = {"nav", "aside", "form", "dialog"}
_PAGE_WIDE_TAGS = {"header", "footer"}  # the page's banner and footer, unless inside a section of content
_SECTIONING = {"main", "article", "section", "aside", "nav"}
_FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "search"}
_FURNITURE_NAME_PARTS = ("cookie", "consent-banner", "consentbanner", "breadcrumb", "skiplink", "skip-link",
                         "skip-to", "skipto")
_FURNITURE_NAME_WORDS = {"banner", "menu", "navbar", "share", "sharing", "social", "feedback", "print"}
_LINK_BAR_TAGS = {"div", "p", "ul", "ol", "section", "span"}
_LINK_BAR_WORDS = 16
_HIDDEN_CLASS_PARTS = ("visually-hidden", "visuallyhidden", "sr-only", "screen-reader")
_NAME_WORD = re.compile(r"[a-z]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")

_INLINE = {"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img",
           "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
           "tt", "u", "var", "wbr", "strike", "big", "nobr"}
_BOLD = {"strong", "b"}
_ITALIC = {"em", "i"}
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_LISTS = {"ul", "ol", "menu", "dir"}
# A Word file's wholly bold paragraph, marked with its depth among such headings by font size
# ("consentpack-bold-depth-2"): it sits that many levels below the last real heading.
BOLD_DEPTH_CLASS = "consentpack-bold-depth-"
_BOLD_DEPTH = re.compile(rf"\b{BOLD_DEPTH_CLASS}([1-6])\b")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_html(data: bytes, name: str) -> Source:
    """A web page's main content as blocks, its furniture counted, its title from its first
    <h1> (the page's own words) or else its <title> (which often adds the site's name)."""
    root = parse_html(data, name, _encoding(data))
    page_title = fold(root.findtext(".//title") or "")
    blocks, furniture = html_blocks(root)
    first_heading = next((block.text for block in blocks if block.kind == "heading" and block.level == 1), "")
    return Source(name=name, kind="html", blocks=blocks, boilerplate=furniture, title=first_heading or page_title)


def parse_html(data: bytes, name: str, encoding: str) -> lxml.html.HtmlElement:
    """The page's tree, refused if it is empty or holds more elements, or nests deeper, than a
    page needs. No network, no external entities: an HTML parser loads no DTD."""
    parser = lxml.html.HTMLParser(encoding=encoding, no_network=True, remove_comments=True, remove_pis=True,
                                  huge_tree=False, compact=True)
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        raise ContentError(f"{name}: holds no text to import; check it is the right file") from None
    _check_size(root, name)
    return root


def _encoding(data: bytes) -> str:
    """What the page says it is written in, else UTF-8 if it reads as UTF-8, else Windows-1252 (what
    old pages saved on Windows are); libxml2 would guess Latin-1 and garble every dash."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return encoding
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return codecs.lookup(declared[1].decode("ascii")).name
        except LookupError:
            pass
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "windows-1252"
    return "utf-8"


def _check_size(root, name: str) -> None:
    count, deepest, stack = 0, 0, [(root, 1)]
    while stack:
        element, depth = stack.pop()
        count += 1
        deepest = max(deepest, depth)
        if count > HTML_ELEMENTS or deepest > HTML_DEPTH:
            raise ContentError(f"{name}: has more than {HTML_ELEMENTS:,} elements or nests them more than "
                               f"{HTML_DEPTH} deep, more than any leaflet's page; save the leaflet's own page "
                               "or its text on its own")
        stack.extend((child, depth + 1) for child in element)


def html_blocks(root) -> tuple[tuple[Block, ...], int]:
    """The blocks of the page's main content, and how many pieces of furniture were dropped."""
    furniture = _drop_furniture(root)
    container = next(iter(root.xpath("//main | //*[@role='main'] | //article")[:1]), None)
    if container is None:
        container = root.find("body") if root.find("body") is not None else root
    return tuple(_Walk(container).blocks), furniture


def _drop_furniture(root) -> int:
    """Remove what is never content, and count the furniture among it (each banner, menu or
    footer once, not each of its links). Top down, so nothing inside a dropped part is counted."""
    counted, doomed, stack = 0, [], [(root, False)]
    while stack:
        element, in_section = stack.pop()
        if not isinstance(element.tag, str):  # an entity reference the parser kept
            continue
        tag = element.tag.lower()
        if tag in _UNSEEN or _hidden(element):
            doomed.append(element)
        elif _furniture(element, tag, in_section):
            counted += 1
            doomed.append(element)
        else:
            stack.extend((child, in_section or tag in _SECTIONING) for child in element)
    for element in doomed:
        element.drop_tree()  # its tail, the text after it, stays
    return counted


def _hidden(element) -> bool:
    classes = (element.get("class") or "").lower()
    return (element.get("hidden") is not None or element.get("aria-hidden") == "true"
            or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
            or any(part in classes for part in _HIDDEN_CLASS_PARTS))


def _furniture(element, tag: str, in_section: bool) -> bool:
    if tag in {"html", "body", "main", "article"}:
        return False
    names = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    said = (tag in _FURNITURE_TAGS or (tag in _PAGE_WIDE_TAGS and not in_section)
            or (tag in _LINK_BAR_TAGS and _link_bar(element))
            or (element.get("role") or "").lower() in _FURNITURE_ROLES
            or any(part in names for part in _FURNITURE_NAME_PARTS)
            or bool(_FURNITURE_NAME_WORDS.intersection(_NAME_WORD.findall(names))))
    # A wrapper that holds the leaflet stays: ASP.NET sites put the whole page in a <form>, and a
    # class may say "menu" on a wrapper of everything.
    return said and not element.xpath(".//main | .//article | .//h1 | .//*[@role='main']")


def _link_bar(element) -> bool:
    """A short run of links and nothing else ("Email this page | PDF version (1 MB)"): page
    actions, or links to other pages, not the leaflet's words."""
    links = element.xpath(".//a")
    if len(links) < 2 or len(fold(element.text_content()).split()) > _LINK_BAR_WORDS:
        return False
    outside = element.xpath(".//text()[not(ancestor::a) and not(ancestor::button)]")
    return not any(character.isalnum() for text in outside for character in text)


class _Walk:
    """Blocks in reading order. Headings set the level that a bold paragraph heading sits below."""

    def __init__(self, container):
        self.blocks: list[Block] = []
        self.level = 1  # the last real heading's level; a page's title is its h1
        self.depth = 1  # how far below it a bold paragraph heading sits
        self._blocky = _holding_blocks(container)
        self.container(container)

    def container(self, element) -> None:
        """Block children in turn; loose text and inline elements between them make paragraphs."""
        run = [element.text] if element.text else []
        for child in element:
            if isinstance(child.tag, str) and (child.tag.lower() not in _INLINE or child in self._blocky):
                self.loose(run)
                run = []
                self.block(child)
            elif isinstance(child.tag, str):
                run.append(child)
            if child.tail:
                run.append(child.tail)
        self.loose(run)

    def block(self, element) -> None:
        tag = element.tag.lower()
        if tag in _HEADINGS:
            self.heading(fold(_spaced_text(element)), _HEADINGS[tag])
        elif tag in _LISTS:
            self.items(element)
        elif tag == "table":
            self.table(element)
        elif tag == "summary":  # the title of an expanding section
            self.heading(fold(_spaced_text(element)), min(self.level + 1, 6), real=False)
        elif tag == "pre":
            self.paragraph(fold(_spaced_text(element)))
        elif tag == "p" and (depth := _BOLD_DEPTH.search(element.get("class") or "")):
            self.depth = int(depth[1])
            self.container(element)
            self.depth = 1
        elif tag not in {"hr", "img", "br"}:
            self.container(element)

    def heading(self, text: str, level: int, real: bool = True, markdown: str = "") -> None:
        if text:
            self.blocks.append(Block("heading", text, level=level, markdown=markdown))
            if real:
                self.level = level

    def paragraph(self, text: str, lead: str = "", markdown: str = "") -> None:
        if text:
            self.blocks.append(Block("paragraph", text, lead=lead if lead != text else "", markdown=markdown))

    def loose(self, run: list) -> None:
        """A paragraph of text and inline elements. Wholly bold and short, it is a heading: one
        level below the last real heading (or as many as a Word file's font sizes say), or the
        title if nothing came before it."""
        text = fold("".join(_text(piece) for piece in run))
        if not text:
            return
        if _wholly_bold(run) and heading_shaped(text):
            level = 1 if not self.blocks else min(self.level + self.depth, 6)
            self.heading(text, level, real=False, markdown=_markdown(run))
        else:
            self.paragraph(text, _lead(run), _markdown(run))

    def items(self, element) -> None:
        """Each item's own text, then the items of any list inside it: nested lists are flattened."""
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if child.tag.lower() != "li":
                self.block(child)
                continue
            own = [piece for piece in _pieces(child) if isinstance(piece, str) or piece.tag.lower() not in _LISTS]
            nested = [piece for piece in _pieces(child) if not isinstance(piece, str) and piece.tag.lower() in _LISTS]
            text = fold("".join(_text(piece) for piece in own))
            if text:
                lead = _lead(own)
                self.blocks.append(Block("item", text, lead=lead if lead != text else "", markdown=_markdown(own)))
            for inner in nested:
                self.items(inner)

    def table(self, element) -> None:
        rows = [row for row in element.iter("tr") if next(row.iterancestors("table")) is element]
        cells = [[cell for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in {"td", "th"}]
                 for row in rows]
        if _layout_table(element, cells):
            for cell in (cell for row in cells for cell in row):
                self.container(cell)
            return
        caption = element.find("caption")
        if caption is not None:
            self.paragraph(fold(_spaced_text(caption)))
        for number, (row, row_cells) in enumerate(zip(rows, cells, strict=True)):
            texts = tuple(fold(_spaced_text(cell)) for cell in row_cells)
            if any(texts):
                self.blocks.append(Block("row", " | ".join(texts), cells=texts,
                                         header=number == 0 and _header_row(row, row_cells),
                                         markdown_cells=tuple(_cell_markdown(cell) for cell in row_cells)))


def _holding_blocks(container) -> set:
    """Inline elements that hold a block (a link around a card, a span around paragraphs): they
    are walked as containers. Found in one pass: each block marks its ancestors once."""
    holding = set()
    for element in container.iter():
        if isinstance(element.tag, str) and element.tag.lower() not in _INLINE:
            for ancestor in element.iterancestors():
                if ancestor in holding or ancestor is container:
                    break
                holding.add(ancestor)
    return holding


def _text(piece) -> str:
    return piece if isinstance(piece, str) else _spaced_text(piece, piece.tag.lower() not in _INLINE)


def _spaced_text(element, block: bool = False) -> str:
    """The element's text, with a space where a line break or a block (a cell's paragraph, a
    heading's second line) separates words that text_content() would run together."""
    if element.tag.lower() == "br":
        return " "
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(_spaced_text(child, child.tag.lower() not in _INLINE))
        parts.append(child.tail or "")
    text = "".join(parts)
    return f" {text} " if block else text


def _markdown(run: list) -> str:
    """The run's text as Markdown: bold as **, italic as *, a line break as a newline, a block
    inside it (a table cell's paragraphs) as a Markdown paragraph."""
    out = []
    for piece in run:
        if isinstance(piece, str):
            out.append(piece)
            continue
        tag = piece.tag.lower()
        inner = _markdown(_pieces(piece))
        if tag == "br":
            out.append("\n")
        elif tag in _BOLD | _ITALIC and inner.strip():
            mark = "**" if tag in _BOLD else "*"
            out.append(f"{mark}{inner}{mark}")
        elif tag not in _INLINE:
            out.append(f"\n\n{inner}\n\n")
        else:
            out.append(inner)
    return re.sub(r"\n{3,}", "\n\n", "".join(out)).strip()


def _cell_markdown(cell) -> str:
    """A table cell as one Markdown field: its paragraphs apart, each as `_markdown` has it."""
    paragraphs = [child for child in cell if isinstance(child.tag, str) and child.tag.lower() == "p"]
    if paragraphs and len(paragraphs) == len(cell) and not (cell.text or "").strip():
        return "\n\n".join(_markdown(_pieces(paragraph)) for paragraph in paragraphs).strip()
    return _markdown(_pieces(cell))


def _pieces(element) -> list:
    """An element's text and children in order, their tails after them; comments left out."""
    pieces = [element.text] if element.text else []
    for child in element:
        if isinstance(child.tag, str):
            pieces.append(child)
        if child.tail:
            pieces.append(child.tail)
    return pieces


def _wholly_bold(run: list) -> bool:
    """Every letter of the run is inside <strong> or <b> (however deep in spans and links)."""
    bold_seen = False
    for piece in run:
        if isinstance(piece, str):
            if piece.strip():
                return False
        elif not _spaced_text(piece).strip():  # a line break, an empty anchor, a picture
            continue
        elif piece.tag.lower() in _BOLD:
            bold_seen = True
        elif not _wholly_bold(_pieces(piece)):
            return False
        else:
            bold_seen = True
    return bold_seen


def _lead(run: list) -> str:
    """The bold words that start a paragraph or item ("Bleeding." in "<b>Bleeding.</b> You may...");
    an item's first paragraph is looked into."""
    for piece in run:
        if isinstance(piece, str):
            if piece.strip():
                return ""
        elif not _spaced_text(piece).strip():
            continue
        elif piece.tag.lower() in _BOLD:
            return fold(_spaced_text(piece))
        else:
            return _lead(_pieces(piece)) if piece.tag.lower() in {"p", "div", "span"} else ""
    return ""


def _layout_table(table, cells: list[list]) -> bool:
    """A table that lays out a page rather than holding data: marked so, one column wide, or
    holding headings, lists or tables in its cells."""
    if (table.get("role") or "").lower() in {"presentation", "none"}:
        return True
    if max((len(row) for row in cells), default=0) < 2:
        return True
    return any(cell.xpath(".//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6 | .//ul | .//ol | .//table")
               for row in cells for cell in row)


def _header_row(row, cells: list) -> bool:
    """The first row heads the table if it is the <thead>, is made of <th>, (as Word writes a
    table's heading row) every cell is wholly bold, or (a Word table styled, not bolded) every
    cell is a column label ("Complication | What this means | How often")."""
    if row.getparent() is not None and row.getparent().tag.lower() == "thead":
        return True
    if cells and all(cell.tag.lower() == "th" for cell in cells):
        return True
    filled = [cell for cell in cells if _spaced_text(cell).strip()]
    return (bool(filled) and all(_wholly_bold(_pieces(cell)) for cell in filled)
            or column_labels([fold(_spaced_text(cell)) for cell in cells]))


