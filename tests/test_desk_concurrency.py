"""The desk under load, on the real server (waitress, as `consentpack serve` runs it): packs
asked for at the same time each hold only their own patient, on every page and in every QR
code; a theatre list started twice is made once; and a fault of the desk answers the caller
in its own format and leaves its trace, not its message, in the log."""

import http.client
import io
import json
import logging
import re
import threading
import time
import uuid
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import waitress

import consentpack.batch.workers
import consentpack.desk.engine
from consentpack.desk.app import DeskOptions, create_app
from consentpack.desk.engine import DeskEngine
from consentpack.library.folders import Library
from consentpack.pdf.page_code import parse
from helpers.library import PROCEDURE
from helpers.pdf import flat, page_texts
from helpers.scanning import decode_page_codes
from helpers.theatre_lists import nhs_number

FAMILIES = ["Abbott", "Barker", "Carver", "Dalton", "Ellery", "Fenwick", "Garrow", "Hollis", "Ingram", "Jessop",
            "Kettle"]
GIVEN = ["Alice", "Brian", "Clara", "Derek", "Edith", "Felix", "Grace", "Harold", "Irene", "Jasper", "Keira"]
UNEXPECTED = "Jane Smith 9434765919"  # what a fault's message might quote


@dataclass(frozen=True)
class Person:
    family_name: str
    given_name: str
    nhs_number: str  # ten digits

    @property
    def printed_name(self) -> str:
        return f"{self.family_name.upper()}, {self.given_name}"

    @property
    def printed_number(self) -> str:
        return f"{self.nhs_number[:3]} {self.nhs_number[3:6]} {self.nhs_number[6:]}"

    def fields(self) -> dict:
        return {"family_name": self.family_name, "given_name": self.given_name, "date_of_birth": "1961-03-12",
                "nhs_number": self.printed_number, "side": "left", "consultant": "Ms A Khan"}


PEOPLE = [Person(family, given, nhs_number(700 + 10 * n))
          for n, (family, given) in enumerate(zip(FAMILIES, GIVEN, strict=True))]
BY_API, ON_THE_LIST = PEOPLE[:8], PEOPLE[8:]


def theatre_list(people: list[Person]) -> bytes:
    columns = list(people[0].fields()) + ["procedure"]
    rows = [",".join(columns)] + [",".join([*person.fields().values(), PROCEDURE]) for person in people]
    return ("\n".join(rows) + "\n").encode()


@dataclass(frozen=True)
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    @property
    def json(self):
        return json.loads(self.body)


