"""The large-print edition: 18 pt or larger everywhere, the whole pack reflowed, nothing lost."""

import csv

import pytest

from helpers.cli import patient_args, run
from helpers.library import PROCEDURE
from helpers.packs import CONSENT_SECTIONS, LEAFLET_HEADINGS, parts
from helpers.pdf import flat, page_texts, text_sizes


def test_large_print_pack_is_18_point_throughout_and_complete(tmp_path, jane_pack):
    output = tmp_path / "large.pdf"
    result = run("generate", PROCEDURE, *patient_args(), "--large-print", "-o", output)
    assert result.exit_code == 0, result.output
    for number, sizes in enumerate(text_sizes(output), start=1):
        assert sizes, f"page {number} has no text"
        assert min(sizes) >= 17.9, f"page {number} has text at {min(sizes):.1f} pt"
    assert min(min(sizes) for sizes in text_sizes(jane_pack)) < 12  # the standard edition differs

    texts = page_texts(output)
    assert len(texts) > len(page_texts(jane_pack))
    for number, text in enumerate(texts, start=1):
        assert "SMITH, Jane" in flat(text)
        assert f"Page {number} of {len(texts)}" in flat(text)
    grouped = parts(texts)
    leaflet = " ".join(grouped["Leaflet"])
    assert all(heading in leaflet for heading in LEAFLET_HEADINGS)
    for part in ("Consent form", "Patient's copy"):
        assert all(section in " ".join(grouped[part]) for section in CONSENT_SECTIONS)


@pytest.mark.slow
def test_large_print_column_in_a_theatre_list(tmp_path):
    listing = tmp_path / "list.csv"
    with listing.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["family_name", "given_name", "date_of_birth", "nhs_number", "procedure",
                         "side", "consultant", "large_print"])
        writer.writerow(["Smith", "Jane", "1961-03-12", "9434765919", PROCEDURE, "left", "Ms A Khan", "Yes"])
        writer.writerow(["Jones", "John", "1950-01-01", "9990000018", PROCEDURE, "right", "Ms A Khan", ""])
        writer.writerow(["Brown", "Bob", "1950-01-01", "9990000026", PROCEDURE, "right", "Ms A Khan", "maybe"])
    out = tmp_path / "out"
    result = run("batch", listing, "-o", out, "-q")
    assert result.exit_code == 1
    assert "row 4: large_print: must be yes or no" in result.output
    smith, jones = (out / "9434765919-smith-sacroiliac-joint-fusion.pdf",
                    out / "9990000018-jones-sacroiliac-joint-fusion.pdf")
    assert min(min(s) for s in text_sizes(smith)) >= 17.9
    assert min(min(s) for s in text_sizes(jones)) < 12
