"""Markdown and plain text as blocks.

Markdown says its structure (# headings, - and 1. items, | tables |, **bold** lead-ins), so
markdown-it turns it into HTML, raw HTML in it escaped as text, and the web page reader reads
that. Plain text says it only by its lines: a short line on its own that does not end a sentence
is a heading, "- " and "• " lines are items, and lines that run on are one paragraph.
"""

import codecs

from markdown_it import MarkdownIt

from ..errors import ContentError
from .blocks import Block, Source
from .html_source import html_blocks, parse_html
from .text_shapes import breadcrumb_shaped, fold, heading_shaped, without_item_marker

_SENTENCE_END = (".", "!", "?", ":")


def read_markdown(data: bytes, name: str) -> Source:
    html = MarkdownIt("commonmark", {"html": False}).enable("table").render(_decoded(data, name))
    blocks, _ = html_blocks(parse_html(html.encode("utf-8"), name, "utf-8"))
    blocks, furniture = _without_breadcrumb(blocks)
    return Source(name=name, kind="markdown", blocks=blocks, boilerplate=furniture, title=_title(blocks))


def read_text(data: bytes, name: str) -> Source:
    blocks, furniture = _without_breadcrumb(_TextLines(_decoded(data, name).splitlines()).blocks())
    blocks = _questions_below_their_heading(_title_first(blocks))
    return Source(name=name, kind="text", blocks=blocks, boilerplate=furniture, title=_title(blocks))


def _decoded(data: bytes, name: str) -> str:
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ContentError(f"{name}: is not UTF-8 text; save it as UTF-8 (in Notepad: Save As, "
                           "Encoding: UTF-8) and import it again") from None


def _without_breadcrumb(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], int]:
    """A copied page often starts with its site's trail ("Treatment · sacral"): furniture."""
    if blocks and blocks[0].kind in {"paragraph", "heading"} and breadcrumb_shaped(blocks[0].text):
        return blocks[1:], 1
    return blocks, 0


def _title(blocks: tuple[Block, ...]) -> str:
    return next((block.text for block in blocks if block.kind == "heading" and block.level == 1), "")


def _title_first(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A heading that opens the text is its title (level 1); every other heading is level 2."""
    return tuple(Block("heading", block.text, level=1 if number == 0 else 2) if block.kind == "heading" else block
                 for number, block in enumerate(blocks))


def _questions_below_their_heading(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Questions straight after a heading with nothing of its own ("Frequently asked questions")
    sit one level below it, up to the next heading that is not a question."""
    result, parent = [], None
    for number, block in enumerate(blocks):
        if block.kind == "heading":
            following = blocks[number + 1] if number + 1 < len(blocks) else None
            if parent is not None and block.text.endswith("?"):
                block = Block("heading", block.text, level=min(parent + 1, 6))
            elif following is not None and following.kind == "heading" and following.text.endswith("?"):
                parent = block.level
            else:
                parent = None
        result.append(block)
    return tuple(result)


class _TextLines:
    """Plain text, line by line, into blocks; one block open at a time."""

    def __init__(self, lines: list[str]):
        self.lines = [fold(line) for line in lines]
        self.indented = [line[:1].isspace() for line in lines]
        self.found: list[Block] = []
        self.kind = ""  # of the open block: item or paragraph; "" when none is open
        self.open: list[str] = []

    def blocks(self) -> tuple[Block, ...]:
        for number, line in enumerate(self.lines):
            if not line:
                self.close()
            elif self._heading(number):
                self.close()
                self.found.append(Block("heading", line, level=2))
            elif without_item_marker(line) is not None:
                self.close()
                self.kind, self.open = "item", [without_item_marker(line)]
            elif self.kind == "item" and (self.indented[number] or line[:1].islower()):
                self.open.append(line)
            elif self.kind == "paragraph" and (not self.open[-1].endswith(_SENTENCE_END) or line[:1].islower()):
                self.open.append(line)
            else:
                self.close()
                self.kind, self.open = "paragraph", [line]
        self.close()
        return tuple(self.found)

    def close(self) -> None:
        if self.open:
            self.found.append(Block(self.kind, fold(" ".join(self.open))))
        self.kind, self.open = "", []

    def _heading(self, number: int) -> bool:
        """Short, not ending a sentence, on its own (not the next line of a paragraph that runs
        on), with something after it. A line ending with ":" is a heading only before a
        paragraph; before a list it says what the list is. A numbered line ("3. Risks") is a
        heading only outside a list."""
        line = self.lines[number]
        if not heading_shaped(line) or not (line[:1].isupper() or line[:1].isdigit()):
            return False
        if self.kind == "paragraph" and not self.open[-1].endswith(_SENTENCE_END):
            return False
        after = self._neighbour(number, 1)
        if after is None:
            return False
        after_is_item = without_item_marker(after) is not None
        if line.endswith(":") and after_is_item:
            return False
        if without_item_marker(line) is not None:
            before = self._neighbour(number, -1)
            return not after_is_item and (before is None or without_item_marker(before) is None)
        return True

    def _neighbour(self, number: int, step: int) -> str | None:
        """The next (step 1) or previous (step -1) line that is not blank."""
        number += step
        while 0 <= number < len(self.lines):
            if self.lines[number]:
                return self.lines[number]
            number += step
        return None
