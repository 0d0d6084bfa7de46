"""A PDF as blocks: pdfplumber gives every word with its font and place, and its ruled tables;
pdf_columns.py finds the tables drawn without rules round every cell; pdf_layout.py makes lines
into headings, items and paragraphs and drops the page furniture.

Refused with a message, never a traceback: a file that is not a PDF, one that needs a password,
one with more pages than any leaflet, and one with no text layer (a scan). A PDF that opens
without a password but restricts copying is the trust's own leaflet: it is read, with a note.
"""

import io
import re
import zlib
from collections import Counter
from itertools import islice

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import PdfminerException

from ..errors import ContentError
from ..limits import PDF_PAGES
from .blocks import Source
from .pdf_columns import with_column_tables
from .pdf_layout import Line, Page, Table, Word, pdf_blocks, unwrapped
from .text_shapes import column_labels

# What pdfminer raises on a damaged or hostile file: its own errors (PSException is their base;
# pdfplumber wraps some in PdfminerException), and the plain ones its parser lets through for
# objects of the wrong type, missing keys, cut-off streams and references that loop.
_DAMAGED = (PdfminerException, PSException, ValueError, TypeError, KeyError, IndexError, AttributeError,
            AssertionError, ZeroDivisionError, OverflowError, EOFError, RecursionError, zlib.error)
_BOLD = re.compile(r"(?i)bold|semibold|black|heavy")
_SAME_LINE = 3.0  # points: words whose tops differ by less are on one line
_NOT_A_TITLE = re.compile(r"(?i)^(microsoft word - |untitled)|\.(docx?|pdf|indd|pub|rtf)$")


def read_pdf(data: bytes, name: str) -> Source:
    """The PDF's text as blocks; its title from its metadata, else its first heading."""
    if b"%PDF-" not in data[:1024]:
        raise ContentError(f"{name}: is not a PDF (it does not start like one); check it is the right file")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        raise _unopened(name, exc.args[0] if exc.args else exc) from None
    except _DAMAGED:
        raise _damaged(name) from None
    with pdf:
        try:
            _check_pages(pdf, name)
            pages = [_page(page) for page in pdf.pages]
            title = _metadata_title(pdf.metadata)
            restricted = pdf.doc.encryption is not None
        except _DAMAGED:
            raise _damaged(name) from None
    if not any(page.lines or page.tables for page in pages):
        raise ContentError(f"{name}: has no text to read, only pictures of pages (a scan); import the Word file "
                           "or web page it was made from, or run it through text recognition (OCR) first")
    blocks, furniture = pdf_blocks(pages)
    title = title or next((block.text for block in blocks if block.kind == "heading"), "")
    notes = ("the PDF restricts copying or printing; its text was read as a PDF viewer shows it",) if restricted else ()
    return Source(name=name, kind="pdf", blocks=blocks, boilerplate=furniture, title=title, notes=notes)


def _unopened(name: str, cause: BaseException) -> ContentError:
    if isinstance(cause, PDFPasswordIncorrect):
        return ContentError(f"{name}: is protected by a password; save a copy without the password (or print it "
                            "to a new PDF) and import that")
    if isinstance(cause, PDFEncryptionError):
        return ContentError(f"{name}: is encrypted in a way ConsentPack cannot read; save a copy without "
                            "encryption and import that")
    return _damaged(name)


def _damaged(name: str) -> ContentError:
    return ContentError(f"{name}: is damaged and cannot be read as a PDF; open it in a PDF viewer and save or "
                        "print it to a new PDF")


def _check_pages(pdf, name: str) -> None:
    """At most PDF_PAGES pages, as declared and as found: the page tree is walked no further."""
    declared = resolve1(resolve1(pdf.doc.catalog.get("Pages")).get("Count", 0)) if "Pages" in pdf.doc.catalog else 0
    found = sum(1 for _ in islice(PDFPage.create_pages(pdf.doc), PDF_PAGES + 1))
    if (isinstance(declared, int) and declared > PDF_PAGES) or found > PDF_PAGES:
        raise ContentError(f"{name}: has more than {PDF_PAGES} pages, more than any leaflet; import the "
                           "leaflet's own pages")


def _page(page) -> Page:
    """The page's upright lines outside its tables, and its tables (ruled, 2 rows and 2 columns at least)."""
    found = page.find_tables()
    if cut := _cut_rows(page, found):
        found = page.find_tables({"explicit_horizontal_lines": cut})
    tables = [table for table in found if len(table.rows) >= 2 and max(len(row.cells) for row in table.rows) >= 2
              and not _rows_run_together(table)]
    words = [word for word in page.extract_words(extra_attrs=["fontname", "size"]) if word["upright"]]
    return with_column_tables(Page(page.page_number, float(page.height),
                                   _lines(page.page_number, [word for word in words
                                                             if not any(_inside(word, table.bbox) for table in tables)]),
                                   tuple(_table(page.page_number, table, words) for table in tables)))


def _rows_run_together(table) -> bool:
    """A table ruled round its header and its whole body but not between its rows is found as
    one row whose every cell holds three lines or more (one a risk, each): its words are read
    as lines, and its rows from where they line up (pdf_columns.py)."""
    return any(sum(1 for cell in row if cell) >= 2 and all(cell.count("\n") >= 2 for cell in row if cell)
               for row in table.extract()[1:])


def _cut_rows(page, tables) -> list[float]:
    """Where a table's last row, cut by the page break, ends: its sides go on below the table's
    last rule with no rule under them, so the row is closed where its sides end."""
    cut = []
    for table in tables:
        x0, _, x1, bottom = table.bbox
        sides = [edge["bottom"] for edge in page.edges if edge["orientation"] == "v"
                 and x0 - 2 <= edge["x0"] <= x1 + 2 and abs(edge["top"] - bottom) < 2 and edge["bottom"] > bottom + 2]
        if sides:
            cut.append(max(sides))
    return cut


def _inside(word: dict, bbox) -> bool:
    x, y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _lines(number: int, words: list[dict]) -> tuple[Line, ...]:
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda word: (word["top"], word["x0"])):
        if rows and word["top"] - rows[-1][0]["top"] < _SAME_LINE:
            rows[-1].append(word)
        else:
            rows.append([word])
    return tuple(_line(number, row) for row in rows)


def _line(number: int, words: list[dict]) -> Line:
    words = sorted(words, key=lambda word: word["x0"])
    sizes = Counter()
    for word in words:
        sizes[round(word["size"] * 2) / 2] += len(word["text"])
    return Line(page=number, top=min(word["top"] for word in words), bottom=max(word["bottom"] for word in words),
                x0=words[0]["x0"], size=sizes.most_common(1)[0][0],
                words=tuple(Word(word["text"], bool(_BOLD.search(word["fontname"])), word["x0"], word["x1"])
                            for word in words))


def _table(number: int, table, words: list[dict]) -> Table:
    """The table's rows; its first row is its header if every word in it is bold."""
    rows = tuple(tuple(unwrapped(cell or "") for cell in row) for row in table.extract())
    heading_words = [word for word in words if _inside(word, table.rows[0].bbox)]
    header = ((bool(heading_words) and all(_BOLD.search(word["fontname"]) for word in heading_words))
              or bool(rows) and column_labels(rows[0]))
    return Table(number, float(table.bbox[1]), tuple(row for row in rows if any(row)), header)


def _metadata_title(metadata: dict) -> str:
    """The PDF's own title, unless it is a file name its maker put there ("Microsoft Word - v3.docx")."""
    title = metadata.get("Title")
    title = " ".join(title.split()) if isinstance(title, str) else ""
    return "" if _NOT_A_TITLE.search(title) else title
