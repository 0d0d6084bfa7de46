"""Scanned files as scanners write them: PDFs (a page an image, or any PDF page), multi-page
TIFF, JPEG and PNG. Each page gives greyscale pixels for reading its code, at a resolution
chosen for that (never the whole scan at 600 dpi), and the page itself, unchanged, for the
record.

Nothing is decoded or rendered before it is measured against limits.py, so a small hostile
file costs no more than a real one: a file with more than SCAN_FILE_PAGES pages, or with an
image larger than SCAN_PAGE_PIXELS, is refused whole when it is opened; a PDF page larger than
SCAN_PAGE_INCHES, or drawing images larger than SCAN_PAGE_PIXELS, is refused when it is read,
and goes to unfiled.pdf as it is."""

import hashlib
import math
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
from PIL import Image, UnidentifiedImageError

from ..errors import ConsentPackError, UsageError
from ..files.paths import display_path
from ..limits import SCAN_FILE_PAGES, SCAN_PAGE_INCHES, SCAN_PAGE_PIXELS
from ..pdf.damaged import DAMAGED_PDF_ERRORS
from ..pdf.filing_pdfs import NewPdf, PdfPages
from ..pdf.scanned_pages import A4_LONG_SIDE

KINDS = {".pdf": "PDF", ".tif": "TIFF", ".tiff": "TIFF", ".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG"}
# What decoding a damaged page raises: Pillow an OSError (a broken or truncated stream), a
# SyntaxError (a broken PNG chunk), an EOFError or a ValueError; pdfium a PdfiumError.
DAMAGED_PAGE_ERRORS = (OSError, SyntaxError, EOFError, ValueError, Image.DecompressionBombError,
                       pypdfium2.PdfiumError)


class ScanError(ConsentPackError):
    """A scanned file cannot be read at all; its pages are reported, never guessed at."""


class PageTooLarge(ConsentPackError):
    """A PDF page beyond the limits, refused before it is rendered; it is unfiled, by name."""


def check_kind(path: Path) -> None:
    if path.suffix.lower() not in KINDS:
        raise UsageError(f"{display_path(path)}: not a scan ConsentPack can read; expected a PDF, TIFF, "
                         "JPEG or PNG file (.pdf, .tif, .tiff, .jpg, .jpeg, .png)")


@dataclass(frozen=True)
class Pixels:
    image: Image.Image  # greyscale ("L")
    dpi: float


