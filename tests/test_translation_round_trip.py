"""`consentpack translate export` and `import`: a leaflet's text to a translator as XLIFF 1.2 or PO
and back as `leaflets/ID.LANG.yaml`, byte for byte when nothing changed; a changed English
sentence marked for review and kept stale until approved; review only as the file records it;
a hostile XLIFF file refused."""

from pathlib import Path

import polib
import pytest

from consentpack import actions
from consentpack.errors import UsageError
from consentpack.library import folders
from consentpack.library.folders import Library
from consentpack.library.translations import CURRENT, DRAFT, drift, source_hashes, state
from helpers.cli import run
from helpers.library import PROCEDURE
from helpers.translations import edit_master, library_with_master, write_translation
from helpers.translator_files import edit_xliff, fill_po, translation_in, unit_states

STEP = "procedure_steps.3.title"  # "A small cut"


def translate(*args) -> str:
    result = run("translate", *args)
    assert result.exit_code == 0, result.output
    return result.output


def polish_library(tmp_path: Path, reviewer: str | None = None) -> Path:
    """A library holding a copy of the built-in leaflet and its Polish translation, made by
    exporting to PO, translating every entry and importing."""
    library = library_with_master(tmp_path / "library")
    translate("export", PROCEDURE, "pl", "-o", tmp_path / "blank.po", "--library", library)
    filled = fill_po(tmp_path / "blank.po", tmp_path / "filled.po", reviewer=reviewer)
    translate("import", filled, "--library", library)
    return library


def test_a_po_file_filled_in_and_imported_is_a_current_translation(tmp_path):
    library = library_with_master(tmp_path / "library")
    exported = translate("export", PROCEDURE, "Polish", "-o", tmp_path / "blank.po", "--library", library)
    assert "72 units, 0 translated" in exported
    blank = polib.pofile(str(tmp_path / "blank.po"))
    assert blank.metadata["X-Leaflet"] == PROCEDURE
    assert blank.metadata["Language"] == "pl"
    assert blank[0].msgctxt == "title"
    assert blank[0].msgid == "Sacroiliac joint fusion"
    assert blank[0].msgstr == ""

    filled = fill_po(tmp_path / "blank.po", tmp_path / "filled.po")
    output = translate("import", filled, "--library", library)
    assert "72 current" in output
    assert "reviewed: false" in output

    master, translation = translation_in(library)
    assert drift(master, translation) == []
    assert state(master, translation) == DRAFT
    assert translation.units["title"].text == "PL: Sacroiliac joint fusion"
    assert (translation.translation_of.version, translation.translation_of.content_hash) == (
        master.version, master.content_hash)


def test_export_and_import_are_byte_stable(tmp_path):
    library = polish_library(tmp_path)
    yaml_file = library / "leaflets" / f"{PROCEDURE}.pl.yaml"
    written = yaml_file.read_bytes()
    for suffix in ("xlf", "po"):
        first, second = tmp_path / f"first.{suffix}", tmp_path / f"second.{suffix}"
        translate("export", PROCEDURE, "pl", "-o", first, "--library", library)
        translate("export", PROCEDURE, "pl", "-o", second, "--library", library)
        assert first.read_bytes() == second.read_bytes()
        assert "Unchanged:" in translate("import", first, "--library", library)
        assert yaml_file.read_bytes() == written

    # The writer itself: the same translation, written afresh, is the same bytes.
    yaml_file.unlink()
    assert "Wrote" in translate("import", tmp_path / "first.xlf", "--library", library)
    assert yaml_file.read_bytes() == written
    states = unit_states(tmp_path / "first.xlf")
    assert len(states) == 72
    assert set(states.values()) == {"translated"}


def test_a_translation_written_by_hand_is_left_as_it_is_when_nothing_changed(tmp_path):
    library = library_with_master(tmp_path / "library")
    path = write_translation(library, "pl", "PL: ", reviewed=True)
    before = path.read_bytes()
    translate("export", PROCEDURE, "pl", "-o", tmp_path / "pl.xlf", "--library", library)
    assert set(unit_states(tmp_path / "pl.xlf").values()) == {"final"}
    output = translate("import", tmp_path / "pl.xlf", "--library", library)
    assert "Unchanged:" in output
    assert "reviewed: true by A Translator" in output
    assert path.read_bytes() == before


