"""Hospital systems: a theatre list read from a FHIR R4 Bundle makes the same packs as the
same list in CSV, every operation in it is produced or reported by entry and resource, and
the packs are described back as DocumentReferences that fhir.resources validates."""

import base64
import csv
import hashlib
import json
import re
import shutil

import pytest
import yaml
from fhir.resources.R4B.bundle import Bundle

from consentpack.files.paths import display_path
from helpers.cli import run
from helpers.library import PROCEDURE, REPO
from helpers.patients import JANE, SAM, SAMS_PARENT
from helpers.pdf import flat, page_texts
from helpers.theatre_lists import FAMILIES, manifest_rows, nhs_number

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
        assert f"leaflet {PROCEDURE} version 1.1 (content " in document["description"]
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
    ("[" * 100_000, "nests objects or lists more than 30 levels deep"),
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


# --- Only booked operations of living patients, each of one identity --------------------

NHS = "https://fhir.nhs.uk/Id/nhs-number"
APPOINTMENT_STATUSES = "(status booked, pending, proposed, arrived or checked-in)"
ORDER = "only an order is printed (intent order, original-order, reflex-order, filler-order or instance-order)"
CANCELLED = "status: is cancelled; no pack is printed for a cancelled operation"
DIED = "records that the patient has died; no pack is printed"
DIED_ON = "2027-09-13"  # a deceasedDateTime: never in a message
AMBIGUOUS = "a Bundle holds each resource once: check which is right"


def patient(patient_id: str, seed: int, **changes) -> dict:
    """A test patient of its own: a name and NHS number no other patient in the Bundle has."""
    return {"resourceType": "Patient", "id": patient_id, "birthDate": f"19{50 + seed}-02-0{1 + seed % 9}",
            "identifier": [{"system": NHS, "value": nhs_number(300 + seed * 17)}],
            "name": [{"family": FAMILIES[seed % len(FAMILIES)], "given": [f"Test{seed}"]}], **changes}


def appointment(appointment_id: str, status: str, *patients: str, based_on: str | None = None, **changes) -> dict:
    return {"resourceType": "Appointment", "id": appointment_id, "status": status,
            "serviceType": [{"coding": [{"system": CODES, "code": "SIJF"}]}],
            "participant": [{"actor": {"reference": f"Patient/{p}"}, "status": "accepted"} for p in patients]
            + [{"actor": {"reference": "Practitioner/khan"}, "status": "accepted"}],
            **({"basedOn": [{"reference": f"ServiceRequest/{based_on}"}]} if based_on else {}), **changes}


class Crafted:
    """The sample Bundle, then crafted entries, each with the exact problem lines its row must get."""

    def __init__(self):
        self.entries = list(json.loads(BUNDLE.read_text(encoding="utf-8"))["entry"])
        self.expected: dict[int, tuple[str, list[str]]] = {}  # entry -> (resource, problems)
        self.good = [4, 6, 14]  # the sample's operations that make packs
        for number, label, problem in [
            (8, "ServiceRequest/op-bad-nhs", "nhs_number: fails the NHS number check digit; check it was copied "
                                             "correctly"),
            (10, "ServiceRequest/op-unknown-code", f"code: no leaflet for {CODES} KNEE1"),
            (11, "ServiceRequest/op-no-patient", "subject: is required"),
        ]:
            self.expected[number] = (label, [problem])

    def add(self, raw, *problems: str) -> int:
        """`raw` as the next entry (a resource is wrapped in one); returns its number."""
        is_resource = isinstance(raw, dict) and "resourceType" in raw
        self.entries.append({"resource": raw} if is_resource else raw)
        number = len(self.entries)
        if problems:
            label = f"{raw['resourceType']}/{raw['id']}" if is_resource else ""
            self.expected[number] = (label, list(problems))
        return number

    def write(self, path):
        path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": self.entries}),
                        encoding="utf-8")
        return path

    def lines(self, path) -> list[str]:
        name = display_path(path)
        return sorted(f"{name} entry {number}" + (f" ({label})" if label else "") + f": {problem}"
                      for number, (label, problems) in self.expected.items() for problem in problems)


def smiths_operation(operation_id: str, **changes) -> dict:
    """An operation for the sample's Jane Smith, as the sample books hers."""
    return operation(id=operation_id, subject={"reference": "Patient/smith"},
                     performer=[{"reference": "Practitioner/khan"}], **changes)


