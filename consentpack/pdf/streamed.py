"""A PDF written to disk object by object, for output too large to hold in memory: the print
file of a long theatre list.

Memory keeps only where each object is, the page list and a SHA-256 digest of each object.
The digest is taken of an object's bytes with its references already renumbered for this
file, so an object copied in again from another document (a font, a leaflet page, a page
label) is found and stored once, and pointing at the stored one is the same as copying it.
What is copied is held until commit(), so a document found damaged halfway can be discarded
whole.
"""

import hashlib
import secrets
from array import array
from io import BytesIO
from typing import BinaryIO

from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
)

from .pypdf_private import encoded_data, encryption
from .standards import aes_256_extension


def _bytes(obj: PdfObject) -> bytes:
    buffer = BytesIO()
    obj.write_to_stream(buffer)
    return buffer.getvalue()


def reference(number: int) -> IndirectObject:
    return IndirectObject(number, 0, None)


class StreamedPdf:
    """Copies objects in from one document at a time (between commits), AES-256 encrypted
    when given a password."""

    def __init__(self, handle: BinaryIO, password: str | None):
        self._handle = handle
        self._position = 0
        self._offsets = array("Q")  # where object n starts, at [n - 1]
        self._kids = array("Q")
        self._stored: dict[bytes, int] = {}  # digest -> number, of every object stored
        self._held: list[tuple[int, bytes]] = []  # since the last commit: number, bytes
        self._new: dict[bytes, int] = {}  # ... and the digests of those stored
        self._copied: dict[tuple[int, int], IndirectObject | None] = {}  # the document's number -> ours
        self._encrypt = self._encrypt_entry = None
        if password:
            self._encrypt, self._encrypt_entry, self._identifier = encryption(password)
        else:
            identifier = ByteStringObject(secrets.token_bytes(16))
            self._identifier = ArrayObject([identifier, identifier])
        self._put(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        self._pages = self.reserve()
        self._committed = len(self._offsets), 0

    @property
    def page_count(self) -> int:
        return len(self._kids)

    def reserve(self) -> IndirectObject:
        self._offsets.append(0)
        return reference(len(self._offsets))

    def copy(self, obj: PdfObject) -> PdfObject:
        """`obj`, from the document being copied, with its references renumbered for this file
        and what they point at stored."""
        if isinstance(obj, IndirectObject):
            key = obj.idnum, obj.generation
            if key not in self._copied:
                self._copied[key] = None
                self._copied[key] = self.store(self.copy(obj.get_object()))
            elif self._copied[key] is None:
                raise ValueError("an object that contains itself")
            return self._copied[key]
        if isinstance(obj, ArrayObject):
            return ArrayObject(self.copy(item) for item in obj)
        if isinstance(obj, StreamObject):
            copy = StreamObject()
            copy.set_data(encoded_data(obj))
        elif isinstance(obj, DictionaryObject):
            copy = DictionaryObject()
        else:
            return obj
        for key, value in sorted(obj.items()):  # one order, for the digest
            if not (key == "/Length" and isinstance(obj, StreamObject)):
                copy[key] = self.copy(value)
        return copy

    def store(self, obj: PdfObject) -> IndirectObject:
        """This file's one object with `obj`'s bytes."""
        data = _bytes(obj)
        digest = hashlib.sha256(data).digest()
        if number := self._stored.get(digest) or self._new.get(digest):
            return reference(number)
        ref = self.hold(obj, data=data)
        self._new[digest] = ref.idnum
        return ref

    def hold(self, obj: PdfObject, ref: IndirectObject | None = None, data: bytes | None = None,
             ) -> IndirectObject:
        """`obj` as an object of its own, never shared: for a page or a bookmark."""
        ref = ref or self.reserve()
        if self._encrypt:
            data = _bytes(self._encrypt(obj, ref.idnum))
        self._held.append((ref.idnum, data or _bytes(obj)))
        return ref

    def add_page(self, page: DictionaryObject) -> IndirectObject:
        page[NameObject("/Type")] = NameObject("/Page")
        page[NameObject("/Parent")] = self._pages
        ref = self.hold(page)
        self._kids.append(ref.idnum)
        return ref

    def commit(self) -> None:
        """Writes what was copied, stored and held, and ends copying from one document."""
        for number, data in self._held:
            self._offsets[number - 1] = self._position
            self._put(b"%d 0 obj\n%s\nendobj\n" % (number, data))
        self._stored.update(self._new)
        self._forget()
        self._committed = len(self._offsets), len(self._kids)

    def discard(self) -> None:
        """Forgets everything since the last commit, as if it had never been copied."""
        objects, pages = self._committed
        del self._offsets[objects:]
        del self._kids[pages:]
        self._forget()

    def _forget(self) -> None:
        self._held.clear()
        self._new.clear()
        self._copied = {}

    def close(self, catalog: DictionaryObject, info: DictionaryObject) -> None:
        """The page tree, `catalog` and `info`, then the cross-reference table and trailer."""
        self.hold(DictionaryObject({
            NameObject("/Type"): NameObject("/Pages"), NameObject("/Count"): NumberObject(self.page_count),
            NameObject("/Kids"): ArrayObject(reference(number) for number in self._kids),
        }), ref=self._pages)
        catalog[NameObject("/Type")] = NameObject("/Catalog")
        catalog[NameObject("/Pages")] = self._pages
        trailer = DictionaryObject({NameObject("/ID"): self._identifier})
        trailer[NameObject("/Info")] = self.hold(info)
        if self._encrypt_entry is not None:
            catalog[NameObject("/Extensions")] = aes_256_extension()
            trailer[NameObject("/Encrypt")] = entry = self.reserve()
            self._held.append((entry.idnum, _bytes(self._encrypt_entry)))  # the one object in clear
        trailer[NameObject("/Root")] = self.hold(catalog)
        trailer[NameObject("/Size")] = NumberObject(len(self._offsets) + 1)
        self.commit()
        xref = self._position
        self._put(b"xref\n0 %d\n0000000000 65535 f \n" % (len(self._offsets) + 1))
        self._handle.writelines(b"%010d 00000 n \n" % offset for offset in self._offsets)
        self._put(b"trailer\n%s\nstartxref\n%d\n%%%%EOF\n" % (_bytes(trailer), xref))

    def _put(self, data: bytes) -> None:
        self._handle.write(data)
        self._position += len(data)
