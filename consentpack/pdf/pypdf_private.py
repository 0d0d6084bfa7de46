"""The one module that reaches into pypdf's private API, so a pypdf upgrade has one place to
check. pypdf has no public way to add an indirect object (a stream must be one), to count the
objects a writer holds, or to set the file identifier; pyproject.toml pins pypdf below its next
major version.
"""

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, IndirectObject, PdfObject


def add_object(writer: PdfWriter, obj: PdfObject) -> IndirectObject:
    return writer._add_object(obj)


def object_count(writer: PdfWriter) -> int:
    """Objects the writer still holds (merged or removed ones leave a None behind)."""
    return sum(obj is not None for obj in writer._objects)


def set_file_identifier(writer: PdfWriter, digest: bytes) -> None:
    """A fixed /ID, so the same inputs give the same bytes."""
    writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])
