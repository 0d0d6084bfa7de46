"""Scans made as a scanner makes them, from packs the tool printed: pages rasterised with
pypdfium2, then fed crooked, upside down, compressed and worn with Pillow; and the QR codes a
scanner reads on a page. Shared by the tests and benchmarks/file.py."""

import random
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path

import pypdfium2
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