class Scan:
    """One scanned file, opened lazily: counting its pages reads little of it.

    A multi-page TIFF stays open between pages, because Pillow finds a page from the places of
    the pages it has already passed: opened again for each page, it walked every page before
    that one, so a long TIFF took time growing with the square of its pages. The open TIFF
    keeps the last page it decoded; `close` lets go of it (and of a PDF's renderer) until the
    next page is asked for."""

    def __init__(self, path: Path):
        check_kind(path)
        self.path = path
        self.kind = KINDS[path.suffix.lower()]
        self._pdf: PdfPages | None = None
        self._pdfium = None
        self._tiff: Image.Image | None = None
        try:
            self.count = self._count()
        except ScanError:
            raise
        except (OSError, UnidentifiedImageError, pypdfium2.PdfiumError, Image.DecompressionBombError,
                *DAMAGED_PDF_ERRORS) as exc:
            raise ScanError(f"{display_path(path)}: cannot be read as a {self.kind} file "
                            f"({type(exc).__name__})") from None

    def _count(self) -> int:
        if self.kind == "PDF":
            self._pdf = PdfPages(self.path)
            if self._pdf.encrypted:
                raise ScanError(f"{display_path(self.path)}: is encrypted; scan without a password")
            if self._pdf.count > SCAN_FILE_PAGES:
                raise ScanError(self._too_many_pages())
            return self._pdf.count
        try:
            with warnings.catch_warnings():  # Pillow's own check, above our limit: its warning refuses too
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                image = Image.open(self.path)
        except (Image.DecompressionBombWarning, Image.DecompressionBombError):
            raise ScanError(self._too_many_pixels(1)) from None
        with image:
            return self._measured_pages(image)

    def _measured_pages(self, image: Image.Image) -> int:
        """Every page measured from its header, before any is decoded: a TIFF's pages one after
        another, never beyond the limit. A PNG or JPEG is one page (an animated PNG's other
        frames, or the second picture a camera puts in a JPEG, are not pages)."""
        pages = 1
        while True:
            if image.width * image.height > SCAN_PAGE_PIXELS:
                raise ScanError(self._too_many_pixels(pages))
            if self.kind != "TIFF":
                return pages
            try:
                image.seek(pages)
            except EOFError:
                return pages
            if pages == SCAN_FILE_PAGES:
                raise ScanError(self._too_many_pages())
            pages += 1

    def _too_many_pages(self) -> str:
        return (f"{display_path(self.path)}: has more than {SCAN_FILE_PAGES:,} pages, more than ConsentPack "
                f"reads from one file; scan in files of at most {SCAN_FILE_PAGES:,} pages")

    def _too_many_pixels(self, page: int) -> str:
        return (f"{display_path(self.path)} page {page}: has more than {SCAN_PAGE_PIXELS:,} pixels, more than "
                "a scanned page can have; the file was not read")

    @cached_property
    def sha256(self) -> str:
        return _file_sha256(self.path)

    def fingerprint(self, index: int) -> str:
        """The same page of the same file, whatever its name; a page scanned again is another."""
        return hashlib.sha256(f"{self.sha256}:{index}".encode()).hexdigest()

    def pixels(self, index: int, dpi: float) -> Pixels:
        """The page as it looks, greyscale, at about `dpi` (or the scan's own, if lower)."""
        if self.kind == "PDF":
            return self._rendered(index, dpi)
        with self._image(index) as image:
            own = max(image.size) / A4_LONG_SIDE
            if image.format == "JPEG" and own > dpi * 1.5:
                image.draft("L", (int(image.width * dpi / own), int(image.height * dpi / own)))
            grey = image.convert("L")
        own = max(grey.size) / A4_LONG_SIDE
        if own > dpi * 1.5:
            factor = int(own // dpi)
            grey = grey.reduce(factor)
            own /= factor
        return Pixels(grey, own)

    def _rendered(self, index: int, dpi: float) -> Pixels:
        """A PDF page rendered at `dpi`, or lower where that would be more than SCAN_PAGE_PIXELS;
        PageTooLarge, before rendering, for a page no scanner makes."""
        if self._pdfium is None:
            self._pdfium = pypdfium2.PdfDocument(self.path)
        page = self._pdfium[index]
        try:
            width, height = (side / 72 for side in page.get_size())
            if max(width, height) > SCAN_PAGE_INCHES:
                raise PageTooLarge(f"is {width:,.0f} × {height:,.0f} inches, larger than the {SCAN_PAGE_INCHES} "
                                   "inches a side a scanned page can be; it was not read")
            if _image_pixels(page) > SCAN_PAGE_PIXELS:
                raise PageTooLarge(f"its images have more than {SCAN_PAGE_PIXELS:,} pixels, more than a scanned "
                                   "page can have; it was not read")
            if width * height * dpi * dpi > SCAN_PAGE_PIXELS:
                dpi = math.sqrt(SCAN_PAGE_PIXELS / (width * height))
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        finally:
            page.close()
        return Pixels(image, dpi)

    @contextmanager
    def _image(self, index: int) -> Iterator[Image.Image]:
        """Page `index` of an image file: a multi-page TIFF kept open, any other file opened for it."""
        if self.count == 1:
            with Image.open(self.path) as image:
                yield image
            return
        if self._tiff is None:
            self._tiff = Image.open(self.path)
        self._tiff.seek(index)
        yield self._tiff

    def add_page(self, pdf: NewPdf, index: int, rotation: int = 0) -> None:
        """The page into `pdf` as scanned, turned `rotation` degrees clockwise: a PDF page's
        objects copied as they are, an image's pixels stored without loss (see
        pdf/scanned_pages.py)."""
        if self.kind == "PDF":
            pdf.copy_page(self._pdf, index, rotation)
        else:
            with self._image(index) as image:
                pdf.add_image(image, self.path, rotation)

    def close(self) -> None:
        if self._pdfium is not None:
            self._pdfium.close()
            self._pdfium = None
        if self._tiff is not None:
            self._tiff.close()
            self._tiff = None


def _image_pixels(page: pypdfium2.PdfPage) -> int:
    """The pixels of every image a PDF page draws, as their dictionaries declare them, forms
    included: pdfium decodes each whole to render the page, however small it is drawn."""
    return sum(width * height for width, height in
               (image.get_px_size() for image in page.get_objects([pdfium_c.FPDF_PAGEOBJ_IMAGE])))


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