class Browser:
    """One session at the desk as a browser keeps it: its cookie, and the CSRF token of its forms."""

    def __init__(self, port: int):
        self.port = port
        self.cookie = None

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None) -> Answer:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=300)
        try:
            connection.request(method, path, body, {**(headers or {}),
                                                    **({"Cookie": self.cookie} if self.cookie else {})})
            response = connection.getresponse()
            answer = Answer(response.status, response.headers, response.read())
        finally:
            connection.close()
        if cookie := answer.headers.get("Set-Cookie"):
            self.cookie = cookie.split(";")[0]
        return answer

    def csrf(self, path: str) -> str:
        return re.search(r'name="csrf_token" value="([^"]+)"', self.request("GET", path).text).group(1)

    def post_form(self, path: str, fields: dict, upload: tuple[str, bytes] | None = None) -> Answer:
        boundary = uuid.uuid4().hex
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
                 for name, value in {"csrf_token": self.csrf(path), **fields}.items()]
        if upload:
            name, data = upload
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="theatre_list"; filename="{name}"'
                         f"\r\nContent-Type: text/csv\r\n\r\n".encode() + data + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self.request("POST", path, body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def upload_list(self, data: bytes) -> str:
        """The list's page, once the desk has checked it."""
        checked = self.post_form("/list", {}, ("theatre-list.csv", data))
        assert checked.status == 303
        return urlsplit(checked.headers["Location"]).path

    def start(self, job: str, csrf: str | None = None) -> Answer:
        """The list page's 'Make' button."""
        return self.request("POST", f"{job}/make", f"csrf_token={csrf or self.csrf(job)}".encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def wait_until_made(self, job: str) -> str:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            page = self.request("GET", job).text
            if "Download the packs (ZIP)" in page or "cannot be used" in page:
                return page
            time.sleep(0.3)
        raise AssertionError("the list was not made in time")

    def packs(self, job: str) -> dict[str, bytes]:
        answer = self.request("GET", f"{job}/packs.zip")
        assert (answer.status, answer.headers["Content-Type"]) == (200, "application/zip")
        archive = zipfile.ZipFile(io.BytesIO(answer.body))
        return {name: archive.read(name) for name in archive.namelist()}


def api_pack(port: int, person: Person) -> Answer:
    body = json.dumps({"procedure": PROCEDURE, "patient": person.fields()}).encode()
    return Browser(port).request("POST", "/api/packs", body, {"Content-Type": "application/json"})


def saved(folder: Path, name: str, pdf: bytes) -> Path:
    (folder / name).write_bytes(pdf)
    return folder / name


def pack_name(person: Person) -> str:
    return f"{person.nhs_number}-{person.family_name.lower()}-{PROCEDURE}.pdf"


def assert_only_its_own(pack: Path, person: Person) -> None:
    """Every page prints this patient, and no one else, and its QR code names this patient."""
    others = [other for other in PEOPLE if other != person]
    texts = [flat(text) for text in page_texts(pack)]
    assert len(texts) > 10
    for number, text in enumerate(texts, start=1):
        assert person.printed_name in text, (person, number)
        assert person.printed_number in text, (person, number)
        assert not [other for other in others if other.printed_name in text or other.printed_number in text], \
            (person, number)
    codes = decode_page_codes(pack, dpi=150)
    assert len(codes) == len(texts)
    for number, found in enumerate(codes, start=1):
        assert len(found) == 1, (person, number, found)
        code = parse(found[0])
        assert (code.version, code.identifier, code.page, code.pages) == (3, f"N{person.nhs_number}", number,
                                                                          len(texts)), found


@pytest.fixture(scope="module")
def served():
    """The desk on a free loopback port, with two worker processes for a theatre list."""
    engine = DeskEngine(Library.open(None), None)
    app = create_app(engine, DeskOptions(jobs=2))
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, name="desk", daemon=True)
    thread.start()
    yield engine, server.effective_port
    server.close()
    server.task_dispatcher.shutdown()
    app.extensions["consentpack.lists"].forget_all()


def test_packs_made_at_the_same_time_each_hold_only_their_own_patient(served, tmp_path):
    _, port = served

    def whole_list() -> tuple[str, dict[str, bytes]]:
        browser = Browser(port)
        job = browser.upload_list(theatre_list(ON_THE_LIST))
        assert "3 rows checked: 3 can be made" in browser.request("GET", job).text
        assert browser.start(job).status == 303
        return browser.wait_until_made(job), browser.packs(job)

    with ThreadPoolExecutor(len(BY_API) + 1) as pool:
        listed = pool.submit(whole_list)
        answers = list(pool.map(lambda person: api_pack(port, person), BY_API))
        page, zipped = listed.result()

    for person, answer in zip(BY_API, answers, strict=True):
        assert (answer.status, answer.headers["Content-Type"]) == (200, "application/pdf"), answer.body[:300]
        assert answer.headers["Content-Disposition"] == f'attachment; filename="{pack_name(person)}"'
        assert_only_its_own(saved(tmp_path, pack_name(person), answer.body), person)
    assert "Made 3 packs" in page
    assert sorted(zipped) == sorted([pack_name(person) for person in ON_THE_LIST] + ["manifest.csv",
                                                                                      "print-all.pdf"])
    for person in ON_THE_LIST:
        assert_only_its_own(saved(tmp_path, f"listed-{pack_name(person)}", zipped[pack_name(person)]), person)


def test_a_list_started_twice_at_once_is_made_once(served, monkeypatch, tmp_path):
    engine, port = served
    runs = []
    make_list = engine.make_list

    def counted(*args, **kwargs):
        runs.append(args)
        return make_list(*args, **kwargs)

    monkeypatch.setattr(engine, "make_list", counted)
    browser = Browser(port)
    person = ON_THE_LIST[0]
    job = browser.upload_list(theatre_list([person]))
    csrf = browser.csrf(job)
    together = threading.Barrier(2)

    def start():
        together.wait()
        return browser.start(job, csrf).status

    with ThreadPoolExecutor(2) as pool:
        assert list(pool.map(lambda _: start(), range(2))) == [303, 303]
    page = browser.wait_until_made(job)
    assert "Made 1 pack." in page
    assert "cannot be used" not in page
    assert len(runs) == 1
    packs = browser.packs(job)
    assert sorted(packs) == sorted([pack_name(person), "manifest.csv", "print-all.pdf"])
    assert_only_its_own(saved(tmp_path, pack_name(person), packs[pack_name(person)]), person)


def test_a_list_laid_out_in_the_server_takes_its_turn_with_the_desks_own_packs(served, monkeypatch):
    """Two workers, but one pack: batch makes it in this process, so under the engine's lock."""
    engine, port = served
    held = []
    make_job = consentpack.batch.workers.make_job

    def watched(*args, **kwargs):
        held.append(engine._layout.locked())
        return make_job(*args, **kwargs)

    monkeypatch.setattr(consentpack.batch.workers, "make_job", watched)
    browser = Browser(port)
    job = browser.upload_list(theatre_list(ON_THE_LIST[1:2]))
    assert browser.start(job).status == 303
    assert "Made 1 pack." in browser.wait_until_made(job)
    assert held == [True]
    browser.packs(job)  # the list is forgotten once downloaded


def fails_like_a_bug(*args, **kwargs):
    raise RuntimeError(UNEXPECTED)


def test_a_fault_answers_the_caller_in_its_format_and_logs_its_trace_without_its_message(served, monkeypatch,
                                                                                          caplog):
    _, port = served
    monkeypatch.setattr(consentpack.desk.engine, "one_pack", fails_like_a_bug)
    message = ("The desk could not do that. Nothing was kept; try again, and tell whoever runs the desk "
               "if it happens again.")
    with caplog.at_level(logging.INFO, logger="consentpack.desk"):
        from_api = api_pack(port, BY_API[0])
        browser = Browser(port)
        from_page = browser.post_form(f"/pack/{PROCEDURE}", BY_API[0].fields())

    assert (from_api.status, from_api.headers["Content-Type"]) == (500, "application/json")
    assert from_api.json == {"problems": [{"field": "", "message": message}]}
    assert (from_page.status, from_page.headers["Content-Type"]) == (500, "text/html; charset=utf-8")
    assert "<h1>Something went wrong</h1>" in from_page.text
    assert message in from_page.text

    failures = [record.getMessage() for record in caplog.records
                if record.name == "consentpack.desk" and record.levelno == logging.ERROR]
    assert [failure.splitlines()[:2] for failure in failures] == [
        ["POST /api/packs failed:", "builtins.RuntimeError (message withheld), raised at:"],
        [f"POST /pack/{PROCEDURE} failed:", "builtins.RuntimeError (message withheld), raised at:"]]
    for failure in failures:
        frames = failure.splitlines()[2:]
        assert any(re.search(r'desk[/\\]engine\.py", line \d+, in pack: ', frame) for frame in frames), frames
        assert frames[-1].endswith("in fails_like_a_bug: raise RuntimeError(UNEXPECTED)"), frames
    logged = "\n".join(caplog.messages)
    for detail in ("Jane", "Smith", "9434765919", BY_API[0].family_name, BY_API[0].nhs_number):
        assert detail not in logged
