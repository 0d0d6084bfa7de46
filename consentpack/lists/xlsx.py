"""An Excel theatre list, read without trusting what the file declares.

A workbook is a zip of XML: a file of a few kilobytes can declare a sheet of a million rows
or a million texts, and openpyxl would build them all. So the zip is measured before openpyxl
opens it (unpacked size, number of texts), the sheet's declared extent is checked, its XML is
scanned for its real rows and cells (and for formulas whose result was never saved), and only
then are its rows read, streaming.
"""

import lzma
import re
import zipfile
import zlib
from pathlib import Path
from xml.parsers import expat

from ..errors import ContentError, UsageError
from ..files.xml_prolog import declares_document_type
from ..limits import (
    LIST_COLUMNS,
    LIST_ROWS,
    SHARED_STRINGS,
    WORKBOOK_PARTS,
    WORKBOOK_UNPACKED_BYTES,
    beyond_columns,
    too_many_rows,
)

_SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_CELL = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")
_NUMBER = re.compile(r"[0-9]{1,7}")  # a row number, as Excel has at most 1,048,576 rows
_DIGITS = re.compile(r"[0-9]+")
_ON_ITS_OWN = "copy the list on its own to a new workbook, or save it as CSV"
# What zipfile raises for a damaged package: a broken archive or CRC (BadZipFile), damaged
# compressed data (zlib.error, lzma.LZMAError, OSError from bz2, EOFError when it ends early),
# a part encrypted or compressed in a way it cannot undo (RuntimeError, NotImplementedError).
_DAMAGED_PACKAGE = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, RuntimeError)
# What openpyxl raises for parts it cannot make sense of: XML that does not parse (ElementTree's
# ParseError and lxml's XMLSyntaxError are SyntaxErrors), a part, relationship or shared text
# that is missing, or a value or attribute of the wrong kind.
_DAMAGED_CONTENT = (SyntaxError, KeyError, IndexError, ValueError, TypeError)


def _unreadable(name: str) -> ContentError:
    return ContentError(f"{name}: is not an Excel workbook ConsentPack can read; save it from Excel as "
                        "'Excel Workbook (.xlsx)' without a password, or as 'CSV UTF-8'")


def _scan(source, start=None, end=None, text=None) -> None:
    """Stream an XML part through expat, building nothing; handlers get local names."""
    parser = expat.ParserCreate()
    if start:
        parser.StartElementHandler = lambda tag, attributes: start(tag.rpartition(":")[2], attributes)
    if end:
        parser.EndElementHandler = lambda tag: end(tag.rpartition(":")[2])
    if text:
        parser.CharacterDataHandler = text
    parser.ParseFile(source)


def _declares_entities(source) -> bool:
    """Whether an XML part declares a document type; a part that is not XML (a picture, say) is
    not parsed by openpyxl, so it declares nothing."""
    try:
        return declares_document_type(source)
    except expat.ExpatError:
        return False


def _shared_strings_part(archive: zipfile.ZipFile) -> str | None:
    """The part openpyxl will load the workbook's texts from, found the way it finds it."""
    found = []

    def start(tag, attributes):
        if tag == "Override" and attributes.get("ContentType") == _SHARED_STRINGS_TYPE and not found:
            found.append(attributes.get("PartName", "")[1:])

    if "[Content_Types].xml" in archive.namelist():
        with archive.open("[Content_Types].xml") as source:
            _scan(source, start)
    return found[0] if found else None


def _check_package(archive: zipfile.ZipFile, name: str) -> None:
    """Unpacked size and entities, before openpyxl reads any part. zipfile never unpacks more
    than a part declares, so the declared sizes are a real bound."""
    parts = archive.infolist()
    if len(parts) > WORKBOOK_PARTS or sum(part.file_size for part in parts) > WORKBOOK_UNPACKED_BYTES:
        raise ContentError(f"{name}: unpacks to more than {WORKBOOK_PARTS:,} files or "
                           f"{WORKBOOK_UNPACKED_BYTES // 2**20} MB, more than a theatre list needs; "
                           f"{_ON_ITS_OWN}")
    for member in archive.namelist():
        with archive.open(member) as source:
            if _declares_entities(source):
                raise _unreadable(name)
    _count_shared_strings(archive, name)