def crafted_bundle(path):
    bundle = Crafted()
    for status in ("draft", "on-hold", "revoked", "completed", "entered-in-error", "unknown"):
        bundle.add(smiths_operation(f"op-{status}", status=status),
                   f"status: is {status}; only an active request is printed")
    bundle.add(smiths_operation("op-odd-status", status="postponed"),
               "status: is not a FHIR request-status code; only an active request is printed")
    for intent in ("proposal", "plan", "directive", "option"):
        bundle.add(smiths_operation(f"op-{intent}", intent=intent), f"intent: is {intent}; {ORDER}")
    bundle.add(smiths_operation("op-revoked-plan", status="revoked", intent="plan"),
               "status: is revoked; only an active request is printed", f"intent: is plan; {ORDER}")
    # Appointments of their own that are no booking
    bundle.add(appointment("appt-cancelled", "cancelled", "smith"), CANCELLED)
    for status in ("noshow", "entered-in-error", "fulfilled", "waitlist"):
        bundle.add(appointment(f"appt-{status}", status, "smith"),
                   f"status: is {status}; only a booked appointment is printed {APPOINTMENT_STATUSES}")
    # an active request whose only booking is cancelled; one booked again, on another day
    bundle.add(smiths_operation("op-booking-cancelled", occurrenceDateTime="2030-06-01T09:00:00Z"),
               f"booking (Appointment/appt-booking-cancelled) {CANCELLED}")
    bundle.add(appointment("appt-booking-cancelled", "cancelled", "smith", based_on="op-booking-cancelled",
                           start="2030-06-01T09:00:00Z", end="2030-06-01T11:00:00Z"))
    bundle.add(patient("rebooked", 1))
    bundle.add(appointment("appt-first", "cancelled", "rebooked", based_on="op-rebooked",
                           start="2030-06-01T09:00:00Z", end="2030-06-01T11:00:00Z"))
    bundle.good.append(bundle.add(operation(id="op-rebooked", subject={"reference": "Patient/rebooked"},
                                            performer=[{"reference": "Practitioner/khan"}])))
    bundle.add(appointment("appt-again", "booked", "rebooked", based_on="op-rebooked",
                           start="2030-06-08T09:00:00Z", end="2030-06-08T11:00:00Z"))
    # patients who have died
    bundle.add(patient("died", 2, deceasedBoolean=True))
    bundle.add(operation(id="op-died", subject={"reference": "Patient/died"}), f"subject.deceasedBoolean: {DIED}")
    bundle.add(patient("died-on", 3, deceasedDateTime=f"{DIED_ON}T08:15:00+01:00"))
    bundle.add(operation(id="op-died-on", subject={"reference": "Patient/died-on"}),
               f"subject.deceasedDateTime: {DIED}")
    # one person, one identity
    two_numbers = patient("two-numbers", 4)
    two_numbers["identifier"].append({"system": NHS, "value": nhs_number(900)})
    bundle.add(two_numbers)
    bundle.add(operation(id="op-two-numbers", subject={"reference": "Patient/two-numbers"}),
               "subject.identifier: gives 2 different NHS numbers; a patient has one, so check which is right")
    two_hospital = patient("two-hospital", 5)
    two_hospital["identifier"] += [{"system": HOSPITAL_NUMBERS, "value": "RX5"},
                                   {"system": HOSPITAL_NUMBERS, "value": "RX6"}]
    bundle.add(two_hospital)
    bundle.add(operation(id="op-two-hospital", subject={"reference": "Patient/two-hospital"}),
               f"subject.identifier: gives 2 different hospital numbers in {HOSPITAL_NUMBERS}; a patient has one, "
               "so check which is right")
    twins = [bundle.add(patient("twin", 6)), bundle.add(patient("twin", 7))]
    bundle.add(operation(id="op-twin", subject={"reference": "Patient/twin"}),
               f"subject: Patient/twin is in entries {twins[0]} and {twins[1]}; {AMBIGUOUS}")
    doctors = [bundle.add({"resourceType": "Practitioner", "id": "twin-doctor", "name": [{"text": f"Dr {n}"}]})
               for n in "AB"]
    bundle.add(patient("doctor-twin", 8))
    bundle.add(operation(id="op-twin-doctor", subject={"reference": "Patient/doctor-twin"},
                         performer=[{"reference": "Practitioner/twin-doctor"}]),
               f"performer: Practitioner/twin-doctor is in entries {doctors[0]} and {doctors[1]}; {AMBIGUOUS}")
    twice = [len(bundle.entries) + 1, len(bundle.entries) + 2]
    for _ in twice:
        bundle.add(smiths_operation("op-twice"),
                   f"id: ServiceRequest/op-twice is in entries {twice[0]} and {twice[1]}; {AMBIGUOUS}")
    bundle.add(patient("mixed-a", 9))
    bundle.add(patient("mixed-b", 10))
    bundle.add(operation(id="op-mixed", subject={"reference": "Patient/mixed-a"}),
               "booking (Appointment/appt-mixed) participant: Patient/mixed-b is not the request's subject "
               "(Patient/mixed-a); check which patient the operation is for")
    bundle.add(appointment("appt-mixed", "booked", "mixed-b", based_on="op-mixed"))
    bundle.add(appointment("appt-two-patients", "booked", "mixed-a", "mixed-b"),
               "participant: names 2 different patients (Patient/mixed-a, Patient/mixed-b); an operation is for "
               "one patient")
    bundle.add(operation(id="op-conditional",
                         subject={"reference": f"Patient?identifier={NHS}|{nhs_number(300 + 9 * 17)}"}),
               "subject: (a conditional reference, not shown) is not in the Bundle")
    # one NHS number for two people, in two entries
    sharing = [patient("shares-a", 11), patient("shares-b", 12)]
    sharing[1]["identifier"] = sharing[0]["identifier"]
    for person in sharing:
        bundle.add(person)
    first = len(bundle.entries) + 1
    for person in sharing:
        bundle.add(operation(id=f"op-{person['id']}", subject={"reference": f"Patient/{person['id']}"}),
                   f"nhs_number: entries {first} and {first + 1} give it to different people; check which is right")
    # entries that hold no resource
    for raw, problem in [
        (None, "is null; a Bundle entry must be an object holding a resource"),
        (5, "is a number; a Bundle entry must be an object holding a resource"),
        ("Patient/smith", "is text; a Bundle entry must be an object holding a resource"),
        ([{"resource": PATIENT}], "is a list; a Bundle entry must be an object holding a resource"),
        ({}, "resource: is missing; a Bundle entry must hold a resource"),
        ({"fullUrl": "urn:uuid:3f1c1f1e-0d51-4b0a-9d7e-2f9a1c0b7d11"}, "resource: is missing; a Bundle entry must "
                                                                       "hold a resource"),
        ({"resource": 5}, "resource: is a number; it must be a FHIR resource, an object with a resourceType"),
        ({"resource": {}}, "resource.resourceType: is missing"),
    ]:
        bundle.add(raw, problem)
    return bundle, bundle.write(path)


