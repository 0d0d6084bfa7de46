"""What the QR code on every page says, so a scanned page files itself against the right
patient, pack and printing. Packs write it (pdf/qr_code.py draws it); `file` reads it back.

Payload (QR alphanumeric mode, so it stays small):

    CP3:<kind>:<form>:<identifier>:<LEAFLET-ID>:<version>:<pack id>:<parts>:<page>:<pages>
    CP3:F:2:N9434765919:SACROILIAC-JOINT-FUSION:1.0:261127-7KQ2M4:2.9.12:11:15

kind is C (cover), L (leaflet), F (consent form) or P (the patient's or parent's copy); form
is the pack's NHS model consent form, 1 to 4; the identifier is N and the NHS number, or H
and the hospital number, whichever the site's identity strip leads with; the pack id names
the printing (see pack_id.py); parts is the last page of each part but the last, in pack
order (cover, leaflet, consent form, then the copy where the form has one), so any one page
tells which pages belong to the consent form even when some never come back.

Older packs carry CP2, without the pack id and parts, or CP1 (before there were four forms),
without the form as well: `parse` reads all three, so pages printed then still file
themselves, though two printings of such a pack cannot be told apart.
"""

import re
from dataclasses import dataclass

from ..library.models import Site
from ..patient.models import Patient
from ..patient.printing import PATTERN as PACK_ID
from ..patient.printing import printed_on

KINDS = "CLFP"  # in pack order


def identifier(patient: Patient, site: Site) -> str:
    nhs = f"N{patient.nhs_number}" if patient.nhs_number else None
    hospital = f"H{patient.hospital_number.upper()}" if patient.hospital_number else None
    if site.identifier == "hospital_number":
        return hospital or nhs
    return nhs or hospital


@dataclass(frozen=True)
class PageCode:
    """One page's code; the leaflet id in lower case, as in the library."""

    version: int  # 1, 2 or 3
    kind: str
    form: int  # every pack with a CP1 code carried form 1, the only form there was
    identifier: str
    leaflet: str
    leaflet_version: str
    pack_id: str | None  # None before CP3
    part_ends: tuple[int, ...] | None  # None before CP3
    page: int
    pages: int

    def text(self) -> str:
        """The payload, always the current version."""
        ends = ".".join(str(end) for end in self.part_ends)
        return (f"CP3:{self.kind}:{self.form}:{self.identifier}:{self.leaflet.upper()}:{self.leaflet_version}:"
                f"{self.pack_id}:{ends}:{self.page}:{self.pages}")

    def parts(self) -> dict[str, range] | None:
        """Each part's pages, by kind, as the code says; None for codes older than CP3."""
        return part_ranges(self.part_ends, self.pages)


def part_ranges(part_ends, pages: int) -> dict[str, range] | None:
    """{"C": range(1, 3), "L": ..., "F": ..., "P": ...} from the parts field's page numbers."""
    if part_ends is None:
        return None
    starts = (1, *(end + 1 for end in part_ends))
    ends = (*part_ends, pages)
    return {kind: range(start, end + 1) for kind, start, end in zip(KINDS, starts, ends, strict=False)}


_FIELDS = {
    "kind": "[CLFP]", "form": "[1-4]", "identifier": r"N[0-9]{10}|H[A-Z0-9/-]{1,20}",
    "leaflet": "[A-Z0-9]+(?:-[A-Z0-9]+)*", "leaflet_version": r"[0-9]+(?:\.[0-9]+){0,2}",
    "pack_id": PACK_ID, "part_ends": r"[1-9][0-9]*(?:\.[1-9][0-9]*){1,2}",
    "page": "[1-9][0-9]*", "pages": "[1-9][0-9]*",
}
_CODES = {
    version: re.compile(f"CP{version}:" + ":".join(f"(?P<{name}>{_FIELDS[name]})" for name in names))
    for version, names in (
        (1, ("kind", "identifier", "leaflet", "leaflet_version", "page", "pages")),
        (2, ("kind", "form", "identifier", "leaflet", "leaflet_version", "page", "pages")),
        (3, ("kind", "form", "identifier", "leaflet", "leaflet_version", "pack_id", "part_ends", "page",
             "pages")),
    )
}


def parse(text: str) -> PageCode:
    """The page code in a scanned QR code's text, CP1, CP2 or CP3; ValueError for anything else."""
    for version, pattern in _CODES.items():
        if found := pattern.fullmatch(text):
            fields = found.groupdict()
            ends = fields.get("part_ends")
            code = PageCode(
                version=version, kind=fields["kind"], form=int(fields.get("form", 1)),
                identifier=fields["identifier"], leaflet=fields["leaflet"].lower(),
                leaflet_version=fields["leaflet_version"], pack_id=fields.get("pack_id"),
                part_ends=tuple(int(end) for end in ends.split(".")) if ends else None,
                page=int(fields["page"]), pages=int(fields["pages"]),
            )
            if code.page <= code.pages and _consistent(code):
                return code
    raise ValueError("not a ConsentPack page code (CP1, CP2 or CP3)")


def _consistent(code: PageCode) -> bool:
    """A CP3 code's date is real, its parts rise and cover its page, as its kind says."""
    if code.version < 3:
        return True
    try:
        printed_on(code.pack_id)
    except ValueError:
        return False
    ends = code.part_ends
    if list(ends) != sorted(set(ends)) or ends[-1] >= code.pages:
        return False
    if (len(ends) == 2) != (code.form == 4):  # only form 4 has no copy
        return False
    return code.page in code.parts()[code.kind]
