"""One PDF for the printer: every pack in list order, each starting on a right-hand page.

Written pack by pack (see streamed.py), so memory stays flat however long the list, with what
the packs share (fonts, leaflet pages, consent form sections 4-8, page labels) stored once.
A pack the print file cannot open or read (encrypted with another password, damaged) is left
out whole and named; the print file is written with the others.
"""

from dataclasses import dataclass
from pathlib import Path

from pypdf import PasswordType, PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from ..files.atomic import atomic_file
from .damaged import DAMAGED_PDF_ERRORS
from .streamed import StreamedPdf, reference

# What printing needs of a page: not its place in the pack's page tree or structure tree.
PAGE_KEYS = ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox", "/Rotate", "/UserUnit",
             "/Group", "/Resources", "/Contents")


@dataclass(frozen=True)
class PrintFile:
    pages: int | None  # None: no pack could be opened, so no print file was written
    left_out: dict[int, str]  # index in the packs given -> why


class _Unreadable(Exception):
    """Why a pack cannot be opened, in words that never name its file (the name holds the patient's)."""


class _NothingToPrint(Exception):
    """No pack could be read: then there is no print file at all."""

    def __init__(self, left_out: dict[int, str]):
        self.left_out = left_out


def _open(path: Path, password: str | None) -> PdfReader:
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            if password is None:
                raise _Unreadable("it is encrypted and this run has no password")
            if reader.decrypt(password) == PasswordType.NOT_DECRYPTED:
                raise _Unreadable("it is encrypted with another password")
        if not reader.pages:
            raise _Unreadable("it has no pages")
        return reader
    except _Unreadable:
        raise
    except OSError as exc:
        raise _Unreadable(exc.strerror or type(exc).__name__) from None
    except DAMAGED_PDF_ERRORS as exc:
        raise _Unreadable(f"it is not a readable PDF: {type(exc).__name__}") from None


def _blank_back(pdf: StreamedPdf, like, note: str) -> int:
    """A blank page after an odd-length pack, so duplex printing never puts two patients on one
    sheet. Its content is a PDF comment naming the pack, so not even that is shared."""
    content = StreamObject()
    content.set_data(f"% {note}\n".encode())
    return pdf.add_page(DictionaryObject({
        NameObject("/MediaBox"): pdf.copy(like.raw_get("/MediaBox")),
        NameObject("/Resources"): DictionaryObject(), NameObject("/Contents"): pdf.store(content),
    })).idnum


def _pack(pdf: StreamedPdf, reader: PdfReader, title: str, note: str) -> tuple:
    """Copies the pack's pages, a blank back after an odd page count, and its bookmarks under
    one titled `title`; returns that one, to be written last (see _siblings)."""
    pages = [pdf.add_page(DictionaryObject({NameObject(key): pdf.copy(page.raw_get(key))
                                            for key in PAGE_KEYS if key in page})).idnum
             for page in reader.pages]
    if len(pages) % 2:
        pages.append(_blank_back(pdf, reader.pages[-1], note))

    def tree(items: list) -> list[tuple]:
        found = []
        for item in items:
            if isinstance(item, list):
                found[-1][2].extend(tree(item))
            elif (index := reader.get_destination_page_number(item)) < 0:
                raise ValueError("a bookmark to no page of the pack")
            else:
                found.append((item.title, pages[index], []))
        return found

    top = pdf.reserve().idnum
    own = tree(reader.outline)
    return (title, pages[0], top, *(_bookmarks(pdf, own, top) if own else (0, 0, 0)))


def _bookmarks(pdf: StreamedPdf, items: list[tuple], parent: int) -> tuple[int, int, int]:
    """Writes bookmarks (title, page, children) under `parent`: returns the first, the last,
    and how many show."""
    numbers = [pdf.reserve().idnum for _ in items]
    entries = [(title, page, number, *(_bookmarks(pdf, children, number) if children else (0, 0, 0)))
               for (title, page, children), number in zip(items, numbers, strict=True)]
    return numbers[0], numbers[-1], _siblings(pdf, entries, parent)


def _siblings(pdf: StreamedPdf, entries: list[tuple], parent: int) -> int:
    """Writes bookmarks, all open, in order under `parent`; returns how many show. Each entry is
    (title, page, its number, its first and last child, how many show under it): little to
    keep for a patient's bookmark until the end, its pack's own bookmarks written already."""
    for index, (title, page, number, first, last, below) in enumerate(entries):
        item = DictionaryObject({
            NameObject("/Title"): TextStringObject(title), NameObject("/Parent"): reference(parent),
            NameObject("/Dest"): ArrayObject([reference(page), NameObject("/Fit")]),
        })
        if index:
            item[NameObject("/Prev")] = reference(entries[index - 1][2])
        if index + 1 < len(entries):
            item[NameObject("/Next")] = reference(entries[index + 1][2])
        if first:
            item[NameObject("/First")], item[NameObject("/Last")] = reference(first), reference(last)
            item[NameObject("/Count")] = NumberObject(below)
        pdf.hold(item, ref=reference(number))
    return sum(1 + entry[5] for entry in entries)


def _write(pdf: StreamedPdf, packs: list[tuple[str, Path]], password: str | None) -> dict[int, str]:
    """Every pack that can be read, one bookmark for each with the pack's own under it; returns
    those left out, and why."""
    left_out, bookmarks = {}, []
    for index, (title, path) in enumerate(packs):
        try:
            bookmark = _pack(pdf, _open(path, password), title, f"back of {path.name}")
        except (_Unreadable, *DAMAGED_PDF_ERRORS) as exc:  # damaged inside: a loop in it is a ValueError
            pdf.discard()
            left_out[index] = str(exc) if isinstance(exc, _Unreadable) else \
                f"it is not a readable PDF: {type(exc).__name__}"
            continue
        pdf.commit()
        bookmarks.append(bookmark)
    if not bookmarks:
        raise _NothingToPrint(left_out)
    outlines = pdf.reserve()
    shown = _siblings(pdf, bookmarks, outlines.idnum)
    pdf.hold(DictionaryObject({
        NameObject("/Type"): NameObject("/Outlines"), NameObject("/Count"): NumberObject(shown),
        NameObject("/First"): reference(bookmarks[0][2]), NameObject("/Last"): reference(bookmarks[-1][2]),
    }), ref=outlines)
    catalog = {NameObject("/Outlines"): outlines, NameObject("/PageMode"): NameObject("/UseOutlines")}
    info = {NameObject("/Title"): TextStringObject("Consent packs for printing")}
    pdf.close(DictionaryObject(catalog), DictionaryObject(info))
    return left_out


def write_print_file(packs: list[tuple[str, Path]], target: Path, password: str | None = None) -> PrintFile:
    """`packs` are (bookmark title, PDF path) in print order. With a password the packs are
    read with it and the print file is encrypted with it too. Whatever stops the writing (a full
    disk is an OutputError) leaves no print file at all: half a pack must never reach the printer."""
    try:
        with atomic_file(target) as handle:
            pdf = StreamedPdf(handle, password)
            left_out = _write(pdf, packs, password)
    except _NothingToPrint as nothing:
        return PrintFile(None, nothing.left_out)
    return PrintFile(pdf.page_count, left_out)
