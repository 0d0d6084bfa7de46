"""Theatre lists: CSV, Excel and FHIR readers give the same rows, an empty value is missing
whichever reader found it, and a FHIR code listed only by a broken leaflet names that leaflet."""

import json
import re
import shutil
import subprocess
import sys

import pytest
from openpyxl import Workbook

from consentpack.files.paths import display_path
from consentpack.lists.rows import COLUMNS
from helpers.cli import run
from helpers.library import PROCEDURE, REPO
from helpers.theatre_lists import manifest_rows, patient_row, write_list

LIBRARY = REPO / "tests" / "data" / "fhir-library"  # the built-in leaflets, and the site's FHIR codes
CODES = "https://example.org/fhir/CodeSystem/theatre-procedures"
SNOMED_CT = "http://snomed.info/sct"
HEADER = ["family_name", "given_name", "date_of_birth", "nhs_number", "procedure", "side", "consultant"]
# Jane Smith with no family name and no consultant: an empty cell and a cell of spaces, or in
# FHIR a HumanName without `family` and a performer whose name is spaces.
NO_NAME = ["", "Jane", "1961-03-12", "9434765919", PROCEDURE, "left", "   "]
PATIENT = {"resourceType": "Patient", "id": "p", "birthDate": "1961-03-12",
           "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}],
           "name": [{"family": "Smith", "given": ["Jane"]}]}
PRACTITIONER = {"resourceType": "Practitioner", "id": "k", "name": [{"text": "Ms A Khan"}]}
ROW_PREFIX = re.compile(r"\S+ (?:row|entry) \d+(?: \([^)]*\))?: ")


def operation(code: str, system: str = CODES, **changes) -> dict:
    return {"resourceType": "ServiceRequest", "id": f"op-{code.lower()}", "status": "active",
            "intent": "order", "subject": {"reference": "Patient/p"},
            "code": {"coding": [{"system": system, "code": code}]},
            "bodySite": [{"coding": [{"system": SNOMED_CT, "code": "7771000"}]}], **changes}


def write_bundle(path, *resources):
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection",
                                "entry": [{"resource": resource} for resource in resources]}), encoding="utf-8")
    return path


def row_problems(output: str) -> list[str]:
    """Each row's problems, without the 'LIST row N: ' or 'BUNDLE entry N (...): ' that names it."""
    return [line[match.end():] for line in output.splitlines() if (match := ROW_PREFIX.match(line))]


def test_an_empty_value_reads_the_same_from_csv_xlsx_and_fhir(tmp_path):
    csv_list = tmp_path / "list.csv"
    csv_list.write_text(",".join(HEADER) + "\n" + ",".join(NO_NAME) + "\n", encoding="utf-8")
    workbook = Workbook()
    workbook.active.append(HEADER)
    workbook.active.append([" " if cell == "" else cell for cell in NO_NAME])  # spaces where the CSV is empty
    workbook.save(tmp_path / "list.xlsx")
    bundle = write_bundle(tmp_path / "list.json", {**PATIENT, "name": [{"given": ["Jane"]}]},
                          operation("SIJF", performer=[{"reference": "Practitioner/k", "display": "   "}]))
    found = {}
    for listing in (csv_list, tmp_path / "list.xlsx", bundle):
        result = run("batch", listing, "--check", "--library", LIBRARY)
        assert result.exit_code == 1, result.output
        found[listing.suffix] = row_problems(result.output)
    assert found[".csv"] == ["family_name: is required", "consultant: is required"]
    assert found[".xlsx"] == found[".json"] == found[".csv"]


def leaflet_text(leaflet_id: str) -> str:
    text = (REPO / "leaflets" / f"{PROCEDURE}.yaml").read_text(encoding="utf-8")
    return text.replace(f"id: {PROCEDURE}", f"id: {leaflet_id}")


