"""Signed pages come back: `consentpack file` reads scanned stacks, finds each page's pack by
its QR code and files it in that pack's record, whatever the scanner did to it. Every input
page ends up filed, unfiled, or counted as blank or a duplicate, and every page of every
record belongs to that record's patient and printing."""

import csv
import dataclasses
import itertools
import json
import random
import re

import pypdfium2
import pytest
import zxingcpp
from PIL import ImageFilter
from pypdf import PdfReader, PdfWriter

from consentpack.pdf.page_code import parse
from consentpack.scan.records import STATE_KEY
from consentpack.scan.sources import Scan
from helpers.cli import patient_args, run
from helpers.library import PROCEDURE
from helpers.packs import printed_pack_id
from helpers.patients import JOHN
from helpers.pdf import flat, page_texts
from helpers.scanning import (
    blank_back,
    code_page,
    degrade,
    foreign_page,
    rasterise,
    recoded,
    write_pdf,
    write_tiff,
)

# How scanners spoil pages, in turn: fed every way up, crooked, colour, grey and black and
# white, worn with grain and blur (JPEG quality 40 is the PDF's and the JPEG files').
WEAR = [
    {}, {"turn": 180, "skew": 2}, {"turn": 90, "skew": -2, "mode": "RGB"}, {"turn": 270, "mode": "1"},
    {"noise": 25, "blur": 0.8}, {"skew": 2.5, "mode": "1"}, {"turn": 180, "noise": 15, "mode": "RGB"},
]


def file(*args):
    return run("file", "-q", *args)


def summary(output: str) -> dict[str, int]:
    found = re.search(r"Read (\d+) pages: (\d+) filed, (\d+) filed before, (\d+) duplicates left out, "
                      r"(\d+) blank, (\d+) unfiled", output)
    return dict(zip(["pages", "filed", "before", "duplicates", "blank", "unfiled"], map(int, found.groups()), strict=True))


def filing_csv(records) -> dict[str, dict[str, str]]:
    with (records / "filing.csv").open(newline="", encoding="utf-8") as handle:
        return {row["pack_id"]: row for row in csv.DictReader(handle)}


def record_codes(path) -> list[str]:
    """The code on each page of a record, read again from the whole page (speckled black and
    white pages through a median filter)."""
    document = pypdfium2.PdfDocument(str(path))
    codes = []
    try:
        for page in document:
            image = page.render(scale=200 / 72, grayscale=True).to_pil()
            found = zxingcpp.read_barcodes(image) or zxingcpp.read_barcodes(image.filter(ImageFilter.MedianFilter(3)))
            codes.append([code.text for code in found])
    finally:
        document.close()
    return codes


@pytest.fixture(scope="module")
def packs(tmp_path_factory, jane_pack):
    """Jane's pack (form 1), the same pack printed again another day, and John's (form 4, no
    copy), each with every page rasterised at 200 dpi."""
    folder = tmp_path_factory.mktemp("printed")
    made = {"jane": jane_pack, "jane-again": folder / "jane-again.pdf", "john": folder / "john.pdf"}
    again = run("generate", PROCEDURE, *patient_args(), "--generated-at", "2026-11-20", "-o", made["jane-again"])
    john = run("generate", PROCEDURE, *patient_args(JOHN), "-o", made["john"])
    assert again.exit_code == 0, again.output
    assert john.exit_code == 0, john.output
    return {name: (path, printed_pack_id(path), rasterise(path)) for name, path in made.items()}


def consent_pages(pdf) -> list[int]:
    return [number for number, text in enumerate(page_texts(pdf), 1) if "Consent form · Page" in flat(text)]


