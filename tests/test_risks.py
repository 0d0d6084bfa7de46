"""Risks a patient can understand: numbers with one denominator, words from a stated scale,
both sides of serious risks, icon arrays, the hospital's own figures, and a pack that is theirs."""

import re

import pytest

from consentpack.layout.risk_figures import RiskFigure, risk_figures
from consentpack.library.folders import Library
from consentpack.library.models import Frequency, Risk, Site
from helpers.cli import patient_args, run
from helpers.library import PROCEDURE, REPO
from helpers.pdf import flat, page_texts

FIGURES = REPO / "tests" / "data" / "figures-library"


@pytest.fixture(scope="module")
def figures_pack(tmp_path_factory):
    """A pack from a leaflet with (made-up) figures and dated recovery, for an operation on 9 December."""
    output = tmp_path_factory.mktemp("figures") / "pack.pdf"
    result = run("generate", PROCEDURE, *patient_args(procedure_date="2026-12-09"),
                 "--risk", "Diabetes may slow wound healing", "--library", FIGURES, "-o", output)
    assert result.exit_code == 0, result.output
    texts = [flat(text) for text in page_texts(output)]
    return {part: " ".join(t for t in texts if f"{part} · Page" in t)
            for part in ("Cover", "Leaflet", "Consent form", "Patient's copy")}


def test_risks_at_a_glance_use_one_denominator_and_a_word(figures_pack):
    leaflet = figures_pack["Leaflet"]
    assert "Risks at a glance Risk How likely" in leaflet
    for row in [
        "Infection or problems with the wound Common: about 20 in 1,000 people",
        "Nerve irritation or damage Serious Uncommon: about 5 in 1,000 people",
        "Implant in the wrong place or coming loose Your surgeon will talk to you about this",
        "Pain that does not go away Very common: about 200 in 1,000 people",
        "The bone does not join Serious Common: about 40 in 1,000 people",
    ]:
        assert row in leaflet
    assert not re.search(r"\d+ in 100 people", leaflet.split("Risks at a glance")[1].split("Alternatives")[0])


def test_the_scale_behind_the_words_is_stated(figures_pack):
    assert ("The words we use: very common means 1 in 10 people or more; common means 1 in 100 up to "
            "1 in 10; uncommon means 1 in 1,000 up to 1 in 100; rare means 1 in 10,000 up to 1 in 1,000; "
            "very rare means fewer than 1 in 10,000.") in figures_pack["Leaflet"]


def test_serious_risks_are_framed_both_ways(figures_pack):
    leaflet = figures_pack["Leaflet"]
    assert "How likely: uncommon. About 5 in 1,000 people get this; 995 in 1,000 people do not." in leaflet
    assert "How likely: common. About 40 in 1,000 people get this; 960 in 1,000 people do not." in leaflet
    assert "How likely: common. About 20 in 1,000 people get this." in leaflet  # not serious: one side


def test_the_hospitals_own_figures_replace_the_leaflets(figures_pack):
    leaflet = figures_pack["Leaflet"]
    assert "Bleeding Common: about 15 in 1,000 people (this hospital's figures)" in leaflet
    assert "These are this hospital's figures, for April 2025 to March 2026." in leaflet
    assert "between 10 and 30" not in leaflet


