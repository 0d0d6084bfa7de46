"""A CSV theatre list, as Excel and LibreOffice save it, as a table of cell texts.

csv builds a row whole, however many lines an unclosed quote makes it swallow, so the lines
are counted as they are read and a row is cut off once it is longer than any row can be.
"""

import csv
import io
from pathlib import Path

from ..errors import ContentError
from ..limits import CELL_CHARS, LIST_COLUMNS, ROW_CHARS
from .table import bounded, one_line, too_long


class _RowTooLong(Exception):
    """A CSV row has run on past ROW_CHARS."""


class _Lines:
    """A CSV text's lines for csv.reader, counting what the current row has taken."""

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


def read_csv_table(path: Path, name: str) -> list[list[str]]:
    """Every row's cells, row 1 first, blank rows included so the numbers are a spreadsheet's."""
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
        table.append(bounded(name, number, [one_line(cell) for cell in cells]))


def _csv_problem(name: str, number: int, exc: Exception, several_lines: bool) -> str:
    """A row that ends inside quotes, or runs on over several lines until it is too long, has a
    quote opened and never closed: only a quoted cell can hold a line break."""
    if isinstance(exc, _RowTooLong) and not several_lines:
        return (f"{name} row {number}: is longer than {ROW_CHARS:,} characters; a row has at most "
                f"{LIST_COLUMNS} cells of at most {CELL_CHARS:,} characters")
    if "field larger than field limit" in str(exc) and not several_lines:
        return too_long(name, number)
    return _unclosed_quote(name, number)


def _unclosed_quote(name: str, number: int) -> str:
    return (f"{name} row {number}: a quote is opened and never closed; a cell that starts with a quote "
            'must end with one, and a quote inside it is written twice (""). Fix the row, or save the '
            "list again from the spreadsheet")