@pytest.fixture
def fhir_library(tmp_path):
    """A library folder with the site file of FHIR codes, for a test to add a leaflet to."""
    folder = tmp_path / "library"
    (folder / "leaflets").mkdir(parents=True)
    shutil.copy(LIBRARY / "site.yaml", folder / "site.yaml")
    return folder


SNOMED_CODE = "codes:\n  - system: http://snomed.info/sct\n    code: {}\n"
SITE_CODE = f"  - system: {CODES}\n    code: SIJF\n"  # the site file maps it to another leaflet


@pytest.mark.parametrize(("broken", "field_problem"), [
    (lambda text: text + SNOMED_CODE.format("274025005"), "codes[0].code (line"),  # a YAML number, not text
    (lambda text: re.sub(r"^approved_by:.*\n", "", text, flags=re.MULTILINE)
     + SNOMED_CODE.format("'274025005'") + SITE_CODE, "approved_by: is required"),
], ids=["unquoted-code", "no-approver"])
def test_a_code_only_a_broken_leaflet_lists_reports_that_leaflet(tmp_path, fhir_library, broken, field_problem):
    (fhir_library / "leaflets" / "knee-arthroscopy.yaml").write_text(broken(leaflet_text("knee-arthroscopy")),
                                                                encoding="utf-8")
    bundle = write_bundle(tmp_path / "list.json", PATIENT, PRACTITIONER,
                          operation("274025005", SNOMED_CT, performer=[{"reference": "Practitioner/k"}]),
                          operation("SIJF", performer=[{"reference": "Practitioner/k"}]))
    result = run("batch", bundle, "--check", "--library", fhir_library)
    assert result.exit_code == 1, result.output
    leaflet_problem = next(line for line in result.output.splitlines() if line.startswith("Bad "))
    assert leaflet_problem.endswith("leaflets/knee-arthroscopy.yaml content:")
    assert field_problem in result.output
    assert "entry 3 (ServiceRequest/op-274025005): procedure: the leaflet 'knee-arthroscopy' cannot be used " \
           "(see above)" in result.output
    assert "no leaflet for" not in result.output
    # the site file's code goes to the site file's leaflet, whoever else lists it
    assert "entry 4" not in result.output
    assert "Checked 2 rows: 1 with problems." in result.output


def test_a_code_no_leaflet_lists_names_a_leaflet_that_cannot_be_read(tmp_path, fhir_library):
    (fhir_library / "leaflets" / "knee-arthroscopy.yaml").write_text(
        leaflet_text("knee-arthroscopy") + "codes:\n  - system: [unclosed\n", encoding="utf-8")
    bundle = write_bundle(tmp_path / "list.json", PATIENT, operation("274025005", SNOMED_CT))
    result = run("batch", bundle, "--check", "--library", fhir_library)
    assert result.exit_code == 1, result.output
    problem = next(line for line in row_problems(result.output) if line.startswith("code:"))
    assert re.fullmatch(r"code: no leaflet for SNOMED CT 274025005; a leaflet that may list it cannot be read: "
                        r"\S+leaflets/knee-arthroscopy\.yaml: line \d+: not valid YAML: .+", problem), problem


def test_a_spreadsheet_list_loads_no_fhir_models(tmp_path):
    """They take most of a second to import; only a Bundle needs them."""
    listing = tmp_path / "list.csv"
    listing.write_text(",".join(HEADER) + "\n" + ",".join(NO_NAME) + "\n", encoding="utf-8")
    script = ("import sys\nfrom pathlib import Path\nfrom consentpack.lists.reader import read_theatre_list\n"
              "read_theatre_list(Path(sys.argv[1]))\n"
              "print('LOADED', sorted(m for m in sys.modules if m.startswith('fhir.resources')))")
    completed = subprocess.run([sys.executable, "-c", script, str(listing)], cwd=REPO, capture_output=True,
                               text=True, check=False)
    assert completed.stdout.splitlines()[-1] == "LOADED []", completed.stdout + completed.stderr


# --- The status column: only a booked operation is printed -------------------------------

