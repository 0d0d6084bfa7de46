"""The record of a batch: for each row, what was produced from which leaflet version.

A clinic must be able to show which leaflet version each patient received, so the
manifest keeps the SHA-256 of every PDF. It also keeps a hash of every input to each
pack, which is how a re-run knows a pack is unchanged.
"""

import csv
import io
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from .output import atomic_write

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
    input_sha256: str = ""
    generated_at: str = ""
    message: str = ""


COLUMNS = tuple(field.name for field in fields(ManifestRow))


def _inert(value) -> str:
    """Spreadsheets run a cell starting with = + - @ as a formula; a leading ' keeps it text."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def read_manifest(folder: Path) -> tuple[dict[str, ManifestRow], str | None]:
    """The previous run's produced or unchanged rows by output file name, and a warning if
    the manifest could not be read (then every pack is made again, nothing is lost)."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}, None
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) != COLUMNS:
                raise ValueError("its columns are not ConsentPack's")
            rows = [ManifestRow(**{**record, "row": int(record["row"])}) for record in reader]
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
