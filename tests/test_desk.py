"""The clinic desk through Flask's test client: every page and route, every refusal in the
engine's own words, CSRF, the upload limits, the token, the security headers, and a log that
never holds a patient's details. The same pages in a real browser: test_desk_browser.py."""

import html
import io
import logging
import re
import tempfile
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from consentpack.desk.app import DeskOptions, create_app
from consentpack.desk.engine import DeskEngine
from consentpack.library.folders import Library
from helpers.cli import patient_args, run
from helpers.library import PROCEDURE, REPO
from helpers.packs import printed_pack_id
from helpers.patients import JANE
from helpers.pdf import flat, page_texts

TOKEN = "a-token-of-at-least-16-characters"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """One warm engine for the module, on a library that adds an expired leaflet to the built-in ones."""
    library = tmp_path_factory.mktemp("library")
    (library / "leaflets").mkdir()
    leaflet = yaml.safe_load((REPO / "leaflets" / f"{PROCEDURE}.yaml").read_text(encoding="utf-8"))
    leaflet.update(id="old-fusion", title="Old joint fusion", published=(date.today() - timedelta(days=1100)).isoformat(),
                   review_due=(date.today() - timedelta(days=1)).isoformat())
    (library / "leaflets" / "old-fusion.yaml").write_text(yaml.safe_dump(leaflet, allow_unicode=True), encoding="utf-8")
    return DeskEngine(Library.open(library), None)


def client_for(engine, **options):
    return create_app(engine, DeskOptions(jobs=1, **options)).test_client()


@pytest.fixture
def desk(engine):
    return client_for(engine)


def csrf(client, path="/") -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).get_data(as_text=True)).group(1)


def post_patient(client, fields, procedure=PROCEDURE, with_csrf=True):
    data = dict(fields, csrf_token=csrf(client, f"/pack/{procedure}")) if with_csrf else fields
    return client.post(f"/pack/{procedure}", data=data)


def pdf_pages(data: bytes) -> list[str]:
    return [flat(text) for text in page_texts(data)]


def errors_beside(html: str) -> dict[str, list[str]]:
    """Each field's error messages, as the page shows them beside it."""
    found = {}
    for group in re.findall(r'<div class="nhsuk-form-group nhsuk-form-group--error">(.*?)</div>\s*(?=<div|</fieldset|<textarea|$)',
                            html, re.S):
        name = re.search(r'for="([^"]+)"', group)
        messages = re.findall(r'<span class="nhsuk-u-visually-hidden">Error:</span> ([^<]+)</span>', group)
        if name:
            found[name.group(1)] = [message.strip() for message in messages]
    return found


# --- home ---------------------------------------------------------------------------------------

def test_home_lists_each_procedure_with_version_and_review_date_and_marks_the_expired(desk):
    page = desk.get("/").get_data(as_text=True)
    assert f'href="/pack/{PROCEDURE}">Sacroiliac joint fusion</a>' in page
    row = re.search(r'<tr class="nhsuk-table__row" data-search="old joint fusion old-fusion">(.*?)</tr>', page, re.S).group(1)
    assert (date.today() - timedelta(days=1)).isoformat() in row
    assert "Past review date" in row
    fusion = re.search(rf'data-search="sacroiliac joint fusion {PROCEDURE}">(.*?)</tr>', page, re.S).group(1)
    assert "1.1" in fusion
    assert "Past review date" not in fusion


def test_search_without_javascript_filters_by_name(desk):
    page = desk.get("/?q=old").get_data(as_text=True)
    assert "Old joint fusion" in page
    assert "Sacroiliac joint fusion</a>" not in page
    assert "No procedure matches “knee”." in desk.get("/?q=knee").get_data(as_text=True)


# --- one patient --------------------------------------------------------------------------------

