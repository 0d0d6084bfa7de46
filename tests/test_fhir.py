"""Hospital systems: a theatre list read from a FHIR R4 Bundle makes the same packs as the
same list in CSV, every operation in it is produced or reported by entry and resource, and
the packs are described back as DocumentReferences that fhir.resources validates."""

import base64
import csv
import hashlib
import json
import shutil

import pytest
import yaml
from fhir.resources.R4B.bundle import Bundle

from helpers.cli import run
from helpers.library import PROCEDURE, REPO
from helpers.patients import JANE, SAM, SAMS_PARENT
from helpers.pdf import flat, page_texts
from helpers.theatre_lists import manifest_rows

BUNDLE = REPO / "tests" / "data" / "theatre-list.fhir.json"
LIBRARY = REPO / "tests" / "data" / "fhir-library"
HOSPITAL_NUMBERS = "https://example.org/fhir/Id/hospital-number"
CODES = "https://example.org/fhir/CodeSystem/theatre-procedures"
# The Bundle's three good operations, as a clinic would type them into a spreadsheet.
SAME_AS_CSV = [
    {**JANE, "procedure": PROCEDURE, "procedure_date": "2030-06-04"},
    {"family_name": "Wójcik", "given_name": "Łucja", "date_of_birth": "30/11/1958", "hospital_number": "RX2000002",
     "procedure": PROCEDURE, "side": "both", "procedure_date": "2030-06-04", "consultant": "Mr B Osei"},
    {**SAM, **SAMS_PARENT, "procedure": PROCEDURE, "procedure_date": "2030-06-05"},
]


def write_bundle(path, *resources, bundle_type="collection"):
    path.write_text(json.dumps({"resourceType": "Bundle", "type": bundle_type,
                                "entry": [{"resource": resource} for resource in resources]}), encoding="utf-8")
    return path


def operation(**changes):
    return {"resourceType": "ServiceRequest", "id": "op", "status": "active", "intent": "order",
            "subject": {"reference": "Patient/p"}, "code": {"coding": [{"system": CODES, "code": "SIJF"}]},
            "bodySite": [{"coding": [{"system": "http://snomed.info/sct", "code": "7771000"}]}],
            "performer": [{"reference": "Practitioner/k", "display": "Ms A Khan"}], **changes}


PATIENT = {"resourceType": "Patient", "id": "p", "birthDate": "1961-03-12",
           "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}],
           "name": [{"family": "Smith", "given": ["Jane"]}]}


@pytest.fixture(scope="module")
def from_fhir(tmp_path_factory):
    out = tmp_path_factory.mktemp("fhir") / "packs"
    result = run("batch", BUNDLE, "-o", out, "-q", "--library", LIBRARY, "--generated-at", "2026-11-27",
                 "--fhir", "--jobs", "2")
    return out, result


def test_every_operation_in_the_bundle_is_produced_or_reported_by_entry_and_resource(from_fhir):
    out, result = from_fhir
    assert result.exit_code == 1
    name = "tests/data/theatre-list.fhir.json"
    for line in [
        "entry 8 (ServiceRequest/op-bad-nhs): nhs_number: fails the NHS number check digit; check it was copied correctly",
        f"entry 10 (ServiceRequest/op-unknown-code): code: no leaflet for {CODES} KNEE1",
        "entry 11 (ServiceRequest/op-no-patient): subject: is required",
    ]:
        assert f"{name} {line}" in result.output or f"{BUNDLE} {line}" in result.output, line
    rows = manifest_rows(out)
    operations = [entry for entry in json.loads(BUNDLE.read_text())["entry"]
                  if entry["resource"]["resourceType"] == "ServiceRequest"]
    assert len(rows) == len(operations) == 6  # the Appointment is the child's operation's booking
    assert [(row["row"], row["status"]) for row in rows] == [
        ("4", "produced"), ("6", "produced"), ("8", "failed"), ("10", "failed"), ("11", "failed"), ("14", "produced")]
    child = next(row for row in rows if row["row"] == "14")
    texts = [flat(text) for text in page_texts(out / child["output"])]
    assert child["consent_form"] == "2"
    assert "Anna Smith" in " ".join(texts)
    assert all("SMITH, Sam" in text for text in texts)


