"""Scans made as a scanner makes them, from packs the tool printed: pages rasterised with
pypdfium2, then fed crooked, upside down, compressed and worn with Pillow; and the QR codes a
scanner reads on a page. Shared by the tests and benchmarks/file.py. Also pages with codes
drawn on them (forged, or naming no real pack), and hostile files written by hand."""

import random
import struct
import zlib
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path

import pypdfium2
import segno
import zxingcpp
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from pypdf import PdfReader, PdfWriter


def rasterise(pdf: Path, dpi: int = 200) -> list[Image.Image]:
    """Every page, in colour, as a scanner at `dpi` sees it."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in document]
    finally:
        document.close()


def decode_page_codes(path, dpi=300) -> list[list[str]]:
    """What a scanner reads on each page: render it to an image and decode every QR code."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [[result.text for result in zxingcpp.read_barcodes(page.render(scale=dpi / 72).to_pil())]
                for page in document]
    finally:
        document.close()


def degrade(image: Image.Image, *, turn: int = 0, skew: float = 0.0, mode: str = "L", noise: float = 0,
            blur: float = 0) -> Image.Image:
    """`turn` is how the page was fed (clockwise degrees), `skew` how crooked; `mode` RGB for
    colour, L for greyscale, 1 for black and white."""
    page = image.rotate(-turn, expand=True) if turn else image
    if skew:
        page = page.rotate(skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor="white")
    if blur:
        page = page.filter(ImageFilter.GaussianBlur(blur))
    if noise:  # grain of standard deviation `noise`, added to every pixel
        page = ImageChops.add(page, Image.effect_noise(page.size, noise).convert(page.mode), 1.0, -128)
    return page.convert(mode)


def blank_back(size: tuple[int, int], seed: int = 0) -> Image.Image:
    """The back of a single-sided page in a duplex scan: paper grain, a faint show-through."""
    rng = random.Random(seed)
    page = Image.new("L", size, 244)
    draw = ImageDraw.Draw(page)
    for _ in range(40):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        draw.line((x, y, x + rng.randrange(50, 300), y), fill=225, width=2)
    grain = Image.effect_noise(size, 6)
    return Image.blend(page, grain, 0.1)


def foreign_page(size: tuple[int, int], seed: int = 0) -> Image.Image:
    """A page of another document: lines of text-like marks, no code."""
    rng = random.Random(seed)
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    for line in range(size[1] // 60, size[1] - size[1] // 10, size[1] // 60):
        x = size[0] // 10
        while x < size[0] * 0.85:
            word = rng.randrange(20, 90)
            draw.rectangle((x, line, x + word, line + size[1] // 200), fill=30)
            x += word + 15
    return page


def write_pdf(pages: Iterable[Image.Image], path: Path, dpi: int = 200, quality: int = 75) -> Path:
    """One image a page, as scanners write PDFs: JPEG for colour and grey, CCITT G4 for black
    and white. Each page is compressed as it comes, so a long stack is never all in memory."""
    writer = PdfWriter()
    for page in pages:
        single = BytesIO()
        options = {} if page.mode == "1" else {"quality": quality}
        page.save(single, "PDF", resolution=dpi, **options)
        writer.append(PdfReader(single))
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def write_tiff(pages: list[Image.Image], path: Path, dpi: int = 200, compression: str = "group4") -> Path:
    """A multi-page TIFF, as a scanner set to black and white writes it (CCITT G4)."""
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], dpi=(dpi, dpi), compression=compression)
    return path


def code_page(text: str) -> Image.Image:
    """A page at 200 dpi whose only mark is a QR code saying `text`, in the bottom-left corner,
    as packs print it."""
    page = Image.new("L", (1654, 2339), 255)
    page.paste(_qr_image(text, scale=3), (35, 2339 - 160))
    return page


def recoded(page: Image.Image, text: str) -> Image.Image:
    """`page` as a forger would make it: its QR code painted out and one saying `text` drawn in
    its place, at its size."""
    (found,) = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    corners = [found.position.top_left, found.position.top_right, found.position.bottom_right,
               found.position.bottom_left]
    left, top = min(c.x for c in corners), min(c.y for c in corners)
    right, bottom = max(c.x for c in corners), max(c.y for c in corners)
    forged = page.copy()
    ImageDraw.Draw(forged).rectangle((left - 12, top - 12, right + 12, bottom + 12), fill="white")
    code = _qr_image(text, scale=1, border=0)
    code = code.resize((right - left + 1, bottom - top + 1), Image.Resampling.NEAREST)
    forged.paste(code.convert(forged.mode), (left, top))
    return forged


def _qr_image(text: str, scale: int, border: int = 4) -> Image.Image:
    buffer = BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=border)
    return Image.open(buffer).convert("L")


def hollow_png(path: Path, width: int, height: int) -> Path:
    """A greyscale PNG whose header declares `width` × `height` pixels, holding a few bytes."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(64)))
                     + chunk(b"IEND", b""))
    return path


def hollow_tiff(path: Path, sizes: list[tuple[int, int]]) -> Path:
    """A multi-page TIFF whose pages declare `sizes` (width, height) in their headers, each
    holding one byte of pixels: a whole 1 × 1 white page, a decompression bomb for a large one."""
    ifd_bytes = 2 + 12 * 9 + 4  # nine entries and the next page's offset
    data = bytearray(b"II*\x00" + struct.pack("<I", 8))
    for number, (width, height) in enumerate(sizes):
        pixel = len(data) + ifd_bytes
        following = pixel + 2 if number < len(sizes) - 1 else 0  # after the pixel byte and a pad byte
        data += struct.pack("<H", 9) + b"".join([
            _long(256, width), _long(257, height), _short(258, 8), _short(259, 1), _short(262, 1),
            _long(273, pixel), _short(277, 1), _long(278, height), _long(279, width * height),
        ])
        data += struct.pack("<I", following) + b"\xff\x00"
    path.write_bytes(bytes(data))
    return path


def _short(tag: int, value: int) -> bytes:
    return struct.pack("<HHIHH", tag, 3, 1, value, 0)


def _long(tag: int, value: int) -> bytes:
    return struct.pack("<HHII", tag, 4, 1, value)


def hollow_pdf(path: Path, inches: tuple[float, float] = (8.27, 11.69),
               image: tuple[int, int] | None = None) -> Path:
    """A one-page PDF the size of `inches`, drawing over the whole page an image that declares
    `image` (width, height) pixels in its dictionary but holds one byte; written by hand, as a
    hostile file would be."""
    width, height = (round(side * 72) for side in inches)
    draw = f"q {width} 0 0 {height} 0 0 cm /Scan Do Q".encode() if image else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << %s >> /Contents 4 0 R >>" % (
            width, height, b"/XObject << /Scan 5 0 R >>" if image else b""),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw),
    ]
    if image:
        objects.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x00\nendstream" % image)
    data = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(data))
    return path
