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


def read_text_at_most(path: Path, limit: int, name: str, error, too_big: str) -> str:
    """read_at_most's bytes as UTF-8 text (a byte-order mark dropped), refused with `error` if
    they are not."""
    data = read_at_most(path, limit, name, error, too_big)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise error(f"{name} is not UTF-8 text; save it as UTF-8") from None


# Scanned files `consentpack file` reads. Consent packs are A4: 35 million pixels at 600 dpi
# (legal paper 43 million). Each limit is checked before a page is rendered or an image
# decoded, so a file declaring a giant page or a million pages is refused at once.
SCAN_FILE_PAGES = 2_000  # pages in one scanned file; a day's clinic is a few hundred
SCAN_PAGE_INCHES = 40  # each side of a PDF page (A1 is 23.4 × 33.1)
# An image's width × height, as its header declares; all the images drawn on a PDF page together;
# and any page as rendered (a larger page is rendered at a lower resolution). Filing a colour
# page holds up to 14 bytes a pixel (decoded, converted for the record, then its bytes), so no
# scanned page takes 1 GB.
SCAN_PAGE_PIXELS = 50_000_000

# Leaflets imported from a hospital's own files (`consentpack import`). A trust's leaflet is a
# web page of 50-500 KB, a Word file or PDF of 0.1-5 MB (its photographs make most of it) and
# 2-20 pages; the limits leave room for ten times that.
IMPORT_BYTES = 20 * 1024 * 1024  # any file, as it is on disk
IMPORT_TEXT_BYTES = 256 * 1024  # Markdown or plain text: about 40,000 words; markdown-it takes up to
# 4 seconds on the worst 256 KB (a run of brackets), 25 on the worst 2 MB
HTML_ELEMENTS = 200_000  # a 500 KB page has about 5,000; lxml builds every one in memory
HTML_DEPTH = 200  # real pages nest 20-60 deep; lxml itself stops at 255, silently dropping the rest
PDF_PAGES = 200
# A .docx is a zip of XML: a few kilobytes can unpack to gigabytes, so the zip is measured first.
WORD_PARTS = 1_000  # files in the zip; Word writes about 15, one more per picture
WORD_UNPACKED_BYTES = 100 * 1024 * 1024  # every part, unpacked; pictures stay about their packed size
WORD_XML_BYTES = 5 * 1024 * 1024  # the XML parts, which mammoth holds as a tree: a 20-page leaflet has
# 0.3-1 MB; mammoth takes about 6 seconds and 150 MB for 5 MB
WORD_PACKING_RATIO = 100  # a large part packed more than 100 to 1 is a zip bomb; Word's XML packs about 10 to 1
WORD_RATIO_FROM_BYTES = 1024 * 1024  # ... counted only for parts larger than this (tiny ones pack oddly)

# A leaflet's text for a translator (`consentpack translate`), as XLIFF or PO: the bundled leaflet
# is about 35 KB of XLIFF with every unit translated; the limit is ten times a leaflet file's own.
TRANSLATION_EXCHANGE_BYTES = 10 * YAML_BYTES