@pytest.mark.slow
def test_a_worn_shuffled_stack_files_every_page_to_its_own_patient_and_printing(tmp_path, packs):
    jane, jane_id, jane_pages = packs["jane"]
    again, again_id, again_pages = packs["jane-again"]
    john, john_id, john_pages = packs["john"]
    missing = consent_pages(jane)[1]
    stack = [("jane", n) for n in range(1, len(jane_pages) + 1) if n != missing]
    stack += [("john", n) for n in range(1, len(john_pages) + 1)]
    stack += [("again", n) for n in consent_pages(again)]
    random.Random(7).shuffle(stack)
    sources = {"jane": jane_pages, "john": john_pages, "again": again_pages}
    scanned = [degrade(sources[who][n - 1], **WEAR[i % len(WEAR)]) for i, (who, n) in enumerate(stack)]
    size = scanned[0].size
    # A duplex scan's blank backs, a page of another document, and Jane's page 3 scanned twice.
    scanned[4:4] = [blank_back(size, seed=1)]
    scanned[11:11] = [foreign_page(size, seed=2)]
    scanned.append(degrade(jane_pages[2], noise=10))
    scanned.append(blank_back(size, seed=3))
    half = len(scanned) // 2
    assert half > 11  # the foreign page is page 12 of the PDF
    scans = tmp_path / "scans"
    scans.mkdir()
    write_pdf(scanned[:half], scans / "monday.pdf", quality=40)
    write_tiff([page.convert("1") for page in scanned[half:-6]], scans / "monday-bw.tif")
    for number, page in enumerate(scanned[-6:], start=1):
        if number % 2:
            page.convert("L").save(scans / f"extra-{number}.jpg", quality=40, dpi=(200, 200))
        else:
            page.save(scans / f"extra-{number}.png", dpi=(200, 200))

    records = tmp_path / "records"
    result = file(*sorted(scans.iterdir()), "-o", records, "--jobs", "2")

    assert result.exit_code == 1
    counts = summary(result.output)
    assert counts == {"pages": len(scanned), "filed": len(stack), "before": 0, "duplicates": 1, "blank": 2,
                      "unfiled": 1}
    assert "monday.pdf page 12: no readable code" in result.output
    jane_record = f"9434765919-{PROCEDURE}-form1-20{jane_id[:2]}-{jane_id[2:4]}-{jane_id[4:6]}"
    assert f"{jane_record} consent form: page {missing} of {len(jane_pages)} missing" in result.output
    assert "Smith" not in result.output
    assert "Okafor" not in result.output
    assert "SMITH" not in result.output

    rows = filing_csv(records)
    assert set(rows) == {jane_id, again_id, john_id}
    assert rows[jane_id]["missing_consent_form"] == str(missing)
    assert (rows[jane_id]["duplicates_left_out"], rows[jane_id]["consent_form_complete"]) == ("1", "no")
    assert rows[jane_id]["missing_copy"] == rows[jane_id]["missing_cover"] == ""
    assert (rows[john_id]["form"], rows[john_id]["consent_form_complete"], rows[john_id]["missing_copy"]) == (
        "4", "yes", "")
    assert rows[again_id]["consent_form_complete"] == "yes"
    assert rows[again_id]["pages_received"] == str(len(consent_pages(again)))
    assert rows[again_id]["missing_cover"]
    assert rows[again_id]["missing_leaflet"]
    assert rows[again_id]["missing_copy"]
    expected = {jane_id: ("N9434765919", len(jane_pages) - 1), again_id: ("N9434765919", len(consent_pages(again))),
                john_id: ("N9990000034", len(john_pages))}
    for pack_id, row in rows.items():
        codes = [parse(found[0]) for found in record_codes(records / row["record"])]
        identifier, count = expected[pack_id]
        assert {(code.pack_id, code.identifier) for code in codes} == {(pack_id, identifier)}
        pages = [code.page for code in codes]
        assert pages == sorted(pages)
        assert len(pages) == count == int(row["pages_received"])
    unfiled = PdfReader(records / "unfiled.pdf")
    assert len(unfiled.pages) == 1


