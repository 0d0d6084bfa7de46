"""The desk's doors against someone trying them: a Host that is not the desk's (DNS rebinding), a
sign-in that would lead off-site, token guessing, bodies built to break the API, an API that
must do exactly what its description says (schemathesis), paths that would tell where the
server keeps its files, and a desk told to stop in the middle of a theatre list."""

import html
import io
import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path
from urllib.parse import quote

import pytest
import schemathesis
import yaml
from hypothesis import settings
from schemathesis.config import SchemathesisConfig

import consentpack.desk.engine
from consentpack.actions import patient_from_fields
from consentpack.desk import api
from consentpack.desk.api_request import PatientFields
from consentpack.desk.app import DeskOptions, create_app
from consentpack.desk.engine import DeskEngine
from consentpack.desk.hosts import hosts_served
from consentpack.desk.security import local_path
from consentpack.desk.shown_paths import ShownPaths
from consentpack.desk.throttle import FORGET_AFTER, LONGEST_WAIT, REMEMBERED, Throttle
from consentpack.errors import UsageError
from consentpack.library.folders import Library
from consentpack.patient.preflight import RowProblems
from helpers.cli import run
from helpers.desk import Browser, free_port, served, wait_until_listening
from helpers.library import PROCEDURE, REPO
from helpers.patients import JANE
from helpers.theatre_lists import nhs_number

TOKEN = "a-token-of-at-least-16-characters"
DESCRIPTION = json.loads((resources.files("consentpack.desk") / "openapi.json").read_text(encoding="utf-8"))
WRONG_CHECK_DIGIT = "943 476 5910"  # refused by the engine at once, so no pack is laid out


@pytest.fixture(scope="module")
def engine():
    return DeskEngine(Library.open(None), None)


class Clock:
    """The throttle's clock, moved on by the test instead of waited for."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def client_for(engine, clock=None, **options):
    return create_app(engine, DeskOptions(jobs=1, **options), **({"clock": clock} if clock else {})).test_client()


def csrf(client, path="/login") -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).get_data(as_text=True)).group(1)


def post_json(client, body: bytes | str, **headers):
    return client.post("/api/packs", data=body, content_type="application/json", headers=headers)


def problems(response) -> list[tuple[str, str]]:
    assert response.content_type == "application/json", response.get_data(as_text=True)[:300]
    return [(problem["field"], problem["message"]) for problem in response.json["problems"]]


# --- the Host: only the desk's own names ---------------------------------------------------------

@pytest.fixture(scope="module")
def desk_behind_a_proxy(engine):
    """The desk on 127.0.0.1, told it is also desk.example (its reverse proxy's name)."""
    port = free_port()
    app = create_app(engine, DeskOptions(jobs=1, allowed_hosts=hosts_served("127.0.0.1", port, ["desk.example"])))
    with served(app, port):
        yield port


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1.evil.example:{port}",
                                  "127.0.0.1:{other}", "localhost", "127.0.0.1", "desk.example.evil.example",
                                  "desk.example@evil.example", "", "[::2]:{port}"])
def test_a_request_naming_another_host_is_refused_whatever_it_asks(desk_behind_a_proxy, host):
    port = desk_behind_a_proxy
    browser = Browser(port)
    named = {"Host": host.format(port=port, other=port + 1)}
    page = browser.request("GET", "/", headers=named)
    assert (page.status, page.headers["Content-Type"]) == (400, "text/html; charset=utf-8")
    assert "This desk does not answer to that address" in html.unescape(page.text)
    made = browser.request("POST", "/api/packs", json.dumps({"procedure": PROCEDURE, "patient": JANE}).encode(),
                           {**named, "Content-Type": "application/json"})
    assert (made.status, made.headers["Content-Type"]) == (400, "application/json")
    assert made.json["problems"][0]["message"].startswith("This desk does not answer to that address")


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}", "[::1]:{port}",
                                  "desk.example", "desk.example:443", "Desk.Example:8443"])
