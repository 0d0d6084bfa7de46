"""Tagged for screen readers (PDF/UA-1) in every edition, and PDF/A-2u for the record copy.

The conformance checks use page-validation, a PDF/A and PDF/UA validator from PyPI; the
structure tests read the tag tree back the way assistive technology does (tests/helpers/tagged.py).
"""

import re
import subprocess
import zlib
from io import BytesIO

import page
import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from consentpack.pdf.pypdf_private import add_object, encoded_data
from consentpack.pdf.standards import archivable, wrap_streams_ending_in_cr
from helpers.cli import patient_args, run
from helpers.library import PROCEDURE, REPO
from helpers.packs import LEAFLET_HEADINGS
from helpers.tagged import headings, marked_text, structure, text_of

FIGURES_LIBRARY = REPO / "tests" / "data" / "figures-library"
FORM_SECTIONS = ["1. Patient details", "2. Proposed procedure", "3. Statement of health professional",
                 "4. Extra procedures, alternatives and information given", "5. Anaesthesia",
                 "6. Statement of interpreter (where used)", "7. Statement of patient",
                 "8. Confirmation of consent"]
FORM_1 = "Consent form 1: Patient agreement to investigation or treatment"
PART_TITLES = ["Your personal cover", "Information leaflet", FORM_1, "Patient's copy of the consent form"]


def failures(report) -> list[str]:
    return [f"{failure.rule_id}: {failure.message}" for failure in report.failures]


@pytest.fixture(scope="module")
def archive_pack(tmp_path_factory):
    output = tmp_path_factory.mktemp("archive") / "record.pdf"
    result = run("generate", PROCEDURE, *patient_args(procedure_date="2030-06-01"),
                 "--library", FIGURES_LIBRARY, "--archive", "--generated-at", "2026-11-25", "-o", output)
    assert result.exit_code == 0, result.output
    return output


@pytest.fixture(scope="module")
def large_print_pack(tmp_path_factory):
    output = tmp_path_factory.mktemp("large") / "large.pdf"
    result = run("generate", PROCEDURE, *patient_args(), "--library", FIGURES_LIBRARY,
                 "--large-print", "-o", output)
    assert result.exit_code == 0, result.output
    return output


def test_every_edition_passes_a_pdf_ua_1_validator(jane_pack, large_print_pack, archive_pack):
    for pack in (jane_pack, large_print_pack, archive_pack):
        report = page.validate_pdf(pack, profile="ua1")
        assert report.rules.total > 50, "the validator ran no rules"
        assert report.is_compliant, (pack.name, failures(report))


def test_the_archive_edition_passes_a_pdf_a_2u_validator_and_others_do_not_claim_it(
        jane_pack, archive_pack):
    report = page.validate_pdf(archive_pack, profile="2u")
    assert report.rules.total > 50, "the validator ran no rules"
    assert report.is_compliant, failures(report)
    assert not page.validate_pdf(jane_pack, profile="2u").is_compliant


def test_title_language_and_standards_are_declared_without_the_patient(jane_pack, archive_pack):
    for pack, claims_archive in ((jane_pack, False), (archive_pack, True)):
        reader = PdfReader(pack)
        catalog = reader.trailer["/Root"]
        assert catalog["/Lang"] == "en-GB"
        assert catalog["/MarkInfo"]["/Marked"].value is True
        assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True
        title = reader.metadata.title
        assert title == "Sacroiliac joint fusion: information and consent pack"
        xmp = catalog["/Metadata"].get_data().decode("utf-8")
        assert f'<rdf:li xml:lang="x-default">{title}</rdf:li>' in xmp
        assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
        assert ("<pdfaid:part>2</pdfaid:part>" in xmp) is claims_archive
        assert ("<pdfaid:conformance>U</pdfaid:conformance>" in xmp) is claims_archive
        everything = xmp + str(dict(reader.metadata))
        for detail in ("Smith", "SMITH", "Jane", "9434765919", "943 476 5919", "1961"):
            assert detail not in everything


def test_a_screen_reader_meets_the_parts_and_headings_in_pack_order(jane_pack):
    reader = PdfReader(jane_pack)
    document = structure(reader).kids[0]
    assert document.role == "/Document"
    assert [(part.role, part.attributes["/T"]) for part in document.kids] == [
        ("/Part", title) for title in PART_TITLES]

    found = headings(reader)
    assert found[0][0] == "/H1"
    assert found[0][2] == "Information for Jane SMITH about your left sacroiliac joint fusion"
    top = [(role, text) for role, _page, text in found if role == "/H1"]
    assert top == [("/H1", "Information for Jane SMITH about your left sacroiliac joint fusion"),
                   ("/H1", "Sacroiliac joint fusion"),
                   ("/H1", FORM_1),
                   ("/H1", FORM_1)]
    texts = [text for _role, _page, text in found]
    leaflet_start = texts.index("Sacroiliac joint fusion")
    positions = [texts.index(heading, leaflet_start) for heading in LEAFLET_HEADINGS]
    assert positions == sorted(positions)
    consent_start = texts.index(FORM_1)
    copy_start = texts.index(FORM_1, consent_start + 1)
    for start, end in ((consent_start, copy_start), (copy_start, len(texts))):
        assert [text for text in texts[start:end] if re.match(r"\d\.", text)] == FORM_SECTIONS
    pages = [page_number for _role, page_number, _text in found]
    assert pages == sorted(pages), "headings are read in page order"


