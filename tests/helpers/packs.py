"""A pack read as its reader reads it: the part each page belongs to, the pack id its reference
line prints, and the headings and sections the built-in leaflet and consent form 1 must show."""

import re
from pathlib import Path

from helpers.pdf import flat, page_texts

LEAFLET_HEADINGS = [
    "What is sacroiliac joint fusion?",
    "Who may it help?",
    "How is it done?",
    "Benefits: what it can do for you",
    "Risks: what could go wrong",
    "Alternatives: other choices you have",
    "Doing nothing: if you decide not to have it",
    "Recovery: getting better",
    "When to get help",
    "Questions people ask",
]
CONSENT_SECTIONS = [
    "1. Patient details",
    "2. Proposed procedure",
    "3. Statement of health professional",
    "The intended benefits",
    "Serious or frequently occurring risks",
    "Risks particular to this patient",
    "Extra procedures which may become necessary",
    "alternative treatments, including no treatment",
    "The patient has been given the leaflet",
    "5. Anaesthesia",
    "6. Statement of interpreter",
    "7. Statement of patient",
    "Procedures I do not want done without further discussion",
    "8. Confirmation of consent",
    "Copy accepted by patient",
]


def parts(texts):
    """Page texts grouped by the part name printed in each page's footer."""
    grouped = {}
    for text in map(flat, texts):
        part = re.search(r"(Cover|Leaflet|Consent form|Patient's copy) · Page \d+ of \d+", text)
        assert part, f"page without a part and page number: {text[-200:]!r}"
        grouped.setdefault(part.group(1), []).append(text)
    return grouped


def part_ends(labels: list[str]) -> str:
    """The code's parts field for pages labelled with these parts, in order: the last page of each
    part but the last."""
    return ".".join(str(number) for number in range(1, len(labels)) if labels[number] != labels[number - 1])


def printed_pack_id(path: Path) -> str:
    """The pack id as the reference line prints it, the same on every page."""
    found = {match for text in page_texts(path) for match in re.findall(r"pack (\d{6}-[0-9A-Z]{6})", flat(text))}
    assert len(found) == 1, found
    return found.pop()
