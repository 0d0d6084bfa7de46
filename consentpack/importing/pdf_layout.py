"""A PDF's lines of text as blocks. A PDF keeps no structure, only words placed on pages, so the
structure is read off the page the way a reader sees it:

- furniture: a line at the top or bottom of a page that comes back on other pages (digits
  masked, so "Page 2 of 8" matches "Page 3 of 8"), or that is a page number or ends with one
  ("Page 3 of 8");
- headings: lines in a larger size than the body text (the most common size), their level by
  size, largest first; or bold, short lines in the body size, one level below those;
- items: lines that start with a bullet, a dash or "1." / "1)", with the lines after them that
  are indented or start in lower case;
- paragraphs: lines that follow each other closely, joined; a wider gap than the body text's
  usual one between its lines starts a new one.
"""

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from .blocks import Block
from .text_shapes import HEADING_WORDS, ITEM_MARKER, fold, heading_shaped, without_item_marker

_EDGE_LINES = 3  # the lines at the top and at the bottom of a page where running furniture sits
_EDGE_SHARE = 0.15  # ... if within this share of the page's height from its edge
_RUNNING_PART = 12  # letters at least in a line that is part of a running header or footer
_TITLE_SHARE = 0.35  # the title stands within this share of the first page's height from its top
_PAGE_NUMBER = re.compile(r"(?i)(page\s*)?[0-9]{1,4}(\s*(of|/)\s*[0-9]{1,4})?|[-–—]\s*[0-9]{1,4}\s*[-–—]")
# A line that ends or starts with its page number: "Leaflet 12 · Page 1 of 2", "Review 2031 p. 3/4",
# "p. 2/4 Patient Information Service", "2/3 Patient Information Service".
_PAGE_AT_END = re.compile(r"(?i)(\bpage|\bp\.|\bpg\.?)\s*[0-9]{1,4}(\s*(of|/)\s*[0-9]{1,4})?$|"
                          r"^((page|p\.|pg\.?)\s*)?[0-9]{1,4}\s*(of|/)\s*[0-9]{1,4}\b")
_DIGITS = re.compile(r"[0-9]+")
_LARGER = 1.0  # points above the body size that make a line a heading
# A paragraph's next line is at most this much of the body size below the last, more than the
# body's usual gap between lines (line spacing varies: 1.2 puts 0.2 of the size between lines, 1.5
# puts 0.5), and never more than the size itself, so one-line paragraphs are not run together.
_LEADING_MIN, _LEADING_SLACK, _LEADING_MAX = 0.5, 0.25, 1.0
_SENTENCE_END = (".", "!", "?", ":")
_BROKEN_AFTER_HYPHEN = re.compile(r"(?<=[^\W\d_]-)[ \t]*\n\s*(?=[^\W\d_])")


@dataclass(frozen=True)
class Word:
    text: str
    bold: bool
    x0: float = 0.0  # where it starts and ends across the page, in points
    x1: float = 0.0


@dataclass(frozen=True)
class Line:
    """One line of text on a page: its words left to right, placed in points from the page's top."""

    page: int
    top: float
    bottom: float
    x0: float
    size: float  # the font size most of its letters have, to the half point
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return fold(" ".join(word.text for word in self.words))

    @property
    def bold(self) -> bool:
        return all(word.bold for word in self.words if any(c.isalpha() for c in word.text))


@dataclass(frozen=True)
class Table:
    """A ruled table's rows, cell texts folded; `header` if its first row is bold throughout."""

    page: int
    top: float
    rows: tuple[tuple[str, ...], ...]
    header: bool


@dataclass(frozen=True)
class Page:
    number: int
    height: float
    lines: tuple[Line, ...]  # top to bottom, none of them inside a table
    tables: tuple[Table, ...]


def pdf_blocks(pages: list[Page]) -> tuple[tuple[Block, ...], int]:
    """The blocks of the pages in reading order, and how many furniture lines were dropped."""
    pages, furniture = _without_furniture(pages)
    lines = [line for page in pages for line in page.lines]
    body = _body_size(lines)
    heading_sizes = sorted({line.size for line in lines if line.size >= body + _LARGER}, reverse=True)
    assembly = _Assembly(body, {size: min(rank, 6) for rank, size in enumerate(heading_sizes, 1)},
                         _paragraph_gap(pages, body))
    for page in pages:
        for piece in sorted((*page.lines, *page.tables), key=lambda piece: piece.top):
            assembly.add(piece)
    assembly.close()
    return tuple(assembly.blocks), furniture


