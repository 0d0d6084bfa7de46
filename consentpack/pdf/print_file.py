"""One PDF for the printer: every pack in list order, each starting on a right-hand page.

A pack the print file cannot open (encrypted with another password, damaged) is left out and
named; the print file is written with the others.
"""

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from pypdf import PasswordType, PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from ..errors import OutputError
from ..library import display_path
from ..output import atomic_write
from .pypdf_private import add_object, object_count


@dataclass(frozen=True)
class PrintFile:
    pages: int | None  # None: no pack could be opened, so no print file was written
    left_out: dict[int, str]  # index in the packs given -> why


def _blank_back(writer: PdfWriter, like, note: str) -> None:
    """A blank page after an odd-length pack, so duplex printing never puts two patients on
    one sheet. Its content is a PDF comment naming the row, which keeps every page distinct
    when identical objects are merged."""
    page = writer.add_blank_page(float(like.mediabox.width), float(like.mediabox.height))
    content = DecodedStreamObject()
    content.set_data(f"% {note}\n".encode())
    page[NameObject("/Contents")] = add_object(writer, content)


def _share_identical_objects(writer: PdfWriter) -> None:
    """Store fonts, leaflet pages and page labels once, not once per patient.

    pypdf merges objects whose hashes are equal; a parent (a font dictionary, a form) only
    becomes equal to its twin once its children have been merged, so repeat until stable.
    """
    while True:
        before = object_count(writer)
        writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
        if object_count(writer) == before:
            return


class _Unreadable(Exception):
    """Why a pack cannot be opened, in words that never name its file (the name holds the patient's)."""


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
    except Exception as exc:  # pypdf raises many kinds for a damaged file
        raise _Unreadable(f"it is not a readable PDF: {type(exc).__name__}") from None


def write_print_file(packs: list[tuple[str, Path]], target: Path, password: str | None = None) -> PrintFile:
    """`packs` are (bookmark title, PDF path) in print order. With a password the packs are
    read with it and the print file is encrypted with it too."""
    writer = PdfWriter()
    left_out = {}
    buffer = BytesIO()
    try:
        for index, (title, path) in enumerate(packs):
            try:
                reader = _open(path, password)
            except _Unreadable as exc:
                left_out[index] = str(exc)
                continue
            writer.append(reader, outline_item=title)
            if len(reader.pages) % 2:
                _blank_back(writer, reader.pages[-1], f"back of {path.name}")
        if not writer.pages:
            return PrintFile(None, left_out)
        _share_identical_objects(writer)
        writer.page_mode = "/UseOutlines"
        writer.add_metadata({"/Title": "Consent packs for printing"})
        if password:
            writer.encrypt(user_password=password, algorithm="AES-256")
        writer.write(buffer)
    except Exception as exc:  # half a pack must never reach the printer: then no print file at all
        raise OutputError(f"The print file {display_path(target)} was not written ({type(exc).__name__})",
                          type(exc).__name__) from None
    atomic_write(target, buffer.getvalue())
    return PrintFile(len(writer.pages), left_out)
