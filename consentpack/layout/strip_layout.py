"""Where the body of every page may start and end, measured from the laid-out identity strip.

The identity strip grows with the patient's name (and the expiry notice), the reference line
with the leaflet's title and the hospital's name. Rather than assume their heights, the strip
page is laid out first and measured; where either reaches into the body's margins, the body
is laid out again with margins that clear them. A strip can then never cover the body, and
no name is ever clipped.
"""

import math
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TypeVar

from .weasyprint_private import PageMargins, page_boxes, page_margins

T = TypeVar("T")

PX_PER_MM = 96 / 25.4  # WeasyPrint lays out in CSS pixels
CLEARANCE_MM = 3  # between the strip (or the reference line) and the body


@dataclass(frozen=True)
class BodyMargins:
    """The body's top and bottom page margins, in whole millimetres."""

    top: int
    bottom: int


def _whole_mm(px: float) -> int:
    return math.ceil(px / PX_PER_MM - 1e-6)


def body_margins(document, style: PageMargins | None = None) -> BodyMargins | None:
    """Margins that keep the body clear of the strip page's identity strip and reference line,
    or None where the style sheets' own margins (`style`; by default the body's in `document`)
    already do. `document` has the strip as its first page and a body page (the cover) second."""
    strip, body = page_margins(document.pages[0]), style or page_margins(document.pages[1])
    strip_bottom, reference_top = 0.0, strip.height
    for box in page_boxes(document.pages[0]):
        classes = box.classes
        if "identity" in classes:
            strip_bottom = max(strip_bottom, box.bottom)
        elif "reference" in classes:
            reference_top = min(reference_top, box.top)
    clearance = CLEARANCE_MM * PX_PER_MM
    top = max(body.top, strip_bottom + clearance)
    bottom = max(body.bottom, strip.height - reference_top + clearance)
    if top <= body.top and bottom <= body.bottom:
        return None
    return BodyMargins(_whole_mm(top), _whole_mm(bottom))


class StripMargins:
    """Lays out a patient's own pages once where it can. A strip taller than the style sheets
    allow for (every large-print pack, every translated one with its draft mark, a long name)
    needs the body laid out again with wider margins, which doubled those packs' layout time.
    The margins the last pack of the same kind needed are tried first: the strip page keeps
    its own margins, so it is measured the same whatever the body's, and where the strip
    needs just those margins the layout is the one the two passes would have made."""

    def __init__(self):
        self._last: dict[Hashable, tuple[PageMargins, BodyMargins | None]] = {}

    def lay_out(self, kind: Hashable, lay_out: Callable[[BodyMargins | None], T]) -> tuple[T, BodyMargins | None]:
        """`lay_out(margins)` (a laid-out document, strip first), laid out with the margins its
        strip needs, and those margins. `kind` is what the style sheets' margins depend on."""
        if kind in self._last:
            style, margins = self._last[kind]
            document = lay_out(margins)
        else:
            document = lay_out(None)
            style, margins = page_margins(document.pages[1]), None
        needed = body_margins(document, style)
        if needed != margins:
            document = lay_out(needed)
        self._last[kind] = (style, needed)
        return document, needed
