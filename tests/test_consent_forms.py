"""Every patient on the list gets the NHS model consent form that fits them: a child's parent signs
form 2, a procedure done awake may use form 3, and an adult who cannot decide is treated in their
best interests on form 4. Each form reads back from the PDF in its model order, under its title,
with the right reader's copy, and says on every page's QR code which form it belongs to."""

import csv
import re
from datetime import date

import page
import pytest
from pypdf import PdfReader

from consentpack.batch.manifest import COLUMNS as MANIFEST_COLUMNS
from consentpack.batch.manifest import ManifestRow, read_manifest, write_manifest
from consentpack.library.folders import Library
from consentpack.lists.rows import COLUMNS
from consentpack.patient.consent_forms import consent_form
from consentpack.patient.models import Patient
from helpers.cli import patient_args, run
from helpers.layout import assert_layout_holds
from helpers.library import PROCEDURE, REPO
from helpers.packs import part_ends, printed_pack_id
from helpers.patients import JANE, JOHN, SAM, SAMS_PARENT
from helpers.pdf import flat, page_texts, text_sizes
from helpers.scanning import decode_page_codes
from helpers.tagged import structure
from helpers.theatre_lists import manifest_rows

LOCAL_LIBRARY = REPO / "tests" / "data" / "local-library"
LOCAL = "test-local-procedure"
TITLES = {
    1: "Consent form 1: Patient agreement to investigation or treatment",
    2: "Consent form 2: Parental agreement to investigation or treatment for a child or young person",
    3: "Consent form 3: Patient/parental agreement to investigation or treatment (procedures where "
       "consciousness not impaired)",
    4: "Consent form 4: Form for adults who are unable to consent to investigation or treatment",
}
# What each form holds, in the order of the NHS model form.
SECTIONS = {
    1: ["1. Patient details", "2. Proposed procedure", "3. Statement of health professional",
        "4. Extra procedures, alternatives and information given", "5. Anaesthesia",
        "6. Statement of interpreter (where used)", "7. Statement of patient", "Patient's signature",
        "8. Confirmation of consent", "Copy accepted by patient"],
    2: ["1. Patient details", "Parent or guardian Anna Smith", "Relationship to the child mother",
        "2. Proposed procedure", "3. Statement of health professional",
        "I have explained the procedure to the child and their parent or guardian",
        "4. Extra procedures, alternatives and information given", "5. Anaesthesia",
        "6. Statement of interpreter (where used)", "7. Statement of parent",
        "I confirm that I have parental responsibility for this child", "Parent's or guardian's signature",
        "Relationship to the child", "8. Child's or young person's agreement (optional)",
        "9. Confirmation of consent", "Copy accepted by parent"],
    3: ["1. Patient details", "2. Proposed procedure", "3. Statement of health professional",
        "4. Alternatives and information given", "5. Statement of interpreter (where used)",
        "6. Statement of patient or parent", "done with a local anaesthetic, so the patient stays awake",
        "Relationship to the patient (for a parent)", "7. Confirmation of consent",
        "Copy accepted by patient"],
    4: ["1. Patient details", "2. Treatment proposed", "3. Assessment of the patient's capacity",
        "4. The patient's best interests", "valid advance decision", "Family or friends", "Carers",
        "Independent mental capacity advocate (IMCA)", "Attorney for health and welfare",
        "Court-appointed deputy", "Person consulted (name and relationship) Mary Okafor, daughter",
        "Attorney or deputy Mary Okafor", "5. Signatures of health professionals",
        "Health professional proposing the treatment", "Second opinion (optional)"],
}
COPIES = {1: "Patient's copy", 2: "Parent's copy", 3: "Patient's copy", 4: None}
LABEL = re.compile(r"(Cover|Leaflet|Consent form|Patient's copy|Parent's copy) · Page (\d+) of (\d+)")


@pytest.fixture(scope="module")
def packs(tmp_path_factory, jane_pack) -> dict:
    """A pack of each form, made by `generate` with the form left to the rules (auto)."""
    folder = tmp_path_factory.mktemp("forms")
    made = {1: jane_pack}
    commands = {
        # The day before Sam's 16th birthday is the operation date: still form 2.
        2: [PROCEDURE, *patient_args(SAM, **SAMS_PARENT, date_of_birth="2014-06-05", procedure_date="2030-06-04")],
        3: [LOCAL, "--library", LOCAL_LIBRARY, "--family-name", "Jones", "--given-name", "Ann",
            "--date-of-birth", "1970-01-01", "--nhs-number", "9990000026", "--consultant", "Mr B Osei"],
        4: [PROCEDURE, *patient_args(JOHN)],
    }
    for form, args in commands.items():
        made[form] = folder / f"form-{form}.pdf"
        result = run("generate", *args, "--generated-at", "2026-11-27", "-o", made[form])
        assert result.exit_code == 0, result.output
    return made


