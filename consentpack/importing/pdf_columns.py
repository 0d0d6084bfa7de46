"""Tables a PDF draws without a rule round every cell (striped rows, rules only between rows, or
none at all), read from where their words line up. A line whose words fall into pieces with wide
gaps between them is a row of cells; three or more such lines, one under another, whose pieces
start at the same places across the page are a table, and a line between them that starts at one
of those places holds a cell's wrapped words.
"""

from dataclasses import dataclass

from .pdf_layout import Line, Page, Table, Word, unwrapped
from .text_shapes import column_labels

_COLUMN_GAP = 1.5  # of the line's size: a gap between words this wide parts two cells
_ALIGNED = 3.0  # points: pieces that start this close start in one column
_SPACE = 0.35  # of the line's size: wider than the space between two words
_ROWS = 3  # lines with two cells or more, the header's included, that make a table
_ROW_GAP = 2.5  # of the line's size: the most a table's next line sits below the last
_PADDED = 0.3  # of the line's size: a gap this much wider than a cell's own line spacing parts rows
_HEADER_LINES = 3  # lines of one cell each above a table that may be its header row


@dataclass(frozen=True)
class _Piece:
    x0: float
    words: tuple[Word, ...]


def with_column_tables(page: Page) -> Page:
    """The page with the lines of each such table taken out and the table put in their place."""
    lines, tables = list(page.lines), list(page.tables)
    kept: list[Line] = []
    at = 0
    while at < len(lines):
        columns, run = _table_run(lines, at)
        if run:
            head = _header_lines(kept, run[0], columns)
            del kept[len(kept) - len(head):]
            table = _table(page.number, columns, head + run)
            ruled = _ruled_start(tables, kept, table)
            if ruled is not None:  # a striped table's first rows, whose backgrounds meet, look ruled
                tables.remove(ruled)
                table = Table(page.number, ruled.top, ruled.rows + table.rows, ruled.header)
            tables.append(table)
            at += len(run)
        else:
            kept.append(lines[at])
            at += 1
    return Page(page.number, page.height, tuple(kept), tuple(sorted(tables, key=lambda table: table.top)))


def _pieces(line: Line, columns: list[float] = ()) -> list[_Piece]:
    """The line's words in pieces: a wide gap parts two, and so does a word that starts where a
    known column does, after more than a space (a full first cell leaves a narrow gap)."""
    pieces: list[list[Word]] = []
    for word in line.words:
        gap = word.x0 - pieces[-1][-1].x1 if pieces else 0.0
        if pieces and gap <= _COLUMN_GAP * line.size and not (
                gap > _SPACE * line.size and _column(word.x0, columns) is not None):
            pieces[-1].append(word)
        else:
            pieces.append([word])
    return [_Piece(words[0].x0, tuple(words)) for words in pieces]


def _column(x0: float, columns: list[float]) -> int | None:
    return next((number for number, start in enumerate(columns) if abs(x0 - start) <= _ALIGNED), None)


def _table_run(lines: list[Line], at: int) -> tuple[list[float], list[Line]]:
    """Where the columns of the table that starts at lines[at] start, and its lines; no lines if
    no table starts there."""
    columns = [piece.x0 for piece in _pieces(lines[at])]
    if len(columns) < 2:
        return columns, []
    run = [lines[at]]
    for line in lines[at + 1:]:
        gap = line.top - run[-1].bottom
        if gap > _ROW_GAP * line.size or abs(line.size - run[0].size) > 0.5:
            break
        if any(_column(piece.x0, columns) is None for piece in _pieces(line, columns)):
            break
        run.append(line)
    while len(run) > 1 and len(_pieces(run[-1], columns)) < 2 and run[-1].top - run[-2].bottom > _PADDED * run[-1].size + min(
            _gaps(run) or [0.0]):
        run.pop()  # a paragraph after the table that starts where its first column does
    return columns, run if sum(len(_pieces(line, columns)) >= 2 for line in run) >= _ROWS else []


def _header_lines(above: list[Line], first: Line, columns: list[float]) -> list[Line]:
    """The lines just above a table that are its header row though none of them has two cells:
    a header whose cells are set in the middle of the row, one of them wrapped ("Chance for
    your" / "Side effect or complication" / "child"), falls into lines of one cell each."""
    head: list[Line] = []
    for line in reversed(above[-_HEADER_LINES:]):
        below = head[0] if head else first
        if (below.top - line.bottom > _ROW_GAP * line.size or abs(line.size - first.size) > 0.5
                or line.text.endswith((".", ":", "!")) or len(_pieces(line, columns)) > 1
                or _column(line.words[0].x0, columns) is None):
            break
        head.insert(0, line)
    return head if len({_column(line.words[0].x0, columns) for line in head}) > 1 else []


def _ruled_start(tables: list[Table], kept: list[Line], table: Table) -> Table | None:
    """A table found by its rules just above this one, with as many columns and no line
    between them: the same table."""
    above = [ruled for ruled in tables if ruled.top < table.top and len(ruled.rows[0]) == len(table.rows[0])
             and not any(ruled.top < line.top < table.top for line in kept)]
    return max(above, key=lambda ruled: ruled.top, default=None)


def _gaps(run: list[Line]) -> list[float]:
    return [below.top - above.bottom for above, below in zip(run, run[1:], strict=False)]


def _table(page: int, columns: list[float], run: list[Line]) -> Table:
    """The run's lines as rows: a line with two cells or more starts a row, unless the table's
    rows are set further apart than its cells' lines and this one is close below the last (a
    row whose cells both wrap); a line with one cell goes on the row above."""
    gaps = _gaps(run)
    spacing = min(gaps) if gaps else 0.0
    padded = bool(gaps) and max(gaps) > spacing + _PADDED * run[0].size
    rows: list[list[list[Word]]] = []
    for line, gap in zip(run, [None, *gaps], strict=True):
        pieces = _pieces(line, columns)
        starts_row = gap is None or (len(pieces) >= 2 and (not padded or gap > spacing + _PADDED * line.size))
        if starts_row:
            rows.append([[] for _ in columns])
        for piece in pieces:
            rows[-1][_column(piece.x0, columns)] += piece.words
    cells = tuple(tuple(unwrapped(" ".join(word.text for word in words)) for words in row) for row in rows)
    header = all(word.bold for words in rows[0] for word in words) or column_labels(cells[0])
    return Table(page, run[0].top, cells, header)