def test_the_form_asks_for_the_patient_in_the_order_of_generate(desk):
    page = desk.get(f"/pack/{PROCEDURE}").get_data(as_text=True)
    names = re.findall(r'<(?:input|textarea|select)[^>]* name="([a-z_]+)"', page)
    assert names == ["csrf_token", "family_name", "given_name", "date_of_birth", "nhs_number", "hospital_number",
                     "side", "procedure_date", "consultant", "notes", "additional_risks", "consent_form",
                     "lacks_capacity", "parent_name", "parent_relationship", "consulted", "attorney", "large_print",
                     "language", "allow_draft_translation"]
    assert 'for="family_name">Family name</label>' in page
    assert "Family name (surname)." in page


def test_making_the_pack_returns_the_pdf_with_the_patient_on_every_page(desk):
    response = post_patient(desk, {**JANE, "additional_risks": "Diabetes: slower healing\nSmoker"})
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.headers["Content-Disposition"] == f'inline; filename="9434765919-smith-{PROCEDURE}.pdf"'
    assert response.headers["Cache-Control"] == "no-store"
    pages = pdf_pages(response.data)
    assert len(pages) > 10
    assert all("SMITH, Jane" in text and "943 476 5919" in text for text in pages)
    assert "Diabetes: slower healing" in " ".join(pages)
    assert "Smoker" in " ".join(pages)


def test_each_error_is_shown_beside_its_field_in_the_cli_words(desk):
    response = post_patient(desk, {**JANE, "nhs_number": "943 476 5910", "side": "", "date_of_birth": "31/02/1961"})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    beside = errors_beside(page)
    assert beside["nhs_number"] == ["fails the NHS number check digit; check it was copied correctly"]
    assert beside["date_of_birth"][0].startswith("is not a real date")
    assert 'value="943 476 5910"' in page  # what was typed stays in the form
    assert '<h2 class="nhsuk-error-summary__heading">There is a problem</h2>' in page
    assert '<a href="#nhs_number">NHS number: fails the NHS number check digit' in page
    cli = run("generate", PROCEDURE, *patient_args(nhs_number="943 476 5910"),
              "-o", Path(tempfile.gettempdir()) / "never-written.pdf")
    assert "nhs_number: fails the NHS number check digit; check it was copied correctly" in cli.output


def test_a_sided_procedure_without_a_side_is_refused_beside_the_side(desk):
    response = post_patient(desk, {**JANE, "side": ""})
    assert response.status_code == 422
    assert errors_beside(response.get_data(as_text=True))["side"] == [
        "is required for sacroiliac joint fusion: left, right or both"]


def test_the_consent_form_choice_follows_the_preflight_rules(desk):
    child = {**JANE, "given_name": "Sam", "date_of_birth": "2016-05-01", "nhs_number": "9990000018"}
    refused = post_patient(desk, child)
    assert refused.status_code == 422
    assert "is required for consent form 2: the name of the parent or guardian who signs" in \
        errors_beside(refused.get_data(as_text=True))["parent_name"]
    made = post_patient(desk, {**child, "parent_name": "Anna Smith", "parent_relationship": "mother"})
    assert made.status_code == 200
    assert "Consent form 2: Parental agreement" in " ".join(pdf_pages(made.data))
    adult_on_form_2 = post_patient(desk, {**JANE, "consent_form": "2"})
    assert errors_beside(adult_on_form_2.get_data(as_text=True))["consent_form"][0].startswith(
        "form 2 is for a child or young person")


def test_an_expired_leaflet_needs_the_same_override_as_the_cli(desk):
    form = desk.get("/pack/old-fusion").get_data(as_text=True)
    assert "Past its review date" in form
    assert 'name="allow_expired"' in form
    refused = post_patient(desk, JANE, procedure="old-fusion")
    assert refused.status_code == 422
    assert "is past its review date" in refused.get_data(as_text=True)
    made = post_patient(desk, {**JANE, "allow_expired": "yes"}, procedure="old-fusion")
    assert made.status_code == 200
    assert all("This leaflet was due for review on" in text for text in pdf_pages(made.data))


