"""One PDF for the printer: every pack in list order, each starting on a right-hand page."""

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from .output import atomic_write


def _blank_back(writer: PdfWriter, like, note: str) -> None:
    """A blank page after an odd-length pack, so duplex printing never puts two patients on
    one sheet. Its content is a PDF comment naming the row, which keeps every page distinct
    when identical objects are merged."""
    page = writer.add_blank_page(float(like.mediabox.width), float(like.mediabox.height))
    content = DecodedStreamObject()
    content.set_data(f"% {note}\n".encode())
    page[NameObject("/Contents")] = writer._add_object(content)


def _share_identical_objects(writer: PdfWriter) -> None:
    """Store fonts, leaflet pages and page labels once, not once per patient.

    pypdf merges objects whose hashes are equal; a parent (a font dictionary, a form) only
    becomes equal to its twin once its children have been merged, so repeat until stable.
    """
    while True:
        before = sum(obj is not None for obj in writer._objects)
        writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
        if sum(obj is not None for obj in writer._objects) == before:
            return


def write_print_file(packs: list[tuple[str, Path]], target: Path, password: str | None = None) -> int:
    """`packs` are (bookmark title, PDF path) in print order; returns the page count. With a
    password the packs are read with it and the print file is encrypted with it too."""
    writer = PdfWriter()
    for title, path in packs:
        reader = PdfReader(path, password=password)
        writer.append(reader, outline_item=title)
        if len(reader.pages) % 2:
            _blank_back(writer, reader.pages[-1], f"back of {path.name}")
    _share_identical_objects(writer)
    writer.page_mode = "/UseOutlines"
    writer.add_metadata({"/Title": "Consent packs for printing"})
    if password:
        writer.encrypt(user_password=password, algorithm="AES-256")
    buffer = BytesIO()
    writer.write(buffer)
    atomic_write(target, buffer.getvalue())
    return len(writer.pages)
