"""Tables a PDF draws without a rule round every cell (striped rows, rules only between rows, or
none at all), read from where their words line up. A line whose words fall into pieces with wide
gaps between them is a row of cells; three or more such lines, one under another, whose pieces
start (or, set in the middle or to the right, centre or end) at the same places across the page are a table, and a line
between them that starts at one of those places holds a cell's wrapped words.
"""

from dataclasses import dataclass

from .pdf_layout import Line, Page, Table, Word, unwrapped
from .text_shapes import column_labels

_COLUMN_GAP = 1.5  # of the line's size: a gap between words this wide parts two cells
_ALIGNED = 3.0  # points: pieces that start this close start in one column
_SPACE = 0.35  # of the line's size: wider than the space between two words
_PROPOSED_GAP = 0.8  # of the line's size: a gap this wide may part two cells, if the lines below agree
_ROWS = 3  # lines with two cells or more, the header's included, that make a table
_ROW_GAP = 2.5  # of the line's size: the most a table's next line sits below the last
_PADDED = 0.3  # of the line's size: a gap this much wider than a cell's own line spacing parts rows
_HEADER_LINES = 3  # lines of one cell each above a table that may be its header row


@dataclass(frozen=True)
class _Piece:
    """Words of one cell on one line, and where they start and end across the page. A cell
    parted from the next by no more than a narrow gap places a column by its start alone:
    justified lines all end at the margin, so their ends line up in any paragraph."""

    words: tuple[Word, ...]
    by_start_only: bool = False

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


def with_column_tables(page: Page) -> Page:
    """The page with the lines of each such table taken out and the table put in their place."""
    lines, tables = list(page.lines), list(page.tables)
    kept: list[Line] = []
    at = 0
    while at < len(lines):
        columns, run = _table_run(lines, at)
        if run:
            spans = _spans(columns, run)
            head = _header_lines(kept, run[0], spans)
            del kept[len(kept) - len(head):]
            table = _table(page.number, columns, spans, head, run)
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


def _pieces(line: Line, columns: list[_Piece] = ()) -> list[_Piece]:
    """The line's words in pieces: a wide gap parts two, and so does a word that starts where a
    known column does, after more than a space (a full first cell leaves a narrow gap)."""
    pieces: list[list[Word]] = []
    for word in line.words:
        gap = word.x0 - pieces[-1][-1].x1 if pieces else 0.0
        if pieces and gap <= _COLUMN_GAP * line.size and not any(
                abs(word.x0 - column.x0) <= _ALIGNED
                and gap > (_PROPOSED_GAP if column.by_start_only else _SPACE) * line.size for column in columns):
            pieces[-1].append(word)
        else:
            pieces.append([word])
    return [_Piece(tuple(words)) for words in pieces]


def _column(piece: _Piece, columns: list[_Piece]) -> int | None:
    """The column the piece is in: it starts where the column's first piece does, or, in a
    column set in the middle or to the right ("About 1 in 100" under "Almost all boys"), its
    middle or its end is there."""
    return next((number for number, column in enumerate(columns)
                 if abs(piece.x0 - column.x0) <= _ALIGNED or (not column.by_start_only and min(
                     abs(piece.centre - column.centre), abs(piece.x1 - column.x1)) <= _ALIGNED)), None)


def _table_run(lines: list[Line], at: int) -> tuple[list[_Piece], list[Line]]:
    """The cells of the first line of the table that starts at lines[at], which place its
    columns, and its lines; no lines if no table starts there."""
    columns = _pieces(lines[at])
    if len(columns) < 2:
        columns = _widest_gap_columns(lines[at])
    if len(columns) < 2:
        return columns, []
    run = [lines[at]]
    for line in lines[at + 1:]:
        gap = line.top - run[-1].bottom
        if gap > _ROW_GAP * line.size or abs(line.size - run[0].size) > 0.5:
            break
        pieces = _pieces(line, columns)
        placed = [_column(piece, columns) for piece in pieces]
        if None in placed or any(number + 1 < len(columns) and piece.x1 > columns[number + 1].x0 + _ALIGNED
                                 for piece, number in zip(pieces, placed, strict=True)):
            break  # a line that runs on past the next column's start is a paragraph's
        run.append(line)
    while len(run) > 1 and len(_pieces(run[-1], columns)) < 2 and run[-1].top - run[-2].bottom > _PADDED * run[-1].size + min(
            _gaps(run) or [0.0]):
        run.pop()  # a paragraph after the table that starts where its first column does
    return columns, run if sum(len(_pieces(line, columns)) >= 2 for line in run) >= _ROWS else []


