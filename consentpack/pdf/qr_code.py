"""The page's QR code (see page_code.py for what it says), drawn as vector squares in the
bottom-left corner, clear of the text."""

import segno
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    StreamObject,
)

from .standards import archivable

MM = 72 / 25.4
SIZE = 13 * MM  # the code, quiet zone excluded
LEFT, BOTTOM = 4.5 * MM, 5 * MM  # inside most printers' printable area
MASK = 0


def code_form(text: str, width: float, height: float) -> StreamObject:
    """The QR code for `text` as a Form XObject the size of the page."""
    # A fixed mask: searching all eight for the best is 5 ms a code, a third of a pack's time
    # in a batch; the tests decode every kind of page at 150-300 dpi with it.
    matrix = segno.make(text, error="m", micro=False, mask=MASK).matrix
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