def test_the_desks_own_addresses_and_allowed_names_are_answered(desk_behind_a_proxy, host):
    port = desk_behind_a_proxy
    answer = Browser(port).request("GET", "/api/openapi.json", headers={"Host": host.format(port=port)})
    assert answer.status == 200
    assert answer.json["info"]["title"] == "ConsentPack desk API"


def test_a_request_without_a_host_is_refused(desk_behind_a_proxy):
    with socket.create_connection(("127.0.0.1", desk_behind_a_proxy), timeout=30) as connection:
        connection.sendall(b"GET /api/openapi.json HTTP/1.0\r\n\r\n")
        answer = b"".join(iter(lambda: connection.recv(65536), b""))
    assert answer.startswith(b"HTTP/1.0 400") or answer.startswith(b"HTTP/1.1 400"), answer[:100]


def test_the_names_served_follow_the_address_listened_on():
    assert hosts_served("127.0.0.1", 8750).on_port == {"127.0.0.1:8750", "localhost:8750", "[::1]:8750"}
    everywhere = hosts_served("0.0.0.0", 8750, ["desk.example", "10.0.0.7:8750"])
    assert everywhere.allow("localhost:8750")
    assert everywhere.allow("10.0.0.7:8750")
    assert not everywhere.allow("10.0.0.7:8751")
    assert everywhere.allow("desk.example:443")
    assert hosts_served("10.0.0.7", 8750).on_port == {"10.0.0.7:8750"}
    assert hosts_served("::", 80).allow("[::1]")  # port 80 needs no port in the Host
    with pytest.raises(UsageError, match=r"--allowed-host desk/evil: give a host name or address"):
        hosts_served("127.0.0.1", 8750, ["desk/evil"])


def test_serve_refuses_an_allowed_host_that_is_not_a_name():
    result = run("serve", "--allowed-host", "https://desk.example")
    assert result.exit_code == 2
    assert "--allowed-host https://desk.example: give a host name or address" in result.output


# --- where signing in leads ----------------------------------------------------------------------

ATTACKS = ["//evil.example", "/\\evil.example", "\\\\evil.example", "/\t/evil.example", "/\n/evil.example",
           "\t//evil.example", "/\r\n/evil.example", "/\x00/evil.example", "https://evil.example/",
           "javascript:alert(1)", "evil.example", "", "/list\\..\\..\\evil", "/\x7f/evil.example",
           "/\x85/evil.example"]


@pytest.mark.parametrize("target", ATTACKS)
def test_signing_in_never_leads_off_the_desk(engine, target):
    assert local_path(target) == "/"
    desk = client_for(engine, token=TOKEN)
    signed_in = desk.post(f"/login?next={quote(target, safe='')}", data={"csrf_token": csrf(desk), "token": TOKEN})
    assert (signed_in.status_code, signed_in.headers["Location"]) == (303, "/")


@pytest.mark.parametrize("target", ["/list", "/pack/sacroiliac-joint-fusion", "/check?x=1", "/%2F%2Fevil.example"])
def test_signing_in_leads_back_to_the_page_asked_for(engine, target):
    assert local_path(target) == target
    desk = client_for(engine, token=TOKEN)
    signed_in = desk.post(f"/login?next={quote(target, safe='')}", data={"csrf_token": csrf(desk), "token": TOKEN})
    assert (signed_in.status_code, signed_in.headers["Location"]) == (303, target)


# --- guessing the token --------------------------------------------------------------------------

def sign_in(desk, token: str):
    return desk.post("/login", data={"csrf_token": csrf(desk), "token": token})


