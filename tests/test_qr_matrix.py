"""The fast QR code against segno, module for module, and against the drawing it replaced, byte
for byte: a pack must not change by a byte for being made faster."""

import random
import string
from datetime import date, timedelta

import pytest
import segno
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    StreamObject,
)
from segno import consts, encoder

from consentpack.patient.printing import pack_id
from consentpack.pdf.page_code import PageCode
from consentpack.pdf.pypdf_private import encoded_data
from consentpack.pdf.qr_code import BOTTOM, LEFT, SIZE, code_form
from consentpack.pdf.qr_matrix import qr_rows
from consentpack.pdf.standards import archivable

A4 = 595.28, 841.89
ALPHANUMERIC = consts.ALPHANUMERIC_CHARS.decode()
OTHER_MODES = ["9434765919", "cp3:l:1:n9434765919:hip:1.0", "CP3:L:1:HÉ12:HIP", "CP3_L", "漢字", "Ab" * 300]


def reference_code_form(text: str, width: float, height: float) -> StreamObject:
    """code_form as it was, straight from segno's matrix."""
    matrix = segno.make(text, error="m", micro=False, mask=0).matrix
    module = SIZE / len(matrix)
    squares = []
    for row_index, row in enumerate(matrix):
        y = BOTTOM + SIZE - (row_index + 1) * module
        column = 0
        while column < len(row):
            if row[column]:
                run = column
                while run < len(row) and row[run]:
                    run += 1
                squares.append(f"{LEFT + column * module:.3f} {y:.3f} {(run - column) * module:.3f} "
                               f"{module:.3f} re")
                column = run
            else:
                column += 1
    form = DecodedStreamObject()
    form.set_data(archivable(("q 0 g\n" + "\n".join(squares) + "\nf Q").encode()))
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject([FloatObject(0), FloatObject(0), FloatObject(width),
                                             FloatObject(height)])
    form[NameObject("/Resources")] = DictionaryObject()
    return form.flate_encode()


def segno_rows(text: str) -> list[str]:
    return ["".join(map(str, row)) for row in segno.make(text, error="m", micro=False, mask=0).matrix]


def page_code_texts(count: int, seed: int) -> list[str]:
    """Payloads as packs print them, every field varied over what ConsentPack prints."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        if rng.random() < 0.5:
            identifier = "N" + "".join(rng.choices(string.digits, k=10))
        else:
            identifier = "H" + "".join(rng.choices(string.ascii_uppercase + string.digits + "/-", k=rng.randint(1, 20)))
        size, leaflet = rng.randint(1, 80), ""
        while len(leaflet) < size:
            leaflet += "".join(rng.choices(string.ascii_lowercase + string.digits, k=rng.randint(1, 12))) + "-"
        leaflet = leaflet[:size].strip("-")
        pages = rng.randint(3, 300)
        ends = tuple(sorted(rng.sample(range(1, pages), rng.randint(1, 3))))
        printed = date(2025, 1, 1) + timedelta(days=rng.randrange(3650))
        texts.append(PageCode(
            version=3, kind=rng.choice("CLFP"), form=rng.randint(1, 4), identifier=identifier, leaflet=leaflet,
            leaflet_version=".".join(str(rng.randint(0, 20)) for _ in range(rng.randint(1, 3))),
            pack_id=pack_id(f"{rng.getrandbits(256):064x}", printed), part_ends=ends,
            page=rng.randint(1, pages), pages=pages,
        ).text())
    return texts


def longest(version: int, error: int) -> int:
    """The most alphanumeric characters a symbol holds, to aim texts at segno's choices."""
    count_bits = consts.CHAR_COUNT_INDICATOR_LENGTH[consts.MODE_ALPHANUMERIC][encoder.version_range(version)]
    room = consts.SYMBOL_CAPACITY[version][error] - 4 - count_bits
    return room // 11 * 2 + (room % 11 >= 6)


def boundary_lengths() -> list[int]:
    """The longest text segno gives each version; for the versions page codes use, the shortest
    too, and the lengths either side of where segno raises the error level to Q and to H."""
    lengths = set()
    for version in range(1, 41):
        last = longest(version, consts.ERROR_LEVEL_M)
        lengths.add(last)
        if version <= 10:
            first = longest(version - 1, consts.ERROR_LEVEL_M) + 1 if version > 1 else 1
            lengths |= {length for error in (consts.ERROR_LEVEL_Q, consts.ERROR_LEVEL_H)
                        for length in (longest(version, error), longest(version, error) + 1, first)
                        if first <= length <= last}
    return sorted(lengths)


def test_page_codes_match_segno_module_for_module():
    for text in page_code_texts(400, seed=1):
        assert qr_rows(text) == segno_rows(text), text


def test_every_version_and_error_level_segno_chooses_is_matched():
    rng = random.Random(2)
    chosen = set()
    for length in boundary_lengths():
        text = "".join(rng.choices(ALPHANUMERIC, k=length))
        code = segno.make(text, error="m", micro=False, mask=0)
        chosen.add((code.version, code.error))
        assert qr_rows(text) == segno_rows(text), (length, code.designator)
    assert {version for version, _ in chosen} == set(range(1, 41))
    assert {error for _, error in chosen} == {"M", "Q", "H"}


@pytest.mark.parametrize("text", OTHER_MODES)
def test_other_modes_are_segno_s_own(text):
    assert segno.make(text, error="m", micro=False, mask=0).mode != "alphanumeric"
    assert qr_rows(text) == segno_rows(text)


def test_code_forms_match_the_drawing_they_replaced_byte_for_byte():
    padded = 0
    for text in page_code_texts(400, seed=3) + OTHER_MODES:
        form, reference = code_form(text, *A4), reference_code_form(text, *A4)
        assert encoded_data(form) == encoded_data(reference), text
        assert form.get_data() == reference.get_data(), text
        assert list(form.items()) == list(reference.items()), text
        padded += form.get_data().endswith(b" ")
    assert padded, "no code here needed archivable's padding (one in 256 does)"