def _body_size(lines: list[Line]) -> float:
    """The size most of the text is set in."""
    sizes = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _paragraph_gap(pages: list[Page], body: float) -> float:
    """The widest gap between two lines of one paragraph: a little more than the commonest gap
    between body-text lines that follow each other on a page."""
    gaps = Counter()
    for page in pages:
        for above, below in itertools.pairwise(page.lines):
            gap = below.top - above.bottom
            if above.size == below.size == body and 0 <= gap <= _LEADING_MAX * body:
                gaps[round(gap * 2) / 2] += 1
    usual = gaps.most_common(1)[0][0] if gaps else 0.0
    return min(max(_LEADING_MIN * body, usual + _LEADING_SLACK * body), _LEADING_MAX * body)


def _without_furniture(pages: list[Page]) -> tuple[list[Page], int]:
    """The pages without their running headers, footers and page numbers, and how many lines
    went. The title is never furniture, though a booklet runs it along the top of later pages;
    what stands above it at the top of the first page is (the trust's masthead, "Cardiology",
    "Information for patients")."""
    on_pages: dict[tuple[str, str], set[int]] = {}
    for page in pages:
        for line in _edge_lines(page):
            on_pages.setdefault(_edge_key(page, line), set()).add(page.number)
    largest = max((line.size for page in pages for line in page.lines), default=0.0)
    kept, dropped = [], 0
    for page in pages:
        title_top = next((line.top for line in page.lines if line.size == largest), 0.0) if page is pages[0] else 0.0
        title_top = title_top if title_top <= page.height * _TITLE_SHARE else 0.0  # a title, not a heading further down
        furniture = {line for line in _edge_lines(page)
                     if _PAGE_NUMBER.fullmatch(line.text) or _PAGE_AT_END.search(line.text)
                     or (line.size < largest and _runs(_edge_key(page, line), page.number, on_pages))
                     or line.top < title_top}
        dropped += len(furniture)
        kept.append(Page(page.number, page.height, tuple(line for line in page.lines if line not in furniture),
                         page.tables))
    return kept, dropped


def _runs(key: tuple[str, str], number: int, on_pages: dict[tuple[str, str], set[int]]) -> bool:
    """Whether the line comes back at the same edge of another page, digits aside; or its words
    hold, or are held in, a line there: the trust's name alone on the first page, set larger,
    runs with "Patient information" beside it on the others, or the other way round."""
    edge, text = key
    if len(on_pages[key]) >= 2:
        return True
    return len(text) >= _RUNNING_PART and any(
        other_edge == edge and pages != {number} and len(other) >= _RUNNING_PART
        and (f" {text} " in f" {other} " or f" {other} " in f" {text} ")
        for (other_edge, other), pages in on_pages.items() if other != text)


def _edge_lines(page: Page) -> list[Line]:
    top = [line for line in page.lines[:_EDGE_LINES] if line.bottom <= page.height * _EDGE_SHARE]
    bottom = [line for line in page.lines[-_EDGE_LINES:] if line.top >= page.height * (1 - _EDGE_SHARE)]
    return top + bottom


def _edge_key(page: Page, line: Line) -> tuple[str, str]:
    return ("top" if line.top < page.height / 2 else "bottom", _DIGITS.sub("#", line.text))