def test_wrong_tokens_at_sign_in_are_slowed_down_doubling_and_the_right_one_clears_them(engine, caplog):
    clock = Clock()
    desk = client_for(engine, clock, token=TOKEN)
    with caplog.at_level(logging.INFO, logger="consentpack.desk"):
        assert [sign_in(desk, f"guess-{n}").status_code for n in range(5)] == [401] * 5
        locked = sign_in(desk, "guess-5")
        assert (locked.status_code, locked.headers["Retry-After"]) == (429, "1")
        assert "Too many wrong tokens from this computer: try again in 1 second." in html.unescape(
            locked.get_data(as_text=True))
        assert sign_in(desk, TOKEN).status_code == 429  # not even the right token while it must wait
        clock.now += 1
        assert sign_in(desk, "guess-6").status_code == 401
        assert sign_in(desk, "guess-7").headers["Retry-After"] == "2"
        clock.now += 1.5
        assert sign_in(desk, "guess-8").headers["Retry-After"] == "1"  # half a second left, rounded up
        clock.now += 0.5
        assert sign_in(desk, "guess-9").status_code == 401
        assert sign_in(desk, TOKEN).headers["Retry-After"] == "4"
        clock.now += 4
        assert sign_in(desk, TOKEN).status_code == 303
        assert [sign_in(desk, f"again-{n}").status_code for n in range(6)] == [401] * 5 + [429]
    lockouts = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert lockouts == [f"127.0.0.1 gave a wrong token {count} times in a row: it must wait {wait} s before "
                        "trying again" for count, wait in ((5, 1), (6, 2), (7, 4), (5, 1))]
    logged = "\n".join(caplog.messages)
    assert TOKEN not in logged
    assert "guess-" not in logged


def test_wrong_bearer_tokens_are_slowed_down_and_answered_in_json(engine, caplog):
    clock = Clock()
    desk = client_for(engine, clock, token=TOKEN)
    body = json.dumps({"procedure": PROCEDURE, "patient": {**JANE, "nhs_number": WRONG_CHECK_DIGIT}})
    with caplog.at_level(logging.INFO, logger="consentpack.desk"):
        wrong = [post_json(desk, body, Authorization=f"Bearer guess-{n}") for n in range(5)]
        assert [answer.status_code for answer in wrong] == [401] * 5
        assert problems(wrong[0]) == [("Authorization", "give the desk's token as 'Authorization: Bearer TOKEN'")]
        locked = post_json(desk, body, Authorization=f"Bearer {TOKEN}")
        assert (locked.status_code, locked.headers["Retry-After"]) == (429, "1")
        assert problems(locked) == [("", "Too many wrong tokens from this computer: try again in 1 second.")]
        clock.now += 1
        assert post_json(desk, body, Authorization=f"Bearer {TOKEN}").status_code == 422  # in, and refused
        assert post_json(desk, body).status_code == 401  # a fresh count
    assert TOKEN not in "\n".join(caplog.messages)
    assert "guess-" not in "\n".join(caplog.messages)


def test_what_the_throttle_remembers_is_bounded():
    clock = Clock()
    throttle = Throttle(clock)
    for number in range(REMEMBERED + 50):
        throttle.failed(f"10.{number // 65536}.{number // 256 % 256}.{number % 256}")
    assert len(throttle) == REMEMBERED
    for _ in range(40):
        throttle.failed("192.0.2.1")
    assert throttle.wait("192.0.2.1") == LONGEST_WAIT
    clock.now += FORGET_AFTER
    throttle.failed("192.0.2.2")
    assert len(throttle) == 1
    assert throttle.wait("192.0.2.1") == 0


# --- every API refusal is JSON -------------------------------------------------------------------

