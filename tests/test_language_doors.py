"""The patient's language through every door: generate, batch (a list's language and
allow_draft_translation columns, and a FHIR Patient's preferred communication), the desk's form
and API, the record (manifest.csv, DocumentReference) and `consentpack check`. Each door takes a
tag or a name, and the one preflight refuses the same things in the same words: a language the
library does not print (naming those it does), and a draft translation nobody allowed.

The libraries here carry their own complete Polish catalog, so whether it is a draft, and
complete, is theirs to say whatever the built-in catalogs hold; only the two tests that print
a pack lay anything out."""

import html
import json
import re
from datetime import date, datetime, timezone

import polib
import pytest
from pydantic import ValidationError

from consentpack.actions import printing_fingerprint
from consentpack.batch.manifest import COLUMNS as MANIFEST_COLUMNS
from consentpack.batch.manifest import read_manifest
from consentpack.batch.run import RowOptions
from consentpack.desk.api_request import PackOptions
from consentpack.desk.app import DeskOptions, create_app
from consentpack.desk.engine import DeskEngine
from consentpack.fhir.codes import BCP_47
from consentpack.fhir.documents import DescribedPack, write_document_bundle
from consentpack.library.check import ERROR, check_library
from consentpack.library.folders import Library
from consentpack.library.languages import SHIPPED
from consentpack.library.models import LANGUAGE_TAGS
from consentpack.lists.fhir_bundle import read_fhir_list
from consentpack.lists.rows import COLUMNS
from consentpack.patient.models import Patient
from consentpack.patient.preflight import Preflight
from helpers.cli import patient_args, run
from helpers.library import PROCEDURE, REPO
from helpers.patients import JANE
from helpers.theatre_lists import manifest_rows, patient_row, write_list

# The English leaflet in a Polish pack: these tests are about the doors, not translated leaflets.
SITE = ('hospital: Example General Hospital\ndepartment: Spinal Surgery\nphone: "01234 567890"\n'
        "english_leaflet_fallback: true\n")
DRAFT = "translation is a draft that no qualified translator has checked; print it only with --allow-draft-translation"
EVERY_LANGUAGE = ("English (en), Welsh (cy), Arabic (ar), Bengali (bn), Chinese (Simplified) (zh-Hans), French (fr), "
                  "Gujarati (gu), Polish (pl), Portuguese (pt), Punjabi (pa), Spanish (es), Urdu (ur), Romanian (ro)")


def write_catalog(library, reviewed=False, messages=None, folder="pl"):
    """A catalog in the library's own locales/, reviewed or a draft. Without `messages` it has
    every message the built-in catalog lists, each 'translated' as itself, so it is complete
    whatever the built-in catalog's translators have written so far."""
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": folder,
                   "Last-Translator": "Anna Nowak", "Reviewed": "yes" if reviewed else "no"}
    builtin = REPO / "locales" / folder / "LC_MESSAGES" / "consentpack.po"
    if messages is None:
        for entry in polib.pofile(str(builtin)) if builtin.is_file() else []:
            if not entry.obsolete:
                plural = {index: entry.msgid if index == 0 else entry.msgid_plural
                          for index in range(len(entry.msgstr_plural))} if entry.msgid_plural else {}
                po.append(polib.POEntry(msgid=entry.msgid, msgid_plural=entry.msgid_plural,
                                        msgstr="" if plural else entry.msgid, msgstr_plural=plural))
    for msgid, msgstr in (messages or {}).items():
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    path = library / "locales" / folder / "LC_MESSAGES" / "consentpack.po"
    path.parent.mkdir(parents=True)
    po.save(str(path))
    return path


def library_with_polish(folder, languages=None, reviewed=False):
    """A hospital library with a site file (offering `languages`, or all) and a Polish catalog."""
    folder.mkdir(exist_ok=True)
    (folder / "site.yaml").write_text(SITE + (f"languages: {json.dumps(languages)}\n" if languages else ""))
    write_catalog(folder, reviewed)
    return folder


