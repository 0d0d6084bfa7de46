"""The identity strip cannot break or hide: at every length the models allow, in both editions,
with or without the expiry notice, every character is on the page, the strip and the reference
line never cover the body, and the NHS number stays whole on one line."""

import csv
import random
import string

import pypdfium2 as pdfium
import pytest

from helpers.cli import run
from helpers.layout import assert_layout_holds
from helpers.library import PROCEDURE
from helpers.pdf import bundled_fonts_only

NHS = "943 476 5919"

LONGEST = {
    "family-name": "Wolfeschlegelsteinhausenbergerdorffvoralternwaren",  # 49 letters, one word
    "given-name": "Hubertblaineferdinandgeraldhubertirvinglongname-X",  # 50
    "date-of-birth": "1961-03-12",
    "nhs-number": NHS,
    "hospital-number": "RX1234567890ABCDEFGH",  # 20, the most allowed
    "side": "both",
    "consultant": "Ms Bartholomew-Featherstonehaugh Cholmondeley-Wyn",  # 50
    "notes": "N" * 500,  # one unbroken word, the most allowed
}


@pytest.mark.parametrize(
    ("edition", "expired"),
    [([], False), (["--large-print"], False), ([], True), (["--large-print"], True)],
    ids=["standard", "large-print", "standard-expired", "large-print-expired"],
)
def test_longest_allowed_values_stay_on_the_page_and_off_the_body(tmp_path, edition, expired):
    output = tmp_path / "longest.pdf"
    args = [arg for name, value in LONGEST.items() for arg in (f"--{name}", value)]
    args += ["--risk", "R" * 300, "--risk", "A risk with many words " * 12 + "end"]
    # The bundled leaflet's review date is 2029-12-03: a pack printed in 2030 says it has passed.
    dated = ["--generated-at", "2030-01-02", "--allow-expired"] if expired else ["--generated-at", "2026-11-27"]
    result = run("generate", PROCEDURE, *args, *edition, *dated, "-o", output)
    assert result.exit_code == 0, result.output
    assert_layout_holds(output, NHS)
    bundled_fonts_only(output)

    pdf = pdfium.PdfDocument(output)
    try:
        for index in range(len(pdf)):
            text = "".join(pdf[index].get_textpage().get_text_range().split())
            assert LONGEST["family-name"].upper() + "," in text, f"page {index + 1}: family name cut"
            assert LONGEST["given-name"] in text, f"page {index + 1}: given name cut"
            assert LONGEST["hospital-number"] in text
            assert ("was due for review on 03-Dec-2029" in " ".join(
                pdf[index].get_textpage().get_text_range().split())) is expired
    finally:
        pdf.close()


def _nhs_number(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def _name(rng: random.Random, length: int) -> str:
    letters = string.ascii_lowercase + "éöñ"
    words, remaining = [], length
    while remaining > 0:
        size = min(remaining, rng.randint(3, 30))
        words.append("".join(rng.choice(letters) for _ in range(size)).capitalize())
        remaining -= size + 1
    return rng.choice([" ", "-"]).join(words)[:length].strip(" -")


@pytest.mark.slow
def test_a_large_print_batch_of_long_names_keeps_every_nhs_number_whole(tmp_path):
    """30 random patients in large print with long names: on every page of every pack the
    NHS number is whole on one line and the layout holds."""
    rng = random.Random(20261127)
    listing = tmp_path / "list.csv"
    patients = []
    with listing.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["family_name", "given_name", "date_of_birth", "nhs_number", "procedure",
                         "side", "consultant", "large_print"])
        for _ in range(30):
            nhs = _nhs_number(rng)
            patients.append(nhs)
            writer.writerow([_name(rng, rng.randint(25, 50)), _name(rng, rng.randint(10, 50)),
                             f"19{rng.randint(20, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", nhs,
                             PROCEDURE, rng.choice(["left", "right", "both"]), "Ms A Khan", "yes"])
    out = tmp_path / "packs"
    result = run("batch", listing, "-o", out, "-q", "--jobs", "2", "--generated-at", "2026-11-27")
    assert result.exit_code == 0, result.output
    for nhs in patients:
        (pack,) = out.glob(f"{nhs}-*.pdf")
        assert_layout_holds(pack, f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}")


@pytest.mark.slow
def test_a_large_print_pack_like_the_last_is_laid_out_once_and_every_pack_is_as_a_fresh_builder_makes_it(tmp_path):
    """A large-print strip is taller than the style sheets' margins, so the body is laid out
    with wider ones; the margins the last such pack needed are tried first. A name that needs
    other margins is still laid out with its own: each pack is the same bytes whichever packs
    its builder made before."""
    from datetime import date

    from consentpack.layout.cache import LayoutCache
    from consentpack.layout.renderer import Renderer
    from consentpack.library.folders import Library
    from consentpack.patient.models import Patient
    from consentpack.patient.preflight import Preflight
    from consentpack.pdf.pack import PackBuilder

    library, today = Library.open(), date(2026, 11, 27)
    preflight = Preflight(library, today)
    base = {"date_of_birth": "1961-03-12", "nhs_number": "9434765919", "side": "left", "consultant": "Ms A Khan"}
    names = {"Jane": ("Smith", "Jane"), "Ann": ("Smith", "Ann"),
             "longest": (LONGEST["family-name"], LONGEST["given-name"])}
    requests = {key: preflight.prepare(PROCEDURE, Patient(family_name=family, given_name=given, **base),
                                       large_print=True).request
                for key, (family, given) in names.items()}
    cache = LayoutCache(tmp_path)  # the second builder reads the shared pages the first laid out

    def builder_counting(laid_out: list[str]) -> PackBuilder:
        renderer = Renderer(library)
        document = renderer.document

        def counted(template, *args, **kwargs):
            laid_out.append(template)
            return document(template, *args, **kwargs)

        renderer.document = counted
        return PackBuilder(renderer, cache)

    first_layouts: list[str] = []
    first = builder_counting(first_layouts)
    packs, per_pack = {}, {}
    for key in ("Jane", "Ann", "longest", "Jane"):
        before = first_layouts.count("personal.html")
        packs.setdefault(key, []).append(first.build(requests[key], today, "PACKID0123456789").pdf)
        per_pack.setdefault(key, []).append(first_layouts.count("personal.html") - before)
    assert per_pack == {"Jane": [2, 2], "Ann": [1], "longest": [2]}  # Jane's again: after the longest name
    second = builder_counting([])
    for key in ("longest", "Ann", "Jane"):
        assert second.build(requests[key], today, "PACKID0123456789").pdf == packs[key][0], key
    assert packs["Jane"][0] == packs["Jane"][1]
