"""A QR code on every page, so a scanned page files itself against the right patient and pack.

Payload (QR alphanumeric mode, so it stays small):

    CP2:<kind>:<form>:<identifier>:<LEAFLET-ID>:<version>:<page>:<pages>
    CP2:F:2:N9434765919:SACROILIAC-JOINT-FUSION:1.0:7:14

kind is C (cover), L (leaflet), F (consent form) or P (the patient's or parent's copy); form
is the pack's NHS model consent form, 1 to 4; the identifier is N and the NHS number, or H
and the hospital number, whichever the site's identity strip leads with. The code is drawn as
vector squares in the bottom-left corner, clear of the text.

Packs made before there were four forms carry CP1, the same without the form: `parse` reads
both, so pages printed then still file themselves.
"""

import re
from dataclasses import dataclass

import segno
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    StreamObject,
)

from ..models import Leaflet, Patient, Site
from .standards import archivable

MM = 72 / 25.4
SIZE = 13 * MM  # the code, quiet zone excluded
LEFT, BOTTOM = 4.5 * MM, 5 * MM  # inside most printers' printable area
MASK = 0


def identifier(patient: Patient, site: Site) -> str:
    nhs = f"N{patient.nhs_number}" if patient.nhs_number else None
    hospital = f"H{patient.hospital_number.upper()}" if patient.hospital_number else None
    if site.identifier == "hospital_number":
        return hospital or nhs
    return nhs or hospital


def payload(patient: Patient, site: Site, leaflet: Leaflet, form: int, kind: str, page: int,
            pages: int) -> str:
    return (f"CP2:{kind}:{form}:{identifier(patient, site)}:{leaflet.id.upper()}:{leaflet.version}:"
            f"{page}:{pages}")


@dataclass(frozen=True)
class PageCode:
    """What a page's QR code says, as `payload` wrote it (the leaflet id in lower case)."""

    version: int  # 1 or 2
    kind: str
    form: int  # every pack with a CP1 code carried form 1, the only form there was
    identifier: str
    leaflet: str
    leaflet_version: str
    page: int
    pages: int


_FIELDS = {
    "kind": "[CLFP]", "form": "[1-4]", "identifier": r"N[0-9]{10}|H[A-Z0-9/-]{1,20}",
    "leaflet": "[A-Z0-9]+(?:-[A-Z0-9]+)*", "leaflet_version": r"[0-9]+(?:\.[0-9]+){0,2}",
    "page": "[1-9][0-9]*", "pages": "[1-9][0-9]*",
}
_CODES = {
    version: re.compile(f"CP{version}:" + ":".join(f"(?P<{name}>{_FIELDS[name]})" for name in names))
    for version, names in (
        (1, ("kind", "identifier", "leaflet", "leaflet_version", "page", "pages")),
        (2, ("kind", "form", "identifier", "leaflet", "leaflet_version", "page", "pages")),
    )
}


def parse(text: str) -> PageCode:
    """The page code in a scanned QR code's text, CP1 or CP2; ValueError for anything else."""
    for version, pattern in _CODES.items():
        if found := pattern.fullmatch(text):
            fields = found.groupdict()
            code = PageCode(
                version=version, kind=fields["kind"], form=int(fields.get("form", 1)),
                identifier=fields["identifier"], leaflet=fields["leaflet"].lower(),
                leaflet_version=fields["leaflet_version"], page=int(fields["page"]),
                pages=int(fields["pages"]),
            )
            if code.page <= code.pages:
                return code
    raise ValueError("not a ConsentPack page code (CP1 or CP2)")


def code_form(text: str, width: float, height: float) -> StreamObject:
    """The QR code for `text` as a Form XObject the size of the page."""
    # A fixed mask: searching all eight for the best is 5 ms a code, a third of a pack's time
    # in a batch; the tests decode every kind of page at 150-300 dpi with it.
    matrix = segno.make(text, error="m", micro=False, mask=MASK).matrix
    module = SIZE / len(matrix)
    squares = []
    for row_index, row in enumerate(matrix):
        y = BOTTOM + SIZE - (row_index + 1) * module
        column = 0
        while column < len(row):
            if row[column]:
                run = column
                while run < len(row) and row[run]:
                    run += 1
                squares.append(f"{LEFT + column * module:.3f} {y:.3f} {(run - column) * module:.3f} "
                               f"{module:.3f} re")
                column = run
            else:
                column += 1
    form = DecodedStreamObject()
    form.set_data(archivable(("q 0 g\n" + "\n".join(squares) + "\nf Q").encode()))
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject([FloatObject(0), FloatObject(0), FloatObject(width),
                                             FloatObject(height)])
    form[NameObject("/Resources")] = DictionaryObject()
    return form.flate_encode()
