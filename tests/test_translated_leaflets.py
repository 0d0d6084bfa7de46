"""A leaflet's translation is tied to its English master: printed when current, refused when the
English has changed since (naming what changed), marked when a draft, and never carrying a
figure of its own."""

from helpers.cli import patient_args, run
from helpers.library import PROCEDURE
from helpers.pdf import flat, page_texts
from helpers.translations import SITE, edit_master, library_with_master, reviewed_catalog, write_translation

PL = "PL: "


def _generate(folder, tmp_path, *options):
    output = tmp_path / "pack.pdf"
    return run("generate", PROCEDURE, *patient_args(), "--library", folder, "--language", "pl",
               *options, "-o", output), output


def test_a_current_translation_prints_its_words_and_the_masters_figures(tmp_path):
    folder = library_with_master(tmp_path / "library")
    write_translation(folder, "pl", PL)
    result, output = _generate(folder, tmp_path, "--allow-draft-translation")
    assert result.exit_code == 0, result.output
    texts = [flat(text) for text in page_texts(output)]
    leaflet = " ".join(texts)
    assert f"{PL}Sacroiliac joint fusion" in leaflet
    assert f"{PL}Infection or problems with the wound" in leaflet
    assert all("Draft translation, not yet checked by a qualified translator" in text for text in texts)


def test_with_a_reviewed_catalog_only_a_draft_translation_needs_the_option_and_marks_the_pages(tmp_path):
    folder = library_with_master(tmp_path / "library")
    reviewed_catalog(folder, "pl")
    write_translation(folder, "pl", PL)
    result, _ = _generate(folder, tmp_path)
    assert result.exit_code != 0
    assert "the Polish translation of sacroiliac-joint-fusion is a draft" in result.output
    assert "--allow-draft-translation" in result.output
    result, output = _generate(folder, tmp_path, "--allow-draft-translation")
    assert result.exit_code == 0, result.output
    assert all("Draft translation, not yet checked" in flat(text) for text in page_texts(output))
    write_translation(folder, "pl", PL, reviewed=True)
    result, output = _generate(folder, tmp_path)
    assert result.exit_code == 0, result.output
    assert not any("Draft translation" in flat(text) for text in page_texts(output))


def test_a_changed_sentence_makes_the_translation_stale_naming_the_unit(tmp_path):
    folder = library_with_master(tmp_path / "library")
    write_translation(folder, "pl", PL)
    edit_master(folder, "The cut can get infected or be slow to heal.",
                "The cut can get infected, or it can be slow to heal.")
    result, output = _generate(folder, tmp_path, "--allow-draft-translation")
    assert result.exit_code != 0
    assert "the Polish translation of sacroiliac-joint-fusion is stale" in result.output
    assert "risks.Infection or problems with the wound.detail" in result.output
    assert not output.exists()
    check = run("check", "--library", folder)
    assert "translation pl" in check.output
    assert "risks.Infection or problems with the wound.detail" in check.output
    assert check.exit_code != 0


def test_a_changed_figure_names_that_risk_in_every_translation(tmp_path):
    folder = library_with_master(tmp_path / "library")
    write_translation(folder, "pl", PL)
    write_translation(folder, "cy", "CY: ")
    edit_master(folder, "count: 39\n        up_to: 40", "count: 38\n        up_to: 40")
    check = run("check", "--library", folder)
    for language in ("pl", "cy"):
        assert f"translation {language}" in check.output
    assert check.output.count("risks.Infection or problems with the wound.detail") == 2


def test_a_missing_unit_and_a_risk_the_master_no_longer_has_are_errors(tmp_path):
    folder = library_with_master(tmp_path / "library")
    write_translation(folder, "pl", PL, drop=("faq.1.q",), extra={"risks.Old risk.name": "Stare ryzyko"})
    check = run("check", "--library", folder)
    assert "missing unit(s): faq.1.q" in check.output
    assert "unit(s) the master does not have: risks.Old risk.name" in check.output


def test_list_shows_each_leaflets_languages_and_their_state(tmp_path):
    folder = library_with_master(tmp_path / "library")
    write_translation(folder, "pl", PL)
    write_translation(folder, "cy", "CY: ", reviewed=True)
    write_translation(folder, "ro", "RO: ")
    edit_master(folder, "You may bleed during or after the operation.", "You may bleed during or after it.")
    listing = run("list", "--library", folder)
    row = next(line for line in listing.output.splitlines() if line.startswith(PROCEDURE))
    assert row.endswith("en, cy stale, pl stale, ro stale")


def test_without_a_translation_a_language_is_refused_unless_the_site_prints_the_english_leaflet(tmp_path):
    folder = library_with_master(tmp_path / "library")
    result, _ = _generate(folder, tmp_path, "--allow-draft-translation")
    assert result.exit_code != 0
    assert "sacroiliac-joint-fusion has no Polish translation" in result.output
    assert "english_leaflet_fallback: true" in result.output
    (folder / "site.yaml").write_text(SITE + "english_leaflet_fallback: true\n")
    result, output = _generate(folder, tmp_path, "--allow-draft-translation")
    assert result.exit_code == 0, result.output
    cover = flat(page_texts(output)[0])
    assert ("The leaflet in this pack is in English, because it is not yet translated into your language."
            in cover)
    assert "Ulotka w tym pakiecie jest w języku angielskim" in cover


def test_the_hospitals_own_figures_print_in_a_translated_pack(tmp_path):
    site = SITE + ("local_figures:\n  sacroiliac-joint-fusion:\n    period: April 2025 to March 2026\n"
                   "    risks:\n      Bleeding: {count: 3, per: 100}\n")
    folder = library_with_master(tmp_path / "library", site)
    write_translation(folder, "pl", PL)
    result, output = _generate(folder, tmp_path, "--allow-draft-translation")
    assert result.exit_code == 0, result.output
    leaflet = " ".join(flat(text) for text in page_texts(output))
    assert "April 2025 to March 2026" in leaflet


def test_a_translation_cannot_carry_a_figure_of_its_own(tmp_path):
    folder = library_with_master(tmp_path / "library")
    path = write_translation(folder, "pl", PL)
    path.write_text(path.read_text(encoding="utf-8") + "frequency: {count: 1, per: 100}\n", encoding="utf-8")
    check = run("check", "--library", folder)
    assert check.exit_code != 0
    assert "sacroiliac-joint-fusion.pl.yaml" in check.output
    assert "- frequency (line " in check.output
    assert "is not a known field (check the spelling)" in check.output