def test_the_same_patients_from_csv_and_from_fhir_give_byte_identical_packs(from_fhir, tmp_path):
    fhir_out, _ = from_fhir
    listing = tmp_path / "list.csv"
    columns = list(dict.fromkeys(key for row in SAME_AS_CSV for key in row))
    with listing.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(SAME_AS_CSV)
    csv_out = tmp_path / "packs"
    result = run("batch", listing, "-o", csv_out, "-q", "--library", LIBRARY, "--generated-at", "2026-11-27")
    assert result.exit_code == 0, result.output
    made = sorted(path.name for path in csv_out.glob("*.pdf"))
    assert made == sorted(row["output"] for row in manifest_rows(fhir_out) if row["output"])
    assert len(made) == 3
    for name in made:
        assert (csv_out / name).read_bytes() == (fhir_out / name).read_bytes(), name


def test_the_packs_are_described_as_valid_document_references(from_fhir):
    out, _ = from_fhir
    data = json.loads((out / "document-references.json").read_text(encoding="utf-8"))
    bundle = Bundle.model_validate(data)
    assert bundle.type == "transaction"
    rows = {row["output"]: row for row in manifest_rows(out) if row["output"]}
    assert len(data["entry"]) == len(rows) == 3
    subjects = {}
    for entry in data["entry"]:
        document = entry["resource"]
        assert entry["request"] == {"method": "POST", "url": "DocumentReference"}
        assert document["status"] == "current"
        assert document["type"]["coding"] == [{"system": "http://loinc.org", "code": "59284-0",
                                               "display": "Consent Document"}]
        attachment = document["content"][0]["attachment"]
        pdf = (out / attachment["url"]).read_bytes()
        assert attachment["contentType"] == "application/pdf"
        assert attachment["size"] == len(pdf)
        assert attachment["hash"] == base64.b64encode(hashlib.sha1(pdf).digest()).decode()
        assert attachment["title"] == "Consent pack: Sacroiliac joint fusion"
        row = rows[attachment["url"]]
        assert f"leaflet {PROCEDURE} version 1.0 (content " in document["description"]
        assert f"NHS consent form {row['consent_form']}" in document["description"]
        assert document["author"] == [{"type": "Organization", "display": "Example General Hospital"}]
        assert document["date"] == row["generated_at"]
        subjects[document["context"]["related"][0]["reference"]] = (document["subject"]["identifier"],
                                                                    document["context"]["period"]["start"])
    assert subjects == {
        "ServiceRequest/op-smith": ({"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"},
                                    "2030-06-04"),
        "ServiceRequest/op-wojcik": ({"system": HOSPITAL_NUMBERS, "value": "RX2000002"}, "2030-06-04"),
        "ServiceRequest/op-child": ({"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9990000018"},
                                    "2030-06-05"),
    }


def test_generate_describes_its_one_pack(tmp_path):
    output = tmp_path / "jane.pdf"
    result = run("generate", PROCEDURE, "--patient", REPO / "tests" / "data" / "jane-smith.yaml", "-o", output,
                 "--fhir")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "document-references.json").read_text(encoding="utf-8"))
    Bundle.model_validate(data)
    (entry,) = data["entry"]
    assert entry["resource"]["content"][0]["attachment"]["url"] == "jane.pdf"
    assert "related" not in entry["resource"].get("context", {})


def test_a_hospital_number_needs_the_site_system_both_ways(tmp_path):
    only_hospital = dict(PATIENT, identifier=[{"system": HOSPITAL_NUMBERS, "value": "RX1"}])
    bundle = write_bundle(tmp_path / "list.json", only_hospital, operation())
    result = run("batch", bundle, "--check")
    assert ("entry 2 (ServiceRequest/op): subject.identifier: no identifier with the system "
            "https://fhir.nhs.uk/Id/nhs-number (set fhir.hospital_number_system in the site file") in flat(result.output)
    listing = tmp_path / "list.csv"
    listing.write_text("family_name,given_name,date_of_birth,hospital_number,procedure,side,consultant\n"
                       f"Smith,Jane,1961-03-12,RX1,{PROCEDURE},left,Ms A Khan\n", encoding="utf-8")
    result = run("batch", listing, "-o", tmp_path / "packs", "-q", "--fhir")
    assert result.exit_code == 1
    assert ("document-references.json: not written: a pack is for a patient known only by a hospital number; "
            "set fhir.hospital_number_system in the site file") in flat(result.output)
    assert list((tmp_path / "packs").glob("*.pdf"))