CANCELLED = "status: is cancelled; no pack is printed for a cancelled operation"
UNKNOWN_STATUS = "status: must be empty, booked, scheduled, confirmed (the pack is printed) or cancelled (it is not)"
STATUSES = ["", "booked", "Scheduled", " CONFIRMED ", "cancelled", "Canceled", "postponed", "Did not attend"]


def status_rows() -> list[dict]:
    """A patient of its own for each status, all for the built-in leaflet."""
    return [patient_row(n, procedure=PROCEDURE, side="left", status=status) for n, status in enumerate(STATUSES)]


def save_workbook(path, rows: list[dict]):
    workbook = Workbook()
    workbook.active.append(list(COLUMNS))
    for row in rows:
        workbook.active.append([row.get(column, "") for column in COLUMNS])
    workbook.save(path)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_cancelled_or_unknown_status_is_a_row_problem(tmp_path, suffix):
    listing = tmp_path / f"list{suffix}"
    (write_list if suffix == ".csv" else save_workbook)(listing, status_rows())
    result = run("batch", listing, "--check")
    assert result.exit_code == 1, result.output
    problems = [line for line in result.output.splitlines() if line.startswith(display_path(listing))]
    assert problems == [f"{display_path(listing)} row {number}: {problem}" for number, problem in [
        (6, CANCELLED), (7, CANCELLED), (8, UNKNOWN_STATUS), (9, UNKNOWN_STATUS)]]
    assert "postponed" not in result.output.lower()
    assert "attend" not in result.output
    assert "Checked 8 rows: 4 with problems." in result.output


def test_no_pack_is_made_for_a_cancelled_row_and_the_booked_pack_is_unchanged(tmp_path):
    rows = status_rows()
    with_status = write_list(tmp_path / "with-status.csv", [rows[1], rows[4], rows[6]])
    older = [column for column in COLUMNS if column != "status"]  # a list saved before the column was
    without = tmp_path / "without.csv"
    without.write_text(",".join(older) + "\n" + ",".join(rows[1].get(column, "") for column in older) + "\n",
                       encoding="utf-8")
    made = {}
    for listing in (with_status, without):
        out = tmp_path / listing.stem
        result = run("batch", listing, "-o", out, "-q", "--generated-at", "2026-11-27", "--jobs", "1")
        made[listing.stem] = [(row["row"], row["status"], row["output"]) for row in manifest_rows(out)]
        assert sorted(path.name for path in out.glob("*.pdf")) == [made[listing.stem][0][2]], result.output
    assert made["with-status"][1:] == [("3", "failed", ""), ("4", "failed", "")]
    name = made["without"][0][2]
    assert (tmp_path / "with-status" / name).read_bytes() == (tmp_path / "without" / name).read_bytes()


def test_a_cancelled_operation_reads_the_same_from_csv_xlsx_and_fhir(tmp_path):
    row = patient_row(0, procedure=PROCEDURE, side="left", status="Cancelled")
    write_list(tmp_path / "list.csv", [row])
    save_workbook(tmp_path / "list.xlsx", [row])
    own = {"resourceType": "Appointment", "id": "appt", "status": "cancelled",
           "serviceType": [{"coding": [{"system": CODES, "code": "SIJF"}]}],
           "participant": [{"actor": {"reference": "Patient/p"}, "status": "accepted"}]}
    booking = {**own, "id": "booking", "basedOn": [{"reference": "ServiceRequest/op-sijf"}]}
    write_bundle(tmp_path / "list.json", PATIENT, own)
    write_bundle(tmp_path / "booked.json", PATIENT, operation("SIJF"), booking)
    found = {}
    for name in ("list.csv", "list.xlsx", "list.json", "booked.json"):
        result = run("batch", tmp_path / name, "--check", "--library", LIBRARY)
        assert result.exit_code == 1, result.output
        found[name] = row_problems(result.output)
    assert found["list.csv"] == found["list.xlsx"] == found["list.json"] == [CANCELLED]
    assert found["booked.json"] == [f"booking (Appointment/booking) {CANCELLED}"]