def _count_shared_strings(archive: zipfile.ZipFile, name: str) -> None:
    """openpyxl loads every text of the workbook when it opens it, a million in minutes: count
    them first, both as declared and as held."""
    part = _shared_strings_part(archive)
    if part not in archive.namelist():
        return
    too_many = ContentError(f"{name}: holds more than {SHARED_STRINGS:,} different texts, more than a "
                            f"theatre list needs; {_ON_ITS_OWN}")
    count = 0

    def start(tag, attributes):
        nonlocal count
        declared = attributes.get("uniqueCount", "") if tag == "sst" else ""
        if _DIGITS.fullmatch(declared) and (len(declared) > 9 or int(declared) > SHARED_STRINGS):
            raise too_many  # refused without reading on
        if tag == "si":
            count += 1
            if count > SHARED_STRINGS:
                raise too_many

    with archive.open(part) as source:
        _scan(source, start)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _scan_sheet(source, name: str) -> None:
    """The sheet's real extent, whatever its dimension says: refuse a row past LIST_ROWS, a cell
    past LIST_COLUMNS, rows or cells out of order (openpyxl would drop them without a word) and a
    formula whose result was never saved (it would read as an empty cell)."""
    row = column = 0
    cell = {"formula": False, "value": False, "in_value": False}  # the cell being read

    def damaged():
        return ContentError(f"{name} row {max(row, 1)}: cannot be read (the workbook is damaged); open it "
                            "in Excel or LibreOffice and save it again")

    def start(tag, attributes):
        nonlocal row, column
        if tag == "row":
            number = attributes.get("r", str(row + 1))
            if not _NUMBER.fullmatch(number) or int(number) <= row:
                raise damaged()
            row, column = int(number), 0
            if row > LIST_ROWS:
                raise ContentError(too_many_rows(name))
        elif tag == "c":
            reference = attributes.get("r")
            match = _CELL.fullmatch(reference) if reference is not None else None
            if reference is None:
                column += 1
            elif match and int(match[2]) == row and _column_number(match[1]) > column:
                column = _column_number(match[1])
            else:
                raise damaged()
            if column > LIST_COLUMNS:
                raise ContentError(beyond_columns(name, row))
            cell.update(formula=False, value=False, in_value=False)
        elif tag == "f":
            cell["formula"] = True
        elif tag == "v":
            cell["in_value"] = True

    def text(data):
        if cell["in_value"] and data:
            cell["value"] = True

    def end(tag):
        if tag == "v":
            cell["in_value"] = False
        elif tag == "c" and cell["formula"] and not cell["value"]:
            raise ContentError(f"{name} row {row}: column {column} holds a formula with no saved result; "
                               "open the file in Excel or LibreOffice and save it again")

    _scan(source, start, end, text)


def read_sheet(path: Path, name: str, sheet: str | None) -> list[tuple]:
    """The values of every row of the sheet (or the first sheet), row 1 first, empty rows included;
    no row is wider than LIST_COLUMNS."""
    from openpyxl import (
        load_workbook,  # only lists saved from Excel pay for importing it
    )

    try:
        with zipfile.ZipFile(path) as archive:
            _check_package(archive, name)
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (*_DAMAGED_PACKAGE, expat.ExpatError, *_DAMAGED_CONTENT):
        raise _unreadable(name) from None
    try:
        sheets = {worksheet.title: worksheet for worksheet in workbook.worksheets}  # not chart sheets
        if sheet is not None and sheet not in sheets:
            raise UsageError(f"{name} has no sheet '{sheet}'; its sheets are: {', '.join(sheets)}")
        if not sheets:
            raise ContentError(f"{name}: has no sheets")
        return _rows(path, name, sheets[sheet] if sheet else workbook.worksheets[0])
    finally:
        workbook.close()


def _rows(path: Path, name: str, worksheet) -> list[tuple]:
    """Declared extent, then real extent, then the values."""
    rows, columns = worksheet.max_row or 0, worksheet.max_column or 0  # as its <dimension> declares
    if rows > LIST_ROWS or columns > LIST_COLUMNS:
        raise ContentError(
            f"{name}: the sheet spans {rows:,} rows and {columns:,} columns; a theatre list has at most "
            f"{LIST_ROWS:,} rows and {LIST_COLUMNS} columns: delete the unused rows and columns below and "
            "to the right of the list, or copy the list to a new sheet")
    try:  # openpyxl keeps the part's name private; it has had this one since read-only mode began
        with zipfile.ZipFile(path) as archive, archive.open(worksheet._worksheet_path) as source:
            _scan_sheet(source, name)
    except (*_DAMAGED_PACKAGE, expat.ExpatError):  # malformed XML, or a part that cannot be unpacked
        raise _unreadable(name) from None
    worksheet.reset_dimensions()  # read the rows there are, not the ones declared
    table = []
    try:
        for values in worksheet.iter_rows(values_only=True):
            table.append(values)
    except _DAMAGED_CONTENT:  # a cell openpyxl cannot convert; its text may be a patient's, so not shown
        raise ContentError(f"{name} row {len(table) + 1}: cannot be read (the workbook is damaged); open it "
                           "in Excel or LibreOffice and save it again") from None
    return table
