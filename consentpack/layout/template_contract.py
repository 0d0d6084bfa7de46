"""What pack.py needs from the templates a library provides, checked on every layout.

A hospital may replace any template. One that no longer gives the pack what it composes pages
from is reported with the template's file and what is missing, instead of failing deep inside
the composition:

- personal.html: its first page is the strip page, holding the identity strip (an element with
  the class `identity`); an element with the id `cover` starts the cover on the next page, and
  one with the id `consent-head` starts the consent form on a later page.
- page_labels.html: exactly one page per label, in order.
"""

from ..errors import ContentError
from .weasyprint_private import page_boxes


def _broken(template: str, problem: str) -> ContentError:
    return ContentError(f"Template {template} {problem}; see the template contract in the README")


def personal_starts(document, template: str) -> tuple[int, int]:
    """The page indexes where the cover and the consent form start in a laid-out personal.html."""
    starts: dict[str, int] = {}
    for index, page in enumerate(document.pages):
        for anchor in ("cover", "consent-head"):
            if anchor in page.anchors:
                starts.setdefault(anchor, index)
    if not any("identity" in box.classes for box in page_boxes(document.pages[0])):
        raise _broken(template, "has no identity strip (an element with class=\"identity\") on its first page")
    for anchor in ("cover", "consent-head"):
        if anchor not in starts:
            raise _broken(template, f"has no element with id=\"{anchor}\"")
    cover, consent = starts["cover"], starts["consent-head"]
    if not 1 == cover < consent:
        raise _broken(template, "must put the strip on page 1, the cover (id=\"cover\") from page 2, "
                                "and the consent form (id=\"consent-head\") on a later page")
    return cover, consent


def check_labels(document, labels: list[str], template: str) -> None:
    if len(document.pages) != len(labels):
        raise _broken(template, f"made {len(document.pages)} pages for {len(labels)} page labels; "
                                "it must make one page per label")