def test_every_api_refusal_is_json_with_its_status(engine, monkeypatch):
    desk = client_for(engine)
    assert problems(post_json(desk, b"{")) == [("", "is not valid JSON (Expecting property name enclosed in "
                                                    "double quotes: line 1 column 2 (char 1))")]
    assert desk.post("/api/packs", data="x", content_type="text/plain").status_code == 415
    assert problems(desk.post("/api/packs", data="x", content_type="text/plain")) == [
        ("Content-Type", "send the request as application/json")]
    missing = desk.get("/api/no-such-thing")
    assert (missing.status_code, problems(missing)[0][0]) == (404, "")
    refused = post_json(desk, json.dumps({"procedure": PROCEDURE, "patient": JANE, "colour": "red"}))
    assert (refused.status_code, problems(refused)) == (422, [("colour", "is not a known field (check the spelling)")])
    signed = client_for(engine, token=TOKEN)
    assert (signed.get("/api/openapi.json").status_code, problems(signed.get("/api/openapi.json"))[0][0]) == (
        401, "Authorization")

    monkeypatch.setattr(consentpack.desk.engine, "one_pack", lambda *args, **kwargs: 1 / 0)
    fault = post_json(desk, json.dumps({"procedure": PROCEDURE, "patient": JANE}))
    assert (fault.status_code, problems(fault)[0][0]) == (500, "")


@pytest.mark.parametrize(("method", "path", "allowed"), [
    ("GET", "/api/packs", {"POST", "OPTIONS"}), ("PUT", "/api/packs", {"POST", "OPTIONS"}),
    ("DELETE", "/api/packs", {"POST", "OPTIONS"}), ("POST", "/api/openapi.json", {"GET", "HEAD", "OPTIONS"}),
])
def test_a_method_the_api_does_not_take_is_405_with_allow(engine, method, path, allowed):
    answer = client_for(engine).open(path, method=method)
    assert answer.status_code == 405
    assert set(answer.headers["Allow"].split(", ")) == allowed
    assert problems(answer) == [("", "The method is not allowed for the requested URL.")]


def test_an_oversized_body_is_413_in_json(engine):
    answer = post_json(client_for(engine), b'{"procedure": "' + b"x" * api.BODY_BYTES + b'"}')
    assert answer.status_code == 413
    assert problems(answer) == [("", "is larger than the API takes (256 KB)")]


@pytest.mark.parametrize("body", ["[" * 100_000 + "]" * 100_000, "[" * 100_000, '{"a":' * 40_000,
                                  json.dumps({"procedure": PROCEDURE, "patient": {**JANE, "notes": [[[[[[[["x"]]]]]]]]}})])
def test_json_nested_too_deep_is_400_before_it_is_parsed(engine, body):
    answer = post_json(client_for(engine), body)
    assert answer.status_code == 400
    assert problems(answer) == [("", f"is nested more than {api.BODY_DEPTH} levels deep")]


def test_brackets_inside_strings_are_not_nesting(engine):
    notes = '[[[[[[[[[[{{{{{{{{{{ \\" [[[[[[[[[[ \\\\'
    answer = post_json(client_for(engine), json.dumps({"procedure": PROCEDURE, "patient": {
        **JANE, "nhs_number": WRONG_CHECK_DIGIT, "notes": notes}}))
    assert problems(answer) == [("patient.nhs_number", "fails the NHS number check digit; check it was copied correctly")]


@pytest.mark.parametrize(("body", "field"), [
    ('{"procedure": "%s", "patient": {"family_name": "Smith", "given_name": "Jane", "date_of_birth": "1961-03-12", '
     '"nhs_number": "943 476 5919", "nhs_number": "943 476 5910", "side": "left", "consultant": "Ms A Khan"}}'
     % PROCEDURE, "patient.nhs_number"),
    ('{"procedure": "%s", "procedure": "old-fusion", "patient": {}}' % PROCEDURE, "procedure"),
    ('{"procedure": "%s", "patient": {}, "options": {"large_print": false, "large_print": true}}' % PROCEDURE,
     "options.large_print"),
    ('{"procedure": "%s", "patient": {"9434765919": 1, "9434765919": 2}}' % PROCEDURE,
     "patient.(a key with digits, not shown)"),
])
def test_a_field_given_twice_is_refused_by_name(engine, body, field):
    answer = post_json(client_for(engine), body)
    assert answer.status_code == 422
    assert problems(answer) == [(field, "is given twice; give each field once")]


@pytest.mark.parametrize("body", ['{"procedure": NaN}', '{"procedure": Infinity}', '{"procedure": 1' + "0" * 5000 + "}",
                                  b'{"procedure": "\xff"}', ""])
