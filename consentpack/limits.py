"""How big an input may be, stated once, and reading a file no further than its limit.

Each limit is far above what a real file needs and far below what would make ConsentPack slow
or short of memory, so a damaged or hostile file is refused in seconds with a message instead
of being read.
"""

from pathlib import Path

# Theatre lists, CSV or XLSX. Real lists have 20-500 rows and 13 columns (19 once consent
# forms 2-4 land); the longest field, notes, is 500 characters.
LIST_BYTES = 20 * 1024 * 1024  # the file as it is on disk
LIST_ROWS = 10_000  # spreadsheet rows, the header included
LIST_COLUMNS = 50
CELL_CHARS = 10_000
ROW_CHARS = LIST_COLUMNS * (CELL_CHARS + 3)  # a CSV row: every cell full, quoted, with its comma

# FHIR Bundles (the same file size and number of entries as a list's rows). The sample Bundle
# nests 8 levels; a resource with a contained resource and extensions inside extensions, about
# 13. The models validate recursively, so the whole JSON, extensions included, is measured first.
BUNDLE_DEPTH = 30

# XLSX only: a workbook is a zip of XML, so a few kilobytes can declare millions of cells.
WORKBOOK_UNPACKED_BYTES = 20 * 1024 * 1024  # every part, unpacked: 10,000 rows of 13 cells take 5-10 MB
WORKBOOK_PARTS = 1_000  # files in the zip; Excel writes about a dozen, a few more per picture
SHARED_STRINGS = 100_000  # different texts in the workbook; openpyxl loads them all at once

# YAML and JSON files: leaflets, site files, patient files, column maps. The bundled leaflet is
# 9 KB and nests 5 levels deep.
YAML_BYTES = 200 * 1024
YAML_DEPTH = 20

# Leaflet Markdown. The bundled leaflet's longest field is 664 characters, its longest section
# 234 words; nothing in it nests more than 2 levels.
MARKDOWN_CHARS = 20_000  # one field: about 3,000 words
MARKDOWN_NESTING = 8  # lists, quotes, emphasis and links inside each other
SECTION_WORDS = 1_000  # `check` warns above it: about four minutes' reading

# A password file holds one line.
PASSWORD_FILE_BYTES = 4096


def too_many_rows(name: str) -> str:
    """The same words for a CSV and an XLSX list."""
    return f"{name}: has more than {LIST_ROWS:,} rows; split it into smaller lists"


def beyond_columns(name: str, row: int) -> str:
    return (f"{name} row {row}: has a cell beyond column {LIST_COLUMNS}; a theatre list has at most "
            f"{LIST_COLUMNS} columns")


def read_at_most(path: Path, limit: int, name: str, error, too_big: str) -> bytes:
    """The file's bytes, refused with `error` (naming it `name`) if it is not a regular file
    (a folder, pipe or device: never wait on one) or cannot be read, and with `too_big` if it
    holds more than `limit` bytes."""
    if path.exists() and not path.is_file():
        raise error(f"{name} cannot be read (it is not a file)")
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise error(f"{name} cannot be read ({exc.strerror})") from None
    if len(data) > limit:
        raise error(too_big)
    return data