def parts(path) -> dict[str, str]:
    """Each part's text, by the label printed on its pages."""
    grouped = {}
    for text in map(flat, page_texts(path)):
        grouped.setdefault(LABEL.search(text).group(1), []).append(text)
    return {part: " ".join(texts) for part, texts in grouped.items()}


def in_order(text: str, expected: list[str]) -> list[str]:
    """`expected` that is missing from `text`, or out of order."""
    missing, position = [], 0
    for item in expected:
        found = text.find(item, position)
        if found == -1:
            missing.append(item)
        else:
            position = found + len(item)
    return missing


@pytest.mark.parametrize("form", [1, 2, 3, 4])
def test_each_form_has_its_sections_in_the_model_order_under_its_title(packs, form):
    grouped = parts(packs[form])
    assert list(grouped) == ["Cover", "Leaflet", "Consent form"] + ([COPIES[form]] if COPIES[form] else [])
    reader = PdfReader(packs[form])
    first = next(number for number, sheet in enumerate(reader.pages) if "Consent form · Page" in sheet.extract_text())
    assert flat(reader.pages[first].extract_text()).count(TITLES[form]) == 1
    for part in ("Consent form", COPIES[form]):
        if part:
            assert in_order(grouped[part], [TITLES[form], *SECTIONS[form]]) == [], part
    assert [item.title for item in reader.outline if not isinstance(item, list)] == [
        "Your personal cover", "Information leaflet", TITLES[form]] + (
        [f"{COPIES[form]} of the consent form"] if COPIES[form] else [])
    document = structure(reader).kids[0]
    assert [part.attributes["/T"] for part in document.kids] == [
        item.title for item in reader.outline if not isinstance(item, list)]


def test_form_4_has_no_signature_or_copy_for_the_patient(packs):
    text = " ".join(parts(packs[4]).values())
    for absent in ("Patient's signature", "Statement of patient", "Copy accepted", "Patient's copy"):
        assert absent not in text


def test_each_cover_speaks_to_its_reader(packs):
    parent = parts(packs[2])["Cover"]
    assert "Information for the parents or carers of Sam SMITH about Sam's right sacroiliac joint fusion" in parent
    assert "Sam's consultant Ms A Khan" in parent
    assert "Date of Sam's operation Tuesday 4 June 2030" in parent
    assert "Parent's copy: your own copy of the consent form, to keep" in parent
    assert "must have parental responsibility for Sam" in parent
    assert "your right" not in parent
    assert "Your consultant" not in parent
    carers = parts(packs[4])["Cover"]
    assert "Information for the people who care for John OKAFOR about John's right sacroiliac joint fusion" in carers
    assert "Mental Capacity Act 2005" in carers
    assert "You do not sign it" in carers
    assert "copy" not in carers.lower()
    patient = parts(packs[3])["Cover"]
    assert "Information for Ann JONES about your test procedure" in patient
    assert "Patient's copy: your own copy of the consent form, to keep" in patient


@pytest.mark.parametrize("form", [2, 4])
def test_every_page_carries_the_form_in_its_qr_code(packs, form):
    codes = decode_page_codes(packs[form], dpi=150)
    labels = [LABEL.search(flat(text)) for text in page_texts(packs[form])]
    nhs = {2: "N9990000018", 4: "N9990000034"}[form]
    kinds = {"Cover": "C", "Leaflet": "L", "Consent form": "F", "Parent's copy": "P"}
    pack = printed_pack_id(packs[form])
    ends = part_ends([label.group(1) for label in labels])
    for found, label in zip(codes, labels, strict=True):
        part, number, pages = label.groups()
        assert found == [f"CP3:{kinds[part]}:{form}:{nhs}:{PROCEDURE.upper()}:1.1:{pack}:{ends}:{number}:{pages}"]


# --- the rules, on the preflight itself -------------------------------------------------------