def test_what_is_not_strict_json_is_400(engine, body):
    answer = post_json(client_for(engine), body)
    assert answer.status_code == 400
    assert problems(answer)[0][1].startswith(("is not valid JSON", "is not UTF-8 text"))


# --- the API does what its description says ------------------------------------------------------

def described(body_changes: dict | None = None, **patient_changes) -> str:
    """Jane, with a check digit the engine refuses at once, and `changes`."""
    patient = {**JANE, "nhs_number": WRONG_CHECK_DIGIT, **patient_changes}
    return json.dumps({"procedure": PROCEDURE, "patient": patient, **(body_changes or {})})


ENGINE_ONLY = [("patient.nhs_number", "fails the NHS number check digit; check it was copied correctly")]


@pytest.mark.parametrize(("body", "refused"), [
    (described({"options": {"allow_expired": 0}}), [("options.allow_expired", "must be true or false")]),
    (described({"options": {"large_print": "true"}}), [("options.large_print", "must be true or false")]),
    (described({"options": {"consent_form": True}}), [("options.consent_form", "must be auto, 1, 2, 3 or 4")]),
    (described({"options": {"consent_form": 2.0}}), [("options.consent_form", "must be auto, 1, 2, 3 or 4")]),
    (described({"options": None}), [("options", "must be a mapping of fields")]),
    (described(lacks_capacity="yes"), [("patient.lacks_capacity", "must be true or false")]),
    (described(lacks_capacity=1), [("patient.lacks_capacity", "must be true or false")]),
    (described(family_name=12), [("patient.family_name", 'must be text (put quotes around numbers such as "1.0")')]),
    (described(additional_risks="Smoker; Diabetes"), [("patient.additional_risks", "must be a list")]),
    (described(side="LEFT"), [("patient.side", "must be one of 'left', 'right' or 'both'")]),
    (described(date_of_birth="1961-3-12"), [("patient.date_of_birth",
                                             "is not a real date; write it as YYYY-MM-DD or DD/MM/YYYY")]),
    (described(date_of_birth="١٩٦١-٠٣-١٢"), [("patient.date_of_birth",
                                              "is not a real date; write it as YYYY-MM-DD or DD/MM/YYYY")]),
    (described(nhs_number="943  476 5919"), [("patient.nhs_number", "must be 10 digits (spaces allowed)")]),
    (described(hospital_number="H 123"), [("patient.hospital_number",
                                          "may hold only letters, digits, / and -, at most 20 characters")]),
    (described(given_name=""), [("patient.given_name", "must not be empty")]),
])
def test_a_body_that_breaks_the_description_is_refused_strictly(engine, body, refused):
    answer = post_json(client_for(engine), body)
    assert answer.status_code == 422
    assert problems(answer) == refused


@pytest.mark.parametrize("body", [
    described(date_of_birth="12/03/1961"), described(nhs_number="943-476-5910"), described(nhs_number="9434765910"),
    described({"options": {"consent_form": " form 1 "}}), described({"options": {"consent_form": 1}}),
    described(procedure_date=None, notes="", lacks_capacity=False, additional_risks=["Smoker"],
              hospital_number="H12/3-4"),
])
def test_what_the_description_allows_reaches_the_engine(engine, body):
    assert problems(post_json(client_for(engine), body)) == ENGINE_ONLY


def string_properties() -> list[tuple[str, dict]]:
    patient = DESCRIPTION["components"]["schemas"]["Patient"]["properties"]
    found = []
    for name, schema in patient.items():
        if schema.get("type") == ["array", "null"]:
            found.append((f"{name}[0]", schema["items"]))
        elif "string" in schema.get("type", ()):
            found.append((name, schema))
    return found


@pytest.mark.parametrize(("field", "schema"), [(field, schema) for field, schema in string_properties()
                                               if "maxLength" in schema])
