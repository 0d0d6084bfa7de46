"""The PDFs that filing scans reads and writes, so that only pdf/ touches pypdf: a scanned PDF
or a record opened for its pages and its document information, and a record written from
pages copied out of them or made from scanned images (see scanned_pages.py).

Reading a damaged file raises OSError or one of DAMAGED_PDF_ERRORS (see damaged.py).
"""

from pathlib import Path

from PIL import Image
from pypdf import PageObject, PdfReader, PdfWriter

from ..files.atomic import atomic_file
from .scanned_pages import add_image_page


class PdfPages:
    """A PDF opened for its pages and its document information, each read when first asked for."""

    def __init__(self, path: Path):
        self._reader = PdfReader(path)

    @property
    def encrypted(self) -> bool:
        return self._reader.is_encrypted

    @property
    def count(self) -> int:
        return len(self._reader.pages)

    def info(self, key: str) -> str | None:
        """The entry `key` of its document information (such as "/Title"), where it has one."""
        return (self._reader.metadata or {}).get(key)


class NewPdf:
    """A PDF made page by page, each page turned `rotation` degrees clockwise (to stand upright),
    then written whole."""

    def __init__(self):
        self._writer = PdfWriter()

    def copy_page(self, source: PdfPages, index: int, rotation: int = 0) -> None:
        """Page `index` of `source`, its objects copied as they are."""
        _turn(self._writer.add_page(source._reader.pages[index]), rotation)

    def add_image(self, image: Image.Image, path: Path, rotation: int = 0) -> None:
        """One page of the scanned image file at `path`, opened at that page, its pixels without loss."""
        _turn(add_image_page(self._writer, image, path), rotation)

    def write(self, path: Path, info: dict[str, str]) -> None:
        """To `path`, whole or not at all, with `info` as its document information."""
        self._writer.add_metadata(info)
        with atomic_file(path) as handle:
            self._writer.write(handle)


def _turn(page: PageObject, rotation: int) -> None:
    if rotation:  # an upright page keeps no /Rotate entry at all
        page.rotate(rotation)
