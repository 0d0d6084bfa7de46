"""Importing a leaflet at the desk, through Flask's test client: the upload drafted by the CLI's
own engine, its report on the page, the YAML downloaded or saved into the library, every
refusal beside its field, CSRF, the upload limit, and nothing of the file left on disk or in
the log."""

import io
import logging
import re
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest
import yaml

from consentpack.actions import draft_import
from consentpack.desk import import_drafts
from consentpack.desk.app import DeskOptions, create_app
from consentpack.desk.engine import DeskEngine
from consentpack.library.folders import Library
from consentpack.library.models import Leaflet
from consentpack.library.readiness import unfinished_fields
from helpers.library import PROCEDURE

# TEST DATA ONLY: an invented leaflet, not clinical information.
HERNIA = """# Hernia repair

## What is a hernia?

A hernia is a bulge in the groin, where the gut pushes through the muscle wall.

## What are the risks?

- Wound infection (about 2 in 100)
- Long-term pain in the groin (uncommon)

## Before your operation

Bring a list of your medicines with you.

## Parking

Parking is free for blue badge holders.
"""
UPLOAD = "Hernia Repair.md"
DRAFT_ID = "hernia-repair"


def desk_for(library: Path | None, **options):
    engine = DeskEngine(Library.open(library), None)
    return create_app(engine, DeskOptions(jobs=1, **options)).test_client()


@pytest.fixture
def library(tmp_path):
    folder = tmp_path / "library"
    folder.mkdir()
    return folder


@pytest.fixture
def desk(library):
    return desk_for(library)


def csrf(client, path="/import") -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).get_data(as_text=True)).group(1)


def upload(client, data: bytes = HERNIA.encode(), name: str = UPLOAD, leaflet_id: str = "", with_csrf=True):
    form = {"leaflet_file": (io.BytesIO(data), name), "leaflet_id": leaflet_id}
    if with_csrf:
        form["csrf_token"] = csrf(client)
    return client.post("/import", data=form, content_type="multipart/form-data")


def drafted(client, **kwargs) -> str:
    """The draft's page path, once the desk has made the draft."""
    answer = upload(client, **kwargs)
    assert answer.status_code == 303, answer.get_data(as_text=True)
    return answer.headers["Location"]


def beside(page: str, field: str) -> list[str]:
    """The error messages shown beside `field`, as _field.html marks them up."""
    return [message.strip() for message in
            re.findall(rf'id="{field}-error-\d+"><span class="nhsuk-u-visually-hidden">Error:</span> ([^<]+)</span>',
                       page)]


def summary_links(page: str) -> list[str]:
    return re.findall(r'<li><a href="#([^"]+)">', page)


def cells(page: str, table: str) -> list[list[str]]:
    body = re.search(rf'<table class="nhsuk-table" id="{table}">(.*?)</table>', page, re.S).group(1)
    return [[cell.strip() for cell in re.findall(r'<td class="nhsuk-table__cell[^"]*">(.*?)</td>', row)]
            for row in re.findall(r'<tr class="nhsuk-table__row">(.*?)</tr>', body, re.S)]


def test_the_library_check_and_home_lead_to_the_import_page(desk):
    for page in ("/", "/check"):
        assert 'href="/import">import a leaflet</a>' in desk.get(page).get_data(as_text=True)
    form = desk.get("/import").get_data(as_text=True)
    assert '<h1>Import a leaflet</h1>' in form
    assert 'type="file"' in form
    assert 'enctype="multipart/form-data"' in form


def test_an_upload_shows_its_headings_sections_figures_what_was_not_placed_and_the_todos(desk):
    page = desk.get(drafted(desk)).get_data(as_text=True)
    assert f"<h1>Draft {DRAFT_ID}</h1>" in page
    assert "Made from hernia-repair.md" in page  # the upload by its own name, never a temporary folder's
    headings = cells(page, "headings")
    assert ["What is a hernia?", "about", "1"] in headings
    assert ["What are the risks?", "risks", "2"] in headings
    assert ["Parking", "ignore", "1"] in headings
    assert cells(page, "figures") == [["Wound infection", "about 2 in 100", "2 in 100"]]
    assert ["Before your operation", "Bring a list of your medicines with you."] in cells(page, "unplaced")
    todo = re.findall(r"<li><code>([^<]+)</code></li>", re.search(r'<ul id="todo">(.*?)</ul>', page, re.S).group(1))
    assert todo
    assert "sections.procedure_steps" in " ".join(todo)
    assert 'action="/import/' in page
    assert "Save as leaflets/hernia-repair.yaml" in page


def test_the_download_is_the_clis_draft_and_loads_as_a_leaflet(desk, library, tmp_path):
    page = drafted(desk)
    answer = desk.get(f"{page}/{DRAFT_ID}.yaml")
    assert answer.status_code == 200
    assert answer.headers["Content-Disposition"] == f'attachment; filename="{DRAFT_ID}.yaml"'
    text = answer.get_data(as_text=True)
    leaflet = Leaflet.model_validate(yaml.safe_load(text))
    assert leaflet.id == DRAFT_ID
    assert unfinished_fields(leaflet)

    source = tmp_path / "hernia-repair.md"
    source.write_text(HERNIA, encoding="utf-8")
    cli_draft = draft_import(source, None, Library.open(library), date.today(), "hernia-repair.md")
    assert text == cli_draft.text  # one engine for both doors
    assert desk.get(f"{page}/another-id.yaml").status_code == 404


