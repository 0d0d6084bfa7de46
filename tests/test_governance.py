"""Leaflet governance: what a patient information lead checks, and what printing refuses."""

import base64
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from consentpack.actions import new_leaflet
from consentpack.errors import UsageError
from consentpack.library.check import check_leaflet
from consentpack.library.folders import Library, builtin_root
from consentpack.library.readability import measure, syllables
from helpers.cli import patient_args, run
from helpers.library import PROCEDURE, REPO
from helpers.pdf import flat, page_texts

BROKEN = REPO / "tests" / "data" / "broken-leaflets"
TODAY = date(2026, 12, 1)
BUNDLED = (REPO / "leaflets" / f"{PROCEDURE}.yaml").read_text()
ONE_PIXEL_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)

EXPECTED = {
    "clean": [],
    "bad-yaml": [("(file)", "error", "line 5: not valid YAML: expected ',' or ']', but got ':'")],
    "no-benefits": [("sections.benefits (line 77)", "error", "must have at least one entry")],
    "doing-nothing-unwritten": [("sections.doing_nothing", "error", "is not written yet (it still says TODO)")],
    "risk-without-figure": [("sections.risks[0].frequency (line 86)", "error",
                             "give a frequency, or write review: saying why there is no figure yet")],
    "risk-for-review": [("sections.risks[0].frequency", "warning",
                         "'Infection or problems with the wound' has no figure yet (The source gives no "
                         "figure for this risk.); patients are told the surgeon will discuss it")],
    "past-review-date": [("review_due", "error",
                          "the review date 2026-11-30 has passed; review the leaflet and publish a new version")],
    "review-date-soon": [("review_due", "warning", "the review date 2027-01-15 is less than 90 days away")],
    "raw-html": [("sections.about (line 25)", "error", "raw HTML is not allowed (<b>); write Markdown instead")],
    "unknown-placeholder": [("sections.get_help.routine[0] (line 161)", "error",
                             "placeholder {ward} does not exist; use {hospital}, {department}, {phone}")],
    "wrong-id": [("id", "error", "is 'another-name' but the file is named 'wrong-id.yaml'; they must match")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_broken_leaflet_gets_its_exact_finding(name):
    findings = check_leaflet(BROKEN / f"{name}.yaml", None, TODAY)
    assert [(f.field, f.severity, f.message) for f in findings] == EXPECTED[name]


def test_hard_to_read_section_is_reported_with_its_longest_sentences():
    findings = check_leaflet(BROKEN / "hard-to-read.yaml", None, TODAY)
    assert len(findings) == 1
    finding = findings[0]
    assert (finding.field, finding.severity) == ("sections.doing_nothing", "warning")
    assert finding.message.startswith("hard to read: reading ease 34.9 (at least 60), grade 12.1 (at most 8); "
                                      "longest sentences: ")
    assert "Notwithstanding the considerable heterogeneity" in finding.message
    assert finding.message.count(" | ") == 2


def test_every_broken_leaflet_is_in_the_table():
    assert {p.stem for p in BROKEN.glob("*.yaml")} == set(EXPECTED) | {"hard-to-read"}


@pytest.mark.parametrize(
    ("word", "count"),
    [("the", 1), ("cat", 1), ("make", 1), ("table", 2), ("helped", 1), ("wanted", 2), ("boxes", 2),
     ("makes", 1), ("joint", 1), ("fusion", 2), ("people", 2), ("operation", 4), ("recovery", 4),
     ("anaesthetic", 4), ("free", 1)],
)
def test_syllables(word, count):
    assert syllables(word) == count


def test_flesch_formulas_as_published():
    # 6 words, 2 sentences, 6 syllables:
    # ease  = 206.835 - 1.015 * 3 - 84.6 * 1 = 119.19
    # grade = 0.39 * 3 + 11.8 * 1 - 15.59 = -2.62
    result = measure("I like dogs. They run fast.")
    assert (result.reading_ease, result.grade) == (119.2, -2.6)
    # 10 words, 1 sentence, 10 syllables:
    # ease  = 206.835 - 1.015 * 10 - 84.6 * 1 = 112.085
    # grade = 0.39 * 10 + 11.8 * 1 - 15.59 = 0.11
    result = measure("The cat sat on the mat and the dog ran.")
    assert (result.reading_ease, result.grade) == (112.1, 0.1)


def test_bundled_leaflet_is_readable_and_only_its_missing_figures_are_flagged():
    result = run("check", "--format", "json", "--on", "2026-12-01")
    assert result.exit_code == 0, result.output
    findings = json.loads(result.output)
    # No source gives a figure for bleeding, pain that does not go away, the bone not joining or
    # needing another operation; the other three risks have NICE IPG578's figures. Its four
    # bundled translations are drafts, so each is a warning until a translator reviews it.
    assert {(f["field"], f["severity"]) for f in findings} == {
        (f"sections.risks[{n}].frequency", "warning") for n in (1, 4, 5, 6)} | {
        (f"translation {tag}", "warning") for tag in ("bn", "cy", "pl", "ur")}


def test_check_table_and_strict(tmp_path):
    table = run("check", PROCEDURE, "--on", "2026-12-01")
    assert table.exit_code == 0
    lines = table.output.splitlines()
    assert lines[0].split() == ["FILE", "FIELD", "SEVERITY", "MESSAGE"]
    assert " ".join(lines[1].split()).startswith(f"leaflets/{PROCEDURE}.yaml sections.risks[1].frequency warning "
                                                 "'Bleeding' has no figure yet (No source gives a figure.")
    assert "'Infection or problems with the wound' has no figure yet" not in table.output
    strict = run("check", PROCEDURE, "--strict", "--on", "2026-12-01")
    assert strict.exit_code == 1
    assert "  error     'Bleeding' has no figure yet" in strict.output


def test_check_a_hospital_library_and_unknown_leaflets(tmp_path):
    (tmp_path / "leaflets").mkdir()
    (tmp_path / "leaflets" / "raw-html.yaml").write_text((BROKEN / "raw-html.yaml").read_text())
    (tmp_path / "site.yaml").write_text("hospital: X\ndepartment: Y\nphone: '123'\n")
    result = run("check", "--library", tmp_path, "--format", "json")
    assert result.exit_code == 1
    findings = json.loads(result.output)
    assert {"file": str(tmp_path / "site.yaml"), "field": "phone (line 3)", "severity": "error",
            "message": "is not in the expected form (^\\+?[0-9 ()-]{6,20}$)"} in findings
    assert any(f["file"].endswith("raw-html.yaml") and f["field"] == "sections.about (line 25)"
               for f in findings)
    unknown = run("check", "knee-thing")
    assert unknown.exit_code == 2
    assert "No leaflet called knee-thing" in unknown.output


def library_with_leaflet(folder: Path, text: str, site: str | None = None) -> Path:
    (folder / "leaflets").mkdir(parents=True)
    (folder / "leaflets" / f"{PROCEDURE}.yaml").write_text(text)
    if site:
        (folder / "site.yaml").write_text(site)
    return folder


def test_expired_leaflet_is_refused_unless_allowed_and_then_marked_on_every_page(tmp_path):
    yesterday = date.today() - timedelta(days=1)
    text = BUNDLED.replace("published: 2026-12-03", f"published: {yesterday - timedelta(days=400)}")
    text = text.replace("review_due: 2029-12-03", f"review_due: {yesterday}")
    library = library_with_leaflet(tmp_path / "lib", text)
    output = tmp_path / "pack.pdf"
    refused = run("generate", PROCEDURE, *patient_args(), "--library", library, "-o", output)
    assert refused.exit_code == 1
    assert (f"error: Leaflet {PROCEDURE} version 1.1 was due for review on {yesterday}; ask the patient "
            "information lead for a current version, or use --allow-expired") in refused.output
    assert not output.exists()

    allowed = run("generate", PROCEDURE, *patient_args(), "--library", library, "-o", output,
                  "--allow-expired")
    assert allowed.exit_code == 0, allowed.output
    assert f"warning: leaflet {PROCEDURE} is past its review date; every page of the pack says so" in allowed.output
    notice = f"This leaflet was due for review on {yesterday.strftime('%d-%b-%Y')}"
    assert all(notice in flat(text) for text in page_texts(output))

    listing = tmp_path / "list.csv"
    listing.write_text("family_name,given_name,date_of_birth,nhs_number,procedure,side,consultant\n"
                       f"Smith,Jane,1961-03-12,9434765919,{PROCEDURE},left,Ms A Khan\n")
    batch = run("batch", listing, "-o", tmp_path / "out", "--library", library, "-q")
    assert batch.exit_code == 1
    assert f"row 2: procedure: the leaflet '{PROCEDURE}' cannot be used (see above)" in batch.output
    assert not list((tmp_path / "out").glob("*.pdf"))
    assert run("batch", listing, "-o", tmp_path / "out", "--library", library, "-q",
               "--allow-expired").exit_code == 0


def test_risks_marked_for_review_are_announced_when_printing(tmp_path):
    result = run("generate", PROCEDURE, *patient_args(), "-o", tmp_path / "pack.pdf")
    assert (f"warning: leaflet {PROCEDURE}: 4 of its risks have no figure yet and are marked for "
            "review (see consentpack check)") in result.output


def test_new_writes_a_skeleton_that_loads_but_fails_completeness_and_cannot_be_printed(tmp_path):
    result = run("new", "knee-replacement", "--library", tmp_path)
    assert result.exit_code == 0, result.output
    assert result.output.endswith(f"then run: consentpack check --library {tmp_path} knee-replacement\n")
    path = tmp_path / "leaflets" / "knee-replacement.yaml"
    leaflet = Library.open(tmp_path).leaflet("knee-replacement")
    assert leaflet.id == "knee-replacement"
    findings = check_leaflet(path, None, date.today())
    errors = [f.field for f in findings if f.severity == "error"]
    assert errors == ["title", "procedure_name", "authors", "approved_by", "summary", "sections.about",
                      "sections.candidates", "sections.procedure_steps", "sections.benefits",
                      "sections.risks", "sections.alternatives", "sections.doing_nothing",
                      "sections.recovery", "sections.get_help", "sections.faq"]
    assert all(f.message == "is not written yet (it still says TODO)" for f in findings if f.severity == "error")

    printed = run("generate", "knee-replacement", *patient_args(side=None), "--library", tmp_path,
                  "-o", tmp_path / "pack.pdf")
    assert printed.exit_code == 1
    assert "error: Leaflet knee-replacement is not finished: title, procedure_name," in printed.output
    assert not (tmp_path / "pack.pdf").exists()

    again = run("new", "knee-replacement", "--library", tmp_path)
    assert again.exit_code == 2
    assert "already has the id knee-replacement" in again.output
    builtin = run("new", PROCEDURE, "--library", tmp_path)
    assert builtin.exit_code == 2
    assert f"leaflets/{PROCEDURE}.yaml already has the id {PROCEDURE}" in builtin.output
    bad = run("new", "Knee Replacement", "--library", tmp_path)
    assert bad.exit_code == 2
    assert "is not a leaflet id" in bad.output


def test_new_without_a_library_writes_into_the_current_folder_never_the_built_in_library(tmp_path,
                                                                                          monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("new", "knee-thing")
    assert result.exit_code == 0, result.output
    assert result.output == ("Wrote leaflets/knee-thing.yaml; fill in every TODO, then run: "
                             "consentpack check --library . knee-thing\n")
    assert (tmp_path / "leaflets" / "knee-thing.yaml").is_file()
    assert not (builtin_root() / "leaflets" / "knee-thing.yaml").exists()
    # The other commands read the current folder as a library only when told to.
    assert "knee-thing" not in run("list").output
    assert "knee-thing " in run("list", "--library", ".").output
    again = run("new", "knee-thing")
    assert again.exit_code == 2
    assert "leaflets/knee-thing.yaml already has the id knee-thing" in again.output


def test_new_leaflet_refuses_to_write_into_the_built_in_library():
    with pytest.raises(UsageError, match="Give the library folder"):
        new_leaflet(Library.open(None), "knee-thing")


def test_list_items_are_read_as_sentences():
    from consentpack.library.safe_markdown import markdown_plain

    items = "\n".join(f"- Item number {n} is short" for n in range(8))
    assert markdown_plain(items).count("\n\n") == 7
    assert measure(markdown_plain(items)).grade < 4


def test_preview_writes_the_pack_as_html_for_a_sample_patient(tmp_path):
    output = tmp_path / "preview.html"
    result = run("preview", PROCEDURE, "-o", output)
    assert result.exit_code == 0, result.output
    html = output.read_text()
    assert "SAMPLE, Alex" in html
    assert "NHS No. 999 000 0018" in html
    assert "<style>" in html
    assert "@page" in html
    assert "@font-face" in html
    for heading in ("Benefits: what it can do for you", "Risks: what could go wrong",
                    "Doing nothing: if you decide not to have it", "8. Confirmation of consent"):
        assert heading in html
    wrong = run("preview", PROCEDURE, "-o", tmp_path / "preview.pdf")
    assert wrong.exit_code == 2


def _images(resources) -> set[int]:
    """The image objects a page's resources reach, directly or through its forms."""
    found = set()
    for reference in resources.get("/XObject", {}).values():
        xobject = reference.get_object()
        if xobject.get("/Subtype") == "/Image":
            found.add(reference.idnum)
        found |= _images(xobject.get("/Resources", {}))
    return found


def test_a_hospital_library_overrides_a_template_and_adds_its_logo(tmp_path):
    library = tmp_path / "hospital"
    (library / "templates").mkdir(parents=True)
    (library / "styles").mkdir()
    (library / "styles" / "logo.png").write_bytes(ONE_PIXEL_PNG)
    (library / "site.yaml").write_text(
        "hospital: St Elsewhere\ndepartment: Orthopaedics\nphone: '0300 123 4567'\nlogo: logo.png\n")
    cover = (REPO / "templates" / "_cover.html").read_text()
    (library / "templates" / "_cover.html").write_text("<p>St Elsewhere's own cover</p>\n" + cover)
    output = tmp_path / "pack.pdf"
    result = run("generate", PROCEDURE, *patient_args(), "--library", library, "-o", output)
    assert result.exit_code == 0, result.output
    reader = PdfReader(output)
    cover_text = flat(reader.pages[0].extract_text())
    assert "St Elsewhere's own cover" in cover_text
    assert "Call Orthopaedics on 0300 123 4567" in cover_text
    assert len(set().union(*(_images(page["/Resources"]) for page in reader.pages))) == 1


def test_placeholders_take_the_sites_values(tmp_path):
    text = BUNDLED.replace("    - You have questions or worries about your operation or how you are\n"
                           "        getting on.", '    - "You have questions: call {department} on {phone}."')
    library = library_with_leaflet(
        tmp_path / "lib", text, "hospital: St Elsewhere\ndepartment: Ward 7\nphone: '0300 123 4567'\n")
    output = tmp_path / "pack.pdf"
    assert run("generate", PROCEDURE, *patient_args(), "--library", library, "-o", output).exit_code == 0
    assert any("You have questions: call Ward 7 on 0300 123 4567." in flat(t) for t in page_texts(output))


def test_every_page_and_the_metadata_carry_leaflet_id_version_and_content_hash(tmp_path):
    original = Library.open().leaflet(PROCEDURE).content_hash
    edited_library = library_with_leaflet(
        tmp_path / "lib", BUNDLED.replace("Bleeding", "Bleeding from the wound"))
    edited = Library.open(edited_library).leaflet(PROCEDURE).content_hash
    assert len(original) == 8
    assert original != edited
    for library, content in ((None, original), (edited_library, edited)):
        output = tmp_path / f"{content}.pdf"
        args = ["--library", library] if library else []
        assert run("generate", PROCEDURE, *patient_args(), *args, "-o", output).exit_code == 0
        reference = f"leaflet {PROCEDURE} version 1.1 (content {content})"
        assert all(reference in flat(text) for text in page_texts(output))
        metadata = PdfReader(output).metadata
        assert f"leaflet={PROCEDURE}; version=1.1; content={content}; consent-form=1" == metadata["/Keywords"]
        assert f"(content {content})" in metadata.subject