def test_review_is_what_the_file_records_for_every_unit(tmp_path):
    library = polish_library(tmp_path)
    translate("export", PROCEDURE, "pl", "-o", tmp_path / "pl.xlf", "--library", library)

    translated = edit_xliff(tmp_path / "pl.xlf", tmp_path / "approved.xlf", state="translated", approved=True)
    assert "reviewed: false" in translate("import", translated, "--library", library)
    assert not translation_in(library)[1].reviewed

    final = edit_xliff(tmp_path / "pl.xlf", tmp_path / "final.xlf", state="final", approved=True,
                       translator="Anna Nowak")
    output = translate("import", final, "--library", library)
    assert "reviewed: true by Anna Nowak" in output
    master, translation = translation_in(library)
    assert state(master, translation) == CURRENT
    assert translation.translator == "Anna Nowak"

    # Re-exported, a reviewed translation is final and approved, and comes back the same.
    translate("export", PROCEDURE, "pl", "-o", tmp_path / "again.xlf", "--library", library)
    assert set(unit_states(tmp_path / "again.xlf").values()) == {"final"}
    assert 'approved="yes"' in (tmp_path / "again.xlf").read_text()
    assert "Unchanged:" in translate("import", tmp_path / "again.xlf", "--library", library)

    # One unit not final: the translation is no longer reviewed.
    text = (tmp_path / "again.xlf").read_text().replace('state="final"', 'state="translated"', 1)
    (tmp_path / "one-less.xlf").write_text(text)
    assert "reviewed: false" in translate("import", tmp_path / "one-less.xlf", "--library", library)


def test_a_po_header_marked_reviewed_makes_a_reviewed_translation(tmp_path):
    library = polish_library(tmp_path, reviewer="Anna Nowak <anna@example.org>")
    master, translation = translation_in(library)
    assert translation.reviewed
    assert translation.translator == "Anna Nowak <anna@example.org>"
    assert state(master, translation) == CURRENT


def test_a_weblate_style_xliff_file_is_read(tmp_path):
    library = library_with_master(tmp_path / "library")
    weblate = tmp_path / "weblate.xlf"
    weblate.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="{PROCEDURE}" source-language="en" target-language="pl" datatype="plaintext">
    <body>
      <trans-unit id="title" approved="yes">
        <source>Sacroiliac joint fusion</source>
        <target state="translated">Usztywnienie stawu krzyżowo-biodrowego</target>
      </trans-unit>
      <trans-unit id="procedure_name" approved="yes">
        <source>sacroiliac joint fusion</source>
        <target state="translated">usztywnienie stawu krzyżowo-biodrowego</target>
      </trans-unit>
      <trans-unit id="summary">
        <source>An older summary.</source>
        <target state="needs-translation"></target>
      </trans-unit>
    </body>
  </file>