def test_the_described_lengths_are_the_patient_models_and_the_apis(engine, field, schema):
    longest = schema["maxLength"]
    name = field.removesuffix("[0]")
    too_long = "x" * (longest + 1)
    value = [too_long] if field.endswith("[0]") else too_long
    message = f"is too long (at most {longest:,} characters)"
    assert problems(post_json(client_for(engine), described(**{name: value}))) == [(f"patient.{field}", message)]
    with pytest.raises(RowProblems) as refused:
        patient_from_fields({**JANE, name: value})
    assert refused.value.problems == [f"{field}: {message}"]
    fits = ["x" * longest] if field.endswith("[0]") else "x" * longest
    patient_from_fields({**JANE, name: fits})


def rules(schema: dict) -> dict:
    """What a property's schema asks of a value (its text, or each item of a list), null aside."""
    schema = schema.get("items", schema)
    stated = {rule: schema[rule] for rule in ("minLength", "maxLength", "pattern") if rule in schema}
    if "enum" in schema:
        stated["enum"] = [value for value in schema["enum"] if value is not None]
    return stated


def test_the_description_states_each_rule_the_api_checks_first():
    described_patient = DESCRIPTION["components"]["schemas"]["Patient"]["properties"]
    checked = PatientFields.model_json_schema()["properties"]
    assert set(checked) == set(described_patient)
    for name, schema in described_patient.items():
        model = checked[name]
        branch = next(option for option in model.get("anyOf", [model]) if option.get("type") != "null")
        assert rules(branch) == rules(schema), name