@pytest.fixture(scope="module")
def library():
    """The leaflets and site files the rules are tried on: for this module, in place of conftest's folder."""
    built_in, local = Library.open(), Library.open(LOCAL_LIBRARY)
    return {"general": built_in.leaflet(PROCEDURE), "local": local.leaflet(LOCAL),
            "site": built_in.site(), "form 3 site": local.site()}


def choose(library, born, operation=None, leaflet="general", site="site", requested="auto", **fields):
    patient = Patient(**{**SAM, "date_of_birth": born, "procedure_date": operation, **fields})
    return consent_form(requested, patient, library[leaflet], library[site], date(2026, 11, 27))


@pytest.mark.parametrize(
    ("born", "operation", "fields", "form"),
    [
        ("2014-06-05", "2030-06-04", SAMS_PARENT, 2),  # the day before the 16th birthday
        ("2014-06-05", "2030-06-05", {}, 1),  # the 16th birthday itself
        ("2012-02-29", "2028-02-28", SAMS_PARENT, 2),  # born on 29 February, 16 in a leap year
        ("2012-02-29", "2028-02-29", {}, 1),
        ("2010-11-28", None, SAMS_PARENT, 2),  # no operation date: the day the pack is printed
        ("2010-11-27", None, {}, 1),
        ("2008-02-29", "2026-02-28", {"lacks_capacity": True, **SAMS_PARENT}, 2),  # 17: form 2, a warning
        ("2008-02-29", "2026-03-01", {"lacks_capacity": True}, 4),  # 18 on 1 March in a common year
        ("2014-06-05", "2030-06-04", {"lacks_capacity": True, **SAMS_PARENT}, 2),  # under 16 comes first
    ],
)
def test_auto_rules_at_the_age_boundaries(library, born, operation, fields, form):
    chosen = choose(library, born, operation, **fields)
    assert (chosen.form, chosen.problems) == (form, ())
    assert bool(chosen.warnings) == (form == 2 and fields.get("lacks_capacity", False)
                                     and born == "2008-02-29")


def test_form_3_only_where_the_site_asks_and_everything_is_local(library):
    assert choose(library, "1970-01-01", leaflet="local", site="form 3 site").form == 3
    assert choose(library, "1970-01-01", leaflet="local").form == 1
    assert choose(library, "1970-01-01", site="form 3 site").form == 1
    assert choose(library, "2020-01-01", leaflet="local", site="form 3 site", **SAMS_PARENT).form == 2
    assert choose(library, "1970-01-01", leaflet="local", site="form 3 site", lacks_capacity=True).form == 4


def test_a_chosen_form_overrides_the_rules_or_is_refused_by_name(library):
    assert choose(library, "1970-01-01", requested=2, **SAMS_PARENT).form == 2
    assert choose(library, "2009-01-01", "2026-12-01", requested=2, **SAMS_PARENT).problems == ()  # 17
    under_16 = choose(library, "2020-01-01", requested=1)
    assert (under_16.form, under_16.problems) == (1, ())
    assert under_16.warnings == ("consent_form: form 1 for a patient under 16: check the child is "
                                 "competent to decide for themselves; otherwise use form 2",)
    refused = {
        "adult on form 2": choose(library, "2008-01-01", "2026-01-01", requested=2, **SAMS_PARENT),
        "form 3, general": choose(library, "1970-01-01", requested=3, site="form 3 site"),
        "form 1, no capacity": choose(library, "1970-01-01", requested=1, lacks_capacity=True),
        "form 3, no capacity": choose(library, "1970-01-01", leaflet="local", requested=3, lacks_capacity=True),
        "form 4, capacity": choose(library, "1970-01-01", requested=4),
        "form 4, child": choose(library, "2020-01-01", requested=4, lacks_capacity=True),
        "form 2, no parent": choose(library, "2020-01-01"),
    }
    assert {name: chosen.problems for name, chosen in refused.items()} == {
        "adult on form 2": ("consent_form: form 2 is for a child or young person, and the patient is 18 or "
                            "over on the operation date; use form 1, or form 4 if they lack capacity",),
        "form 3, general": (f"consent_form: form 3 is only for procedures done awake under local "
                            f"anaesthetic, and leaflet {PROCEDURE} names general anaesthesia",),
        "form 1, no capacity": ("consent_form: form 1 needs the patient's own agreement, and the patient is "
                                "marked as lacking capacity (lacks_capacity); use form 4, or form 2 under 18",),
        "form 3, no capacity": ("consent_form: form 3 needs the patient's own agreement, and the patient is "
                                "marked as lacking capacity (lacks_capacity); use form 4, or form 2 under 18",),
        "form 4, capacity": ("consent_form: form 4 is for an adult who lacks capacity, and the patient is not "
                             "marked so; set lacks_capacity to yes if they lack capacity",),
        "form 4, child": ("consent_form: form 4 is for people of 16 or over (the Mental Capacity Act 2005 "
                          "applies from 16), and the patient is under 16 on the date the pack is printed; "
                          "use form 2",),
        "form 2, no parent": (
            "parent_name: is required for consent form 2: the name of the parent or guardian who signs",
            "parent_relationship: is required for consent form 2: their relationship to the child, such as mother"),
    }