def jane() -> Patient:
    return Patient.model_validate(JANE)


# --- the preflight every door calls ---------------------------------------------------------------

def test_english_needs_no_catalog_and_keeps_its_printing_identity(tmp_path):
    library = Library.open(library_with_polish(tmp_path / "lib"))
    preflight = Preflight(library, date.today())
    for value in ("en", "English", "en-GB"):
        request = preflight.prepare(PROCEDURE, jane(), language=value).request
        assert request.language == "en"
        assert printing_fingerprint("templates-and-fonts", request, library) == "templates-and-fonts"


def test_a_changed_translation_is_a_new_printing(tmp_path):
    folder = library_with_polish(tmp_path / "lib")
    library = Library.open(folder)
    request = Preflight(library, date.today(), allow_draft_translation=True).prepare(
        PROCEDURE, jane(), language="Polish").request
    assert request.language == "pl"
    before = printing_fingerprint("templates-and-fonts", request, library)
    assert before.startswith("templates-and-fonts")
    assert before != "templates-and-fonts"
    catalog = folder / "locales" / "pl" / "LC_MESSAGES" / "consentpack.po"
    catalog.write_text(catalog.read_text(encoding="utf-8") + '\nmsgid "Risks"\nmsgstr "Ryzyko"\n', encoding="utf-8")
    assert printing_fingerprint("templates-and-fonts", request, library) != before


def test_an_incomplete_catalog_is_refused_and_named_by_check(tmp_path):
    folder = tmp_path / "lib"
    write_catalog(folder, reviewed=True, messages={"Consent form": "Formularz zgody", "Risks": "", "Benefits": ""})
    library = Library((folder,))  # this catalog alone: its messages are all there are
    problem = Preflight(library, date.today()).language_problem("pl")
    assert problem.startswith("language: the Polish catalog lacks 2 of its 3 messages")
    findings = [finding for finding in check_library(library, [], date.today()) if finding.field == "language pl"]
    assert [(finding.file.endswith("locales/pl/LC_MESSAGES/consentpack.po"), finding.severity, finding.message)
            for finding in findings] == [
        (True, ERROR, "the Polish catalog lacks 2 of its 3 messages, so no pack is printed in Polish: "
                      "'Benefits', 'Risks'")]


# --- generate -------------------------------------------------------------------------------------

def test_generate_refuses_a_language_it_does_not_print_and_lists_those_it_does(tmp_path):
    output = tmp_path / "jane.pdf"
    unknown = run("generate", PROCEDURE, *patient_args(), "--language", "Klingon", "-o", output)
    assert unknown.exit_code == 1
    assert f"language: 'Klingon' is not a language printed here; use one of: {EVERY_LANGUAGE}" in unknown.output
    library = library_with_polish(tmp_path / "lib", languages=["en", "Welsh"])
    unoffered = run("generate", PROCEDURE, *patient_args(), "--library", library, "--language", "pl", "-o", output)
    assert unoffered.exit_code == 1
    assert "language: 'pl' is not a language printed here; use one of: English (en), Welsh (cy)" in unoffered.output
    assert not output.exists()


def test_generate_prints_a_draft_translation_only_when_asked(tmp_path):
    library = library_with_polish(tmp_path / "lib")
    output = tmp_path / "jane.pdf"
    refused = run("generate", PROCEDURE, *patient_args(), "--library", library, "--language", "Polish", "-o", output)
    assert refused.exit_code == 1
    assert f"language: the Polish {DRAFT}" in refused.output
    assert not output.exists()
    made = run("generate", PROCEDURE, *patient_args(), "--library", library, "--language", "Polish",
               "--allow-draft-translation", "--no-cache", "--fhir", "-o", output)
    assert made.exit_code == 0, made.output
    described = json.loads((tmp_path / "document-references.json").read_text(encoding="utf-8"))
    assert described["entry"][0]["resource"]["content"][0]["attachment"]["language"] == "pl"


