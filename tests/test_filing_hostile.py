"""Scans that are wrong on purpose or by accident: codes no pack carries, pages and files far
larger than a scanner makes, stacks longer than the limit. Each is refused before anything is
rendered or decoded, named by scan file and page and never by a patient's details, and the rest
of the run goes on. Reading a long TIFF costs work in proportion to its pages."""

import re
import subprocess
import sys

import pypdfium2
import pytest
from PIL import Image, ImageFile, TiffImagePlugin
from pypdf import PdfReader, PdfWriter

from consentpack.limits import SCAN_FILE_PAGES, SCAN_PAGE_INCHES, SCAN_PAGE_PIXELS
from consentpack.pdf.page_code import parse
from helpers.cli import run
from helpers.pdf import flat
from helpers.scanning import code_page, hollow_pdf, hollow_png, hollow_tiff, write_tiff

GOOD = "CP3:F:1:N9434765919:SACROILIAC-JOINT-FUSION:1.0:261127-7KQ2M4:2.9.12:11:15"
TOO_MANY_PIXELS = f"has more than {SCAN_PAGE_PIXELS:,} pixels, more than a scanned page can have; the file was not read"
# `consentpack ARGS` run as a user runs it, and its peak memory, reported last. It is measured
# from a small process that starts it: Linux carries a process's peak over into the program it
# starts, so the test's own memory would count in a process the test started itself.
_MEASURED = """import resource, subprocess, sys
completed = subprocess.run([sys.executable, "-m", "consentpack", *sys.argv[1:]])
print(f"peak memory {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss} KB", file=sys.stderr)
sys.exit(completed.returncode)
"""


def file(*args):
    return run("file", "-q", *args)


def _bad(field: str, value: str, good: str = GOOD) -> str:
    """GOOD with one field (by its name in the payload) set to `value`."""
    names = ["version", "kind", "form", "identifier", "leaflet", "leaflet_version", "pack_id", "parts", "page",
             "pages"]
    fields = good.split(":")
    fields[names.index(field)] = value
    return ":".join(fields)


@pytest.mark.parametrize(("text", "fault"), [
    (_bad("identifier", "N9434765918"), "its NHS number fails its check digit (Modulus 11)"),
    (_bad("identifier", "N1000000010"), "its NHS number fails its check digit"),  # the check digit would be 10
    ("CP2:F:1:N9434765918:SACROILIAC-JOINT-FUSION:1.0:11:15", "its NHS number fails its check digit"),
    (_bad("identifier", "N943476591"), "its NHS or hospital number is not one ConsentPack prints"),
    (_bad("identifier", "H" + "A" * 21), "its NHS or hospital number is not one ConsentPack prints"),
    (_bad("kind", "X"), "its part letter is not one ConsentPack prints"),
    (_bad("form", "5"), "its consent form is not one ConsentPack prints"),
    (_bad("leaflet", "SACROILIAC_JOINT_FUSION"), "its leaflet id is not one ConsentPack prints"),
    (_bad("leaflet", "sacroiliac-joint-fusion"), "its leaflet id is not one ConsentPack prints"),
    (_bad("leaflet", "-FUSION"), "its leaflet id is not one ConsentPack prints"),
    (_bad("leaflet", "A" * 81), "its leaflet id is not one ConsentPack prints"),
    (_bad("leaflet_version", "1.0.0.1"), "its leaflet version is not one ConsentPack prints"),
    (_bad("leaflet_version", "v1"), "its leaflet version is not one ConsentPack prints"),
    (_bad("pack_id", "261127-7KQ2MI"), "its pack id is not one ConsentPack prints"),  # no I in the alphabet
    (_bad("pack_id", "2611277KQ2M4"), "its pack id is not one ConsentPack prints"),
    (_bad("pack_id", "261327-7KQ2M4"), "its pack id's date is not a date"),  # a 13th month
    (_bad("pack_id", "260230-7KQ2M4"), "its pack id's date is not a date"),  # 30 February
    (_bad("parts", "9.2.12"), "its parts do not rise within its pages"),
    (_bad("parts", "2.2.12"), "its parts do not rise within its pages"),
    (_bad("parts", "2.9.15"), "its parts do not rise within its pages"),  # the copy would have no page
    (_bad("parts", "2.9.12.14"), "its list of parts is not one ConsentPack prints"),
    (_bad("parts", "2.9"), "its parts are not those of its consent form"),  # form 1 has a copy
    (_bad("form", "4"), "its parts are not those of its consent form"),  # form 4 has none
    (_bad("page", "16"), "its page number is beyond its page count"),
    (_bad("page", "0"), "its page number is not one ConsentPack prints"),
    (_bad("pages", "10000"), "its page count is not one ConsentPack prints"),
    (_bad("kind", "L"), "its page is not in the part its part letter names"),  # page 11 is in the form
    (GOOD.rsplit(":", 1)[0], "it has 8 fields where CP3 has 9"),
    ("CP4" + GOOD[3:], "not a ConsentPack page code (CP1, CP2 or CP3)"),
])
def test_a_code_no_pack_carries_is_never_a_page_code_and_its_fault_is_named_not_shown(text, fault):
    with pytest.raises(ValueError, match="not a ConsentPack page code") as raised:
        parse(text)
    assert fault in str(raised.value)
    for value in re.split("[:.]", text)[1:]:
        if len(value) > 2:  # a field's own words may hold a short value by chance
            assert value not in str(raised.value)


