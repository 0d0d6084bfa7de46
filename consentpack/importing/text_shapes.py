"""What a piece of a leaflet's text looks like: the tests more than one reader applies, so that a
heading, a list item or a breadcrumb is recognised alike in a web page, a PDF and a text file."""

import re

HEADING_WORDS = 12  # a heading is shorter: "What will happen if I leave my hernia alone?" has 10
QUESTION_HEADING_WORDS = 16  # ... or, if it asks a question, shorter than this
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")  # soft hyphen, zero-width marks
# A list item's marker: a bullet (U+F0B7 and U+F0A7 are Word's Symbol-font bullets in the PDFs it
# exports), or a dash, star, number or letter and a space: "- ", "* ", "1. ", "1) ", "(1) ", "a) ".
ITEM_MARKER = re.compile(r"^(?:[•●▪■◦‣∙○\uf0b7\uf0a7]\s*|(?:[*\-–—]|\(?[0-9]{1,2}[.)]|\(?[a-z]\))\s+)")
# A breadcrumb trail: "Home › Services › Surgery", "Treatment · sacral", "Surgery | Northfield".
_BREADCRUMB = re.compile(r"\S\s+[›»>·|]\s+\S")


def fold(text: str) -> str:
    """The text with its white space folded to single spaces and invisible marks removed, so
    that the same words compare equal whatever the file did with its line breaks."""
    return " ".join(_INVISIBLE.sub("", text).split())


def heading_shaped(text: str) -> bool:
    """Short, with a letter, and not ending a sentence: "Going home", "3. Risks", "Risks:" and
    "Can there be any complications or risks?" are; "You can go home." is not. A question may
    be a little longer: "Why can't my child have the teeth out at our own dentist?"."""
    words = len(text.split())
    return (bool(text) and (words < HEADING_WORDS or (text.endswith("?") and words < QUESTION_HEADING_WORDS))
            and any(c.isalpha() for c in text) and not text.endswith((".", ",", ";")))


def without_item_marker(text: str) -> str | None:
    """The item's text without its bullet or number, or None if the text is not a list item."""
    match = ITEM_MARKER.match(text)
    if not match or len(text) == match.end():
        return None
    return text[match.end():]


def breadcrumb_shaped(text: str) -> bool:
    """A short trail of page names joined by ›, », >, · or |, as sites print above a page."""
    return len(text.split()) <= HEADING_WORDS and bool(_BREADCRUMB.search(text)) and not text.endswith(".")


# A column's label in a table of risks: what the risk is, what it means, how often it happens.
_COLUMN_LABEL = re.compile(r"^(the |possible |common |rare )?(risks?|complications?|problems?|side[- ]effects?|"
                           r"what (this|it|that) (means|is)|what (could|can|might) happen|what happens|meaning|"
                           r"details?|descriptions?|explanation|more information|what to expect|"
                           r"how (often|common|likely)( (is it|it is|this is))?|chance( of (it|this) happening)?|"
                           r"likelihood|frequency|incidence|rate|number of people( affected)?)$")


def column_labels(cells: tuple[str, ...] | list[str]) -> bool:
    """Whether a table's first row reads as its header even unmarked (no bold, no <th>): two or
    more cells, each empty or a short column label with no figure ("Complication | What this
    means | How often"), the labels a table of risks uses."""
    filled = [fold(cell).casefold().rstrip(":?") for cell in cells if cell.strip()]
    return len(filled) >= 2 and all(not re.search(r"\d", cell) and len(cell.split()) <= 6
                                    and _COLUMN_LABEL.match(cell) for cell in filled)