def test_an_unknown_procedure_is_a_404_that_names_the_known_ones(desk):
    response = desk.get("/pack/knee-thing")
    assert response.status_code == 404
    assert ("No leaflet called 'knee-thing'. Known procedures: old-fusion, sacroiliac-joint-fusion"
            in html.unescape(response.get_data(as_text=True)))


def test_every_form_post_needs_its_csrf_token(desk):
    for data in (JANE, {**JANE, "csrf_token": "forged"}):
        response = desk.post(f"/pack/{PROCEDURE}", data=data)
        assert response.status_code == 400
        assert "This form has expired or did not come from the desk" in response.get_data(as_text=True)
    assert desk.post("/list", data={}).status_code == 400


# --- theatre list -------------------------------------------------------------------------------

def upload(client, data: bytes, name="theatre-list.csv", **form):
    return client.post("/list", data={"csrf_token": csrf(client, "/list"), **form,
                                      "theatre_list": (io.BytesIO(data), name)}, content_type="multipart/form-data")


def test_a_theatre_list_is_checked_then_made_into_a_zip_and_nothing_is_kept(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # this test's alone, whatever else runs
    desk = client_for(engine)
    listing = (REPO / "tests" / "data" / "theatre-list.csv").read_bytes()
    checked = upload(desk, listing)
    assert checked.status_code == 303
    assert len(list(tmp_path.glob("consentpack-desk-*"))) == 1  # the job's folder, while it lasts
    job = checked.headers["Location"]
    page = desk.get(job).get_data(as_text=True)
    rows = len(listing.decode("utf-8").splitlines()) - 1
    made_count = int(re.search(r"Make (\d+) packs?", page).group(1))
    assert f"{rows} rows checked: {made_count} can be made" in page

    assert desk.post(f"{job}/make", data={"csrf_token": csrf(desk, job)}).status_code == 303
    for _ in range(300):
        page = desk.get(job).get_data(as_text=True)
        if "Download the packs (ZIP)" in page or "cannot be used" in page:
            break
        assert '<meta http-equiv="refresh" content="2">' in page
        assert "<progress" in page
        time.sleep(0.2)
    assert f"Made {made_count} packs" in page
    response = desk.get(f"{job}/packs.zip")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    archive = zipfile.ZipFile(io.BytesIO(response.data))
    names = archive.namelist()
    assert "manifest.csv" in names
    assert "print-all.pdf" in names
    packs = [name for name in names if name.endswith(".pdf") and name != "print-all.pdf"]
    assert len(packs) == made_count
    assert all("SMITH, Jane" in text for text in page_texts(archive.read(f"9434765919-smith-{PROCEDURE}.pdf")))
    assert desk.get(job).status_code == 404  # the job's folder went once the ZIP was sent
    assert not list(tmp_path.glob("consentpack-desk-*"))


def test_row_problems_are_shown_before_anything_is_made(desk):
    bad = ("family_name,given_name,date_of_birth,nhs_number,procedure,side,consultant\n"
           f"Smith,Jane,1961-03-12,943 476 5910,{PROCEDURE},left,Ms A Khan\n").encode()
    page = desk.get(upload(desk, bad).headers["Location"]).get_data(as_text=True)
    assert "theatre-list.csv row 2: nhs_number: fails the NHS number check digit" in page
    assert "No row can be made." in page
    assert "Make " not in page


def test_uploads_are_limited_in_size_rows_and_kind(engine):
    small = client_for(engine, max_upload_bytes=2000, max_rows=1)
    too_big = upload(small, b"family_name\n" + b"x" * 3000)
    assert too_big.status_code == 413
    assert "The upload is larger than the desk takes (0.00190735 MB)" in too_big.get_data(as_text=True)
    two_rows = ("family_name,given_name,date_of_birth,nhs_number,procedure,side,consultant\n"
                + f"Smith,Jane,1961-03-12,943 476 5919,{PROCEDURE},left,Ms A Khan\n" * 2).encode()
    page = small.get(upload(small, two_rows).headers["Location"]).get_data(as_text=True)
    assert "theatre-list.csv: has 2 patient rows; the desk takes at most 1 at a time" in page
    wrong = upload(small, b"hello", name="list.docx")
    assert wrong.status_code == 422
    assert "The theatre list must be a CSV or XLSX file, or a FHIR Bundle (.json)" in wrong.get_data(as_text=True)


def test_another_session_cannot_see_a_list(engine):
    first, second = client_for(engine), client_for(engine)
    job = upload(first, b"family_name\n").headers["Location"]
    assert first.get(job).status_code == 200
    assert second.get(job).status_code == 404


# --- library check ------------------------------------------------------------------------------

def test_the_library_check_is_a_table_of_check_findings(desk):
    page = desk.get("/check").get_data(as_text=True)
    assert "<th scope=\"col\" class=\"nhsuk-table__header\">Severity</th>" in page
    assert "leaflets/old-fusion.yaml (hospital library)" in page
    assert "review_due" in page
    assert f"leaflets/{PROCEDURE}.yaml (built-in library)" in page
    assert str(REPO) not in page


# --- the API ------------------------------------------------------------------------------------

def test_the_api_returns_the_pdf_and_its_pack_id(desk, tmp_path):
    response = desk.post("/api/packs", json={"procedure": PROCEDURE, "patient": JANE,
                                              "options": {"consent_form": 1, "large_print": True}})
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    pages = pdf_pages(response.data)
    assert response.headers["X-Pack-Pages"] == str(len(pages))
    (tmp_path / "pack.pdf").write_bytes(response.data)
    assert response.headers["X-Pack-Id"] == printed_pack_id(tmp_path / "pack.pdf")
    assert response.headers["Cache-Control"] == "no-store"


ADULT_ON_FORM_2 = [
    ("options.consent_form", "form 2 is for a child or young person, and the patient is 18 or over on the date the "
                             "pack is printed; use form 1, or form 4 if they lack capacity"),
    ("patient.parent_name", "is required for consent form 2: the name of the parent or guardian who signs"),
    ("patient.parent_relationship", "is required for consent form 2: their relationship to the child, such as mother"),
]


@pytest.mark.parametrize(("body", "problems"), [
    ({"procedure": PROCEDURE, "patient": {**JANE, "nhs_number": "943 476 5910"}},
     [("patient.nhs_number", "fails the NHS number check digit; check it was copied correctly")]),
    ({"procedure": PROCEDURE, "patient": {**JANE, "side": None}},
     [("patient.side", "is required for sacroiliac joint fusion: left, right or both")]),
    ({"procedure": PROCEDURE, "patient": JANE, "options": {"consent_form": 2}}, ADULT_ON_FORM_2),
    ({"procedure": PROCEDURE, "patient": JANE, "options": {"consent_form": "Form 2"}}, ADULT_ON_FORM_2),
    ({"procedure": PROCEDURE, "patient": JANE, "options": {"consent_form": "Form 5"}},
     [("options.consent_form", "must be auto, 1, 2, 3 or 4")]),
    ({"procedure": PROCEDURE, "patient": JANE, "options": {"colour": "red"}},
     [("options.colour", "is not a known field (check the spelling)")]),
    ({"procedure": "knee-thing", "patient": JANE},
     [("procedure", "No leaflet called 'knee-thing'. Known procedures: old-fusion, sacroiliac-joint-fusion")]),
    ({"patient": JANE}, [("procedure", "is required")]),
])
def test_the_api_refuses_with_every_problem_by_field(desk, body, problems):
    response = desk.post("/api/packs", json=body)
    assert response.status_code == 422
    assert response.json == {"problems": [{"field": field, "message": message} for field, message in problems]}


def test_the_api_takes_only_json(desk):
    response = desk.post("/api/packs", data="procedure=x", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415
    assert response.json == {"problems": [{"field": "Content-Type", "message": "send the request as application/json"}]}


def test_the_openapi_description_names_the_route_and_its_answers(desk):
    described = desk.get("/api/openapi.json").json
    assert set(described["paths"]["/api/packs"]["post"]["responses"]) == {"200", "400", "401", "405", "413", "415",
                                                                          "422", "429", "500"}
    assert described["components"]["schemas"]["PackRequest"]["additionalProperties"] is False


# --- safe by default ----------------------------------------------------------------------------

def test_every_response_carries_the_security_headers(desk):
    for path in ("/", f"/pack/{PROCEDURE}", "/list", "/check", "/api/openapi.json", "/nowhere",
                 "/static/desk.css"):
        headers = desk.get(path).headers
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert "script-src 'self';" in headers["Content-Security-Policy"]
        assert "'unsafe-inline'" not in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert (headers.get("Cache-Control") == "no-store") == (not path.startswith("/static/"))


def test_no_page_has_an_inline_script_or_style(desk):
    for path in ("/", f"/pack/{PROCEDURE}", "/list", "/check"):
        page = desk.get(path).get_data(as_text=True)
        assert not re.search(r"<script(?![^>]*\bsrc=)", page)
        assert "style=" not in page
        assert "<style" not in page


def test_the_log_records_only_method_path_status_and_time(desk, caplog):
    with caplog.at_level(logging.INFO, logger="consentpack.desk"):
        post_patient(desk, {**JANE, "nhs_number": "943 476 5910"})
        post_patient(desk, JANE)
    lines = [record.getMessage() for record in caplog.records if record.name == "consentpack.desk"]
    assert lines
    assert all(re.fullmatch(r"(GET|POST) /[\w/.-]* \d{3} \d+ ms", line) for line in lines), lines
    assert not [line for line in caplog.messages if "Smith" in line or "943" in line or "Jane" in line]


def test_with_a_token_every_page_needs_signing_in_and_the_api_a_bearer_header(engine):
    desk = client_for(engine, token=TOKEN)
    assert desk.get("/").headers["Location"].startswith("/login")
    assert desk.get("/static/desk.css").status_code == 200
    wrong = desk.post("/login", data={"csrf_token": csrf(desk, "/login"), "token": "not it"})
    assert wrong.status_code == 401
    assert "That is not the desk's token" in html.unescape(wrong.get_data(as_text=True))
    assert desk.post("/login", data={"csrf_token": csrf(desk, "/login"), "token": TOKEN}).status_code == 303
    assert desk.get("/").status_code == 200

    api = client_for(engine, token=TOKEN)
    assert api.post("/api/packs", json={"procedure": PROCEDURE, "patient": JANE}).status_code == 401
    made = api.post("/api/packs", json={"procedure": PROCEDURE, "patient": JANE},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert made.status_code == 200
    assert made.mimetype == "application/pdf"


def test_serve_refuses_another_host_without_a_token_and_a_short_token(tmp_path):
    result = run("serve", "--host", "0.0.0.0")
    assert result.exit_code == 2
    assert "--host 0.0.0.0 makes the desk reachable from other computers: give --token-file too" in result.output
    (tmp_path / "token").write_text("short\n")
    result = run("serve", "--host", "0.0.0.0", "--token-file", tmp_path / "token")
    assert result.exit_code == 2
    assert "its first line must be a token of at least 16 characters" in flat(result.output)


def test_a_fhir_bundle_is_a_theatre_list_too(desk):
    bundle = (REPO / "tests" / "data" / "theatre-list.fhir.json").read_bytes()
    page = html.unescape(desk.get(upload(desk, bundle, name="monday.json").headers["Location"]).get_data(as_text=True))
    # This desk's site file maps none of the hospital's codes: every operation is named, none made.
    for entry in ("entry 4 (ServiceRequest/op-smith)", "entry 10 (ServiceRequest/op-unknown-code)"):
        assert f"monday.json {entry}: code: no leaflet for https://example.org/fhir/CodeSystem/theatre-procedures" in page
    assert "monday.json entry 11 (ServiceRequest/op-no-patient): subject: is required" in page
    assert "6 rows checked: 0 can be made" in page
    assert "No row can be made." in page
