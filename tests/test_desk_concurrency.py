"""The desk under load, on the real server (waitress, as `consentpack serve` runs it): packs
asked for at the same time each hold only their own patient, on every page and in every QR
code; a theatre list started twice is made once; and a fault of the desk answers the caller
in its own format and leaves its trace, not its message, in the log."""

import json
import logging
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

import consentpack.batch.workers
import consentpack.desk.engine
from consentpack.desk.app import DeskOptions, create_app
from consentpack.desk.engine import DeskEngine
from consentpack.library.folders import Library
from consentpack.pdf.page_code import parse
from helpers.desk import Answer, Browser
from helpers.desk import served as served_on_loopback
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
    with served_on_loopback(app) as port:
        yield engine, port
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