class _Assembly:
    """Lines joined into blocks, one block open at a time."""

    def __init__(self, body: float, levels: dict[float, int], paragraph_gap: float):
        self.body = body
        self.levels = levels
        self.paragraph_gap = paragraph_gap
        self.blocks: list[Block] = []
        self.kind = ""  # of the open block: heading, item or paragraph; "" when none is open
        self.lines: list[Line] = []
        self.table: Table | None = None  # the last table added, which the next page's may go on

    def add(self, piece: Line | Table) -> None:
        if isinstance(piece, Table):
            self.close()
            rows = list(piece.rows)
            header = piece.header
            last = self.table
            if last and self.blocks and self.blocks[-1].kind == "row" and piece.page > last.page:
                # A table going on from the page before: its header repeated there is dropped,
                # and a first row with no first cell finishes the row the page break cut; so does
                # one whose cells fill the gaps of a cut row left without its first cell (the
                # first cell's lines moved over, "Less than 1%" stayed behind).
                if header and last.header and rows[0] == last.rows[0]:
                    rows, header = rows[1:], False
                cut = self.blocks[-1].cells
                if (rows and not header and len(rows[0]) == len(cut)
                        and (not rows[0][0].strip()
                             or (not cut[0].strip() and not any(a.strip() and b.strip()
                                                                for a, b in zip(cut, rows[0], strict=True))))):
                    joined = tuple(" ".join(filter(None, (a, b))) for a, b in zip(self.blocks[-1].cells, rows.pop(0),
                                                                                   strict=True))
                    self.blocks[-1] = Block("row", " | ".join(joined), cells=joined, header=self.blocks[-1].header)
            for number, row in enumerate(rows):
                self.blocks.append(Block("row", " | ".join(row), cells=row, header=number == 0 and header))
            self.table = piece
            return
        kind = self._kind(piece)
        if not self._continues(piece, kind):
            self.close()
            self.kind = kind if kind != "text" else "paragraph"
        self.lines.append(piece)

    def _kind(self, line: Line) -> str:
        """A bulleted line is an item even if bold; a bold numbered one ("3. Risks") is a heading."""
        text = line.text
        if line.size >= self.body + _LARGER:
            return "heading"
        item = without_item_marker(text) is not None
        if item and not text[:1].isalnum() and text[:1] != "(":
            return "item"
        if line.bold and heading_shaped(text) and line.size >= self.body - 0.5:
            return "heading"
        return "item" if item else "text"

    def _continues(self, line: Line, kind: str) -> bool:
        """Whether the line goes on the open block: a heading wrapped onto a second line, an item's
        indented or lower-case next line, a paragraph's next line (on this page if close below the
        last, or at the top of the next if the last ended mid-sentence)."""
        if not self.lines:
            return False
        last, first = self.lines[-1], self.lines[0]
        same_page = line.page == last.page
        gap = line.top - last.bottom if same_page else 0.0
        if self.kind == "heading":
            # A bold heading the size of the text ends at a colon ("Risks:"); a large one, the
            # title, may wrap after it ("Circumcision for your son:" / "information for parents").
            ends = ("?", ":") if line.size < self.body + _LARGER else ("?",)
            return (kind == "heading" and same_page and line.size == last.size and line.bold == last.bold
                    and gap <= 0.8 * line.size and not last.text.endswith(ends))
        if kind != "text":
            return False
        if self.kind == "item":
            indented = line.x0 > first.x0 + 2 or line.text[:1].islower()
            return indented and (gap <= 0.8 * self.body if same_page else True)
        if same_page:
            return gap <= self.paragraph_gap
        return not last.text.endswith(_SENTENCE_END)

    def close(self) -> None:
        if not self.lines:
            return
        text = unwrapped("\n".join(line.text for line in self.lines))
        if self.kind == "heading" and _reads_as_heading(text):
            self.blocks.append(Block("heading", text, level=self._level(self.lines[0])))
        elif self.kind == "item":
            text = without_item_marker(text) or text
            self.blocks.append(Block("item", text, lead=_lead(self.lines[0], text, item=True)))
        else:
            self.blocks.append(Block("paragraph", text, lead=_lead(self.lines[0], text, item=False)))
        self.kind, self.lines = "", []

    def _level(self, line: Line) -> int:
        if line.size in self.levels:
            return self.levels[line.size]
        if not self.blocks:
            return 1  # a bold title at the very start
        return min(max(len(self.levels) + 1, 2), 6)


def unwrapped(text: str) -> str:
    """Lines joined into one text, white space folded; a line that ends with a hyphen after a
    letter goes on with no space ("long-" and "lasting" make "long-lasting")."""
    return fold(_BROKEN_AFTER_HYPHEN.sub("", text))


def _reads_as_heading(text: str) -> bool:
    """A large or bold block still reads as a paragraph if it is sentences (an introduction set
    large): longer than a heading and ending with a full stop, or longer than two headings."""
    words = len(text.split())
    return words < 2 * HEADING_WORDS and (words < HEADING_WORDS or not text.endswith("."))


def _lead(line: Line, text: str, item: bool) -> str:
    """The bold words that start the block's first line (after an item's bullet or number), if
    words that are not bold follow them."""
    words = list(line.words)
    if item and words:
        marker = ITEM_MARKER.match(line.text)
        marker_text = marker.group().strip() if marker else ""
        if words[0].text == marker_text:
            words = words[1:]
        elif marker_text and words[0].text.startswith(marker_text):
            words[0] = Word(words[0].text[len(marker_text):].lstrip(), words[0].bold, words[0].x0, words[0].x1)
    bold = []
    for word in words:
        if not word.bold:
            lead = fold(" ".join(bold))
            return lead if lead and lead != text else ""
        bold.append(word.text)
    return ""