@pytest.mark.parametrize(("changes", "problem"), [
    ({"bodySite": [{"coding": [{"system": "http://snomed.info/sct", "code": "7771000"}]},
                   {"coding": [{"system": "http://snomed.info/sct", "code": "24028007"}]}]},
     "bodySite: gives more than one side (left, right)"),
    ({"code": {"coding": [{"system": "http://snomed.info/sct", "code": "123456"}]}},
     "code: no leaflet for SNOMED CT 123456"),
    ({"code": {"text": "a fusion"}}, "code: is missing; give the procedure as a coded concept"),
    ({"subject": {"reference": "Patient/elsewhere"}}, "subject: Patient/elsewhere is not in the Bundle"),
    ({"subject": {"reference": "Practitioner/k"}, "performer": []}, "subject: Practitioner/k is not a Patient"),
    ({"extension": [{"url": "urn:consentpack:fhir:extension:consent-form", "valueInteger": 2}]},
     "consent_form: form 2 is for a child or young person"),
    ({"extension": [{"url": "urn:consentpack:fhir:extension:consent-form", "valueInteger": 7}]},
     "extension (urn:consentpack:fhir:extension:consent-form): valueInteger must be 1, 2, 3 or 4"),
    ({"colour": "red"}, "colour: "),
])
def test_each_operation_problem_names_the_entry_resource_and_field(tmp_path, changes, problem):
    practitioner = {"resourceType": "Practitioner", "id": "k", "name": [{"text": "Ms A Khan"}]}
    bundle = write_bundle(tmp_path / "list.json", PATIENT, practitioner, operation(**changes))
    result = run("batch", bundle, "--check", "--library", LIBRARY)
    assert result.exit_code == 1
    assert "list.json entry 3 (ServiceRequest/op): " in result.output
    assert problem in flat(result.output)
    assert "Checked 1 rows: 1 with problems." in result.output


def test_an_entry_that_is_not_a_fhir_resource_is_reported_not_dropped(tmp_path):
    misspelt = dict(operation(), resourceType="ServiceReqest")
    practitioner = {"resourceType": "Practitioner", "id": "k", "name": [{"text": "Ms A Khan"}]}
    bundle = write_bundle(tmp_path / "list.json", PATIENT, practitioner, misspelt, {"id": "y"})
    result = run("batch", bundle, "--check", "--library", LIBRARY)
    assert ("list.json entry 3 (ServiceReqest/op): resource.resourceType: 'ServiceReqest' is not a FHIR R4 "
            "resource type") in result.output
    assert "list.json entry 4: resource.resourceType: is missing" in result.output
    assert "Checked 2 rows: 2 with problems." in result.output  # the Patient and Practitioner are no rows


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "is not valid JSON (line 1); a FHIR Bundle is expected"),
    ('{"resourceType": "Patient"}', "resourceType: must be Bundle"),
    ('{"resourceType": "Bundle", "type": "document"}', "type: must be one of collection, searchset, transaction"),
    ("[" * 100_000, "is not valid JSON"),
])
def test_a_file_that_is_no_bundle_is_refused_by_name(tmp_path, content, message):
    (tmp_path / "list.json").write_text(content, encoding="utf-8")
    result = run("batch", tmp_path / "list.json", "--check")
    assert result.exit_code == 1
    assert message in result.output


def test_a_leaflet_can_carry_its_own_codes(tmp_path):
    library = tmp_path / "library"
    (library / "leaflets").mkdir(parents=True)
    leaflet = yaml.safe_load((REPO / "leaflets" / f"{PROCEDURE}.yaml").read_text(encoding="utf-8"))
    leaflet["codes"] = [{"system": CODES, "code": "FROM-LEAFLET"}]
    (library / "leaflets" / f"{PROCEDURE}.yaml").write_text(yaml.safe_dump(leaflet, allow_unicode=True),
                                                            encoding="utf-8")
    shutil.copy(LIBRARY / "site.yaml", library / "site.yaml")
    coded = operation(code={"coding": [{"system": CODES, "code": "FROM-LEAFLET"}]})
    practitioner = {"resourceType": "Practitioner", "id": "k", "name": [{"text": "Ms A Khan"}]}
    result = run("batch", write_bundle(tmp_path / "list.json", PATIENT, practitioner, coded), "--check",
                 "--library", library)
    assert result.exit_code == 0, result.output
    assert "Checked 1 rows: 0 with problems." in result.output
