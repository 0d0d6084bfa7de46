"""Damaged and hostile files (YAML, JSON, Markdown): each is refused
in seconds with a message naming the file, row or line and field, never a traceback and never a
patient's details, and nothing is written. No test here makes a PDF."""

import json
import os
import time
from datetime import date

import pytest
from pydantic_core import PydanticCustomError

from conftest import PROCEDURE, REPO, patient_args, run
from consentpack.governance import check_leaflet
from consentpack.safe_markdown import check_markdown

HEADER = "family_name,given_name,date_of_birth,nhs_number,procedure,side,consultant\n"
ROW = f"Smith,Jane,1961-03-12,9434765919,{PROCEDURE},left,Ms A Khan\n"


@pytest.fixture
def here(tmp_path, monkeypatch):
    """Run in an empty folder, so messages name files as the user typed them."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def batch(listing: str, *options):
    return run("batch", listing, "-o", "out", "-q", *options)


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


# --- Leaflets: `list` and `check` go on past a broken one; printing refuses it -----------

BUNDLED = (REPO / "leaflets" / f"{PROCEDURE}.yaml").read_text()
ABOUT_LINE = 27  # of the bundled leaflet's `about:`
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
    assert result.stdout.splitlines()[1].startswith(f"{PROCEDURE}  Sacroiliac joint fusion  1.0")
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
    assert (bundled, "sections.risks[0].frequency", "warning") in {finding[:3] for finding in findings}


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