def test_the_options_are_described():
    help_text = run("generate", "--help").output
    assert "--language TEXT" in help_text
    assert "--allow-draft-translation" in help_text
    assert "allow_draft_translation cell" in " ".join(run("batch", "--help").output.split())


# --- a theatre list -------------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "tag"), [("Polish", "pl"), ("pl", "pl"), ("PL", "pl"), ("polski", "pl"),
                                           ("Welsh", "cy"), ("Chinese", "zh-Hans"), ("English", "en")])
def test_a_list_row_names_its_language_by_tag_or_name(cell, tag):
    assert RowOptions.model_validate({"procedure": PROCEDURE, "language": cell}).language == tag


def test_a_list_row_in_an_unknown_language_is_refused_without_repeating_the_cell():
    with pytest.raises(ValidationError) as refused:
        RowOptions.model_validate({"procedure": PROCEDURE, "language": "Smith"})
    message = refused.value.errors()[0]["msg"]
    assert message == f"is not a language ConsentPack prints; use one of: {EVERY_LANGUAGE}"
    assert "allow_draft_translation" in COLUMNS


def test_batch_checks_each_rows_language_and_its_permission_for_a_draft(tmp_path):
    library = library_with_polish(tmp_path / "lib")
    rows = [patient_row(0, language="Polish"), patient_row(2, language="pl", allow_draft_translation="yes"),
            patient_row(4, language="Klingon"), patient_row(6, language="English"),
            patient_row(8, language="pl", allow_draft_translation="perhaps"),
            patient_row(10, language="pl", allow_draft_translation="no")]
    listing = write_list(tmp_path / "monday.csv", rows)
    checked = run("batch", listing, "--check", "--library", library)
    problems = {int(number): line for number, line in re.findall(r"monday\.csv row (\d+): (.*)", checked.output)}
    assert checked.exit_code == 1
    assert problems[2] == f"language: the Polish {DRAFT}, and each page will say so"
    assert problems[4] == f"language: is not a language ConsentPack prints; use one of: {EVERY_LANGUAGE}"
    assert problems[6].startswith("allow_draft_translation: ")
    assert 7 in problems
    assert {3, 5}.isdisjoint(problems)  # allowed on its row; English
    allowed = run("batch", listing, "--check", "--library", library, "--allow-draft-translation")
    problems = {int(number) for number in re.findall(r"monday\.csv row (\d+):", allowed.output)}
    assert problems == {4, 6, 7}  # the run allows it, but row 7 says no for itself


def test_the_manifest_and_the_record_say_which_language_each_pack_is_in(tmp_path):
    library = library_with_polish(tmp_path / "lib")
    listing = write_list(tmp_path / "monday.csv", [patient_row(0, language="Polish"), patient_row(2)])
    out = tmp_path / "packs"
    made = run("batch", listing, "-o", out, "-q", "--jobs", "1", "--library", library, "--fhir",
               "--allow-draft-translation", "--generated-at", "2026-11-27")
    assert made.exit_code == 0, made.output
    assert MANIFEST_COLUMNS[-1] == "language"  # last, so readers of the older columns still find theirs
    assert [(row["row"], row["language"]) for row in manifest_rows(out)] == [("2", "pl"), ("3", "en")]
    described = json.loads((out / "document-references.json").read_text(encoding="utf-8"))
    languages = {entry["resource"]["content"][0]["attachment"]["url"]: entry["resource"]["content"][0]["attachment"]
                 ["language"] for entry in described["entry"]}
    assert sorted(languages.values()) == ["en-GB", "pl"]
    again = run("batch", listing, "-o", out, "-q", "--jobs", "1", "--library", library,
                "--allow-draft-translation", "--generated-at", "2026-11-27")
    assert "Produced 0, unchanged 2" in again.output