@pytest.mark.slow
def test_scans_from_150_to_600_dpi_file_in_every_format(tmp_path, packs):
    path, pack_id, _ = packs["john"]
    scans = tmp_path / "scans"
    scans.mkdir()
    low, high = rasterise(path, dpi=150), rasterise(path, dpi=600)[:1]
    write_pdf([degrade(low[1], turn=180, skew=2)], scans / "low.pdf", dpi=150, quality=40)
    degrade(low[2], mode="1").save(scans / "low.png", dpi=(150, 150))
    degrade(high[0], turn=90, mode="RGB").save(scans / "high.jpg", quality=40, dpi=(600, 600))
    write_tiff([degrade(page, mode="L") for page in rasterise(path, dpi=300)[3:5]], scans / "mid.tif", dpi=300,
               compression="jpeg")

    result = file(*sorted(scans.iterdir()), "-o", tmp_path / "records", "--jobs", "1")

    assert summary(result.output)["filed"] == 5, result.output
    record = tmp_path / "records" / filing_csv(tmp_path / "records")[pack_id]["record"]
    assert [parse(found[0]).page for found in record_codes(record)] == [1, 2, 3, 4, 5]
    # Each page the size scanned (A4; a crooked scan a little more), whatever the resolution.
    for page in PdfReader(record).pages:
        short, long = sorted((float(page.mediabox.width), float(page.mediabox.height)))
        assert 594 <= short <= 595 * 1.06
        assert 841 <= long <= 842 * 1.06


def _image_data(page) -> bytes:
    (image,) = [page["/Resources"]["/XObject"][name].get_object()
                for name in page["/Resources"]["/XObject"]]
    return image._data


def test_scanned_images_go_into_the_record_unchanged(tmp_path, packs):
    path, pack_id, pages = packs["john"]
    scans = tmp_path / "scans"
    scans.mkdir()
    write_pdf([degrade(pages[0])], scans / "scan.pdf", quality=40)
    degrade(pages[1], mode="RGB").save(scans / "page-2.jpg", quality=40, dpi=(200, 200))
    tiff = degrade(pages[2], mode="1")
    write_tiff([tiff], scans / "page-3.tif")

    assert file(*sorted(scans.iterdir()), "-o", tmp_path / "records").exit_code == 1  # the form is incomplete

    record = PdfReader(tmp_path / "records" / filing_csv(tmp_path / "records")[pack_id]["record"])
    assert _image_data(record.pages[0]) == _image_data(PdfReader(scans / "scan.pdf").pages[0])
    assert _image_data(record.pages[1]) == (scans / "page-2.jpg").read_bytes()
    third = record.pages[2]["/Resources"]["/XObject"]["/Scan"].get_object()
    assert (third["/BitsPerComponent"], third["/Width"], third["/Height"]) == (1, *tiff.size)
    assert third.get_data() == tiff.tobytes()  # every pixel


def test_a_later_scan_completes_the_record_and_a_rerun_changes_nothing(tmp_path, packs):
    path, pack_id, pages = packs["john"]
    form = consent_pages(path)
    first, last = tmp_path / "monday.pdf", tmp_path / "tuesday.jpg"
    write_pdf([degrade(pages[n - 1]) for n in form[:-1]], first)
    degrade(pages[form[-1] - 1], turn=180).save(last, quality=60, dpi=(200, 200))
    records = tmp_path / "records"

    monday = file(first, "-o", records)
    assert monday.exit_code == 1
    assert f"consent form: page {form[-1]} of {len(pages)} missing" in monday.output

    tuesday = file(last, "-o", records)
    assert tuesday.exit_code == 0, tuesday.output
    row = filing_csv(records)[pack_id]
    assert (row["consent_form_complete"], row["missing_consent_form"], row["pages_received"]) == (
        "yes", "", str(len(form)))
    assert [parse(found[0]).page for found in record_codes(records / row["record"])] == form
    assert len(list(records.glob("*.pdf"))) == 1

    before = {path.name: path.read_bytes() for path in records.iterdir()}
    again = file(first, last, "-o", records)
    assert again.exit_code == 0
    assert summary(again.output) == {"pages": len(form), "filed": 0, "before": len(form), "duplicates": 0,
                                     "blank": 0, "unfiled": 0}
    assert {path.name: path.read_bytes() for path in records.iterdir()} == before


def test_pages_from_packs_printed_before_pack_ids_still_file(tmp_path):
    scans = tmp_path / "scans"
    scans.mkdir()
    write_pdf([code_page("CP2:F:1:N9434765919:SACROILIAC-JOINT-FUSION:1.0:8:14"),
               code_page("CP1:F:N9434765919:SACROILIAC-JOINT-FUSION:1.0:9:14")], scans / "old.pdf")

    result = file(scans / "old.pdf", "-o", tmp_path / "records")

    assert result.exit_code == 1
    name = f"9434765919-{PROCEDURE}-form1-undated"
    assert f"{name}: printed before packs carried a pack id; check by hand" in result.output
    (row,) = filing_csv(tmp_path / "records").values()
    assert (row["record"], row["pages_received"], row["consent_form_complete"]) == (f"{name}.pdf", "2", "unknown")
    assert row["missing_part_unknown"] == "1 2 3 4 5 6 7 10 11 12 13 14"