def test_saving_writes_the_draft_into_the_librarys_leaflets_once(desk, library):
    page = drafted(desk)
    text = desk.get(f"{page}/{DRAFT_ID}.yaml").get_data(as_text=True)
    saved = desk.post(f"{page}/save", data={"csrf_token": csrf(desk)})
    assert (saved.status_code, saved.headers["Location"]) == (303, page)
    written = library / "leaflets" / f"{DRAFT_ID}.yaml"
    assert written.read_text(encoding="utf-8") == text
    shown = desk.get(page).get_data(as_text=True)
    assert "Draft saved" in shown
    assert "leaflets/hernia-repair.yaml (hospital library)" in shown
    assert str(library) not in shown
    assert "Save as" not in shown

    assert desk.post(f"{page}/save", data={"csrf_token": csrf(desk)}).status_code == 303  # a second click: no harm
    assert written.read_text(encoding="utf-8") == text

    again = upload(desk)  # the same leaflet again: its id is now the hospital's
    assert again.status_code == 422
    assert beside(again.get_data(as_text=True), "leaflet_id") == [
        "leaflets/hernia-repair.yaml already has the id hernia-repair; the draft would replace that leaflet. "
        "Choose another id"]


def test_an_id_the_library_has_is_refused_beside_the_id_field(desk):
    answer = upload(desk, leaflet_id=PROCEDURE)
    page = answer.get_data(as_text=True)
    assert answer.status_code == 422
    assert beside(page, "leaflet_id") == [
        f"leaflets/{PROCEDURE}.yaml already has the id {PROCEDURE}; the draft would replace that leaflet. "
        "Choose another id"]
    assert summary_links(page) == ["leaflet_id"]
    assert "Leaflet id: leaflets/" in page  # the summary names the field
    assert f'value="{PROCEDURE}"' in page  # what was typed is kept

    bad = upload(desk, leaflet_id="Hernia Repair").get_data(as_text=True)
    assert beside(bad, "leaflet_id") == ["&#39;Hernia Repair&#39; is not a leaflet id: use lower-case words and hyphens"]

    chosen = desk.get(drafted(desk, leaflet_id="inguinal-hernia-repair")).get_data(as_text=True)
    assert "<h1>Draft inguinal-hernia-repair</h1>" in chosen


@pytest.mark.parametrize(("name", "message"), [
    ("leaflet.doc", "leaflet.doc: ConsentPack cannot import Word 97-2003 files; open it in Word or LibreOffice "
                    "and save it as &#39;Word Document (.docx)&#39;"),
    ("leaflet.exe", "leaflet.exe: ConsentPack cannot import .exe files; import a web page (.html, .htm), a Word "
                    "file (.docx), a PDF (.pdf), Markdown (.md, .markdown) or plain text (.txt)"),
])
def test_a_file_it_cannot_read_is_refused_beside_the_file_field(desk, name, message):
    answer = upload(desk, name=name)
    page = answer.get_data(as_text=True)
    assert answer.status_code == 422
    assert beside(page, "leaflet_file") == [message]
    assert summary_links(page) == ["leaflet_file"]


def test_a_damaged_file_and_no_file_are_refused_in_words(desk):
    broken = upload(desk, data=b"not a zip", name="leaflet.docx")
    assert broken.status_code == 422
    assert beside(broken.get_data(as_text=True), "leaflet_file")[0].startswith("leaflet.docx: ")
    empty = desk.post("/import", data={"csrf_token": csrf(desk), "leaflet_id": ""}, content_type="multipart/form-data")
    assert empty.status_code == 422
    assert beside(empty.get_data(as_text=True), "leaflet_file") == ["Choose the leaflet file to import"]


def test_every_form_needs_its_csrf_token(desk):
    assert upload(desk, with_csrf=False).status_code == 400
    page = drafted(desk)
    assert desk.post(f"{page}/save").status_code == 400


def test_an_upload_over_the_desks_limit_is_refused_with_a_page(library):
    desk = desk_for(library, max_upload_bytes=1024)
    answer = upload(desk, data=HERNIA.encode() * 10)
    page = answer.get_data(as_text=True)
    assert answer.status_code == 413
    assert "Upload too large" in page
    assert "use consentpack import" in page


def test_a_draft_is_the_sessions_own_and_forgotten_after_30_minutes(desk, library, monkeypatch):
    page = drafted(desk)
    assert desk_for(library).get(page).status_code == 404  # another session
    later = time.monotonic() + import_drafts.FORGOTTEN_AFTER + 1
    monkeypatch.setattr(import_drafts.time, "monotonic", lambda: later)
    gone = desk.get(page)
    assert gone.status_code == 404
    assert "no longer held" in gone.get_data(as_text=True)


def test_without_a_library_folder_the_draft_is_downloaded_not_saved():
    desk = desk_for(None)
    page = drafted(desk)
    shown = desk.get(page).get_data(as_text=True)
    assert "Save as" not in shown
    assert f"Download {DRAFT_ID}.yaml" in shown
    assert desk.post(f"{page}/save", data={"csrf_token": csrf(desk)}).status_code == 404


def test_the_upload_is_deleted_at_once_and_nothing_of_it_is_logged(desk, tmp_path, monkeypatch, caplog):
    temporary = tmp_path / "desk-tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    with caplog.at_level(logging.DEBUG):
        drafted(desk)
        upload(desk, data=HERNIA.encode(), name="leaflet.docx")  # a refusal too
    assert list(temporary.iterdir()) == []
    assert "hernia" not in caplog.text.lower()
    assert "medicines" not in caplog.text
