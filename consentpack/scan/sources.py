"""Scanned files as scanners write them: PDFs (a page an image, or any PDF page), multi-page
TIFF, JPEG and PNG. Each page gives greyscale pixels for reading its code, at a resolution
chosen for that (never the whole scan at 600 dpi), and the page itself, unchanged, for the
record."""

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pypdfium2
from PIL import Image, UnidentifiedImageError

from ..errors import ConsentPackError, UsageError
from ..files.paths import display_path
from ..pdf.damaged import DAMAGED_PDF_ERRORS
from ..pdf.filing_pdfs import NewPdf, PdfPages
from ..pdf.scanned_pages import A4_LONG_SIDE

KINDS = {".pdf": "PDF", ".tif": "TIFF", ".tiff": "TIFF", ".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG"}
Image.MAX_IMAGE_PIXELS = 200_000_000  # an A3 page at 1200 dpi; larger is a decompression bomb
# What decoding a damaged page raises: Pillow an OSError (a broken or truncated stream), a
# SyntaxError (a broken PNG chunk), an EOFError or a ValueError; pdfium a PdfiumError.
DAMAGED_PAGE_ERRORS = (OSError, SyntaxError, EOFError, ValueError, Image.DecompressionBombError,
                       pypdfium2.PdfiumError)


class ScanError(ConsentPackError):
    """A scanned file cannot be read at all; its pages are reported, never guessed at."""


def check_kind(path: Path) -> None:
    if path.suffix.lower() not in KINDS:
        raise UsageError(f"{display_path(path)}: not a scan ConsentPack can read; expected a PDF, TIFF, "
                         "JPEG or PNG file (.pdf, .tif, .tiff, .jpg, .jpeg, .png)")


@dataclass(frozen=True)
class Pixels:
    image: Image.Image  # greyscale ("L")
    dpi: float


class Scan:
    """One scanned file, opened lazily: counting its pages reads little of it."""

    def __init__(self, path: Path):
        check_kind(path)
        self.path = path
        self.kind = KINDS[path.suffix.lower()]
        self._pdf: PdfPages | None = None
        self._pdfium = None
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
            return self._pdf.count
        with Image.open(self.path) as image:
            return getattr(image, "n_frames", 1)

    @cached_property
    def sha256(self) -> str:
        return _file_sha256(self.path)

    def fingerprint(self, index: int) -> str:
        """The same page of the same file, whatever its name; a page scanned again is another."""
        return hashlib.sha256(f"{self.sha256}:{index}".encode()).hexdigest()

    def pixels(self, index: int, dpi: float) -> Pixels:
        """The page as it looks, greyscale, at about `dpi` (or the scan's own, if lower)."""
        if self.kind == "PDF":
            if self._pdfium is None:
                self._pdfium = pypdfium2.PdfDocument(self.path)
            page = self._pdfium[index]
            try:
                image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            finally:
                page.close()
            return Pixels(image, dpi)
        with Image.open(self.path) as image:
            image.seek(index)
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

    def add_page(self, pdf: NewPdf, index: int, rotation: int = 0) -> None:
        """The page into `pdf` as scanned, turned `rotation` degrees clockwise: a PDF page's
        objects copied as they are, an image's pixels stored without loss (see
        pdf/scanned_pages.py)."""
        if self.kind == "PDF":
            pdf.copy_page(self._pdf, index, rotation)
        else:
            pdf.add_image(self.path, index, rotation)

    def close(self) -> None:
        if self._pdfium is not None:
            self._pdfium.close()
            self._pdfium = None


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
