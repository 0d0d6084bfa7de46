"""A theatre list read by the reader its file name says: CSV, Excel workbook or FHIR Bundle.

Each reader gives the same rows (rows.py), so checking and making packs is the same whichever
way the list came.
"""

from pathlib import Path

from ..errors import ContentError, UsageError
from ..files.paths import display_path
from ..library.folders import Library
from ..limits import LIST_BYTES, LIST_ROWS
from .csv_table import read_csv_table
from .rows import TheatreList
from .table import table_rows
from .xlsx_table import read_xlsx_table

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def read_theatre_list(path: Path, sheet: str | None = None, column_map: dict[str, str] | None = None,
                      library: Library | None = None) -> TheatreList:
    """A CSV or XLSX list, or a FHIR Bundle (.json; its codes are looked up in `library`)."""
    name = display_path(path)
    if not path.is_file():
        raise UsageError(f"Theatre list {name} does not exist")
    suffix = path.suffix.lower()
    if suffix == ".json":
        if sheet is not None or column_map is not None:
            raise UsageError("--sheet and --columns apply to CSV and XLSX lists, not to a FHIR Bundle")
        from .fhir_bundle import read_fhir_list  # only a FHIR list pays for loading the FHIR models

        return read_fhir_list(path, library)
    if path.stat().st_size > LIST_BYTES:
        raise ContentError(f"{name}: is larger than {LIST_BYTES // 2**20} MB, more than a theatre list of "
                           f"{LIST_ROWS:,} rows needs; split it into smaller lists")
    if suffix in WORKBOOK_SUFFIXES:
        table = read_xlsx_table(path, name, sheet)
    elif sheet is not None:
        raise UsageError("--sheet only applies to an Excel (.xlsx) theatre list")
    else:
        table = read_csv_table(path, name)
    return TheatreList(name=name, rows=table_rows(name, table, column_map))
