"""Reading a theatre list (CSV as Excel and LibreOffice save it, or XLSX) into numbered rows.

Row numbers are the ones a person sees in the spreadsheet: the header is row 1. Header
names match case-insensitively, with spaces, hyphens and underscores alike; a hospital
whose spreadsheet uses other headers maps them with a small YAML file.
"""

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .errors import ContentError, UsageError
from .library import display_path
from .yaml_source import YamlSource

COLUMNS = (
    "family_name", "given_name", "date_of_birth", "nhs_number", "hospital_number",
    "procedure", "side", "procedure_date", "consultant", "language", "large_print",
    "additional_risks", "notes",
)
REQUIRED = ("family_name", "given_name", "date_of_birth", "procedure", "consultant")
IDENTIFIERS = ("nhs_number", "hospital_number")


@dataclass(frozen=True)
class ListRow:
    number: int  # as shown in the spreadsheet; the header is row 1
    values: dict[str, str]
    stray_cells: bool = False  # something written in a column without a header


@dataclass(frozen=True)
class TheatreList:
    name: str  # how messages refer to the list
    rows: tuple[ListRow, ...]


def header_key(text: str) -> str:
    return re.sub(r"[\s_-]+", "_", str(text).strip().lower())


def read_column_map(path: Path) -> dict[str, str]:
    """A hospital's own headers -> ConsentPack's columns, e.g. `Surname: family_name`."""
    source = YamlSource(path, display_path(path))
    data = source.data or {}
    if not isinstance(data, dict):
        raise ContentError(f"{source.display}: must map your column headers to ConsentPack's columns")
    mapping = {}
    for theirs, ours in data.items():
        if header_key(ours) not in COLUMNS:
            raise ContentError(
                f"{source.display} line {source.line_of((theirs,))}: '{ours}' is not a ConsentPack column; "
                f"use one of {', '.join(COLUMNS)}"
            )
        mapping[header_key(theirs)] = header_key(ours)
    return mapping


def _one_line(text: str) -> str:
    """A line break typed inside a cell (Alt+Enter) is layout, not content: it becomes a space."""
    return " ".join(text.split())


def _cell_text(value) -> str:
    """Spreadsheet cells as the text a person sees: dates as YYYY-MM-DD, 9434765919 not 9434765919.0."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _one_line(str(value))


def _read_csv(path: Path) -> list[list[str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ContentError(
            f"{display_path(path)}: is not UTF-8 text; in Excel use 'Save as: CSV UTF-8'"
        ) from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    return [[_one_line(cell) for cell in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _read_xlsx(path: Path, sheet: str | None) -> list[list[str]]:
    from openpyxl import load_workbook  # only lists saved from Excel pay for importing it

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or mislabelled file
        raise ContentError(f"{display_path(path)}: cannot be read as an Excel workbook ({exc})") from None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise UsageError(
                f"{display_path(path)} has no sheet '{sheet}'; its sheets are: {', '.join(workbook.sheetnames)}"
            )
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        table = [[_cell_text(value) for value in row] for row in worksheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    _refuse_unsaved_formulas(path, sheet, table)
    return table


def _refuse_unsaved_formulas(path: Path, sheet: str | None, table: list[list[str]]) -> None:
    """A formula whose result was never saved (a workbook written by a program, not Excel) reads
    as an empty cell: refuse it rather than read a row as blank or a field as missing."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=False)
    try:
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        for number, (row, values) in enumerate(zip(worksheet.iter_rows(values_only=True), table), start=1):
            for column, (cell, value) in enumerate(zip(row, values), start=1):
                if value == "" and isinstance(cell, str) and cell.startswith("="):
                    raise ContentError(
                        f"{display_path(path)} row {number}: column {column} holds a formula with no saved "
                        "result; open the file in Excel or LibreOffice and save it again"
                    )
    finally:
        workbook.close()


def read_theatre_list(path: Path, sheet: str | None = None,
                      column_map: dict[str, str] | None = None) -> TheatreList:
    name = display_path(path)
    if not path.is_file():
        raise UsageError(f"Theatre list {name} does not exist")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        table = _read_xlsx(path, sheet)
    elif sheet is not None:
        raise UsageError("--sheet only applies to an Excel (.xlsx) theatre list")
    else:
        table = _read_csv(path)
    if not table:
        raise ContentError(f"{name}: is empty; the first row must name the columns")

    column_map = column_map or {}
    headers = [column_map.get(header_key(cell), header_key(cell)) for cell in table[0]]
    unknown = [cell for cell, key in zip(table[0], headers) if key and key not in COLUMNS]
    if unknown:
        raise ContentError(
            f"{name} row 1: unknown column {', '.join(repr(c) for c in unknown)}; "
            f"the columns are {', '.join(COLUMNS)} (map other headers with --columns FILE)"
        )
    missing = [column for column in REQUIRED if column not in headers]
    if not any(column in headers for column in IDENTIFIERS):
        missing.append("nhs_number or hospital_number")
    if missing:
        raise ContentError(f"{name} row 1: missing column {', '.join(missing)}")
    repeated = sorted({key for key in headers if key and headers.count(key) > 1})
    if repeated:
        raise ContentError(f"{name} row 1: column {', '.join(repeated)} appears more than once")

    rows = []
    for number, cells in enumerate(table[1:], start=2):
        if not any(cells):
            continue
        values = {key: cell for key, cell in zip(headers, cells) if key and cell != ""}
        stray = any(cell for key, cell in zip(headers, cells) if not key) or any(cells[len(headers):])
        rows.append(ListRow(number=number, values=values, stray_cells=stray))
    return TheatreList(name=name, rows=tuple(rows))
