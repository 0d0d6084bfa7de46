"""Reading a PDF back as a reader sees it: the text of each page, the size it is printed at, the fonts."""

from pathlib import Path

import pypdfium2
from pypdf import PdfReader


def page_texts(source: Path | bytes, password: str | None = None) -> list[str]:
    """Each page's text, in page order, as PDFium (Chrome's PDF reader) reads it: eight times
    faster than pypdf's extraction, which made up half of the suite's time."""
    document = pypdfium2.PdfDocument(source, password=password)
    try:
        return [_text(document[number]) for number in range(len(document))]
    finally:
        document.close()


def _text(page) -> str:
    text_page = page.get_textpage()
    try:
        return text_page.get_text_bounded().replace("\r\n", "\n")
    finally:
        text_page.close()
        page.close()


def flat(text: str) -> str:
    """Text extraction breaks lines where the layout did; compare on single spaces."""
    return " ".join(text.split())


def text_sizes(path) -> list[list[float]]:
    """The size, in points, at which each piece of text of each page is drawn."""
    pages = []
    for page in PdfReader(path).pages:
        sizes = []

        def visit(text, cm, tm, font, size, sizes=sizes):
            if text.strip():
                a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
                c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
                sizes.append(size * abs(a * d - b * c) ** 0.5)

        page.extract_text(visitor_text=visit)
        pages.append(sizes)
    return pages


def _font_names(resources) -> set[str]:
    """Base font names used by a resource dictionary and the forms it draws, recursively."""
    names = {str(font.get_object()["/BaseFont"]).split("+")[-1]
             for font in resources.get("/Font", {}).values()}
    for xobject in resources.get("/XObject", {}).values():
        names |= _font_names(xobject.get_object().get("/Resources", {}))
    return names


def fonts_used(pack) -> set[str]:
    """The base names of every font any page of `pack` uses, without their subset prefix."""
    fonts = set()
    for page in PdfReader(pack).pages:
        fonts |= _font_names(page["/Resources"])
    return fonts


def bundled_fonts_only(pack) -> None:
    """Every font any page of `pack` uses is one of the bundled typefaces."""
    fonts = fonts_used(pack)
    assert fonts
    assert all(name.startswith(("Atkinson", "Noto")) for name in fonts), fonts