# schemathesis: a few hundred cases drawn from the description, every check of theirs passing. A
# request the description allows may still be refused by the engine (422: a check digit, a real
# date, letters the fonts print), which no JSON Schema can state; anything else must be accepted.
DESCRIBED = schemathesis.openapi.from_path(
    str(resources.files("consentpack.desk") / "openapi.json"),
    config=SchemathesisConfig.from_dict({"checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "422"]}}}),
)


@pytest.fixture(scope="module")
def desk_url(engine):
    with served(create_app(engine, DeskOptions(jobs=1))) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.mark.slow
@DESCRIBED.parametrize()
@settings(max_examples=100, derandomize=True, deadline=None)
def test_the_api_does_what_its_description_says(case, desk_url):
    case.call_and_validate(base_url=desk_url)


# --- paths: as the library names them ------------------------------------------------------------

@pytest.fixture
def broken_library(tmp_path, monkeypatch):
    """A hospital library with a leaflet that is not YAML and one with a bad field, below the
    server's working folder (so the engine names them from there)."""
    monkeypatch.chdir(tmp_path)
    leaflets = tmp_path / "hospital" / "leaflets"
    leaflets.mkdir(parents=True)
    (leaflets / "broken.yaml").write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    leaflet = yaml.safe_load((REPO / "leaflets" / f"{PROCEDURE}.yaml").read_text(encoding="utf-8"))
    leaflet.update(id="bad-version", version=1)
    (leaflets / "bad-version.yaml").write_text(yaml.safe_dump(leaflet), encoding="utf-8")
    return tmp_path / "hospital"


def test_problem_pages_name_files_as_the_library_does(broken_library, tmp_path):
    engine = DeskEngine(Library.open(broken_library), None)
    desk = client_for(engine)
    pages = {path: html.unescape(desk.get(path).get_data(as_text=True)) for path in ("/", "/check", "/pack/bad-version")}
    assert "leaflets/broken.yaml: line 3: not valid YAML" in pages["/"]
    assert "Bad leaflets/bad-version.yaml content:" in pages["/"]
    assert "leaflets/broken.yaml (hospital library)" in pages["/check"]
    assert "Bad leaflets/bad-version.yaml content:" in pages["/pack/bad-version"]
    refused = post_json(desk, json.dumps({"procedure": "bad-version", "patient": JANE}))
    assert problems(refused)[0][1].startswith("Bad leaflets/bad-version.yaml content:")
    for page in [*pages.values(), refused.get_data(as_text=True)]:
        assert "hospital/leaflets" not in page
        assert str(tmp_path) not in page
        assert str(REPO) not in page


def test_a_theatre_lists_problems_never_name_the_servers_folder(engine, tmp_path):
    desk = client_for(engine)
    unreadable = b"family_name,given_name\nSmith,\"Jane\n"
    checked = desk.post("/list", data={"csrf_token": csrf(desk, "/list"),
                                       "theatre_list": (io.BytesIO(unreadable), "monday.csv")},
                        content_type="multipart/form-data")
    page = html.unescape(desk.get(checked.headers["Location"]).get_data(as_text=True))
    assert "monday.csv row 2: a quote is opened and never closed" in page
    assert "consentpack-desk-" not in page
    assert tempfile.gettempdir() not in page


def test_paths_shown_are_relative_to_the_library_or_the_lists_folder(tmp_path):
    library = Library.open(tmp_path)
    shown = ShownPaths(library)
    folder = tmp_path / "list"
    message = f"Bad {tmp_path}/leaflets/x.yaml content; {folder}/upload/monday.csv row 2; {folder}/packs is full"
    assert shown.message(message, (folder / "upload", folder)) == (
        "Bad leaflets/x.yaml content; monday.csv row 2; packs is full")


# --- a desk that stops when told -----------------------------------------------------------------

def process_state(pid: int) -> tuple[str, int] | None:
    """(state, parent) of a running process (Linux: read from /proc), or None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return fields[0], int(fields[1])


def children(pid: int) -> set[int]:
    return {int(path.name) for path in Path("/proc").glob("[0-9]*")
            if (state := process_state(int(path.name))) and state[1] == pid}


def running(pids: set[int]) -> set[int]:
    return {pid for pid in pids if (state := process_state(pid)) and state[0] != "Z"}


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; SIGTERM as a service manager sends it")
def test_sigterm_during_a_list_stops_its_workers_and_leaves_nothing(tmp_path):
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    port = free_port()
    desk = subprocess.Popen([sys.executable, "-m", "consentpack", "serve", "--port", str(port), "--jobs", "2"],
                            env={**os.environ, "TMPDIR": str(temporary)}, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        wait_until_listening(port)
        browser = Browser(port)
        rows = ["family_name,given_name,date_of_birth,nhs_number,procedure,side,consultant"] + [
            f"Patient{letter},Ann,1961-03-12,{nhs_number(700 + 10 * n)},{PROCEDURE},left,Ms A Khan"
            for n, letter in enumerate("ABCDEF")]
        job = browser.upload_list(("\n".join(rows) + "\n").encode())
        assert browser.start(job).status == 303
        deadline = time.monotonic() + 120
        while not re.search(r"Making the packs: [1-5] of 6 done", browser.request("GET", job).text):
            assert time.monotonic() < deadline, "no pack was made"
            time.sleep(0.1)
        workers = children(desk.pid)  # and the resource tracker multiprocessing starts
        assert len(workers) >= 2
        (desks_own,) = temporary.iterdir()
        held = [path.name for path in desks_own.iterdir()]
        assert any(name.startswith("weasyprint-") for name in held)
        assert any(name.startswith("consentpack-desk-") for name in held)  # the list's folder

        told = time.monotonic()
        desk.send_signal(signal.SIGTERM)
        output, _ = desk.communicate(timeout=30)
        assert time.monotonic() - told < 5, output
    finally:
        if desk.poll() is None:
            desk.kill()
            desk.communicate()
    assert desk.returncode == 0
    assert "Desk stopped; the theatre lists it held are deleted." in output
    assert "failed" not in output
    assert "Traceback" not in output
    assert list(temporary.iterdir()) == []  # the list's folder, and every WeasyPrint font folder
    gone = time.monotonic() + 2  # the resource tracker ends when it reads that the desk has
    while running(workers) and time.monotonic() < gone:
        time.sleep(0.05)
    assert not running(workers)
