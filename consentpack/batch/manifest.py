"""The record of a batch: for each row, what was produced from which leaflet version.

A clinic must be able to show which leaflet version each patient received, so the
manifest keeps the SHA-256 of every PDF. It also keeps a hash of every input to each
pack, which is how a re-run knows a pack is unchanged.
"""

import csv
import io
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from ..errors import OutputError
from ..files.atomic import atomic_write

MANIFEST_NAME = "manifest.csv"
PRODUCED, UNCHANGED, FAILED = "produced", "unchanged", "failed"


@dataclass(frozen=True)
class ManifestRow:
    row: int
    status: str
    output: str = ""
    pages: str = ""
    pdf_sha256: str = ""
    leaflet_id: str = ""
    leaflet_version: str = ""
    consent_form: str = ""  # the NHS model form the pack carries, 1 to 4
    input_sha256: str = ""
    generated_at: str = ""
    message: str = ""
    language: str = ""  # the BCP 47 tag of the language the pack is printed in; last, for older readers


COLUMNS = tuple(field.name for field in fields(ManifestRow))
# Columns an older manifest lacks: consent_form before the four consent forms (its packs were all
# form 1), language before packs were printed in the patient's language (all English). Such a
# manifest is still read, and its packs are made again, since their inputs now name both.
ADDED_LATER = ("consent_form", "language")
READABLE = {tuple(column for column in COLUMNS if column not in left_out)
            for left_out in ((), ("language",), ("consent_form",), ADDED_LATER)}
# A spreadsheet runs a cell starting with = + - @ (or tab, CR) as a formula. A leading ' keeps
# it text; a cell that itself starts with ' gets one too, so reading can undo exactly that.
_ESCAPED = ("=", "+", "-", "@", "\t", "\r", "'")


def _inert(value) -> str:
    text = str(value)
    return "'" + text if text.startswith(_ESCAPED) else text


def _as_written(value):
    """The inverse of _inert: a file name such as '-2.pdf' must still name its file when read."""
    return value[1:] if isinstance(value, str) and value.startswith("'") else value


def read_manifest(folder: Path) -> tuple[dict[str, ManifestRow], str | None]:
    """The previous run's produced or unchanged rows by output file name, and a warning if
    the manifest could not be read (then every pack is made again, nothing is lost)."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}, None
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) not in READABLE:
                raise ValueError("its columns are not ConsentPack's")
            records = [{key: _as_written(value) for key, value in record.items()} for record in reader]
            rows = [ManifestRow(**{**record, "row": int(record["row"])}) for record in records]
    except (ValueError, TypeError, UnicodeDecodeError, csv.Error) as exc:
        return {}, f"{path.name} in the output folder could not be read ({exc}); every pack is made again"
    return {row.output: row for row in rows if row.status in (PRODUCED, UNCHANGED) and row.output}, None


def write_manifest(folder: Path, rows: list[ManifestRow]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in sorted(rows, key=lambda r: r.row):
        writer.writerow(_inert(value) for value in asdict(row).values())
    path = folder / MANIFEST_NAME
    atomic_write(path, buffer.getvalue().encode("utf-8"))
    return path


class LiveManifest:
    """The manifest rewritten as packs finish (at most every `interval` seconds, and at the
    end), so a batch that is killed leaves a record of what it made and a re-run makes only
    the rest."""

    def __init__(self, folder: Path, rows: list[ManifestRow], interval: float = 0.5):
        self.folder, self.rows, self._interval = folder, rows, interval
        self._written = float("-inf")

    def add(self, row: ManifestRow) -> None:
        self.rows.append(row)
        if time.monotonic() - self._written >= self._interval:
            try:
                write_manifest(self.folder, self.rows)
            except OutputError:
                pass  # tried again with the next pack; the final write reports it
            self._written = time.monotonic()

    def finish(self) -> Path:
        return write_manifest(self.folder, self.rows)