def test_local_figures_naming_no_risk_are_a_warning_at_print_time_and_an_error_in_check(tmp_path):
    (tmp_path / "site.yaml").write_text(
        "hospital: X\ndepartment: Y\nphone: '01234 567890'\nlocal_figures:\n"
        f"  {PROCEDURE}:\n    period: April 2025 to March 2026\n    risks:\n      Bleeeding: {{count: 1, per: 100}}\n")
    result = run("generate", PROCEDURE, *patient_args(), "--library", tmp_path, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 0
    assert (f"warning: site file local_figures.{PROCEDURE}: no risk called 'Bleeeding' in leaflet {PROCEDURE}, "
            "so the leaflet's own figure is printed; its risks are: Infection or problems with the wound, "
            "Bleeding,") in result.output
    leaflet = flat(" ".join(page_texts(tmp_path / "x.pdf")))
    assert "Bleeding You may bleed during or after the operation. How likely: your surgeon will talk" in leaflet
    check = run("check", "--library", tmp_path, PROCEDURE)
    assert check.exit_code == 1
    assert f"no risk called 'Bleeeding' in leaflet {PROCEDURE}" in check.output


def test_icon_arrays_draw_exactly_the_figure(figures_pack):
    leaflet = Library.open(FIGURES).leaflet(PROCEDURE)
    site = Library.open(FIGURES).site()
    pictures = {f.risk.name: f.picture for f in risk_figures(leaflet, site) if f.picture}
    assert set(pictures) == {"Nerve irritation or damage", "The bone does not join"}
    nerve, bone = pictures["Nerve irritation or damage"], pictures["The bone does not join"]
    assert (nerve.total, bone.total) == (1000, 100)
    for picture, affected in ((nerve, 5), (bone, 4)):
        assert picture.svg.count('class="affected"') == affected
        assert picture.svg.count('class="unaffected"') == picture.total - affected
        first = picture.svg.index('class="unaffected"')
        assert picture.svg.rfind('class="affected"') < first, "affected figures come first, together"
    text = figures_pack["Leaflet"]
    assert "Out of 1,000 people, the 5 filled figures get this; the outlined ones do not." in text
    assert "Out of 100 people, the 4 filled figures get this; the outlined ones do not." in text


def figure(count, per, up_to=None, serious=False):
    risk = Risk(name="X", detail="Y", serious=serious, frequency=Frequency(count=count, per=per, up_to=up_to))
    return RiskFigure(risk, risk.frequency, per, None)


@pytest.mark.parametrize(
    ("count", "per", "word"),
    [(1, 10 * 10, "common"), (10, 100, "very common"), (9, 100, "common"), (9, 1000, "uncommon"),
     (1, 1000, "uncommon"), (9, 10000, "rare"), (1, 10000, "rare")],
)
def test_descriptor_words_follow_the_scale(count, per, word):
    assert figure(count, per).word == word


def test_a_risk_too_rare_for_a_picture_of_1000_gets_none():
    assert figure(5, 10000, serious=True).picture is None
    assert figure(20, 10000, serious=True).picture.total == 1000


def test_ranges_are_printed_both_ways():
    ranged = figure(1, 100, up_to=3, serious=True)
    assert ranged.how_many == "between 1 and 3 in 100 people"
    assert ranged.how_many_not == "97 to 99 in 100 people do not"
    assert ranged.word == "common"


def test_the_patients_own_risks_are_on_the_cover_and_the_consent_form(figures_pack):
    assert "Things your surgeon wants you to know Diabetes may slow wound healing" in figures_pack["Cover"]
    for part in ("Consent form", "Patient's copy"):
        assert "Risks particular to this patient: Diabetes may slow wound healing" in figures_pack[part]
        assert "The bone does not join (serious): common, about 40 in 1,000 people" in figures_pack[part]


def test_recovery_stages_show_their_dates_and_the_cover_lists_them(figures_pack):
    assert "The first few days: 9–12 December" in figures_pack["Leaflet"]
    assert "The first weeks: 13 December – 19 January" in figures_pack["Leaflet"]
    cover = figures_pack["Cover"]
    assert ("Key dates Your operation: Wednesday 9 December 2026 The first few days: 9–12 December "
            "The first weeks: 13 December – 19 January The months after: 20 January – 7 June") in cover


def test_doing_nothing_and_the_alternatives_are_summarised_on_the_consent_form(figures_pack):
    for part in ("Consent form", "Patient's copy"):
        form = figures_pack[part]
        statement = form.index("Alternatives discussed:")
        assert form.index("Physiotherapy: Exercises with a physiotherapist") > statement
        assert "Doing nothing (no treatment): You do not have to have this operation." in form


def test_bundled_leaflets_risks_without_a_figure_say_the_surgeon_will_discuss_them(jane_pack):
    text = " ".join(flat(t) for t in page_texts(jane_pack))
    assert text.count("Your surgeon will talk to you about this") == 4  # in the table at a glance
    assert "The words we use: very common means 1 in 10 people or more;" in text  # three risks have figures
    assert "Nerve irritation or damage Serious Common: between 20 and 21 in 1,000 people" in text
    assert ("How likely: common. Between 20 and 21 in 1,000 people get this; 979 to 980 in 1,000 people "
            "do not.") in text
    assert "Out of 1,000 people, the 21 filled figures get this; the outlined ones do not." in text
    assert "Key dates" not in text  # the sources give no recovery days


def test_site_files_local_figures_are_validated():
    with pytest.raises(ValueError, match="count"):
        Site.model_validate({"hospital": "X", "department": "Y", "phone": "01234 567890",
                             "local_figures": {PROCEDURE: {"period": "2025",
                                                           "risks": {"Bleeding": {"count": 200, "per": 100}}}}})
