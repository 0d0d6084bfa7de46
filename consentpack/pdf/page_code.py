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
from ..patient.models import Patient, nhs_check_digit_ok
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


# What ConsentPack prints in each field, and its name in a message (never its value).
_FIELDS = {
    "kind": ("[CLFP]", "part letter"), "form": ("[1-4]", "consent form"),
    "identifier": (r"N[0-9]{10}|H[A-Z0-9/-]{1,20}", "NHS or hospital number"),
    "leaflet": (r"(?=.{1,80}\Z)[A-Z0-9]+(?:-[A-Z0-9]+)*", "leaflet id"),  # as the library's ids
    "leaflet_version": (r"[0-9]+(?:\.[0-9]+){0,2}", "leaflet version"),
    "pack_id": (PACK_ID, "pack id"),
    # A pack has at most 9,999 pages: a leaflet file is at most 200 KB (limits.YAML_BYTES).
    "part_ends": (r"[1-9][0-9]{0,3}(?:\.[1-9][0-9]{0,3}){1,2}", "list of parts"),
    "page": ("[1-9][0-9]{0,3}", "page number"), "pages": ("[1-9][0-9]{0,3}", "page count"),
}
_VERSIONS = {
    "CP1": ("kind", "identifier", "leaflet", "leaflet_version", "page", "pages"),
    "CP2": ("kind", "form", "identifier", "leaflet", "leaflet_version", "page", "pages"),
    "CP3": ("kind", "form", "identifier", "leaflet", "leaflet_version", "pack_id", "part_ends", "page", "pages"),
}


def parse(text: str) -> PageCode:
    """The page code in a scanned QR code's text, CP1, CP2 or CP3. ValueError for anything
    else, and for a code no pack of ConsentPack's could carry, saying which field is wrong but
    not what it holds: a misprinted, damaged or forged code is never a PageCode."""
    version, _, rest = text.partition(":")
    names = _VERSIONS.get(version)
    if names is None:
        raise ValueError("not a ConsentPack page code (CP1, CP2 or CP3)")
    values = rest.split(":")
    if len(values) != len(names):
        raise _fault(f"it has {len(values)} fields where {version} has {len(names)}")
    fields = dict(zip(names, values, strict=True))
    for name, value in fields.items():
        pattern, words = _FIELDS[name]
        if not re.fullmatch(pattern, value):
            raise _fault(f"its {words} is not one ConsentPack prints")
    ends = fields.get("part_ends")
    code = PageCode(
        version=int(version[2]), kind=fields["kind"], form=int(fields.get("form", 1)),
        identifier=fields["identifier"], leaflet=fields["leaflet"].lower(),
        leaflet_version=fields["leaflet_version"], pack_id=fields.get("pack_id"),
        part_ends=tuple(int(end) for end in ends.split(".")) if ends else None,
        page=int(fields["page"]), pages=int(fields["pages"]),
    )
    if fault := _inconsistency(code):
        raise _fault(fault)
    return code


def _fault(what: str) -> ValueError:
    return ValueError(f"not a ConsentPack page code: {what}")


def _inconsistency(code: PageCode) -> str | None:
    """What a code says that no printed pack could: an NHS number failing its check digit, a page
    beyond the pack, a print date that is no date, parts out of order or not the form's, a page
    outside the part its kind names."""
    if code.identifier.startswith("N") and not nhs_check_digit_ok(code.identifier[1:]):
        return "its NHS number fails its check digit (Modulus 11)"
    if code.page > code.pages:
        return "its page number is beyond its page count"
    if code.version < 3:
        return None
    try:
        printed_on(code.pack_id)
    except ValueError:
        return "its pack id's date is not a date"
    ends = code.part_ends
    if list(ends) != sorted(set(ends)) or ends[-1] >= code.pages:
        return "its parts do not rise within its pages"
    if len(ends) != (2 if code.form == 4 else 3):  # only form 4 has no copy
        return "its parts are not those of its consent form"
    if code.page not in code.parts()[code.kind]:
        return "its page is not in the part its part letter names"
    return None
