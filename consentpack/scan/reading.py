"""Reading one scanned page: its QR code, the way up it was fed, or that it is blank.

The code is printed in the bottom-left corner, 13 mm square: at 200 dpi a module is about
three pixels, enough for zxing-cpp, so pages are read at 200 dpi whatever they were scanned
at. The corners are tried first, bottom left, then top right (a page fed upside down), then
the other two; then the corners again with the speckle of a black-and-white scan filtered
out; only then the whole page, and again at the scan's full resolution where that is higher.
"""

from dataclasses import dataclass

import zxingcpp
from PIL import Image, ImageFilter

from .sources import DAMAGED_PAGE_ERRORS, PageTooLarge, Pixels, Scan

READ_DPI = 200
CORNER_MM = 50  # the code ends 18 mm from the corner; the rest allows for the scanner's margins
# A duplex scan's blank back: hardly a dark pixel once the edges (shadows, punched holes) are
# left out. Every ConsentPack page has far more ink than this (its identity strip, label and
# code); a page with a few words on it is not blank, and goes to unfiled.pdf.
EDGE = 0.06
BLANK_INK = 0.0005


@dataclass(frozen=True)
class Reading:
    """What is on one page: the texts of the QR codes found, and for the first, how far to
    turn the page (clockwise, in degrees) to have it upright."""

    texts: tuple[str, ...]
    rotation: int
    blank: bool
    failure: str | None = None  # why the page could not be read at all


def read_page(scan: Scan, index: int) -> Reading:
    """A damaged or oversized page never stops the run: it goes to unfiled.pdf, and the rest are read."""
    try:
        return _read(scan, index)
    except PageTooLarge as exc:
        return Reading((), 0, blank=False, failure=str(exc))
    except DAMAGED_PAGE_ERRORS as exc:
        return Reading((), 0, blank=False, failure=f"could not be read ({type(exc).__name__})")


def _read(scan: Scan, index: int) -> Reading:
    reading, dpi = _read_at(scan.pixels(index, READ_DPI))
    if reading:
        return reading
    full = scan.pixels(index, 400)  # the page at READ_DPI is let go of by now
    if full.dpi > dpi * 1.2 and (found := _codes(full.image)):
        return _reading(found)
    return Reading((), 0, blank=False)


def _read_at(pixels: Pixels) -> tuple[Reading | None, float]:
    """The code in the corners, then on the whole page, or that the page is blank (None if
    neither); and the resolution it was read at."""
    image, dpi = pixels.image, pixels.dpi
    side = round(CORNER_MM / 25.4 * dpi)
    width, height = image.size
    corners = [(0, height - side, side, height), (width - side, 0, width, side),
               (width - side, height - side, width, height), (0, 0, side, side)]
    for clean in (False, True):
        for box in corners:
            if found := _codes(_despeckled(image.crop(box)) if clean else image.crop(box)):
                return _reading(found), dpi
    if found := _codes(image):
        return _reading(found), dpi
    if _blank(image):
        return Reading((), 0, blank=True), dpi
    if found := _codes(_despeckled(image)):
        return _reading(found), dpi
    return None, dpi


def _codes(image: Image.Image) -> list:
    return zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)


def _despeckled(image: Image.Image) -> Image.Image:
    """Dithering and grain in a black-and-white scan break up a code's modules; a 3-pixel
    median filter removes specks smaller than a module and leaves the modules."""
    return image.filter(ImageFilter.MedianFilter(3))


def _reading(found: list) -> Reading:
    # zxing gives the code's own rotation, counter-clockwise (a 2-degree skew reads as -2 or 358)
    turn = round(-found[0].orientation / 90) * 90 % 360
    return Reading(tuple(code.text for code in found), turn, blank=False)


def _blank(image: Image.Image) -> bool:
    width, height = image.size
    inner = image.crop((int(width * EDGE), int(height * EDGE), int(width * (1 - EDGE)),
                        int(height * (1 - EDGE)))).reduce(2)  # averages out the scanner's noise
    histogram = inner.histogram()
    dark = sum(histogram[:128])
    return dark <= BLANK_INK * inner.width * inner.height
