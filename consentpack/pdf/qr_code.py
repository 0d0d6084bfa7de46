"""The page's QR code (see page_code.py for what it says), drawn as vector squares in the
bottom-left corner, clear of the text."""

from collections.abc import Iterator
from functools import cache
from itertools import accumulate, compress, repeat
from operator import add

from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    StreamObject,
)

from .qr_matrix import qr_rows
from .standards import archivable

MM = 72 / 25.4
SIZE = 13 * MM  # the code, quiet zone excluded
LEFT, BOTTOM = 4.5 * MM, 5 * MM  # inside most printers' printable area


def code_form(text: str, width: float, height: float) -> StreamObject:
    """The QR code for `text` as a Form XObject the size of the page."""
    form = DecodedStreamObject()
    form.set_data(archivable(("q 0 g\n" + "\n".join(_squares(qr_rows(text))) + "\nf Q").encode()))
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject([FloatObject(0), FloatObject(0), FloatObject(width),
                                             FloatObject(height)])
    form[NameObject("/Resources")] = DictionaryObject()
    return form.flate_encode()


def _squares(rows: list[str]) -> Iterator[str]:
    """An `x y w h re` for each run of dark modules in a row, row by row from the top. The rows
    are joined with a light module between them and cut at every light module, so that each
    piece is a run, most of them empty, and each piece starts one past the end of the last."""
    runs = list(map(len, "0".join(rows).split("0")))
    starts = accumulate(map(add, runs, repeat(1)), initial=0)
    corners, sizes = _coordinates(len(rows))
    return map(add, map(corners.__getitem__, compress(starts, runs)), map(sizes.__getitem__, filter(None, runs)))


@cache
def _coordinates(count: int) -> tuple[list[str], list[str]]:
    """For a code `count` modules wide, formatted once: each module's `x y ` (and one past the
    end of each row, where the light module joining the rows is), and each run length's `w h re`."""
    module = SIZE / count
    corners = [f"{LEFT + column * module:.3f} {BOTTOM + SIZE - (row + 1) * module:.3f} "
               for row in range(count) for column in range(count + 1)]
    sizes = [f"{length * module:.3f} {module:.3f} re" for length in range(count + 1)]
    return corners, sizes
