"""A leaflet's languages at the desk: the home page lists each leaflet's translations with their
state (a stale one's reason under it), the one-patient form offers only the languages the
preflight would print that leaflet in, and the form, the API and a theatre list are refused by
the preflight, naming the language and its state, for a language the leaflet cannot be printed in.

The library: Welsh current (reviewed, with a reviewed catalog), Polish a draft translation (with a
reviewed catalog, so the draft is the leaflet's), Romanian stale (a unit missing; a reviewed
catalog, so nothing else refuses it), and French with no translation (the built-in draft catalog).
Nothing here lays out a pack."""

import html
import io
import re

from consentpack.desk.app import DeskOptions, create_app
from consentpack.desk.engine import DeskEngine
from consentpack.library.folders import Library
from helpers.library import PROCEDURE
from helpers.patients import JANE
from helpers.theatre_lists import patient_row, write_list
from helpers.translations import SITE, library_with_master, reviewed_catalog, write_translation

OFFERED = 'languages: ["en", "cy", "fr", "pl", "ro"]\n'
FALLBACK = "english_leaflet_fallback: true\n"

NO_FRENCH = (f"{PROCEDURE} has no French translation; print it in English, or set english_leaflet_fallback: true "
             "in the site file to print the English leaflet in a French pack")
STALE_ROMANIAN = (f"the Romanian translation of {PROCEDURE} is stale and must be brought up to date before it is "
                  "printed: missing unit(s): faq.1.q")
DRAFT_POLISH = (f"the Polish translation of {PROCEDURE} is a draft that no qualified translator has checked; "
                "print it only with --allow-draft-translation, and each page will say so")


def translated_library(folder, site=SITE + OFFERED):
    library_with_master(folder, site)
    write_translation(folder, "cy", "CY: ", reviewed=True)
    write_translation(folder, "pl", "PL: ")
    write_translation(folder, "ro", "RO: ", drop=("faq.1.q",))
    for language in ("cy", "pl", "ro"):
        reviewed_catalog(folder, language)
    return folder


def desk_for(folder):
    return create_app(DeskEngine(Library.open(folder), None), DeskOptions(jobs=1)).test_client()


def page_of(answer) -> str:
    return html.unescape(answer.get_data(as_text=True))


def language_options(desk) -> list[tuple[str, str]]:
    page = page_of(desk.get(f"/pack/{PROCEDURE}"))
    select = re.search(r'<select[^>]*name="language".*?</select>', page, re.S).group(0)
    return re.findall(r'<option value="([^"]+)"(?: selected)?>([^<]+)</option>', select)


def post_language(desk, **fields):
    token = re.search(r'name="csrf_token" value="([^"]+)"', desk.get(f"/pack/{PROCEDURE}").get_data(as_text=True))[1]
    return desk.post(f"/pack/{PROCEDURE}", data={**JANE, "csrf_token": token, **fields})


def error_beside_language(page: str) -> list[str]:
    return re.findall(r'id="language-error-\d+"><span class="nhsuk-u-visually-hidden">Error:</span> ([^<]+)</span>',
                      page)


# --- the home page ------------------------------------------------------------------------------

def test_the_home_page_lists_each_leaflets_languages_with_their_state(tmp_path):
    page = page_of(desk_for(translated_library(tmp_path / "lib")).get("/"))
    row = re.search(rf'data-search="sacroiliac joint fusion {PROCEDURE}">(.*?)</tr>', page, re.S).group(1)
    languages = re.search(r'<ul class="nhsuk-list desk-languages">(.*?)</ul>\s*</td>', row, re.S).group(1)
    shown = [re.sub(r"<[^>]+>|\s+", " ", item).split() for item in re.findall(r"<li>(.*?)</li>\n", languages, re.S)]
    assert [" ".join(words[:3]) for words in shown] == ["English", "Welsh cy current", "Polish pl draft",
                                                        "Romanian ro stale"]
    stale = re.search(r'<details class="nhsuk-details">\s*<summary[^>]*>.*?ro stale.*?</summary>(.*?)</details>',
                      languages, re.S).group(1)
    assert "missing unit(s): faq.1.q" in stale
    assert languages.count("<details") == 1  # only the stale one has a reason to show


