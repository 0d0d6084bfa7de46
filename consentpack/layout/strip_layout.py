"""Where the body of every page may start and end, measured from the laid-out identity strip.

The identity strip grows with the patient's name (and the expiry notice), the reference line
with the leaflet's title and the hospital's name. Rather than assume their heights, the strip
page is laid out first and measured; where either reaches into the body's margins, the body
is laid out again with margins that clear them. A strip can then never cover the body, and
no name is ever clipped.
"""

import math
from dataclasses import dataclass

PX_PER_MM = 96 / 25.4  # WeasyPrint lays out in CSS pixels
CLEARANCE_MM = 3  # between the strip (or the reference line) and the body


@dataclass(frozen=True)
class BodyMargins:
    """The body's top and bottom page margins, in whole millimetres."""

    top: int
    bottom: int


def _classes(box) -> set[str]:
    element = getattr(box, "element", None)
    return set(element.get("class", "").split()) if element is not None else set()


def _whole_mm(px: float) -> int:
    return math.ceil(px / PX_PER_MM - 1e-6)


def body_margins(document) -> BodyMargins | None:
    """Margins that keep the body clear of the strip page's identity strip and reference line,
    or None where the style sheets' own margins already do. `document` has the strip as its
    first page and a body page (the cover) second."""
    strip_page, body_page = document.pages[0]._page_box, document.pages[1]._page_box
    strip_bottom, reference_top = 0.0, strip_page.margin_height()
    for box in strip_page.descendants():
        classes = _classes(box)
        if "identity" in classes:
            strip_bottom = max(strip_bottom, box.border_box_y() + box.border_height())
        elif "reference" in classes:
            reference_top = min(reference_top, box.border_box_y())
    clearance = CLEARANCE_MM * PX_PER_MM
    top = max(body_page.margin_top, strip_bottom + clearance)
    bottom = max(body_page.margin_bottom, strip_page.margin_height() - reference_top + clearance)
    if top <= body_page.margin_top and bottom <= body_page.margin_bottom:
        return None
    return BodyMargins(_whole_mm(top), _whole_mm(bottom))