</xliff>
""", encoding="utf-8")
    output = translate("import", weblate, "--library", library)
    assert "2 current" in output
    assert "70 untranslated" in output
    assert "reviewed: false" in output
    master, translation = translation_in(library)
    assert translation.units["title"].text == "Usztywnienie stawu krzyżowo-biodrowego"
    assert translation.units["title"].source == source_hashes(master)["title"]
    assert "summary" not in translation.units
    assert not translation.reviewed
    assert [line.split(":")[0] for line in drift(master, translation)] == ["missing unit(s)"]


def test_a_changed_english_sentence_is_marked_for_review_and_stays_stale_until_approved(tmp_path):
    library = polish_library(tmp_path, reviewer="Anna Nowak")
    old_hash = translation_in(library)[1].units[STEP].source
    edit_master(library, "title: A small cut", "title: A short cut")

    translate("export", PROCEDURE, "pl", "-o", tmp_path / "pl.xlf", "--library", library)
    states = unit_states(tmp_path / "pl.xlf")
    assert states[STEP] == "needs-review-translation"
    assert {key for key, value in states.items() if value != "final"} == {STEP}
    translate("export", PROCEDURE, "pl", "-o", tmp_path / "pl.po", "--library", library)
    po = polib.pofile(str(tmp_path / "pl.po"))
    assert [entry.msgctxt for entry in po if "fuzzy" in entry.flags] == [STEP]
    assert po.metadata["Reviewed"] == "no"

    # Imported as it is, the unit keeps the hash of the English it was translated from.
    output = translate("import", tmp_path / "pl.xlf", "--library", library)
    assert f"still marked for review, kept stale: {STEP}" in output
    master, translation = translation_in(library)
    assert translation.units[STEP].source == old_hash
    assert not translation.reviewed
    assert STEP in drift(master, translation)[0]
    assert len(drift(master, translation)) == 1
    assert translation.translation_of.content_hash != master.content_hash

    # The translator updates it and marks it translated: current again, a draft until reviewed.
    updated = edit_xliff(tmp_path / "pl.xlf", tmp_path / "updated.xlf", targets={STEP: "PL: A short cut"})
    text = updated.read_text().replace('state="needs-review-translation"', 'state="translated"')
    updated.write_text(text)
    output = translate("import", updated, "--library", library)
    assert "72 current" in output
    master, translation = translation_in(library)
    assert drift(master, translation) == []
    assert state(master, translation) == DRAFT
    assert translation.translation_of.content_hash == master.content_hash


def test_a_po_fuzzy_entry_kept_fuzzy_stays_stale(tmp_path):
    library = polish_library(tmp_path)
    edit_master(library, "title: A small cut", "title: A short cut")
    translate("export", PROCEDURE, "pl", "-o", tmp_path / "pl.po", "--library", library)
    translate("import", tmp_path / "pl.po", "--library", library)
    master, translation = translation_in(library)
    assert len(drift(master, translation)) == 1
    assert STEP in drift(master, translation)[0]
    fill_po(tmp_path / "pl.po", tmp_path / "done.po")
    translate("import", tmp_path / "done.po", "--library", library)
    assert drift(*translation_in(library)) == []


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="x" source-language="en"
target-language="pl" datatype="plaintext"><body><trans-unit id="title"><source>&c;</source></trans-unit></body>
</file></xliff>"""
EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE xliff SYSTEM "http://127.0.0.1:9/xliff.dtd">
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>"""


@pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL_DTD], ids=["entities", "external-dtd"])
def test_a_hostile_xliff_file_is_refused_naming_it(tmp_path, text):
    library = library_with_master(tmp_path / "library")
    hostile = tmp_path / "hostile.xlf"
    hostile.write_text(text)
    result = run("translate", "import", hostile, "--library", library)
    assert result.exit_code == 1
    assert "hostile.xlf declares a document type" in result.output
    assert not (library / "leaflets" / f"{PROCEDURE}.pl.yaml").exists()


@pytest.mark.parametrize(("text", "message"), [
    ("not xml at all", "broken.xlf is not XML"),
    ('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"/>', "broken.xlf is XLIFF 2.0"),
    ("<html/>", "broken.xlf is not an XLIFF 1.2 file"),
    ("<xliff", "broken.xlf is not"),
])
def test_a_file_that_is_no_xliff_is_refused_naming_it(tmp_path, text, message):
    library = library_with_master(tmp_path / "library")
    (tmp_path / "broken.xlf").write_text(text)
    result = run("translate", "import", tmp_path / "broken.xlf", "--library", library)
    assert result.exit_code == 1
    assert message in result.output


def test_an_oversized_file_is_refused_before_it_is_parsed(tmp_path):
    library = library_with_master(tmp_path / "library")
    big = tmp_path / "big.xlf"
    big.write_bytes(b"<xliff>" + b" " * (3 * 1024 * 1024) + b"</xliff>")
    result = run("translate", "import", big, "--library", library)
    assert result.exit_code == 1
    assert "big.xlf is larger than" in result.output


def test_unknown_units_and_empty_targets_are_named(tmp_path):
    library = polish_library(tmp_path)
    translate("export", PROCEDURE, "pl", "-o", tmp_path / "pl.xlf", "--library", library)
    text = (tmp_path / "pl.xlf").read_text()
    (tmp_path / "unknown.xlf").write_text(text.replace('id="faq.5.q"', 'id="faq.9.q"'))
    result = run("translate", "import", tmp_path / "unknown.xlf", "--library", library)
    assert result.exit_code == 1
    assert "does not have: faq.9.q" in result.output

    (tmp_path / "empty.xlf").write_text(text.replace(
        '<target xml:lang="pl" state="translated">PL: Sacroiliac joint fusion</target>',
        '<target xml:lang="pl" state="translated"></target>'))
    result = run("translate", "import", tmp_path / "empty.xlf", "--library", library)
    assert result.exit_code == 1
    assert "title: its target is empty" in result.output


def test_where_a_translation_may_be_written(tmp_path):
    # A library without its own copy of the leaflet: the translation would never be read there.
    bare = tmp_path / "bare"
    (bare / "leaflets").mkdir(parents=True)
    translate("export", PROCEDURE, "pl", "-o", tmp_path / "pl.po")
    result = run("translate", "import", fill_po(tmp_path / "pl.po", tmp_path / "done.po"), "--library", bare)
    assert result.exit_code == 2
    assert "has no leaflet sacroiliac-joint-fusion of its own" in result.output
    assert list((bare / "leaflets").iterdir()) == []

    # A file in the translation's place that is not that translation is never replaced.
    library = library_with_master(tmp_path / "library")
    squatter = library / "leaflets" / f"{PROCEDURE}.pl.yaml"
    squatter.write_text("not: a translation\n")
    result = run("translate", "import", tmp_path / "done.po", "--library", library)
    assert result.exit_code == 2
    assert "is not a readable translation" in result.output
    assert squatter.read_text() == "not: a translation\n"


@pytest.mark.parametrize(("args", "message"), [
    (("en", "-o", "out.xlf"), "'en' is not a language a leaflet is translated into"),
    (("klingon", "-o", "out.xlf"), "'klingon' is not a language"),
    (("pl", "-o", "out.txt"), "must be a file name ending in .xlf, .xliff"),
    (("pl", "-o", "existing.po"), "already exists"),
])
def test_export_refuses_what_it_cannot_write(tmp_path, args, message):
    (tmp_path / "existing.po").write_text("")
    result = run("translate", "export", PROCEDURE, *[tmp_path / a if "." in a else a for a in args])
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())


def test_the_installed_package_is_never_written_to(tmp_path, monkeypatch):
    library = Library.open()
    actions.export_translation(library, PROCEDURE, "pl", tmp_path / "pl.po")
    done = fill_po(tmp_path / "pl.po", tmp_path / "done.po")
    monkeypatch.setattr(folders, "builtin_root", lambda: Path(actions.__file__).resolve().parent / "builtin")
    with pytest.raises(UsageError, match="inside the installed ConsentPack package"):
        actions.import_translation(library, done)