def _widest_gap_columns(line: Line) -> list[_Piece]:
    """The two cells the line's widest gap would part, when that gap is clearly wider than a
    space: a full first cell leaves less than the usual gap before the second. The lines below
    must bear the columns out."""
    gaps = [(right.x0 - left.x1, at) for at, (left, right) in enumerate(zip(line.words, line.words[1:],
                                                                             strict=False), 1)]
    widest, at = max(gaps, default=(0.0, 0))
    if widest <= _PROPOSED_GAP * line.size:
        return []
    return [_Piece(line.words[:at], by_start_only=True), _Piece(line.words[at:], by_start_only=True)]


def _spans(columns: list[_Piece], run: list[Line]) -> list[tuple[float, float]]:
    """How far across the page each column's words reach, from the nearest start to the furthest end."""
    spans = [(column.x0, column.x1) for column in columns]
    for line in run:
        for piece in _pieces(line, columns):
            number = _column(piece, columns)
            spans[number] = (min(spans[number][0], piece.x0), max(spans[number][1], piece.x1))
    return spans


def _overlapped(piece: _Piece, spans: list[tuple[float, float]]) -> int | None:
    """The one column whose span the piece lies across, if it lies across one only."""
    across = [number for number, (x0, x1) in enumerate(spans) if min(x1, piece.x1) - max(x0, piece.x0) > 0]
    return across[0] if len(across) == 1 else None


def _header_lines(above: list[Line], first: Line, spans: list[tuple[float, float]]) -> list[Line]:
    """The lines just above a table that are its header row though they do not start its
    columns: a header whose cells are set in the middle of the row, one of them wrapped
    ("Chance for your" / "Side effect or complication" / "child"), falls into lines whose
    pieces each lie across one column only."""
    head: list[Line] = []
    for line in reversed(above[-_HEADER_LINES:]):
        below = head[0] if head else first
        if (below.top - line.bottom > _ROW_GAP * line.size or abs(line.size - first.size) > 0.5
                or line.text.endswith((".", ":", "!")) or None in _header_columns(line, spans)):
            break
        head.insert(0, line)
    return head if len({number for line in head for number in _header_columns(line, spans)}) > 1 else []


def _header_columns(line: Line, spans: list[tuple[float, float]]) -> list[int | None]:
    return [_overlapped(piece, spans) for piece in _pieces(line)]


def _ruled_start(tables: list[Table], kept: list[Line], table: Table) -> Table | None:
    """A table found by its rules just above this one, with as many columns and no line
    between them: the same table."""
    above = [ruled for ruled in tables if ruled.top < table.top and len(ruled.rows[0]) == len(table.rows[0])
             and not any(ruled.top < line.top < table.top for line in kept)]
    return max(above, key=lambda ruled: ruled.top, default=None)


def _gaps(run: list[Line]) -> list[float]:
    return [below.top - above.bottom for above, below in zip(run, run[1:], strict=False)]


def _table(page: int, columns: list[_Piece], spans: list[tuple[float, float]], head: list[Line],
           run: list[Line]) -> Table:
    """The header lines as one row, then the run's lines as rows: a line with two cells or more
    starts a row, unless the table's rows are set further apart than its cells' lines and this
    one is close below the last (a row whose cells both wrap); a line with one cell goes on the
    row above."""
    gaps = _gaps(run)
    spacing = min(gaps) if gaps else 0.0
    padded = bool(gaps) and max(gaps) > spacing + _PADDED * run[0].size
    rows: list[list[list[Word]]] = [[[] for _ in columns]] if head else []
    for line in head:
        for piece in _pieces(line):
            rows[0][_overlapped(piece, spans)] += piece.words
    for line, gap in zip(run, [None, *gaps], strict=True):
        pieces = _pieces(line, columns)
        starts_row = gap is None or (len(pieces) >= 2 and (not padded or gap > spacing + _PADDED * line.size))
        if starts_row:
            rows.append([[] for _ in columns])
        for piece in pieces:
            rows[-1][_column(piece, columns)] += piece.words
    cells = tuple(tuple(unwrapped(" ".join(word.text for word in words)) for words in row) for row in rows)
    header = all(word.bold for words in rows[0] for word in words) or column_labels(cells[0])
    return Table(page, (head or run)[0].top, cells, header)