def test_a_manifest_from_before_languages_is_still_read(tmp_path):
    old = [column for column in MANIFEST_COLUMNS if column != "language"]
    (tmp_path / "manifest.csv").write_text(",".join(old) + "\n2,produced,a.pdf" + "," * (len(old) - 3) + "\n")
    rows, problem = read_manifest(tmp_path)
    assert problem is None
    assert rows["a.pdf"].language == ""


def test_an_english_pack_is_described_in_the_sites_language(tmp_path):
    library = Library.open()
    request = Preflight(library, date.today()).prepare(PROCEDURE, jane()).request
    pdf = tmp_path / "jane.pdf"
    pdf.write_bytes(b"%PDF-1.7 not really")
    write_document_bundle(tmp_path, [DescribedPack(request, pdf, datetime.now(timezone.utc))], library.site())
    described = json.loads((tmp_path / "document-references.json").read_text(encoding="utf-8"))
    assert described["entry"][0]["resource"]["content"][0]["attachment"]["language"] == "en-GB"


# --- a FHIR theatre list ----------------------------------------------------------------------------

FHIR_LIBRARY = REPO / "tests" / "data" / "fhir-library"
OPERATION = {"resourceType": "ServiceRequest", "id": "op", "status": "active", "intent": "order",
             "subject": {"reference": "Patient/p"},
             "code": {"coding": [{"system": "https://example.org/fhir/CodeSystem/theatre-procedures", "code": "SIJF"}]},
             "bodySite": [{"coding": [{"system": "http://snomed.info/sct", "code": "7771000"}]}],
             "performer": [{"reference": "Practitioner/k", "display": "Ms A Khan"}]}


def fhir_row(tmp_path, *communication):
    patient = {"resourceType": "Patient", "id": "p", "birthDate": "1961-03-12",
               "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}],
               "name": [{"family": "Smith", "given": ["Jane"]}], "communication": list(communication)}
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection",
                                "entry": [{"resource": OPERATION}, {"resource": patient}]}), encoding="utf-8")
    return read_fhir_list(path, Library.open(FHIR_LIBRARY)).rows[0]


def speaks(code, system=BCP_47, preferred=True):
    return {"language": {"coding": [{"system": system, "code": code}]}, "preferred": preferred}


@pytest.mark.parametrize(("communication", "tag"), [
    ([speaks("pl")], "pl"), ([speaks("pl-PL")], "pl"), ([speaks("cy", preferred="true")], "cy"),
    ([speaks("en", preferred=False), speaks("zh-Hans")], "zh-Hans"),
    ([speaks("pl", preferred=False)], None),  # no preference: English
    ([], None),
])
def test_a_fhir_patients_preferred_language_is_the_packs(tmp_path, communication, tag):
    row = fhir_row(tmp_path, *communication)
    assert row.problems == ()
    assert row.values.get("language") == tag


@pytest.mark.parametrize(("communication", "problem"), [
    ([speaks("pol", system="https://example.org/languages")],
     f"subject.communication[0].language: has no code in {BCP_47} (its codes are in https://example.org/languages); "
     "give the preferred language as a BCP 47 tag such as pl or cy"),
    ([speaks("tlh")], f"subject.communication[0].language: is not a language ConsentPack prints; these are: "
                      f"{EVERY_LANGUAGE}"),
    ([speaks("zh-TW")], f"subject.communication[0].language: is not a language ConsentPack prints; these are: "
                        f"{EVERY_LANGUAGE}"),
    ([speaks("pl"), speaks("cy")], "subject.communication: prefers 2 different languages; a pack is printed in "
                                   "one, so check which the patient reads"),
])
def test_a_fhir_patients_language_it_cannot_read_is_the_entrys_problem(tmp_path, communication, problem):
    row = fhir_row(tmp_path, *communication)
    assert row.problems == (problem,)
    assert "language" not in row.values