def test_every_piece_of_text_is_read_once_or_is_a_page_artifact(jane_pack):
    """The body text is tagged; the identity strip, page label and QR code repeat on every
    page and are artifacts, so a screen reader does not read the patient's name 15 times."""
    reader = PdfReader(jane_pack)
    texts = marked_text(reader)
    assert not [key for key in texts if key[1] is None], "text outside any tag or artifact"
    tree = structure(reader)
    in_tree = {key for node in tree.walk() for key in node.marked()}
    assert set(texts) <= in_tree, "marked text that no structure element claims"
    for number in range(len(reader.pages)):
        page_text = " ".join(text for (page_number, _), text in texts.items() if page_number == number)
        assert "Page 1 of" not in page_text
        assert "SMITH, Jane" not in page_text
    cover = " ".join(text for (page_number, _), text in texts.items() if page_number == 0)
    assert "Jane SMITH" in cover, "the patient is named once, in the cover's heading"


def test_parent_tree_and_table_ids_agree_with_the_tree_on_every_page(jane_pack):
    """What a reader uses to go from drawn text back to its tag: each page's entry in the
    parent tree names, for each marked-content id, the one element that claims it, also on
    the consent form pages that appear twice; table header ids are unique and sorted, and
    every data cell's headers name a header on its own page."""
    reader = PdfReader(jane_pack)
    root = reader.trailer["/Root"]["/StructTreeRoot"]
    nums = root["/ParentTree"]["/Nums"]
    parent_tree = {int(key): value.get_object() for key, value in zip(nums[::2], nums[1::2], strict=True)}
    claims = {}
    for element in _elements(root["/K"][0].get_object()):
        for kid in element["/K"]:
            if isinstance(kid, int):
                page_number = reader.get_page_number(element["/Pg"])
                assert (page_number, int(kid)) not in claims, "one marked-content id, two elements"
                claims[(page_number, int(kid))] = element
    assert claims
    for number, page_object in enumerate(reader.pages):
        entry = parent_tree[int(page_object["/StructParents"])]
        mine = {mcid: element for (page_number, mcid), element in claims.items() if page_number == number}
        assert set(mine) == {mcid for mcid, parent in enumerate(entry) if parent is not None}
        assert all(entry[mcid].get_object() is element for mcid, element in mine.items())
    assert sorted(parent_tree) == list(range(len(reader.pages)))
    assert int(root["/ParentTreeNextKey"]) == len(reader.pages)

    names = root["/IDTree"]["/Names"]
    keys = [str(key) for key in names[::2]]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    identified = dict(zip(keys, (value.get_object() for value in names[1::2]), strict=True))
    cells = [element for element in _elements(root["/K"][0].get_object())
             if "/Headers" in element.get("/A", {})]
    assert cells
    for cell in cells:
        for header in cell["/A"]["/Headers"]:
            assert identified[str(header)]["/Pg"] == cell["/Pg"]


def _elements(element):
    yield element
    for kid in element.get("/K", []):
        if not isinstance(kid, int):
            yield from _elements(kid.get_object())


def test_tables_have_headers_and_lists_have_labels(jane_pack):
    reader = PdfReader(jane_pack)
    tree = structure(reader)
    texts = marked_text(reader)
    cover_rows = [node for node in tree.walk() if node.role == "/TR" and node.page == 0]
    assert [text_of(row.kids[0], texts) for row in cover_rows][:2] == [
        "Your consultant", "Date of your operation"]
    for header, cell in (row.kids for row in cover_rows):
        assert (header.role, cell.role) == ("/TH", "/TD")
        assert list(cell.attributes["/A"]["/Headers"]) == [header.attributes["/ID"]]

    identifiers = {str(node.attributes["/ID"]) for node in tree.walk() if "/ID" in node.attributes}
    glance = [node for node in tree.walk() if node.role == "/Table"
              and any(text_of(kid, texts) == "Risk" for kid in node.walk() if kid.role == "/TH")]
    assert len(glance) == 1
    cells = [node for node in glance[0].walk() if node.role == "/TD"]
    assert cells
    assert all(node.attributes["/A"]["/Headers"] for node in cells)
    assert all(str(header) in identifiers for node in cells for header in node.attributes["/A"]["/Headers"])
    assert len(identifiers) == len([node for node in tree.walk() if "/ID" in node.attributes])

    items = [node for node in tree.walk() if node.role == "/LI"]
    assert items
    assert all([kid.role for kid in item.kids if hasattr(kid, "role")][-1] == "/LBody"
                         for item in items)
    assert not [node for node in tree.walk() if node.role == "/Table"
                and "Name (PRINT)" in text_of(node, texts)], "signature boxes are not a data table"


