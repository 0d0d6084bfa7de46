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

from ..errors import ContentError, UsageError
from ..library.folders import Library
from ..files.paths import display_path
from ..limits import CELL_CHARS, LIST_BYTES, LIST_COLUMNS, LIST_ROWS, ROW_CHARS, beyond_columns, too_many_rows
from ..files.yaml_source import YamlSource
from .xlsx import read_sheet

COLUMNS = (
    "family_name", "given_name", "date_of_birth", "nhs_number", "hospital_number",
    "procedure", "side", "procedure_date", "consultant", "language", "large_print",
    "additional_risks", "notes",
    "consent_form", "lacks_capacity", "parent_name", "parent_relationship", "consulted", "attorney",
)
REQUIRED = ("family_name", "given_name", "date_of_birth", "procedure", "consultant")
IDENTIFIERS = ("nhs_number", "hospital_number")
# What Excel shows in a cell whose formula failed; saved as text in a CSV, and by openpyxl.
SPREADSHEET_ERRORS = frozenset({
    "#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!",
    "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
})


@dataclass(frozen=True)
class ListRow:
    number: int  # as shown in the spreadsheet; the header is row 1
    values: dict[str, str]
    stray_cells: bool = False  # something written in a column without a header
    problems: tuple[str, ...] = ()  # "field: problem" found while reading, e.g. a spreadsheet error
    source: str = ""  # in a FHIR Bundle, the resource the row came from: "ServiceRequest/abc"


@dataclass(frozen=True)
class TheatreList:
    name: str  # how messages refer to the list
    rows: tuple[ListRow, ...]
    unit: str = "row"  # what a message calls one: "row 3" of a spreadsheet, "entry 3" of a Bundle

    def where(self, number: int) -> str:
        """'monday.csv row 3', or 'bundle.json entry 3 (ServiceRequest/abc)'."""
        source = next((row.source for row in self.rows if row.number == number and row.source), "")
        return f"{self.name} {self.unit} {number}" + (f" ({source})" if source else "")


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


class _RowTooLong(Exception):
    """A CSV row has run on past ROW_CHARS."""


class _Lines:
    """A CSV text's lines for csv.reader, counting what the current row has taken: csv builds a
    row whole, however many lines an unclosed quote makes it swallow, so a row is cut off once
    it is longer than any row can be."""

    def __init__(self, text: str):
        self._lines = iter(io.StringIO(text))
        self.taken = self.lines = 0

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.taken += len(line)
        self.lines += 1
        if self.taken > ROW_CHARS:
            raise _RowTooLong
        return line

    def next_row(self) -> None:
        self.taken = self.lines = 0


def _unclosed_quote(name: str, number: int) -> str:
    return (f"{name} row {number}: a quote is opened and never closed; a cell that starts with a quote "
            'must end with one, and a quote inside it is written twice (""). Fix the row, or save the '
            "list again from the spreadsheet")


def _too_long(name: str, number: int) -> str:
    return f"{name} row {number}: a cell is longer than {CELL_CHARS:,} characters"