def test_details_a_form_has_no_place_for_are_named_not_dropped(library):
    chosen = choose(library, "1970-01-01", consulted="Mary Okafor, daughter", **SAMS_PARENT)
    assert chosen.form == 1
    assert chosen.warnings == tuple(
        f"{field}: not printed: only consent form {place} has a place for it, and this pack has form 1"
        for field, place in (("parent_name", 2), ("parent_relationship", 2), ("consulted", 4)))


def test_generate_refuses_a_form_with_exit_code_1_and_writes_nothing(tmp_path):
    output = tmp_path / "pack.pdf"
    result = run("generate", PROCEDURE, *patient_args(SAM, **SAMS_PARENT, date_of_birth="2000-01-01"),
                 "--consent-form", "2", "-o", output)
    assert result.exit_code == 1
    assert "consent_form: form 2 is for a child or young person, and the patient is 18 or over" in result.output
    assert not output.exists()


# --- a theatre list ------------------------------------------------------------------------------

def write_list(path, rows: list[dict]):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


# Jane's row; her NHS number as a hospital system exports it, the digits only.
ADULT = {**JANE, "nhs_number": "9434765919", "procedure": PROCEDURE, "procedure_date": "2030-06-04"}


def test_every_refusal_is_a_named_row_error_in_a_batch(tmp_path):
    child = {**ADULT, "date_of_birth": "2020-01-10"}
    rows = [
        {**ADULT, "consent_form": "2", **SAMS_PARENT},
        {**ADULT, "consent_form": "Form 3"},
        {**ADULT, "consent_form": "1", "lacks_capacity": "yes"},
        {**ADULT, "procedure": LOCAL, "side": "", "consent_form": "3", "lacks_capacity": "Y"},
        {**child, "parent_relationship": "Mother"},
        {**ADULT, "consent_form": "5", "lacks_capacity": "maybe"},
        {**child, "parent_name": "Aisha\x07 Smith", "parent_relationship": "M" * 51},
        {**ADULT, "lacks_capacity": "yes", "consulted": "\u1230", "attorney": "Zalgo\u0301\u0302\u0303\u0304"},
        {**child, **SAMS_PARENT},
    ]
    numbers = ["9434765919", "9990000018", "9990000026", "9990000034", "9990000042", "9990000050",
               "9990000069", "9990000077", "9990000085"]
    rows = [{**row, "nhs_number": number} for row, number in zip(rows, numbers, strict=True)]
    result = run("batch", write_list(tmp_path / "list.csv", rows), "--check", "--library", LOCAL_LIBRARY)
    assert result.exit_code == 1
    expected = [
        "row 2: consent_form: form 2 is for a child or young person, and the patient is 18 or over on the "
        "operation date",
        f"row 3: consent_form: form 3 is only for procedures done awake under local anaesthetic, and leaflet "
        f"{PROCEDURE} names general anaesthesia",
        "row 4: consent_form: form 1 needs the patient's own agreement, and the patient is marked as lacking "
        "capacity (lacks_capacity)",
        "row 5: consent_form: form 3 needs the patient's own agreement",
        "row 6: parent_name: is required for consent form 2: the name of the parent or guardian who signs",
        "row 7: consent_form: must be auto, 1, 2, 3 or 4",
        "row 7: lacks_capacity: must be yes or no",
        "row 8: parent_name: contains control or invisible formatting characters",
        "row 8: parent_relationship: is too long (at most 50 characters)",
        "row 9: consulted: has letters the bundled fonts cannot print",
        "row 9: attorney: has more than two accents stacked on one letter",
    ]
    for line in expected:
        assert f"list.csv {line}" in result.output or f"{tmp_path / 'list.csv'} {line}" in result.output, line
    assert "row 10:" not in result.output
    assert "Checked 9 rows: 8 with problems." in result.output
    assert "Aisha" not in result.output
    assert "Smith" not in result.output


