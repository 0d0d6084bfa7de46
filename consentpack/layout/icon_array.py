"""Grouped icon arrays as SVG: one small figure per person, the affected ones together, first.

Affected figures are filled in a second colour and unaffected ones are outlines only, so the
picture still works printed in black and white.
"""

from markupsafe import Markup

AFFECTED_COLOUR = "#a4262c"
UNAFFECTED_COLOUR = "#4d4d4d"
_GRIDS = {100: 10, 1000: 40}  # figures in the array -> figures per row


def _figure(x: float, y: float, affected: bool) -> str:
    """A person 6 units wide and 10 high, its top-left corner at (x, y)."""
    style = (f'fill="{AFFECTED_COLOUR}"' if affected
             else f'fill="none" stroke="{UNAFFECTED_COLOUR}" stroke-width="0.7"')
    kind = "affected" if affected else "unaffected"
    return (f'<g class="{kind}" {style}><circle cx="{x + 3}" cy="{y + 2}" r="1.8"/>'
            f'<path d="M{x + 0.6},{y + 10} v-4.2 a2.4,2.4 0 0 1 2.4,-2.2 h0 a2.4,2.4 0 0 1 2.4,2.2 v4.2 z"/></g>')


def icon_array(affected: int, total: int, description: str) -> Markup:
    """`affected` people out of `total` (100 or 1,000), drawn row by row from the top left."""
    per_row = _GRIDS[total]
    rows = total // per_row
    figures = [
        _figure((index % per_row) * 7, (index // per_row) * 12, index < affected)
        for index in range(total)
    ]
    width, height = per_row * 7, rows * 12
    return Markup(
        f'<svg class="icon-array icon-array-{total}" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{description}">'
        f"<title>{description}</title>"  # the tagged PDF's alternative text for the figure
        + "".join(figures) + "</svg>"
    )