def _read_csv(path: Path, name: str) -> list[list[str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ContentError(f"{name}: is not UTF-8 text; in Excel use 'Save as: CSV UTF-8'") from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    lines = _Lines(text)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    table = []
    while True:
        number = len(table) + 1  # rows as a spreadsheet numbers them: each record, blank or not
        lines.next_row()
        try:
            cells = next(reader)
        except StopIteration:
            return table
        except (csv.Error, _RowTooLong) as exc:
            raise ContentError(_csv_problem(name, number, exc, lines.lines > 1)) from None
        table.append(_bounded(name, number, [_one_line(cell) for cell in cells]))


def _csv_problem(name: str, number: int, exc: Exception, several_lines: bool) -> str:
    """A row that ends inside quotes, or runs on over several lines until it is too long, has a
    quote opened and never closed: only a quoted cell can hold a line break."""
    if isinstance(exc, _RowTooLong) and not several_lines:
        return (f"{name} row {number}: is longer than {ROW_CHARS:,} characters; a row has at most "
                f"{LIST_COLUMNS} cells of at most {CELL_CHARS:,} characters")
    if "field larger than field limit" in str(exc) and not several_lines:
        return _too_long(name, number)
    return _unclosed_quote(name, number)


def _bounded(name: str, number: int, cells: list[str]) -> list[str]:
    """One row of either kind of list, within the limits: refused rather than cut short."""
    if number > LIST_ROWS:
        raise ContentError(too_many_rows(name))
    if any(cells[LIST_COLUMNS:]):
        raise ContentError(beyond_columns(name, number))
    if any(len(cell) > CELL_CHARS for cell in cells):
        raise ContentError(_too_long(name, number))
    return cells[:LIST_COLUMNS]


def _read_xlsx(path: Path, name: str, sheet: str | None) -> list[list[str]]:
    return [_bounded(name, number, [_cell_text(value) for value in values])
            for number, values in enumerate(read_sheet(path, name, sheet), start=1)]


def _looks_like_data(text: str) -> bool:
    """A heading with a digit in it (a date, an NHS number) may be a patient's details."""
    return any(ch.isdigit() for ch in text)


def _check_header(name: str, cells: list[str], headers: list[str]) -> None:
    """Row 1 must be headings. A heading that may be a patient's details is never repeated: a
    list saved without its header row would otherwise have its first patient printed here."""
    advice = (f"the first row must name the columns ({', '.join(COLUMNS)}); map your own headers with "
              "--columns FILE")
    if not any(key in COLUMNS for key in headers):
        raise ContentError(f"{name} row 1: is not a header row: {advice}")
    unknown = [(index, cell) for index, (cell, key) in enumerate(zip(cells, headers), start=1)
               if key and key not in COLUMNS]
    if any(_looks_like_data(cell) for _, cell in unknown):
        which = (f"columns {', '.join(str(index) for index, _ in unknown)} look" if len(unknown) > 1
                 else f"column {unknown[0][0]} looks")
        raise ContentError(f"{name} row 1: is not a header row: {which} like a patient's details (not shown "
                           f"here), not like column names; {advice}")
    if unknown:
        raise ContentError(
            f"{name} row 1: unknown column {', '.join(repr(cell) for _, cell in unknown)}; "
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


def _list_row(number: int, headers: list[str], cells: list[str]) -> ListRow:
    errors = {key: cell.upper() for key, cell in zip(headers, cells) if cell.upper() in SPREADSHEET_ERRORS}
    values = {key: cell for key, cell in zip(headers, cells) if key and cell != "" and key not in errors}
    stray = any(cell for key, cell in zip(headers, cells) if not key) or any(cells[len(headers):])
    problems = tuple(f"{key}: holds the spreadsheet error {error}; fix the cell in the spreadsheet"
                     for key, error in errors.items() if key)
    return ListRow(number=number, values=values, stray_cells=stray, problems=problems)


def read_theatre_list(path: Path, sheet: str | None = None, column_map: dict[str, str] | None = None,
                      library: "Library | None" = None) -> TheatreList:
    """A CSV or XLSX list, or a FHIR Bundle (.json; its codes are looked up in `library`)."""
    name = display_path(path)
    if not path.is_file():
        raise UsageError(f"Theatre list {name} does not exist")
    if path.suffix.lower() == ".json":
        if sheet is not None or column_map is not None:
            raise UsageError("--sheet and --columns apply to CSV and XLSX lists, not to a FHIR Bundle")
        from .fhir_bundle import read_fhir_list  # only a FHIR list loads the FHIR models

        return read_fhir_list(path, library)
    if path.stat().st_size > LIST_BYTES:
        raise ContentError(f"{name}: is larger than {LIST_BYTES // 2**20} MB, more than a theatre list of "
                           f"{LIST_ROWS:,} rows needs; split it into smaller lists")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        table = _read_xlsx(path, name, sheet)
    elif sheet is not None:
        raise UsageError("--sheet only applies to an Excel (.xlsx) theatre list")
    else:
        table = _read_csv(path, name)
    if not table:
        raise ContentError(f"{name}: is empty; the first row must name the columns")

    column_map = column_map or {}
    headers = [column_map.get(header_key(cell), header_key(cell)) for cell in table[0]]
    _check_header(name, table[0], headers)
    rows = [_list_row(number, headers, cells)
            for number, cells in enumerate(table[1:], start=2) if any(cells)]
    return TheatreList(name=name, rows=tuple(rows))