def test_a_file_that_cannot_be_read_is_named_and_the_others_filed(tmp_path, packs):
    _, pack_id, pages = packs["john"]
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really")
    degrade(pages[0]).save(tmp_path / "page.png")

    result = file(tmp_path / "broken.pdf", tmp_path / "page.png", "-o", tmp_path / "records")

    assert result.exit_code == 1
    assert f"{tmp_path / 'broken.pdf'}: cannot be read as a PDF file" in result.output
    assert summary(result.output)["filed"] == 1
    assert set(filing_csv(tmp_path / "records")) == {pack_id}


def test_a_pack_whose_consent_form_all_came_back_exits_0(tmp_path, packs):
    path, _, pages = packs["jane"]
    form = consent_pages(path)
    write_pdf([degrade(pages[n - 1]) for n in form], tmp_path / "signed.pdf")

    result = file(tmp_path / "signed.pdf", "-o", tmp_path / "records")

    assert result.exit_code == 0, result.output
    assert "0 unfiled" in result.output


@pytest.mark.parametrize(("arguments", "message"), [
    (["scan.docx", "-o", "records"], "scan.docx: not a scan ConsentPack can read; expected a PDF, TIFF, JPEG or PNG"),
    (["scan.pdf", "-o", "taken.txt"], "-o taken.txt is a file; give the records folder"),
    (["records/old.pdf", "-o", "records"], "records/old.pdf is inside the records folder records"),
    (["scan.pdf", "-o", "records", "--name-template", "../{identifier}"],
     "--name-template: '../' may only hold letters, digits"),
    (["scan.pdf", "-o", "records", "--name-template", "{family_name}"], "'{family_name}' is not a placeholder"),
    (["-o", "records"], "Missing argument 'SCANS...'"),
])
def test_wrong_usage_exits_2_and_says_what_is_expected(tmp_path, monkeypatch, arguments, message):
    monkeypatch.chdir(tmp_path)
    for name in ("scan.docx", "scan.pdf", "taken.txt", "records/old.pdf"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    result = file(*arguments)
    assert result.exit_code == 2
    assert message in flat(result.output)
    assert [path.name for path in (tmp_path / "records").iterdir()] == ["old.pdf"]  # nothing written


def test_the_record_keeps_its_filing_state_and_names_no_patient_in_the_log(tmp_path, packs):
    _, pack_id, pages = packs["jane"]
    degrade(pages[0]).save(tmp_path / "cover.png")
    result = file(tmp_path / "cover.png", "-o", tmp_path / "records")
    (record,) = (tmp_path / "records").glob("9434765919-*.pdf")
    state = PdfReader(record).metadata[STATE_KEY]
    assert f'"pack_id": "{pack_id}"' in state
    assert '"1": ' in state
    assert "Jane" not in result.output
    assert "Smith" not in result.output


def test_a_record_changed_outside_consentpack_is_refused_by_name(tmp_path, packs):
    _, pack_id, pages = packs["john"]
    write_pdf([degrade(pages[0]), degrade(pages[1])], tmp_path / "first.pdf")
    degrade(pages[2]).save(tmp_path / "later.png")
    records = tmp_path / "records"
    file(tmp_path / "first.pdf", "-o", records)
    record = records / filing_csv(records)[pack_id]["record"]
    edited = PdfWriter(clone_from=record)
    edited.remove_page(1)
    edited.write(record)

    result = file(tmp_path / "later.png", "-o", records)

    assert result.exit_code == 1
    assert (f"error: {record} has 1 page but its filing state lists 2 pages: it was changed outside ConsentPack"
            in flat(result.output))


def _forged(page, identifier: str):
    """`page` with its code recoded to name another patient, under the same pack id."""
    (found,) = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    return recoded(page, dataclasses.replace(parse(found.text), identifier=identifier).text())


def _filing_state(pdf) -> dict[int, str] | list[str]:
    """Which scanned page was filed as each page of a record, or what unfiled.pdf holds."""
    state = json.loads(PdfReader(pdf).metadata[STATE_KEY])
    if "unfiled" in state:
        return state["unfiled"]
    return {int(page): fingerprint for page, fingerprint in state["filed"].items()}


@pytest.mark.slow
def test_a_forged_page_is_unfiled_whatever_order_the_stack_is_read_in(tmp_path, packs):
    """Three pages of Jane's consent form and a fourth forged under the same pack id to name
    John (a valid NHS number): all 24 orders file the three and unfile the forged one."""
    path, pack_id, pages = packs["jane"]
    form = consent_pages(path)
    *genuine, last = form[:4]
    scans = tmp_path / "scans"
    scans.mkdir()
    files = {number: scans / f"page-{number}.png" for number in genuine}
    for number, scan in files.items():
        degrade(pages[number - 1]).save(scan)
    forged = scans / "forged.png"
    _forged(degrade(pages[last - 1]), "N9990000034").save(forged)
    fingerprints = {number: Scan(scan).fingerprint(0) for number, scan in files.items()}

    for order, stack in enumerate(itertools.permutations([*files.values(), forged])):
        records = tmp_path / f"records-{order}"
        result = file(*stack, "-o", records, "--jobs", "1")

        assert summary(result.output) == {"pages": 4, "filed": 3, "before": 0, "duplicates": 0, "blank": 0,
                                          "unfiled": 1}, stack
        assert f"{forged} page 1: its code disagrees with the other pages for pack {pack_id}" in result.output
        assert "9990000034" not in result.output
        (row,) = filing_csv(records).values()
        assert (row["pack_id"], row["identifier"], row["missing_consent_form"]) == (
            pack_id, "9434765919", " ".join(map(str, form[3:])))
        assert _filing_state(records / row["record"]) == fingerprints
        assert _filing_state(records / "unfiled.pdf") == [Scan(forged).fingerprint(0)]


def test_pages_that_disagree_in_equal_numbers_are_none_of_them_filed(tmp_path, packs):
    path, pack_id, pages = packs["jane"]
    form = consent_pages(path)[:4]  # two genuine pages and two forged
    stack = [degrade(pages[n - 1]) for n in form[:2]] + [_forged(degrade(pages[n - 1]), "N9990000034")
                                                         for n in form[2:]]
    write_pdf(stack, tmp_path / "stack.pdf")

    result = file(tmp_path / "stack.pdf", "-o", tmp_path / "records")

    assert result.exit_code == 1
    assert summary(result.output)["unfiled"] == 4
    for number in range(1, 5):
        assert (f"stack.pdf page {number}: the pages of pack {pack_id} disagree on whose it is or what it holds, "
                "and no one version has the most pages; none of them was filed") in flat(result.output)
    assert not filing_csv(tmp_path / "records")
    assert len(PdfReader(tmp_path / "records" / "unfiled.pdf").pages) == 4


def test_a_record_already_filed_keeps_its_patient_against_more_pages_naming_another(tmp_path, packs):
    path, pack_id, pages = packs["jane"]
    first, second, *others = consent_pages(path)[:4]  # two forged pages: more than the genuine one beside them
    records = tmp_path / "records"
    degrade(pages[first - 1]).save(tmp_path / "monday.png")
    assert summary(file(tmp_path / "monday.png", "-o", records).output)["filed"] == 1

    write_pdf([_forged(degrade(pages[n - 1]), "N9990000034") for n in others] + [degrade(pages[second - 1])],
              tmp_path / "tuesday.pdf")
    result = file(tmp_path / "tuesday.pdf", "-o", records)

    counts = summary(result.output)
    assert (counts["filed"], counts["unfiled"]) == (1, 2)
    for number in (1, 2):
        assert f"tuesday.pdf page {number}: its code disagrees with the pages already filed for pack {pack_id}" in (
            flat(result.output))
    (row,) = filing_csv(records).values()
    assert (row["identifier"], row["pages_received"]) == ("9434765919", "2")