@pytest.fixture(scope="module")
def crafted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crafted")
    bundle, path = crafted_bundle(folder / "list.json")
    out = folder / "packs"
    result = run("batch", path, "-o", out, "-q", "--library", LIBRARY, "--generated-at", "2026-11-27", "--fhir",
                 "--jobs", "2")
    return bundle, path, out, result


def test_each_refused_entry_gets_exactly_its_problems(crafted):
    bundle, path, _, result = crafted
    assert result.exit_code == 1
    reported = sorted(line for line in result.output.splitlines() if re.match(r"\S+ entry \d+", line))
    assert reported == bundle.lines(path)


def test_only_the_good_entries_make_packs_and_the_booked_day_is_the_date(crafted):
    bundle, _, out, _ = crafted
    rows = manifest_rows(out)
    assert {int(row["row"]) for row in rows if row["status"] == "produced"} == set(bundle.good)
    assert {int(row["row"]) for row in rows if row["status"] == "failed"} == set(bundle.expected)
    assert sorted(path.name for path in out.glob("*.pdf")) == sorted(row["output"] for row in rows
                                                                     if row["status"] == "produced")
    documents = json.loads((out / "document-references.json").read_text(encoding="utf-8"))["entry"]
    dates = {document["resource"]["context"]["related"][0]["reference"]: document["resource"]["context"]["period"]
             for document in documents}
    assert dates["ServiceRequest/op-rebooked"] == {"start": "2030-06-08"}  # the cancelled booking's day is not


def test_no_message_gives_a_date_of_death_or_a_searched_number(crafted):
    _, _, _, result = crafted
    for value in (DIED_ON, "13/09/2027", "2027", nhs_number(300 + 9 * 17), nhs_number(900)):
        assert value not in result.output


def test_every_order_intent_and_every_booking_status_prints(tmp_path):
    resources, count = [], 0
    for seed, intent in enumerate(("order", "original-order", "reflex-order", "filler-order", "instance-order")):
        resources += [patient(f"p{seed}", seed), operation(id=f"op{seed}", intent=intent,
                                                           subject={"reference": f"Patient/p{seed}"})]
        count += 1
    for seed, status in enumerate(("booked", "pending", "proposed", "arrived", "checked-in"), start=10):
        resources += [patient(f"p{seed}", seed), operation(id=f"op{seed}", subject={"reference": f"Patient/p{seed}"}),
                      appointment(f"a{seed}", status, f"p{seed}", based_on=f"op{seed}")]
        count += 1
    same_number_twice = patient("p20", 20)
    number = same_number_twice["identifier"][0]["value"]
    same_number_twice["identifier"].append({"system": NHS, "value": f"{number[:3]} {number[3:6]} {number[6:]}"})
    resources += [same_number_twice, operation(id="op20", subject={"reference": "Patient/p20"}),
                  patient("p21", 21, deceasedBoolean=False), operation(id="op21", subject={"reference": "Patient/p21"})]
    result = run("batch", write_bundle(tmp_path / "list.json", *resources), "--check", "--library", LIBRARY)
    assert result.exit_code == 0, result.output
    assert f"Checked {count + 2} rows: 0 with problems." in result.output
