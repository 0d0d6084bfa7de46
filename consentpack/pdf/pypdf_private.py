"""The one module that reaches into pypdf's private API, so a pypdf upgrade has one place to
check. pypdf has no public way to add an indirect object (a stream must be one), to set the
file identifier, to read or replace a stream's bytes without decoding them, to list the objects
it will write, or to encrypt objects written outside a PdfWriter; pyproject.toml pins pypdf
below its next major version.
"""

from collections.abc import Callable

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    PdfObject,
    StreamObject,
)


def add_object(writer: PdfWriter, obj: PdfObject) -> IndirectObject:
    return writer._add_object(obj)


def set_file_identifier(writer: PdfWriter, digest: bytes) -> None:
    """A fixed /ID, so the same inputs give the same bytes."""
    writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])


def encoded_data(stream: StreamObject) -> bytes:
    """A stream's data as stored (decrypted, still compressed), to copy it without decoding it."""
    return stream._data


def set_encoded_data(stream: StreamObject, data: bytes) -> None:
    """Replace a stream's stored bytes with an equivalent encoding of the same content."""
    stream._data = data


def indirect_objects(writer: PdfWriter) -> list[PdfObject]:
    """Every object the writer will write, in object-number order."""
    return [obj for obj in writer._objects if obj is not None]


def encryption(password: str) -> tuple[Callable[[PdfObject, int], PdfObject], DictionaryObject, ArrayObject]:
    """AES-256 for a PDF written object by object, set up exactly as PdfWriter.encrypt does it:
    a function encrypting object number n, the /Encrypt dictionary and the file identifier."""
    writer = PdfWriter()
    writer.encrypt(user_password=password, algorithm="AES-256")
    cipher = writer._encryption
    return (lambda obj, number: cipher.encrypt_object(obj, number, 0)), writer._encrypt_entry, writer._ID