@pytest.mark.slow
def test_a_mixed_theatre_list_gets_the_right_form_and_identity_on_every_page(tmp_path):
    rows = [
        ADULT,
        {**ADULT, **SAM, **SAMS_PARENT, "date_of_birth": "2020-01-10", "large_print": "yes"},
        {**ADULT, **JOHN, "hospital_number": "RX2000004", "side": "both", "large_print": "yes"},
        {**ADULT, "family_name": "Nguyễn", "given_name": "Thị Lan", "date_of_birth": "1975-07-14",
         "nhs_number": "9990000026", "procedure": LOCAL, "side": "", "large_print": "yes"},
    ]
    out = tmp_path / "packs"
    result = run("batch", write_list(tmp_path / "list.csv", rows), "-o", out, "-q", "--jobs", "2",
                 "--library", LOCAL_LIBRARY, "--generated-at", "2026-11-27")
    assert result.exit_code == 0, result.output
    manifest = manifest_rows(out)
    assert [record["consent_form"] for record in manifest] == ["1", "2", "4", "3"]
    people = [(f"{row['family_name'].upper()}, {row['given_name']}",
               f"{row['nhs_number'][:3]} {row['nhs_number'][3:6]} {row['nhs_number'][6:]}") for row in rows]
    for form, record, row, (own, nhs) in zip([1, 2, 4, 3], manifest, rows, people, strict=True):
        pack = out / record["output"]
        texts = [flat(text) for text in page_texts(pack)]
        assert TITLES[form] in " ".join(texts)
        assert [part for part in dict.fromkeys(LABEL.search(text).group(1) for text in texts)] == [
            "Cover", "Leaflet", "Consent form"] + ([COPIES[form]] if COPIES[form] else [])
        for text in texts:
            assert own in text
            assert nhs in text
            assert not [other for other in people if other[0] != own and (other[0] in text or other[1] in text)]
        kinds = {"Cover": "C", "Leaflet": "L", "Consent form": "F", COPIES[form]: "P"}
        printing = printed_pack_id(pack)
        ends = part_ends([LABEL.search(text).group(1) for text in texts])
        version = {PROCEDURE: "1.1", LOCAL: "1.0"}[row["procedure"]]
        for number, (found, text) in enumerate(zip(decode_page_codes(pack, dpi=150), texts, strict=True), 1):
            kind = kinds[LABEL.search(text).group(1)]
            assert found == [f"CP3:{kind}:{form}:N{row['nhs_number']}:{row['procedure'].upper()}:{version}:"
                             f"{printing}:{ends}:{number}:{len(texts)}"]
        if row.get("large_print"):
            assert min(min(sizes) for sizes in text_sizes(pack)) >= 17.9
            assert_layout_holds(pack, nhs)


def test_a_manifest_from_before_the_forms_is_still_read(tmp_path):
    old = [column for column in MANIFEST_COLUMNS if column != "consent_form"]
    record = {column: "" for column in old} | {"row": "2", "status": "produced", "output": "a.pdf"}
    with (tmp_path / "manifest.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=old)
        writer.writeheader()
        writer.writerow(record)
    rows, problem = read_manifest(tmp_path)
    assert problem is None
    assert rows["a.pdf"].consent_form == ""
    write_manifest(tmp_path, [ManifestRow(row=2, status="produced", output="a.pdf", consent_form="2")])
    assert read_manifest(tmp_path)[0]["a.pdf"].consent_form == "2"


def test_every_form_passes_a_pdf_ua_1_validator(packs):
    for form in (2, 3, 4):
        report = page.validate_pdf(packs[form], profile="ua1")
        failures = [f"{failure.rule_id}: {failure.message}" for failure in report.failures]
        assert report.profile is page.ValidationProfile.PDF_UA_1
        assert report.rules.total > 50, f"form {form}: the validator checked {report.rules.total} rules"
        assert (report.rules.passed, report.rules.failed, report.checks.failed) == (report.rules.total, 0, 0), (
            form, failures)
        assert report.is_compliant, (form, failures)