# --- the one-patient form -----------------------------------------------------------------------

def test_the_form_offers_only_the_languages_the_leaflet_can_be_printed_in(tmp_path):
    folder = translated_library(tmp_path / "lib")
    # French has no translation and Romanian's is stale: neither is offered.
    assert language_options(desk_for(folder)) == [
        ("en", "English"), ("pl", "polski (Polish), draft translation"), ("cy", "Cymraeg (Welsh)")]
    (folder / "site.yaml").write_text(SITE + OFFERED + FALLBACK)
    # Where the site prints the English leaflet, French is offered as that (its catalog a draft);
    # a stale translation is still not printed.
    assert language_options(desk_for(folder)) == [
        ("en", "English"), ("fr", "français (French), English leaflet, draft translation"),
        ("pl", "polski (Polish), draft translation"), ("cy", "Cymraeg (Welsh)")]


def test_a_language_the_leaflet_cannot_be_printed_in_is_refused_beside_the_language(tmp_path):
    desk = desk_for(translated_library(tmp_path / "lib"))
    for fields, problem in (({"language": "fr", "allow_draft_translation": "yes"}, NO_FRENCH),
                            ({"language": "ro"}, STALE_ROMANIAN),
                            ({"language": "pl"}, DRAFT_POLISH)):
        answer = post_language(desk, **fields)
        assert answer.status_code == 422
        assert error_beside_language(page_of(answer)) == [problem]


# --- the API ------------------------------------------------------------------------------------

def test_the_api_names_the_language_and_its_state(tmp_path):
    desk = desk_for(translated_library(tmp_path / "lib"))
    for options, problem in (({"language": "fr", "allow_draft_translation": True}, NO_FRENCH),
                             ({"language": "ro"}, STALE_ROMANIAN),
                             ({"language": "pl"}, DRAFT_POLISH)):
        answer = desk.post("/api/packs", json={"procedure": PROCEDURE, "patient": JANE, "options": options})
        assert (answer.status_code, answer.mimetype) == (422, "application/json")
        assert answer.get_json() == {"problems": [{"field": "options.language", "message": problem}]}


# --- a theatre list -----------------------------------------------------------------------------

def test_a_list_row_in_a_language_the_leaflet_cannot_be_printed_in_is_a_row_error(tmp_path):
    desk = desk_for(translated_library(tmp_path / "lib"))
    # French's catalog is a draft: its row allows that, so what is left to refuse is the leaflet's.
    rows = [patient_row(n, procedure=PROCEDURE, side="left", language=language,
                        allow_draft_translation="yes" if language == "fr" else "")
            for n, language in enumerate(("pl", "ro", "fr", "cy"))]
    listing = write_list(tmp_path / "theatre-list.csv", rows).read_bytes()
    token = re.search(r'name="csrf_token" value="([^"]+)"', desk.get("/list").get_data(as_text=True))[1]
    checked = desk.post("/list", data={"csrf_token": token, "theatre_list": (io.BytesIO(listing), "theatre-list.csv")},
                        content_type="multipart/form-data")
    assert checked.status_code == 303
    page = page_of(desk.get(checked.headers["Location"]))
    problems = re.findall(r'<td class="nhsuk-table__cell">([^<]+)</td>', page)
    assert problems == [f"theatre-list.csv row 2: language: {DRAFT_POLISH}",
                        f"theatre-list.csv row 3: language: {STALE_ROMANIAN}",
                        f"theatre-list.csv row 4: language: {NO_FRENCH}"]
    assert "4 rows checked: 1 can be made" in page
