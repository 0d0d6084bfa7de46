"""Where things are drawn on a page, read with pdfium: every character inside the printable area,
the identity strip and the footer clear of the body, the NHS number whole on one line."""

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

MM = 72 / 25.4
PRINTABLE_INSET = 4 * MM  # most printers cannot print closer than this to the edge


def _layers(page):
    """Bounds of the body's text and drawings, and of each drawn layer's text, in points:
    the strip (identity above, reference line below the page's middle), the label and the
    QR code are the three Form XObjects drawn over each body."""
    body, forms = [], []
    for obj in page.get_objects(max_depth=1):
        if obj.level == 0 and obj.type == pdfium_raw.FPDF_PAGEOBJ_FORM:
            forms.append(obj.get_bounds())
        elif obj.level == 0:
            body.append(obj.get_bounds())
    strip_texts = [obj.get_bounds() for obj in page.get_objects(max_depth=2)
                   if obj.level == 1 and obj.type == pdfium_raw.FPDF_PAGEOBJ_TEXT]
    return body, forms, strip_texts


def assert_layout_holds(path, nhs: str):
    """On every page: each character inside the printable area, the strip above the body and the
    reference line, label and QR code below it, and `nhs` (as printed) whole on one line."""
    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            where = f"{path.name} page {index + 1}"
            text_page = page.get_textpage()
            for char in range(text_page.count_chars()):
                left, bottom, right, top = text_page.get_charbox(char)
                if right <= left:  # spaces and line ends have no box
                    continue
                printable = (left >= PRINTABLE_INSET and bottom >= PRINTABLE_INSET
                             and right <= width - PRINTABLE_INSET and top <= height - PRINTABLE_INSET)
                assert printable, (
                    f"{where}: {text_page.get_text_range(char, 1)!r} at "
                    f"({left:.0f}, {bottom:.0f})-({right:.0f}, {top:.0f}) is outside the printable area")

            body, (strip, label, code), layer_texts = _layers(page)
            body_top = max(top for _, _, _, top in body)
            body_bottom = min(bottom for _, bottom, _, _ in body)
            identity = [box for box in layer_texts if box[1] > height / 2]
            assert identity, f"{where}: no identity strip"
            assert min(bottom for _, bottom, _, _ in identity) > body_top, f"{where}: strip over body"
            lower = [box for box in layer_texts if box[3] < height / 2] + [label, code]
            assert max(top for _, _, _, top in lower) < body_bottom, f"{where}: footer over body"

            assert_whole_on_one_line(text_page, nhs, where)
    finally:
        pdf.close()


def assert_whole_on_one_line(text_page, value: str, where: str) -> None:
    """`value` is on the page, and every occurrence has all its characters on one baseline."""
    searcher = text_page.search(value, match_case=True)
    found = 0
    while (match := searcher.get_next()) is not None:
        start, count = match
        bottoms = [text_page.get_charbox(i)[1] for i in range(start, start + count)
                   if text_page.get_text_range(i, 1).strip()]
        assert max(bottoms) - min(bottoms) < 1, f"{where}: {value} is broken across lines"
        found += 1
    assert found, f"{where}: {value} is not on the page"