def test_pages_with_bad_codes_are_unfiled_and_named_and_good_ones_filed(tmp_path):
    bad = {_bad("identifier", "N9434765918"): "its NHS number fails its check digit (Modulus 11)",
           _bad("leaflet", "SACROILIAC_JOINT"): "its leaflet id is not one ConsentPack prints",
           _bad("page", "16"): "its page number is beyond its page count",
           _bad("pack_id", "261327-7KQ2M4"): "its pack id's date is not a date"}
    write_tiff([code_page(text).convert("1") for text in [*bad, GOOD]], tmp_path / "stack.tif")

    result = file(tmp_path / "stack.tif", "-o", tmp_path / "records")

    assert result.exit_code == 1
    for number, fault in enumerate(bad.values(), start=1):
        assert f"stack.tif page {number}: not a ConsentPack page code: {fault}" in flat(result.output)
    assert "Read 5 pages: 1 filed, 0 filed before, 0 duplicates left out, 0 blank, 4 unfiled." in result.output
    assert "9434765918" not in result.output
    assert len(PdfReader(tmp_path / "records" / "unfiled.pdf").pages) == 4


def test_giant_pages_and_decompression_bombs_are_refused_in_little_memory_and_the_rest_filed(tmp_path):
    """One process files them all, as a user runs it; the 200-inch page alone once took 4.8 GB."""
    scans = tmp_path / "scans"
    scans.mkdir()
    hollow_pdf(scans / "huge.pdf", inches=(200, 200))
    hollow_pdf(scans / "drawn.pdf", image=(40_000, 40_000))
    hollow_png(scans / "bomb.png", 100_000, 100_000)
    hollow_tiff(scans / "bomb.tif", [(1, 1), (60_000, 60_000)])
    code_page(GOOD).save(scans / "good.png")

    completed = subprocess.run([sys.executable, "-c", _MEASURED, "file", "-q", *sorted(scans.iterdir()),
                                "-o", tmp_path / "records", "--jobs", "1"],
                               capture_output=True, text=True, cwd=tmp_path, timeout=120)

    assert completed.returncode == 1, completed.stderr
    log = flat(completed.stderr)
    assert (f"huge.pdf page 1: is 200 × 200 inches, larger than the {SCAN_PAGE_INCHES} inches a side a scanned "
            "page can be; it was not read") in log
    assert (f"drawn.pdf page 1: its images have more than {SCAN_PAGE_PIXELS:,} pixels, more than a scanned page "
            "can have; it was not read") in log
    assert f"bomb.png page 1: {TOO_MANY_PIXELS}" in log
    assert f"bomb.tif page 2: {TOO_MANY_PIXELS}" in log
    assert "Read 3 pages: 1 filed, 0 filed before, 0 duplicates left out, 0 blank, 2 unfiled." in completed.stdout
    peak = int(re.search(r"peak memory (\d+) KB", completed.stderr)[1])
    assert peak < 1024 * 1024, f"{peak / 1024:.0f} MB"
    unfiled = PdfReader(tmp_path / "records" / "unfiled.pdf").pages  # the refused PDF pages, as they are
    assert [float(page.mediabox.width) for page in unfiled] == [595, 14400]