def test_risk_pictures_have_alternative_text(large_print_pack):
    tree = structure(PdfReader(large_print_pack))
    figures = [node.attributes.get("/Alt") for node in tree.walk() if node.role == "/Figure"]
    assert figures == ["5 in 1,000 people affected", "4 in 100 people affected"]


def test_fonts_are_embedded_and_qpdf_finds_no_damage(jane_pack, large_print_pack, archive_pack):
    for pack in (jane_pack, large_print_pack, archive_pack):
        fonts = subprocess.run(["pdffonts", pack], capture_output=True, text=True, check=True).stdout
        rows = fonts.splitlines()[2:]
        assert rows, "pdffonts listed no fonts"
        for row in rows:
            embedded = row.split()[-5]
            assert embedded == "yes", row
        check = subprocess.run(["qpdf", "--check", pack], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        assert "No syntax or stream encoding errors found" in check.stdout


def test_an_archive_pack_cannot_be_encrypted(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSENTPACK_PASSWORD", "correct horse battery")
    output = tmp_path / "record.pdf"
    result = run("generate", PROCEDURE, *patient_args(), "--archive", "-o", output)
    assert result.exit_code == 2
    assert "--archive and a password cannot be used together: PDF/A forbids encryption" in result.output
    assert not output.exists()


def test_a_batch_archive_with_a_password_is_refused_before_anything_is_made(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSENTPACK_PASSWORD", "correct horse battery")
    out = tmp_path / "out"
    result = run("batch", REPO / "tests" / "data" / "theatre-list.csv", "-o", out, "-q", "--archive")
    assert result.exit_code == 2
    assert "--archive and a password cannot be used together: PDF/A forbids encryption" in result.output
    assert not out.exists()


def test_archive_packs_are_reproducible(tmp_path, archive_pack):
    again = tmp_path / "again.pdf"
    result = run("generate", PROCEDURE, *patient_args(procedure_date="2030-06-01"),
                 "--library", FIGURES_LIBRARY, "--archive", "--generated-at", "2026-11-25", "-o", again)
    assert result.exit_code == 0, result.output
    assert again.read_bytes() == archive_pack.read_bytes()
    identifier = PdfReader(again).trailer["/ID"]
    assert len(identifier[0]) == 16


@pytest.mark.slow
def test_batch_archive_edition_remakes_standard_packs(tmp_path):
    listing = REPO / "tests" / "data" / "theatre-list.csv"
    out = tmp_path / "out"
    first = run("batch", listing, "-o", out, "-q", "-j", "1", "--generated-at", "2026-11-25")
    assert first.exit_code == 0, first.output
    second = run("batch", listing, "-o", out, "-q", "-j", "1", "--generated-at", "2026-11-25", "--archive")
    assert second.exit_code == 0, second.output
    assert "unchanged 0" in second.output
    for pdf in sorted(out.glob("*.pdf")):
        assert page.validate_pdf(pdf, profile="2u").is_compliant, pdf.name


def test_no_stream_ConsentPack_writes_ends_in_a_carriage_return():
    """A compressed stream ending in CR, then the line feed before `endstream`, reads as a /Length
    one byte too long: an archive pack of one child failed PDF/A so, through its QR code."""
    contents = [f"q {n} 0 0 1 re f Q".encode() for n in range(5_000)]
    ending_in_cr = [content for content in contents if zlib.compress(content)[-1:] == b"\r"]
    assert len(ending_in_cr) > 5  # about one in 256
    for content in contents:
        padded = archivable(content)
        assert zlib.compress(padded)[-1:] != b"\r"
        if content in ending_in_cr:  # padded with spaces, which draw nothing
            assert padded != content
            assert padded.rstrip(b" ") == content
        else:
            assert padded == content


def test_a_stream_weasyprint_compressed_to_end_in_a_carriage_return_is_wrapped_in_ascii85():
    """Found in Wójcik's archive pack: a font's Unicode map from WeasyPrint ended so."""
    content = next(text for n in range(10_000)
                   if zlib.compress(text := f"<{n:04x}> <0042>".encode())[-1:] == b"\r")
    writer = PdfWriter()
    stream = DecodedStreamObject()
    stream.set_data(content)
    stored = add_object(writer, stream.flate_encode()).get_object()
    assert stored["/Filter"] == NameObject("/FlateDecode")
    assert encoded_data(stored).endswith(b"\r")
    wrap_streams_ending_in_cr(writer)
    assert encoded_data(stored).endswith(b"~>")
    assert stored["/Filter"] == [NameObject("/ASCII85Decode"), NameObject("/FlateDecode")]
    written = BytesIO()
    writer.write(written)
    assert PdfReader(written).get_object(stored.indirect_reference.idnum).get_data() == content
