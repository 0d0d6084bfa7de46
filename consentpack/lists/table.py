"""A spreadsheet's table of cell texts (from a CSV or a workbook) as numbered rows.

Header names match case-insensitively, with spaces, hyphens and underscores alike; a hospital
whose spreadsheet uses other headers maps them with a small YAML file. Row 1 is the header.
"""

from pathlib import Path

from ..errors import ContentError
from ..files.paths import display_path
from ..files.yaml_source import YamlSource
from ..limits import CELL_CHARS, LIST_COLUMNS, LIST_ROWS, beyond_columns, too_many_rows
from .booking import list_status_problem
from .rows import COLUMNS, IDENTIFIERS, REQUIRED, SPREADSHEET_ERRORS, ListRow, header_key, row_values


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


def one_line(text: str) -> str:
    """A line break typed inside a cell (Alt+Enter) is layout, not content: it becomes a space."""
    return " ".join(text.split())


def too_long(name: str, number: int) -> str:
    return f"{name} row {number}: a cell is longer than {CELL_CHARS:,} characters"


def bounded(name: str, number: int, cells: list[str]) -> list[str]:
    """One row of either kind of spreadsheet, within the limits: refused rather than cut short."""
    if number > LIST_ROWS:
        raise ContentError(too_many_rows(name))
    if any(cells[LIST_COLUMNS:]):
        raise ContentError(beyond_columns(name, number))
    if any(len(cell) > CELL_CHARS for cell in cells):
        raise ContentError(too_long(name, number))
    return cells[:LIST_COLUMNS]


def table_rows(name: str, table: list[list[str]], column_map: dict[str, str] | None) -> tuple[ListRow, ...]:
    """Row 1 checked as the header, then one ListRow per row that has anything in it."""
    if not table:
        raise ContentError(f"{name}: is empty; the first row must name the columns")
    column_map = column_map or {}
    headers = [column_map.get(header_key(cell), header_key(cell)) for cell in table[0]]
    _check_header(name, table[0], headers)
    return tuple(_list_row(number, headers, cells)
                 for number, cells in enumerate(table[1:], start=2) if any(cells))


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
    unknown = [(index, cell) for index, (cell, key) in enumerate(zip(cells, headers, strict=True), start=1)
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
    """The row's values, and what stops its pack before any field is checked: a spreadsheet error
    in a cell, or a status that is not booked. The status is the list's, not the pack's, so it is
    not among the values."""
    pairs = list(zip(headers, cells, strict=False))  # a row may stop short of the header, or run past it
    errors = {key: cell.upper() for key, cell in pairs if cell.upper() in SPREADSHEET_ERRORS}
    values = row_values((key, cell) for key, cell in pairs if key and key not in errors)
    stray = any(cell for key, cell in pairs if not key) or any(cells[len(headers):])
    problems = [f"{key}: holds the spreadsheet error {error}; fix the cell in the spreadsheet"
                for key, error in errors.items() if key]
    if status_problem := list_status_problem(values.pop("status", "")):
        problems.append(status_problem)
    return ListRow(number=number, values=values, stray_cells=stray, problems=tuple(problems))
