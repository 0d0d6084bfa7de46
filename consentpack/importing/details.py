"""The source's own lines about itself ("Version 3", "Review date: March 2027", "Leaflet
reference: PIL 1234"): read into the draft's version and dates, and kept out of its sections.

Only a short line that is nearly all such details is read, so "version 2 of the implant" in a
paragraph is never taken for the leaflet's version.
"""

import re
from dataclasses import dataclass
from datetime import date

from .blocks import Block

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+\d{{4}}|{_MONTH}\.?,?\s+\d{{4}}|"
         r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{4}|\d{4})\b")
_SEP = r"\s*[:\-\u2013]?\s*"
VERSION = re.compile(rf"\bversion(?:\s+(?:number|no\.?))?{_SEP}v?(?P<value>\d+(?:\.\d+){{0,2}})\b", re.IGNORECASE)
REVIEW = re.compile(rf"\b(?:(?:next\s+)?review(?:\s+due)?(?:\s+date)?|date\s+(?:of|for)\s+(?:next\s+)?review|"
                    rf"to\s+be\s+reviewed(?:\s+by)?){_SEP}(?P<value>{_DATE})", re.IGNORECASE)
PUBLISHED = re.compile(rf"\b(?:date\s+(?:of\s+)?(?:publication|issue)|publication\s+date|issue\s+date|"
                       rf"date\s+issued|published(?:\s+on)?|issued(?:\s+on)?){_SEP}(?P<value>{_DATE})",
                       re.IGNORECASE)
REFERENCE = re.compile(rf"\b(?:leaflet\s+(?:ref(?:erence)?|number|code|no\.?)|(?:our\s+)?ref(?:erence)?\b"
                       rf"(?:\s+(?:no\.?|number))?|PIL\s+(?:no\.?|number)){_SEP}"
                       r"(?P<value>[A-Z]{0,6}\s?[0-9][A-Za-z0-9/._-]*)", re.IGNORECASE)
_LINES = (VERSION, REVIEW, PUBLISHED, REFERENCE)
_OTHER_WORDS = 3  # "Produced by the surgical team" around them still makes the line one of details


@dataclass(frozen=True)
class Details:
    """What the source says of itself, as it says it."""

    version: str | None = None
    review: str | None = None
    published: str | None = None
    reference: str | None = None


def is_details_line(block: Block) -> bool:
    """A paragraph or heading made of the leaflet's version, dates or reference and little else
    (never a list item or table row: those may be risks that name a version of something)."""
    if block.kind not in ("paragraph", "heading"):
        return False
    text = block.text
    rest = text
    for pattern in _LINES:
        rest = pattern.sub(" ", rest)
    return rest != text and len(re.findall(r"[A-Za-z]{2,}", rest)) <= _OTHER_WORDS


def read_details(blocks: list[Block]) -> Details:
    """The first version, review date, publication date and reference the details lines give."""
    found = {}
    for name, pattern in (("version", VERSION), ("review", REVIEW), ("published", PUBLISHED),
                          ("reference", REFERENCE)):
        for block in blocks:
            if match := pattern.search(block.text):
                found[name] = match["value"].strip()
                break
    return Details(**found)


def as_date(text: str) -> date | None:
    """The day a written date means; a month (or a year) alone means its first day, the
    earliest it allows, so a review never comes later than the source asks."""
    text = text.casefold().replace(",", " ").replace(".", " ")
    try:
        if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text.strip()):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := re.fullmatch(r"(\d{1,2})[/ -](\d{1,2})[/ -](\d{4})", text.strip()):
            return date(int(match[3]), int(match[2]), int(match[1]))  # British order: day first
        if match := re.fullmatch(r"(\d{1,2})/(\d{4})", text.strip()):
            return date(int(match[2]), int(match[1]), 1)
        if match := re.fullmatch(r"\d{4}", text.strip()):
            return date(int(text.strip()), 1, 1)
        words = text.split()
        month = next(i + 1 for i, name in enumerate(_MONTHS) if words[-2].startswith(name[:3]))
        day = int(re.match(r"\d+", words[0])[0]) if len(words) == 3 else 1
        return date(int(words[-1]), month, day)
    except (ValueError, StopIteration, IndexError, TypeError):
        return None