# --- the desk -------------------------------------------------------------------------------------

def desk_for(folder):
    return create_app(DeskEngine(Library.open(folder), None), DeskOptions(jobs=1)).test_client()


def test_the_form_offers_only_the_languages_the_library_prints(tmp_path):
    desk = desk_for(library_with_polish(tmp_path / "lib", languages=["en", "pl", "cy"], reviewed=False))
    page = html.unescape(desk.get(f"/pack/{PROCEDURE}").get_data(as_text=True))
    select = re.search(r'<select[^>]*name="language".*?</select>', page, re.S).group(0)
    options = re.findall(r'<option value="([^"]+)"( selected)?>([^<]+)</option>', select)
    # Welsh is offered by the site, but is listed only once it has a complete catalog of its own.
    # The leaflet has no Polish translation: the site's english_leaflet_fallback prints the English one.
    assert options[:2] == [("en", " selected", "English"),
                           ("pl", "", "polski (Polish), draft translation")]
    assert {tag for tag, _, _ in options} <= {"en", "pl", "cy"}
    assert 'name="allow_draft_translation"' in page


def test_the_form_refuses_a_draft_beside_its_language(tmp_path):
    desk = desk_for(library_with_polish(tmp_path / "lib"))
    token = re.search(r'name="csrf_token" value="([^"]+)"', desk.get(f"/pack/{PROCEDURE}").get_data(as_text=True))[1]
    answer = desk.post(f"/pack/{PROCEDURE}", data={**JANE, "csrf_token": token, "language": "pl"})
    assert answer.status_code == 422
    page = html.unescape(answer.get_data(as_text=True))
    assert re.search(r'id="language-error-1"><span class="nhsuk-u-visually-hidden">Error:</span> the Polish '
                     + re.escape(DRAFT), page)


def api_problems(desk, **options):
    answer = desk.post("/api/packs", json={"procedure": PROCEDURE, "patient": JANE, "options": options})
    assert answer.status_code == 422
    return [(problem["field"], problem["message"]) for problem in answer.json["problems"]]


def test_the_api_takes_the_language_as_its_description_says(tmp_path):
    desk = desk_for(library_with_polish(tmp_path / "lib", languages=["en", "pl"]))
    assert api_problems(desk, language="Polish") == [
        ("options.language", f"must be one of the BCP 47 tags {', '.join(LANGUAGE_TAGS)}")]
    assert api_problems(desk, language="cy") == [
        ("options.language", "'cy' is not a language printed here; use one of: English (en), Polish (pl)")]
    assert api_problems(desk, language="pl") == [("options.language", f"the Polish {DRAFT}, and each page will "
                                                                      "say so")]
    assert api_problems(desk, allow_draft_translation=1) == [("options.allow_draft_translation",
                                                              "must be true or false")]
    described = json.loads(desk.get("/api/openapi.json").get_data(as_text=True))
    options = described["components"]["schemas"]["Options"]["properties"]
    assert options["language"]["enum"] == list(LANGUAGE_TAGS)
    assert set(options) == set(PackOptions.model_fields)


# --- consentpack check ------------------------------------------------------------------------------

def test_check_lists_every_language_with_its_state(tmp_path):
    library = library_with_polish(tmp_path / "lib", languages=["en", "pl"], reviewed=True)
    checked = run("check", "--library", library)
    listed = checked.output.split("\nLanguages:\n", 1)[1].splitlines()
    assert listed[0] == "  en: source language"
    assert [line.split(":")[0].strip() for line in listed] == ["en", *(language.tag for language in SHIPPED)]
    assert re.fullmatch(r"  pl: reviewed by Anna Nowak, (\d+)/\1 messages", listed[1 + [
        language.tag for language in SHIPPED].index("pl")])
    assert all(line.endswith("(not offered: not in the site file's languages)")
               for line in listed if line.split(":")[0].strip() not in ("en", "pl"))