def test_nothing_too_large_is_rendered_or_decoded(tmp_path, monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("rendered or decoded")

    monkeypatch.setattr(pypdfium2.PdfPage, "render", never)
    monkeypatch.setattr(ImageFile.ImageFile, "load", never)
    hollow_pdf(tmp_path / "huge.pdf", inches=(SCAN_PAGE_INCHES + 1, 11.69))
    hollow_pdf(tmp_path / "drawn.pdf", image=(SCAN_PAGE_PIXELS // 1000 + 1, 1000))
    hollow_png(tmp_path / "wide.png", SCAN_PAGE_PIXELS // 1000 + 1, 1000)
    hollow_tiff(tmp_path / "third.tif", [(1, 1), (1, 1), (SCAN_PAGE_PIXELS // 1000 + 1, 1000)])

    result = file(*sorted(tmp_path.glob("*.*")), "-o", tmp_path / "records")

    assert "huge.pdf page 1: is 41 × 12 inches, larger than" in flat(result.output)
    assert "drawn.pdf page 1: its images have more than" in flat(result.output)
    assert f"wide.png page 1: {TOO_MANY_PIXELS}" in flat(result.output)
    assert f"third.tif page 3: {TOO_MANY_PIXELS}" in flat(result.output)
    assert "Read 2 pages: 0 filed, 0 filed before, 0 duplicates left out, 0 blank, 2 unfiled." in result.output


def test_a_file_of_more_pages_than_the_limit_is_refused_by_name_and_the_rest_filed(tmp_path):
    hollow_tiff(tmp_path / "stack.tif", [(1, 1)] * (SCAN_FILE_PAGES + 1))
    writer = PdfWriter()
    for _ in range(SCAN_FILE_PAGES + 1):
        writer.add_blank_page(595, 842)
    writer.write(tmp_path / "stack.pdf")
    code_page(GOOD).save(tmp_path / "good.png")

    result = file(tmp_path / "stack.tif", tmp_path / "stack.pdf", tmp_path / "good.png", "-o", tmp_path / "records")

    assert result.exit_code == 1
    for name in ("stack.tif", "stack.pdf"):
        assert (f"{name}: has more than {SCAN_FILE_PAGES:,} pages, more than ConsentPack reads from one file; "
                f"scan in files of at most {SCAN_FILE_PAGES:,} pages") in flat(result.output)
    assert "Read 1 pages: 1 filed," in result.output


def _ifd_reads(monkeypatch, *args) -> tuple[int, str]:
    """How many times a TIFF page's header (its IFD) is read in `consentpack file ARGS`, and its output."""
    reads = 0
    load = TiffImagePlugin.ImageFileDirectory_v2.load

    def counted(self, *given):
        nonlocal reads
        reads += 1
        return load(self, *given)

    with monkeypatch.context() as patch:
        patch.setattr(TiffImagePlugin.ImageFileDirectory_v2, "load", counted)
        result = file(*args)
    return reads, result.output


def test_a_file_at_the_limit_is_read_and_refusing_a_longer_one_stops_at_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr("consentpack.scan.sources.SCAN_FILE_PAGES", 5)
    hollow_tiff(tmp_path / "five.tif", [(1, 1)] * 5)
    for pages in (6, 600):
        hollow_tiff(tmp_path / f"{pages}.tif", [(1, 1)] * pages)

    assert "Read 5 pages" in file(tmp_path / "five.tif", "-o", tmp_path / "records-5").output
    six, output = _ifd_reads(monkeypatch, tmp_path / "6.tif", "-o", tmp_path / "records-6")
    assert "6.tif: has more than 5 pages" in output
    many, output = _ifd_reads(monkeypatch, tmp_path / "600.tif", "-o", tmp_path / "records-600")
    assert "600.tif: has more than 5 pages" in output
    assert many == six  # the pages beyond the limit are never looked at


def test_reading_and_filing_a_long_tiff_reads_each_page_header_a_fixed_number_of_times(tmp_path, monkeypatch):
    """Each page opened afresh and sought from the first once read 1.5 page headers for every
    page before it: a 5,000-page TIFF ran for minutes. Not a timing test: the count of headers
    read must grow with the pages, not with their square."""
    reads = {}
    for pages in (200, 400):
        stack = [Image.effect_noise((16, 16), 100).convert("1") for _ in range(pages)]  # unreadable: all unfiled
        write_tiff(stack, tmp_path / f"{pages}.tif")
        reads[pages], output = _ifd_reads(monkeypatch, tmp_path / f"{pages}.tif", "-o", tmp_path / f"records-{pages}",
                                          "--jobs", "1")
        assert f"Read {pages} pages: 0 filed, 0 filed before, 0 duplicates left out, 0 blank, {pages} unfiled" in output

    assert reads[400] <= 2 * reads[200]
    assert reads[400] <= 10 * 400
