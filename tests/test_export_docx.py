"""`consentpack export --docx`: a leaflet as a Word document that `consentpack import` reads back
as the same leaflet, field for field, and reads an author's edits from (a figure and its source)."""

from pathlib import Path

import docx
import pytest
import yaml

from consentpack import actions
from consentpack.errors import ConsentPackError, UsageError
from consentpack.importing.docx_export import figure_text, write_leaflet_document
from consentpack.importing.draft import draft_leaflet
from consentpack.importing.figures import find_figures
from consentpack.importing.headings import section_of_heading
from consentpack.importing.read import read_source
from consentpack.library.folders import Library, load_model
from consentpack.library.models import Frequency, Leaflet, Risk
from consentpack.library.word_shape import RISK_HEADER, SECTION_HEADINGS
from helpers.cli import run
from helpers.library import PROCEDURE, REPO

DATA = REPO / "tests" / "data"
def _loads(path: Path) -> bool:
    try:
        Library.load_leaflet(path)
    except ConsentPackError:
        return False
    return True


# The bundled leaflet and every test leaflet that loads (broken-leaflets/ holds some that must not).
FIXTURES = [
    REPO / "leaflets" / f"{PROCEDURE}.yaml",
    *sorted((DATA / "local-library" / "leaflets").glob("*.yaml")),
    *sorted((DATA / "figures-library" / "leaflets").glob("*.yaml")),
    *(path for path in sorted((DATA / "broken-leaflets").glob("*.yaml")) if _loads(path)),
]


def _everything() -> Leaflet:
    """The figures leaflet with every field the fixtures leave empty filled: codes, extra
    procedures, every anaesthesia, italic and a list in body text, a figure with a review too."""
    leaflet = load_model(Leaflet, DATA / "figures-library" / "leaflets" / f"{PROCEDURE}.yaml")
    data = leaflet.model_dump()
    data["codes"] = [{"system": "http://snomed.info/sct", "code": "80146002"},
                     {"system": "urn:oid:2.16.840.1.113883.2.1.3.2.4.16.67", "code": "W78.1"}]
    data["consent"] = {"anaesthesia": ["general", "regional", "local", "sedation"],
                       "extra_procedures": ["Bone graft from the pelvis", "Removal of old implants"]}
    data["sections"]["about"] += "\n\nIt is *not* a spinal fusion:\n\n- one side\n- or both"
    data["sections"]["candidates"][0] += "\n\nA second paragraph, **bold** and *italic*."
    data["sections"]["risks"][0]["review"] = "Audit due in 2027."
    data["sections"]["risks"][1]["frequency"] = {"count": 5, "up_to": 10, "per": 10000}
    return Leaflet.model_validate(data)


def _round_trip(leaflet: Leaflet, folder: Path) -> Leaflet:
    word = folder / f"{leaflet.id}.docx"
    write_leaflet_document(leaflet, word)
    draft = draft_leaflet(read_source(word))
    return Leaflet.model_validate(yaml.safe_load(draft.text))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_an_unedited_round_trip_gives_the_same_leaflet(path, tmp_path):
    leaflet = Library.load_leaflet(path)
    back = _round_trip(leaflet, tmp_path)
    assert back.model_dump() == leaflet.model_dump()
    assert back.content_hash == leaflet.content_hash


def test_every_field_round_trips_when_all_are_filled(tmp_path):
    leaflet = _everything()
    back = _round_trip(leaflet, tmp_path)
    assert back.model_dump() == leaflet.model_dump()
    assert back.content_hash == leaflet.content_hash


def test_each_section_heading_and_figure_is_read_back_by_the_importer():
    assert {section: section_of_heading(text) for section, text in SECTION_HEADINGS.items()} == {
        section: section for section in SECTION_HEADINGS}
    for count, up_to, per in ((1, None, 100), (5, 10, 100), (2, None, 1000), (1, 3, 10000)):
        risk = Risk(name="A risk", detail="Detail.", frequency=Frequency(count=count, up_to=up_to, per=per))
        [figure] = find_figures(figure_text(risk))
        assert (figure.count, figure.up_to, figure.per, figure.bound) == (count, up_to, per, "")


def test_a_figure_typed_in_word_is_read_with_the_source_beside_it(tmp_path):
    word = actions.export_leaflet(Library.open(), PROCEDURE, tmp_path / "edited.docx")
    document = docx.Document(word)
    table = next(table for table in document.tables if tuple(cell.text for cell in table.rows[0].cells)
                 == RISK_HEADER)
    row = table.rows[2]  # Bleeding: the source gives no figure, so its source cell holds the review note
    assert row.cells[0].text == "Bleeding"
    for cell, text in ((row.cells[3], "2 in 100"), (row.cells[4], "Our audit 2025, 2 of 100 patients")):
        cell.paragraphs[0].text = text
        for extra in cell.paragraphs[1:]:
            extra._element.getparent().remove(extra._element)
    document.save(word)
    draft = draft_leaflet(read_source(word))
    bleeding = Leaflet.model_validate(yaml.safe_load(draft.text)).sections.risks[1]
    assert bleeding.frequency == Frequency(count=2, per=100, source="Our audit 2025, 2 of 100 patients")
    assert bleeding.review is None


def test_the_document_opens_in_word_with_a_heading_per_section(tmp_path):
    word = actions.export_leaflet(Library.open(), PROCEDURE, tmp_path / "leaflet.docx")
    document = docx.Document(word)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == "Sacroiliac joint fusion"
    assert [text for text in headings if text in SECTION_HEADINGS.values()] == list(SECTION_HEADINGS.values())
    assert "Going to sleep" in headings


def test_an_unknown_leaflet_or_an_existing_file_is_a_clear_error(tmp_path):
    with pytest.raises(UsageError, match="No leaflet called 'no-such-leaflet'"):
        actions.export_leaflet(Library.open(), "no-such-leaflet", tmp_path / "x.docx")
    (tmp_path / "there.docx").write_bytes(b"")
    with pytest.raises(UsageError, match="already exists"):
        actions.export_leaflet(Library.open(), PROCEDURE, tmp_path / "there.docx")
    with pytest.raises(UsageError, match="ending in .docx"):
        actions.export_leaflet(Library.open(), PROCEDURE, tmp_path / "x.doc")


def test_export_and_import_from_the_command_line(tmp_path):
    word, back = tmp_path / "sij.docx", tmp_path / f"{PROCEDURE}.yaml"
    result = run("export", PROCEDURE, "--docx", word)
    assert result.exit_code == 0, result.output
    assert "Wrote" in result.output
    assert word.is_file()
    assert run("import", word, "-o", back).exit_code == 0
    assert Library.load_leaflet(back) == Library.open().leaflet(PROCEDURE)
    unknown = run("export", "no-such-leaflet", "--docx", tmp_path / "x.docx")
    assert unknown.exit_code != 0
    assert "No leaflet called 'no-such-leaflet'" in unknown.output
