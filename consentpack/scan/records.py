"""The records folder: one PDF per pack, unfiled.pdf, and filing.csv.

Each PDF carries its own filing state in its document information (the pack's code, which
scan was filed as each page, which duplicate scans were left out), so the folder is the only
state there is: a later run merges into it by pack id, and a run on scans already filed finds
every page there and changes nothing.
"""

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..files.atomic import atomic_write
from ..patient.printing import printed_on
from ..pdf.damaged import DAMAGED_PDF_ERRORS
from ..pdf.filing_pdfs import PdfPages
from ..pdf.page_code import PageCode, part_ranges

STATE_KEY = "/ConsentPackFiling"
UNFILED = "unfiled.pdf"
FILING_CSV = "filing.csv"
PART_NAMES = {"C": "cover", "L": "leaflet", "F": "consent form", "P": "copy"}
COLUMNS = ["record", "pack_id", "identifier", "leaflet", "leaflet_version", "form", "printed",
           "pages_expected", "pages_received", "missing_cover", "missing_leaflet", "missing_consent_form",
           "missing_copy", "missing_part_unknown", "duplicates_left_out", "consent_form_complete"]


@dataclass
class RecordState:
    """One pack's record: what its code says, and which scan was filed as each page."""

    key: str
    pack_id: str | None
    identifier: str
    leaflet: str
    leaflet_version: str
    form: int
    pages: int
    part_ends: list[int] | None
    filed: dict[int, str] = field(default_factory=dict)  # page number -> scan fingerprint
    left_out: list[str] = field(default_factory=list)  # fingerprints of duplicate scans

    @classmethod
    def for_code(cls, code: PageCode) -> "RecordState":
        return cls(key=record_key(code), pack_id=code.pack_id, identifier=code.identifier,
                   leaflet=code.leaflet, leaflet_version=code.leaflet_version, form=code.form,
                   pages=code.pages, part_ends=list(code.part_ends) if code.part_ends else None)

    def identity(self) -> tuple:
        """What the record's pages say of their pack, as `pack_identity` gives it for a code."""
        return (self.identifier, self.leaflet, self.leaflet_version, self.form, self.pages,
                tuple(self.part_ends) if self.part_ends else None)

    def parts(self) -> dict[str, range] | None:
        return part_ranges(self.part_ends, self.pages)

    def missing(self) -> dict[str, list[int]]:
        """Missing page numbers by part ("?" for packs whose code does not say, before CP3)."""
        absent = [page for page in range(1, self.pages + 1) if page not in self.filed]
        parts = self.parts()
        if parts is None:
            return {"?": absent} if absent else {}
        return {kind: missing for kind, pages in parts.items()
                if (missing := [page for page in absent if page in pages])}

    def consent_complete(self) -> bool | None:
        """Every page of the consent form came back; None when the code cannot say."""
        parts = self.parts()
        return None if parts is None else all(page in self.filed for page in parts["F"])

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "RecordState":
        data = json.loads(text)
        data["filed"] = {int(page): fingerprint for page, fingerprint in data["filed"].items()}
        return cls(**data)


def pack_identity(code: PageCode) -> tuple:
    """What a page's code says of its whole pack: whose it is, its leaflet, version, form,
    length and parts. Every page of one printing says the same."""
    return (code.identifier, code.leaflet, code.leaflet_version, code.form, code.pages, code.part_ends)


def record_key(code: PageCode) -> str:
    """Records merge by pack id; older codes name no printing, so all their printings share one."""
    if code.pack_id:
        return code.pack_id
    return f"{code.identifier}:{code.leaflet}:{code.leaflet_version}:{code.form}:{code.pages}"


@dataclass
class Folder:
    """What a records folder holds before a run: the records by key and their file names,
    the fingerprints already in unfiled.pdf, and the PDFs that are not ConsentPack's."""

    records: dict[str, RecordState]
    names: dict[str, str]  # key -> file name
    unfiled: list[str]
    others: list[str]


def read_folder(folder: Path) -> Folder:
    found = Folder({}, {}, [], [])
    for path in sorted(folder.glob("*.pdf")):
        state = _state(path)
        if path.name == UNFILED and isinstance(state, list):
            found.unfiled = state
        elif isinstance(state, RecordState):
            found.records[state.key] = state
            found.names[state.key] = path.name
        else:
            found.others.append(path.name)
    return found


def _state(path: Path) -> RecordState | list[str] | None:
    """The filing state a PDF carries; None for any other PDF, and for one that cannot be read."""
    try:
        text = PdfPages(path).info(STATE_KEY)
    except (OSError, *DAMAGED_PDF_ERRORS):
        return None
    if text is None:
        return None
    try:
        data = json.loads(text)
        return data["unfiled"] if "unfiled" in data else RecordState.from_json(text)
    except (ValueError, KeyError, TypeError):  # a state ConsentPack did not write
        return None


def unfiled_state(fingerprints: list[str]) -> str:
    return json.dumps({"unfiled": fingerprints})


def filing_rows(states: dict[str, RecordState], names: dict[str, str]) -> list[dict[str, str]]:
    rows = []
    for key, state in sorted(states.items(), key=lambda item: names[item[0]]):
        missing = state.missing()
        complete = state.consent_complete()
        rows.append({
            "record": names[key], "pack_id": state.pack_id or "", "identifier": state.identifier[1:],
            "leaflet": state.leaflet, "leaflet_version": state.leaflet_version, "form": str(state.form),
            "printed": printed(state), "pages_expected": str(state.pages),
            "pages_received": str(len(state.filed)),
            **{f"missing_{name.replace(' ', '_')}": " ".join(map(str, missing.get(kind, [])))
               for kind, name in PART_NAMES.items()},
            "missing_part_unknown": " ".join(map(str, missing.get("?", []))),
            "duplicates_left_out": str(len(state.left_out)),
            "consent_form_complete": {True: "yes", False: "no", None: "unknown"}[complete],
        })
    return rows


def printed(state: RecordState) -> str:
    return printed_on(state.pack_id).isoformat() if state.pack_id else ""


def write_filing_csv(folder: Path, rows: list[dict[str, str]]) -> bool:
    """filing.csv, rewritten only where it changed; whether it did."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    path = folder / FILING_CSV
    if path.is_file() and path.read_bytes() == data:
        return False
    atomic_write(path, data)
    return True
