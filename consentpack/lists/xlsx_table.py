"""An Excel theatre list as a table of cell texts: the sheet's values (read by xlsx.py, which
trusts nothing the file declares) written as the text a person sees in the cell."""

from datetime import date, datetime
from pathlib import Path

from .table import bounded, one_line
from .xlsx import read_sheet


def read_xlsx_table(path: Path, name: str, sheet: str | None) -> list[list[str]]:
    """Every row's cells, row 1 first, empty rows included so the numbers are Excel's."""
    return [bounded(name, number, [_cell_text(value) for value in values])
            for number, values in enumerate(read_sheet(path, name, sheet), start=1)]


def _cell_text(value) -> str:
    """Dates as YYYY-MM-DD, 9434765919 not 9434765919.0, TRUE as yes."""
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
    return one_line(str(value))
