"""Damaged and hostile files (CSV, XLSX, YAML, JSON, Markdown, password files): each is refused
in seconds with a message naming the file, row or line and field, never a traceback and never a
patient's details, and nothing is written. No test here makes a PDF."""

import csv
import io
import json
import os
import re
import time
import zipfile
from datetime import date

import pytest
from openpyxl import Workbook
from pydantic_core import PydanticCustomError

from consentpack.errors import UsageError
from consentpack.files.password import read_password
from consentpack.library.check import check_leaflet
from consentpack.library.safe_markdown import check_markdown
from consentpack.lists.rows import COLUMNS, SPREADSHEET_ERRORS
from helpers.cli import patient_args, run
from helpers.library import PROCEDURE, REPO

HEADER = "family_name,given_name,date_of_birth,nhs_number,procedure,side,consultant\n"
ROW = f"Smith,Jane,1961-03-12,9434765919,{PROCEDURE},left,Ms A Khan\n"


@pytest.fixture
def here(tmp_path, monkeypatch):
    """Run in an empty folder, so messages name files as the user typed them."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def batch(listing: str, *options):
    return run("batch", listing, "-o", "out", "-q", *options)


def assert_refused(result, message: str, exit_code: int = 1):
    """The exact message and nothing else; the run stopped before making its output folder."""
    assert result.exit_code == exit_code, result.output
    assert result.output == f"error: {message}\n"
    assert not os.path.exists("out")


@pytest.fixture(autouse=True)
def quickly():
    """Every refusal here takes seconds at most, however much the file declares."""
    started = time.monotonic()
    yield
    assert time.monotonic() - started < 10


# --- YAML and JSON -----------------------------------------------------------------------

ALIASES = "not valid YAML: aliases (*name) are not allowed; write the value out in full"
DEEP = "not valid YAML: nests lists or mappings more than 20 levels deep"
TOO_BIG = ("is larger than 200 KB, more than any leaflet, site or patient file needs; check it is the right "
           "file")


def generate_from(name: str, text: str):
    with open(name, "w", encoding="utf-8") as handle:
        handle.write(text)
    return run("generate", PROCEDURE, "--patient", name, "-o", "pack.pdf")


def assert_refused_file(result, message: str):
    assert result.exit_code == 1, result.output
    assert result.output == f"error: {message}\n"
    assert not os.path.exists("pack.pdf")


@pytest.mark.parametrize(("name", "text", "line"), [
    ("jane.json", '{"family_name": ' + "[" * 1000 + "]" * 1000 + "}", 1),
    ("jane.json", "[" * 100_000, 1),
    ("jane.yaml", "family_name: Smith\nrisks:\n" + "".join(f"{'  ' * n}- \n" for n in range(1, 200)), 22),
], ids=["json", "json never closed", "yaml blocks"])
def test_nesting_deeper_than_20_levels(here, name, text, line):
    assert_refused_file(generate_from(name, text), f"{name}: line {line}: {DEEP}")


@pytest.mark.parametrize(("text", "line", "problem"), [
    ("family_name: Smith\n1961-03-12: Jane\n", 2, "but this one reads as a date; put it in quotes"),
    ("9434765919: Smith\n", 1, "but this one reads as a number; put it in quotes"),
    ("yes: Smith\n", 1, "but this one reads as true or false; put it in quotes"),
    ("~: Smith\n", 1, "but this one reads as empty (null); put it in quotes"),
    ("[Smith, Jane]: 1961-03-12\n", 1, "not a list"),
    ("? {family_name: Smith}\n: Jane\n", 1, "not a mapping"),
    ('{"family_name": "Smith",\n 1961: "Jane"}', 2, "but this one reads as a number; put it in quotes"),
])
def test_keys_must_be_plain_text_and_are_never_repeated(here, text, line, problem):
    result = generate_from("jane.yaml", text)
    assert_refused_file(result,
                        f"jane.yaml: line {line}: not valid YAML: a key must be plain text, {problem}")
    assert not any(value in result.output for value in ("Smith", "Jane", "1961", "9434765919"))


def test_aliases_cannot_expand_a_few_lines_into_billions(here):
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    assert_refused_file(generate_from("laughs.yaml", "\n".join(lines) + "\n"),
                        f"laughs.yaml: line 2: {ALIASES}")


@pytest.mark.parametrize(("text", "message"), [
    ("family_name: Sm\x07ith\n", "jane.yaml: line 1: not valid YAML: it holds a control character (#x0007); "
                                 "remove it"),
    ("#" * (200 * 1024 + 1), f"jane.yaml: {TOO_BIG}"),
])
def test_a_patient_file_refused_whole(here, text, message):
    assert_refused_file(generate_from("jane.yaml", text), message)


def test_a_date_or_number_python_cannot_make_is_a_field_error(here):
    result = generate_from("jane.yaml", "family_name: Smith\ngiven_name: Jane\ndate_of_birth: 1961-13-45\n"
                                        f"nhs_number: {'1' * 5000}\nconsultant: Ms A Khan\nside: left\n")
    assert_refused_file(result, (
        "Bad jane.yaml content:\n"
        "  - date_of_birth (line 3): is not a real date; write it as YYYY-MM-DD or DD/MM/YYYY\n"
        "  - nhs_number (line 4): must be 10 digits (spaces allowed)"))



# --- FHIR Bundles: nesting measured over the whole JSON before any model reads it ----------

SAMPLE_BUNDLE = REPO / "tests" / "data" / "theatre-list.fhir.json"
FHIR_LIBRARY = REPO / "tests" / "data" / "fhir-library"
BUNDLE_TOO_DEEP = "nests objects or lists more than 30 levels deep, far more than a theatre list needs; check it " \
                  "is the right file"


def nested_bundle(levels: int, innermost: dict) -> str:
    """The sample's first operation (Jane Smith's, with her Patient and surgeon) carrying an
    extension of extensions `levels` deep, the last holding `innermost`. Its deepest object is at
    level 4 + 2 * levels, one deeper if `innermost` holds an object."""
    entries = json.loads(SAMPLE_BUNDLE.read_text(encoding="utf-8"))["entry"]
    extension = {"url": "urn:x", **innermost}
    for _ in range(levels - 1):
        extension = {"url": "urn:x", "extension": [extension]}
    entries[3]["resource"]["extension"] = [extension]
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [entries[0], entries[2], entries[3]]}
    return json.dumps(bundle, separators=(",", ":"))


def test_a_bundle_with_extensions_nested_200_deep_is_refused_by_name(here):
    text = nested_bundle(200, {"valueString": "x"})
    assert 6_000 < len(text) < 8_000  # a few kilobytes, far below the list's 20 MB
    (here / "list.json").write_text(text, encoding="utf-8")
    assert_refused(batch("list.json"), f"list.json: {BUNDLE_TOO_DEEP}")


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000,
                                  "[" * 100_000], ids=["lists", "objects", "never closed"])
def test_json_nested_100000_deep_is_refused_by_name(here, text):
    (here / "list.json").write_text(text, encoding="utf-8")
    assert_refused(batch("list.json"), f"list.json: {BUNDLE_TOO_DEEP}")


def test_a_bundle_nested_30_levels_is_read_and_31_refused(here):
    (here / "at-limit.json").write_text(nested_bundle(13, {"valueString": "x"}), encoding="utf-8")
    result = run("batch", "at-limit.json", "--check", "--library", FHIR_LIBRARY)
    assert result.exit_code == 0, result.output
    assert "Checked 1 rows: 0 with problems." in result.output
    (here / "list.json").write_text(nested_bundle(13, {"valueCodeableConcept": {"text": "x"}}), encoding="utf-8")
    assert_refused(batch("list.json", "--library", FHIR_LIBRARY), f"list.json: {BUNDLE_TOO_DEEP}")


# --- Leaflets: `list` and `check` go on past a broken one; printing refuses it -----------

BUNDLED = (REPO / "leaflets" / f"{PROCEDURE}.yaml").read_text()
ABOUT_LINE = 32  # of the bundled leaflet's `about:`
NESTED = "lists, quotes, emphasis and links are nested more than 8 levels deep; a leaflet needs two or three"


def with_about(markdown: str) -> str:
    start, end = BUNDLED.index("  about: |-\n"), BUNDLED.index("\n\n  candidates:")
    return BUNDLED[:start] + f"  about: {json.dumps(markdown)}" + BUNDLED[end:]


ADDED = BUNDLED.count("\n") + 1  # the line of the first line added to the bundled leaflet
BROKEN_LEAFLETS = {
    "deep": (BUNDLED + "extra: " + "[" * 1000 + "]" * 1000 + "\n", f"line {ADDED}: {DEEP}"),
    "laughs": (BUNDLED + "lol: &lol [x]\nlols: [*lol, *lol]\n", f"line {ADDED + 1}: {ALIASES}"),
    "date-key": (BUNDLED + "2026-01-01: x\n", f"line {ADDED}: not valid YAML: a key must be plain text, but "
                                              "this one reads as a date; put it in quotes"),
    "huge": (BUNDLED + "# " + "x" * 210_000 + "\n", TOO_BIG),
}
BROKEN_FIELDS = {
    "nested-quotes": (with_about(">" * 1000 + " x"), NESTED),
    "nested-emphasis": (with_about("*" * 2500 + "x" + "*" * 2500), NESTED),
    "long-field": (with_about("word " * 4001), "is too long (at most 20,000 characters)"),
}


@pytest.fixture
def broken_library(here):
    (here / "lib" / "leaflets").mkdir(parents=True)
    for name, (text, _) in {**BROKEN_LEAFLETS, **BROKEN_FIELDS}.items():
        (here / "lib" / "leaflets" / f"{name}.yaml").write_text(text)
    os.mkfifo(here / "lib" / "leaflets" / "pipe.yaml")  # would block a reader for ever
    return here / "lib"


def test_list_reports_each_broken_leaflet_and_lists_the_others(broken_library):
    result = run("list", "--library", "lib")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[1].startswith(f"{PROCEDURE}  Sacroiliac joint fusion  1.1")
    errors = result.stderr
    for name, (_, message) in BROKEN_LEAFLETS.items():
        assert f"error: lib/leaflets/{name}.yaml: {message}\n" in errors
    for name, (_, message) in BROKEN_FIELDS.items():
        assert (f"error: Bad lib/leaflets/{name}.yaml content:\n  - sections.about (line {ABOUT_LINE}): "
                f"{message}\n") in errors
    assert "error: lib/leaflets/pipe.yaml: cannot be read (it is not a file)\n" in errors


def test_check_reports_each_broken_leaflet_as_an_error_and_checks_the_others(broken_library):
    result = run("check", "--library", "lib", "--format", "json")
    assert result.exit_code == 1
    findings = {(f["file"], f["field"], f["severity"], f["message"]) for f in json.loads(result.output)}
    for name, (_, message) in BROKEN_LEAFLETS.items():
        assert (f"lib/leaflets/{name}.yaml", "(file)", "error", message) in findings
    for name, (_, message) in BROKEN_FIELDS.items():
        field = f"sections.about (line {ABOUT_LINE})"
        assert (f"lib/leaflets/{name}.yaml", field, "error", message) in findings
    assert ("lib/leaflets/pipe.yaml", "(file)", "error", "cannot be read (it is not a file)") in findings
    bundled = str(REPO / "leaflets" / f"{PROCEDURE}.yaml")
    assert (bundled, "sections.risks[1].frequency", "warning") in {finding[:3] for finding in findings}


@pytest.mark.parametrize(("text", "message"), [
    (with_about("word " * 4001), f"Bad lib/leaflets/{PROCEDURE}.yaml content:\n  - sections.about "
                                 f"(line {ABOUT_LINE}): is too long (at most 20,000 characters)"),
    (BUNDLED + "# " + "x" * 210_000 + "\n", f"lib/leaflets/{PROCEDURE}.yaml: {TOO_BIG}"),
], ids=["a field over 20,000 characters", "a file over 200 KB"])
def test_printing_refuses_a_leaflet_over_the_hard_limits(here, text, message):
    (here / "lib" / "leaflets").mkdir(parents=True)
    (here / "lib" / "leaflets" / f"{PROCEDURE}.yaml").write_text(text)
    result = run("generate", PROCEDURE, *patient_args(), "--library", "lib", "-o", "pack.pdf")
    assert_refused_file(result, message)
    (here / "list.csv").write_text(HEADER + ROW)
    listing = batch("list.csv", "--library", "lib")
    assert listing.exit_code == 1
    assert listing.output.startswith(f"{message}\nlist.csv row 2: procedure: the leaflet '{PROCEDURE}' "
                                     "cannot be used (see above)\n")
    assert not list(here.rglob("*.pdf"))


def test_check_warns_about_a_section_far_longer_than_a_leaflet_needs(here):
    (here / f"{PROCEDURE}.yaml").write_text(with_about("We talk to you. " * 300))
    findings = check_leaflet(here / f"{PROCEDURE}.yaml", None, date(2027, 1, 1))
    assert [(f.field, f.severity, f.message) for f in findings if f.field == "sections.about"] == [
        ("sections.about", "warning", "is 1,200 words long; a section rarely needs more than 1,000 (about "
                                      "four minutes' reading)")]


@pytest.mark.parametrize("text", [
    ">" * 1000 + " x", "> " * 9 + "x", "- " * 9 + "x", "1. " * 9 + "x",
    "\n".join("  " * n + "- x" for n in range(9)), "*" * 2500 + "x" + "*" * 2500,
    "*a " * 9 + "x" + "*" * 9, "> - > - > - > - *[**x**](https://example.org)*",
], ids=["1,000 quotes", "9 quotes", "9 lists", "9 numbered lists", "9 indented lists", "emphasis 2,500 deep",
        "emphasis 9 deep", "quotes lists emphasis and a link"])
def test_markdown_nested_too_deep_is_refused(text):
    with pytest.raises(PydanticCustomError) as refused:
        check_markdown(text)
    assert str(refused.value) == NESTED


@pytest.mark.parametrize("text", ["> " * 8 + "x", "- " * 8 + "x", "*" * 15 + "x" + "*" * 15,
                                  "> - > - **a *b [c](https://example.org)***"])
def test_markdown_nested_8_deep_is_accepted(text):
    assert check_markdown(text) == text


# --- CSV -------------------------------------------------------------------------------

UNCLOSED_QUOTE = ("a quote is opened and never closed; a cell that starts with a quote must end with one, "
                  'and a quote inside it is written twice (""). Fix the row, or save the list again from '
                  "the spreadsheet")


@pytest.mark.parametrize("rest", [
    'Jones,"Jo,1961-03-12,9434765919,x,left,K\n' + ROW * 3,
    'Jones,"Jo,1961-03-12,9434765919,x,left,K\n' + ROW + 'Brown,"Bo",1950-01-01\n',
    'Jones,"Jo,1961-03-12,9434765919,x,left,K\n' + ROW * 3000,
    '"Jones" Jr,Jo,1961-03-12,9434765919,x,left,K\n' + ROW,
], ids=["to the end of the file", "up to a later quote", "past csv's own field limit",
        "text after it closes"])
def test_an_unclosed_quote_is_named_at_the_row_it_opens(here, rest):
    (here / "list.csv").write_text(HEADER + ROW * 5 + rest)
    assert_refused(batch("list.csv"), f"list.csv row 7: {UNCLOSED_QUOTE}")


@pytest.mark.parametrize("length", [10_001, 200_000])
def test_a_cell_longer_than_10000_characters(here, length):
    (here / "list.csv").write_text(HEADER + ROW * 5 + "Smith," + "x" * length + ",1961-03-12\n")
    assert_refused(batch("list.csv"), "list.csv row 7: a cell is longer than 10,000 characters")


def test_a_cell_of_10000_characters_is_read_and_checked_as_a_field(here):
    (here / "list.csv").write_text(HEADER + ROW.replace("Jane", "x" * 10_000))
    result = run("batch", "list.csv", "--check")
    assert result.exit_code == 1
    assert "list.csv row 2: given_name: is too long (at most 50 characters)" in result.output


def test_a_row_of_two_million_commas(here):
    (here / "list.csv").write_text(HEADER + "a" + "," * 2_000_000 + "\n")
    assert_refused(batch("list.csv"), "list.csv row 2: is longer than 500,150 characters; a row has at most "
                                      "50 cells of at most 10,000 characters")


def test_a_cell_beyond_column_50_is_refused_but_empty_ones_are_not(here):
    (here / "list.csv").write_text(HEADER + ROW.rstrip("\n") + "," * 100 + "\n")
    assert run("batch", "list.csv", "--check").exit_code == 0
    (here / "list.csv").write_text(HEADER + ROW.rstrip("\n") + "," * 60 + "x\n")
    assert_refused(batch("list.csv"), "list.csv row 2: has a cell beyond column 50; a theatre list has at "
                                      "most 50 columns")


def test_more_than_10000_rows(here):
    (here / "list.csv").write_text(HEADER + ROW * 10_000)
    assert_refused(batch("list.csv"), "list.csv: has more than 10,000 rows; split it into smaller lists")


@pytest.mark.parametrize("name", ["list.csv", "list.xlsx"])
def test_a_file_over_20_mb_is_refused_before_it_is_read(here, name):
    with open(name, "wb") as handle:
        handle.truncate(20 * 2**20 + 1)
    assert_refused(batch(name), f"{name}: is larger than 20 MB, more than a theatre list of 10,000 rows "
                                "needs; split it into smaller lists")


# --- XLSX ------------------------------------------------------------------------------

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
PACKAGE_RELATIONSHIPS = (
    f'<Relationships xmlns="{RELATIONSHIPS}"><Relationship Id="rId1" '
    f'Type="{OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE}"><sheets>'
            '<sheet name="List" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELATIONSHIPS = (
    f'<Relationships xmlns="{RELATIONSHIPS}">'
    f'<Relationship Id="rId1" Type="{OFFICE}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{OFFICE}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
UNREADABLE = ("is not an Excel workbook ConsentPack can read; save it from Excel as 'Excel Workbook "
              "(.xlsx)' without a password, or as 'CSV UTF-8'")
HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>family_name</t></is></c></row>'
NO_STRINGS = f'<sst xmlns="{MAIN}" count="0" uniqueCount="0"/>'


def crafted_workbook(path, rows: str, dimension: str | None = None, strings: str = NO_STRINGS,
                     prolog: str = "", extra: dict | None = None):
    """A workbook written part by part, as a program other than Excel might write it."""
    sheet = (f'<?xml version="1.0"?>{prolog}<worksheet xmlns="{MAIN}">'
             + (f'<dimension ref="{dimension}"/>' if dimension else "")
             + f"<sheetData>{rows}</sheetData></worksheet>")
    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": PACKAGE_RELATIONSHIPS,
             "xl/workbook.xml": WORKBOOK, "xl/_rels/workbook.xml.rels": WORKBOOK_RELATIONSHIPS,
             "xl/worksheets/sheet1.xml": sheet, "xl/sharedStrings.xml": strings, **(extra or {})}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_a_tiny_workbook_declaring_the_whole_sheet(here):
    corner = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    crafted_workbook(here / "list.xlsx", HEADER_ROW + corner, dimension="A1:XFD1048576")
    assert (here / "list.xlsx").stat().st_size < 2000
    assert_refused(batch("list.xlsx"), (
        "list.xlsx: the sheet spans 1,048,576 rows and 16,384 columns; a theatre list has at most 10,000 "
        "rows and 50 columns: delete the unused rows and columns below and to the right of the list, or "
        "copy the list to a new sheet"))


@pytest.mark.parametrize(("rows", "message"), [
    ('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
     "list.xlsx: has more than 10,000 rows; split it into smaller lists"),
    ('<row r="2"><c r="A2"><v>1</v></c><c r="BA2"><v>1</v></c></row>',
     "list.xlsx row 2: has a cell beyond column 50; a theatre list has at most 50 columns"),
    ('<row r="2">' + '<c r="A2"><v>1</v></c>' * 100_000 + "</row>",
     "list.xlsx row 2: cannot be read (the workbook is damaged); open it in Excel or LibreOffice and save "
     "it again"),
    ('<row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>',
     "list.xlsx row 3: cannot be read (the workbook is damaged); open it in Excel or LibreOffice and save "
     "it again"),
], ids=["far corner", "far column", "one cell 100,000 times", "rows out of order"])
def test_what_a_sheet_holds_is_checked_whatever_it_declares(here, rows, message):
    crafted_workbook(here / "list.xlsx", HEADER_ROW + rows)  # no <dimension>
    assert_refused(batch("list.xlsx"), message)


TOO_MANY_TEXTS = ("list.xlsx: holds more than 100,000 different texts, more than a theatre list needs; copy "
                  "the list on its own to a new workbook, or save it as CSV")


def test_a_million_shared_strings_declared(here):
    strings = f'<sst xmlns="{MAIN}" count="1000000" uniqueCount="1000000"><si><t>a</t></si></sst>'
    crafted_workbook(here / "list.xlsx", HEADER_ROW, strings=strings)
    assert_refused(batch("list.xlsx"), TOO_MANY_TEXTS)


def test_more_shared_strings_than_declared(here):
    strings = f'<sst xmlns="{MAIN}" count="1" uniqueCount="1">' + "<si><t>a</t></si>" * 100_001 + "</sst>"
    crafted_workbook(here / "list.xlsx", HEADER_ROW, strings=strings)
    assert_refused(batch("list.xlsx"), TOO_MANY_TEXTS)


def test_a_workbook_that_unpacks_to_more_than_20_mb(here):
    crafted_workbook(here / "list.xlsx", HEADER_ROW, extra={"xl/media/image1.png": bytes(21 * 2**20)})
    assert (here / "list.xlsx").stat().st_size < 100_000
    assert_refused(batch("list.xlsx"), (
        "list.xlsx: unpacks to more than 1,000 files or 20 MB, more than a theatre list needs; copy the "
        "list on its own to a new workbook, or save it as CSV"))


def test_entities_that_expand_to_gigabytes(here):
    entities = "".join(f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, 10))
    prolog = f'<!DOCTYPE worksheet [<!ENTITY a0 "<c t=\'inlineStr\'><is><t>x</t></is></c>">{entities}]>'
    crafted_workbook(here / "list.xlsx", HEADER_ROW + '<row r="2">&a9;</row>', prolog=prolog)
    assert_refused(batch("list.xlsx"), f"list.xlsx: {UNREADABLE}")


def test_a_file_that_is_not_a_workbook(here):
    (here / "list.xlsx").write_text(HEADER + ROW)
    assert_refused(batch("list.xlsx"), f"list.xlsx: {UNREADABLE}")


# --- header rows, spreadsheet errors, and no patient's details in any message -------------

NOT_A_HEADER = (f"is not a header row: the first row must name the columns ({', '.join(COLUMNS)}); map "
                "your own headers with --columns FILE")


@pytest.mark.parametrize(("first_row", "message"), [
    (ROW, NOT_A_HEADER),
    ("Theatre list for Monday 4 June\n" + HEADER, NOT_A_HEADER),
    ("family_name,given_name,1961-03-12,9434765919,Smith\n",
     f"is not a header row: columns 3, 4, 5 look like a patient's details (not shown here), not like column "
     f"names; {NOT_A_HEADER.split(': ', 1)[1]}"),
    ("family_name,given_name,Surname,DOB\n",
     f"unknown column 'Surname', 'DOB'; the columns are {', '.join(COLUMNS)} (map other headers with --columns "
     "FILE)"),
], ids=["a patient", "a title", "partly a patient", "other headings"])
def test_row_1_must_be_headings_and_a_patient_in_it_is_never_repeated(here, first_row, message):
    (here / "list.csv").write_text(first_row + ROW)
    assert_refused(batch("list.csv"), f"list.csv row 1: {message}")


@pytest.mark.parametrize("code", sorted(SPREADSHEET_ERRORS))
def test_spreadsheet_errors_saved_in_a_csv_are_row_errors(here, code):
    (here / "list.csv").write_text(HEADER + ROW.replace("Jane", code))
    result = run("batch", "list.csv", "--check")
    assert result.exit_code == 1
    assert result.output == (f"list.csv row 2: given_name: holds the spreadsheet error {code}; fix the cell "
                             "in the spreadsheet\nChecked 1 rows: 1 with problems.\n")


def test_excel_error_values_are_row_errors_not_names(here):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.strip().split(","))
    sheet.append(ROW.strip().split(","))
    for column, code in ((1, "#N/A"), (3, "#REF!"), (4, "#DIV/0!"), (2, "#SPILL!")):
        values = ROW.strip().split(",")
        values[column - 1] = code
        sheet.append(values)
    workbook.save(here / "list.xlsx")
    result = run("batch", "list.xlsx", "--check")
    assert result.exit_code == 1
    assert result.output == (
        "list.xlsx row 3: family_name: holds the spreadsheet error #N/A; fix the cell in the spreadsheet\n"
        "list.xlsx row 4: date_of_birth: holds the spreadsheet error #REF!; fix the cell in the spreadsheet\n"
        "list.xlsx row 5: nhs_number: holds the spreadsheet error #DIV/0!; fix the cell in the spreadsheet\n"
        "list.xlsx row 6: given_name: holds the spreadsheet error #SPILL!; fix the cell in the spreadsheet\n"
        f"warning: leaflet {PROCEDURE}: 4 of its risks have no figure yet and are marked for review (see "
        "consentpack check)\nChecked 5 rows: 4 with problems.\n")
    assert sorted(p.name for p in here.iterdir()) == ["list.xlsx"]


FAMILY, GIVEN, BORN = "Quixote-Marchbanks", "Zebedee", "1961-03-12"
NHS, WRONG_NHS, HOSPITAL = "9434765919", "943 476 5918", "RX 77 QZ"
PATIENT_VALUES = (FAMILY, "Quixote", GIVEN, BORN, "12/03/1961", "1961", NHS, WRONG_NHS, "9434765918",
                  HOSPITAL, "fears needles", "sideways", "Klingon", "perhaps", "31/02", "Quixotic")


def patient_row(**changes) -> dict:
    return {"family_name": FAMILY, "given_name": GIVEN, "date_of_birth": BORN, "nhs_number": NHS,
            "procedure": PROCEDURE, "side": "left", "consultant": "Ms A Khan", **changes}


def csv_text(rows: list[dict], header=COLUMNS) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([row.get(column, "") for column in COLUMNS] for row in rows)
    return out.getvalue()


def test_no_message_repeats_a_patients_details(here):
    rows = [
        patient_row(),
        patient_row(nhs_number=WRONG_NHS), patient_row(date_of_birth="31/02/1961"),
        patient_row(date_of_birth="2999-01-01"), patient_row(date_of_birth="Zebedee"),
        patient_row(side="sideways"), patient_row(language="Klingon"), patient_row(large_print="perhaps"),
        patient_row(notes=f"{GIVEN} fears needles " * 30),
        patient_row(nhs_number="", hospital_number=HOSPITAL),
        patient_row(family_name=FAMILY + "\x07"), patient_row(given_name="李" + GIVEN),
        patient_row(procedure_date="1950-01-01"), patient_row(procedure_date="31/02/2030"),
        patient_row(notes="#N/A"), patient_row(additional_risks=f"{FAMILY} " * 40),
        patient_row(consultant=GIVEN * 10), patient_row(side="right"),
        patient_row(family_name="Other", given_name="Person"),
    ]
    results = []
    files = {
        "list.csv": csv_text(rows),
        "no-header.csv": csv_text(rows[1:], header=list(patient_row().values())),
        "partly-data.csv": f"family_name,given_name,{BORN},{NHS},{FAMILY},Quixotic\n",
        "stray.csv": ",".join(COLUMNS) + ",\n" + ",".join(patient_row().get(c, "") for c in COLUMNS)
                     + f",{FAMILY}\n",  # a value in a column with no heading
        "quote.csv": HEADER + f'{FAMILY},"{GIVEN},{BORN},{NHS}\n' + ROW,
        "long.csv": HEADER + f"{FAMILY}," + f"{GIVEN} " * 3000 + f",{BORN},{NHS}\n",
    }
    for name, text in files.items():
        (here / name).write_text(text)
        results.append(run("batch", name, "--check"))
    workbook = Workbook()
    workbook.active.append(list(COLUMNS))
    workbook.active.append([f'=UPPER("{FAMILY}")', GIVEN, BORN, NHS])
    workbook.save("formula.xlsx")
    results.append(run("batch", "formula.xlsx", "--check"))
    for text in (f"{BORN}: {FAMILY}\n", f"{NHS}: {GIVEN}\n", f"[{FAMILY}, {GIVEN}]: x\n",
                 f"family_name: {FAMILY}\ngiven_name: {GIVEN}\ndate_of_birth: 1961-02-31\n",
                 f'{{"{NHS}": {{"family_name": "{FAMILY}"}}, "{BORN}": "{GIVEN}"}}',  # keyed by identifiers
                 f'"{BORN}": a\n"{BORN}": b\n'):
        results.append(generate_from("jane.yaml", text))
    assert [result.exit_code for result in results] == [1] * len(results)
    everything = "\n".join(result.output for result in results)
    # every row is named (the first too: the other rows give its number to someone else)
    assert {int(n) for n in re.findall(r"list\.csv row (\d+):", everything)} == set(range(2, len(rows) + 2))
    found = [value for value in PATIENT_VALUES if value.casefold() in everything.casefold()]
    assert found == [], everything
    assert not list(here.rglob("*.pdf"))


# --- password files ----------------------------------------------------------------------


@pytest.mark.parametrize("content", [
    b"\xef\xbb\xbfcorrect horse battery\r\n", b"correct horse battery\r\nsecond line\r\n",
    b"correct horse battery", b"correct horse battery\rold mac\r", b"correct horse battery\n",
], ids=["bom and crlf", "crlf", "no line end", "cr", "lf"])
def test_the_password_is_the_first_line_without_bom_or_line_end(tmp_path, monkeypatch, content):
    monkeypatch.delenv("CONSENTPACK_PASSWORD", raising=False)
    (tmp_path / "pw.txt").write_bytes(content)
    assert read_password(tmp_path / "pw.txt") == "correct horse battery"


@pytest.mark.parametrize(("content", "message"), [
    ("pässwörd-geheim\n".encode("latin-1"), "The password file pw.txt is not UTF-8 text; save it as UTF-8"),
    (b"x" * 4097, "The password file pw.txt is larger than 4,096 bytes; it should hold only the password, on "
                  "its first line"),
    (b"tiny1\r\n", "The password must be at least 8 characters long"),
], ids=["latin-1", "too large", "too short"])
def test_a_bad_password_file_is_refused_without_echoing_it(here, content, message):
    (here / "pw.txt").write_bytes(content)
    for args in (["generate", PROCEDURE, *patient_args(), "-o", "pack.pdf"],
                 ["batch", "list.csv", "-o", "out"]):
        result = run(*args, "--password-file", "pw.txt")
        assert result.exit_code == 2
        assert f"Error: {message}\n" in result.output
        assert not any(secret in result.output for secret in ("sswrd", "geheim", "tiny1", "xxxx"))
    assert sorted(p.name for p in here.iterdir()) == ["pw.txt"]


def test_a_password_file_that_is_a_pipe_is_not_waited_on(here):
    os.mkfifo("pw.fifo")
    with pytest.raises(UsageError, match=r"^The password file pw.fifo cannot be read \(it is not a file\)$"):
        read_password(here / "pw.fifo")
