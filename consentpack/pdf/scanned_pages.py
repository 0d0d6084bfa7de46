"""Scanned image files into PDF pages without loss, for filing's records: a JPEG's bytes go in
as they are (a PDF reads JPEG itself), so nothing is compressed twice; PNG and TIFF pixels are
stored exactly, Flate-compressed. The page is the size the scanner says it scanned."""

import zlib
from pathlib import Path

from PIL import Image
from pypdf import PageObject, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject, StreamObject

from .pypdf_private import add_object

A4_LONG_SIDE = 11.69  # inches
_PLAIN = {"1": ("/DeviceGray", 1), "L": ("/DeviceGray", 8), "RGB": ("/DeviceRGB", 8)}


def add_image_page(writer: PdfWriter, image: Image.Image, path: Path) -> PageObject:
    """`image`, the page of the scanned file at `path` it is opened at (the caller keeps a
    multi-page TIFF open, so that finding a page does not walk the pages before it)."""
    width, height = image.size
    dpi = _dpi(image)
    if image.format == "JPEG" and image.mode in ("L", "RGB"):
        stream = _image_stream(path.read_bytes(), "/DCTDecode", image.mode, width, height)
    else:
        pixels = image if image.mode in _PLAIN else image.convert("L" if image.mode in ("LA", "I", "I;16") else "RGB")
        stream = _image_stream(zlib.compress(pixels.tobytes(), 6), "/FlateDecode", pixels.mode, width, height)
    page_width, page_height = width * 72 / dpi, height * 72 / dpi
    page = writer.add_blank_page(page_width, page_height)
    page[NameObject("/Resources")] = DictionaryObject({
        NameObject("/XObject"): DictionaryObject({NameObject("/Scan"): add_object(writer, stream)}),
    })
    content = DecodedStreamObject()
    content.set_data(f"q {page_width:.4f} 0 0 {page_height:.4f} 0 0 cm /Scan Do Q".encode())
    page[NameObject("/Contents")] = add_object(writer, content)
    return page


def _dpi(image: Image.Image) -> float:
    """The resolution the file gives, where it is a sensible one; else as if the page were A4."""
    given = image.info.get("dpi")
    if given and 50 <= float(given[0]) <= 2400 and abs(float(given[0]) - float(given[1])) < 1:
        return float(given[0])
    return max(image.size) / A4_LONG_SIDE


def _image_stream(data: bytes, compression: str, mode: str, width: int, height: int) -> StreamObject:
    colour_space, bits = _PLAIN[mode]
    stream = StreamObject()
    stream.set_data(data)  # stored as given: the filter below says how it is compressed
    stream.update({
        NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
        NameObject("/Width"): NumberObject(width), NameObject("/Height"): NumberObject(height),
        NameObject("/ColorSpace"): NameObject(colour_space),
        NameObject("/BitsPerComponent"): NumberObject(bits),
        NameObject("/Filter"): NameObject(compression),
    })
    return stream
