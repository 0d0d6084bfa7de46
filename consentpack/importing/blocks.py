"""What every reader (web page, Word, PDF, Markdown, plain text) makes of a leaflet: its main
content as a flat run of blocks in reading order, with what was left out counted, not kept.

The mapping (sections, risks, figures) works on blocks only, so it is the same whichever kind
of file the leaflet came in, and a reader's one job is to find the blocks and drop the page's
furniture (navigation, banners, running headers and footers, page numbers).
"""

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "item", "row"]


@dataclass(frozen=True)
class Block:
    """One piece of the main content, its text as the source has it (white space folded).

    - heading: `level` 1-6 (a Word paragraph that is bold throughout and short is a heading too)
    - paragraph: `lead` is a bold lead-in that starts it ("Bleeding." in "**Bleeding.** You may...")
      and `text` is the whole paragraph, lead included
    - item: one list item (numbered or not), `lead` as for a paragraph
    - row: one table row, `cells` its cell texts; the table's header row has `header=True`

    `markdown` (and a row's `markdown_cells`) is the same text with its bold and italic as
    Markdown and its line breaks kept, where the reader sees them (web pages and Word files):
    for paragraphs, items and the headings made of a wholly bold paragraph, never a real
    heading. Only a ConsentPack export is read from it (exported.py); blocks compare without it.
    """

    kind: BlockKind
    text: str
    level: int = 0
    lead: str = ""
    cells: tuple[str, ...] = ()
    header: bool = False
    markdown: str = field(default="", compare=False)
    markdown_cells: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Source:
    """A leaflet as read: where it came from, its blocks, and what was recognised as furniture."""

    name: str  # the file's name, as reports and the draft's comments name it
    kind: Literal["html", "docx", "pdf", "markdown", "text"]
    blocks: tuple[Block, ...]
    boilerplate: int = 0  # navigation, banners, running headers/footers, page numbers: counted only
    title: str = ""  # the page's own title (<title>, Word's core title, PDF metadata), if any
    notes: tuple[str, ...] = field(default=())  # what the reader wants the author to know
