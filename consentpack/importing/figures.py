"""Risk figures as a source writes them ("1 in 100", "0.5%", "between 1 in 20 and 1 in 10",
"less than 1 in 1,000") turned into a leaflet's natural frequency: exactly, or not at all.

A figure is written in 100, 1,000 or 10,000 only where that is the same number: 1 in 200 is
5 in 1,000, but 1 in 300 is no whole number in any of them, so it is kept for a person to
decide, never rounded. A word alone ("uncommon") is not a figure.
"""

import re
from dataclasses import dataclass
from fractions import Fraction

PER = (100, 1000, 10000)  # the denominators a leaflet's Frequency allows

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twenty": 20, "fifty": 50, "a hundred": 100, "one hundred": 100, "hundred": 100,
          "a thousand": 1000, "one thousand": 1000, "thousand": 1000, "ten thousand": 10000}
_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
_NUM = (rf"(?:\d{{1,3}}(?:[, ]\d{{3}})+(?!\d|,\d)|\d+(?:\.\d+)?(?!\d|,\d)|\b(?:{_WORD})\b)")
# "1 in 100", "1 out of every 100", "1 person in 200", "3 women in 1,000"
_IN = r"\s+(?:(?:person|people|patients?|wom[ae]n|m[ae]n|child(?:ren)?)\s+)?(?:in|out\s+of|per)\s+(?:every\s+)?"
_PCT = r"\s*(?:%|per\s?cent\b)"
_ONE = rf"{_NUM}(?:{_IN}{_NUM}|{_PCT})"  # one figure, whole: "1 in 100", "2%"
_PART = rf"{_NUM}(?:{_IN}{_NUM}|{_PCT})?"  # or the first of a range, maybe bare: the 1 of "1 to 2 in 100"
_UPPER = r"less\s+than|fewer\s+than|under|below|up\s+to|no\s+more\s+than|at\s+most"
_LOWER = r"more\s+than|over|greater\s+than|at\s+least"
_ABOUT = r"about|around|approximately|approx\.|roughly|nearly|almost|some|an\s+estimated|estimated"
FIGURE = re.compile(
    rf"(?<![\w.,])(?:(?:(?P<upper>{_UPPER})|(?P<lower>{_LOWER}))\s+)?(?:(?:{_ABOUT})\s+)?"
    rf"(?:between\s+(?P<b_low>{_PART})\s+and\s+(?P<b_high>{_ONE})"
    rf"|(?P<low>{_PART})\s*(?:to|-|\u2013|\u2014)\s*(?P<high>{_ONE})"
    rf"|(?P<one>{_ONE}))"
    r"(?P<tail>\s*[-\u2013]\s*\d[\d,]*)?",  # "1 in 100-200": a range read no further, so not read
    re.IGNORECASE,
)
_PARTS = re.compile(rf"(?P<n>{_NUM})(?:{_IN}(?P<d>{_NUM})|(?P<pct>{_PCT}))?", re.IGNORECASE)
FREQUENCY_WORD = re.compile(
    r"\b(very common|uncommon|common|very rare|rarely|rare|occasionally|occasional|unusual|unlikely|"
    r"frequently|frequent|small (?:risk|chance)|low risk)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    """One figure as the source writes it, and the same figure as count (to up_to) in per, or
    `problem` saying why it cannot be one; `bound` is "upper" for "less than", "lower" for "more than"."""

    text: str
    count: int | None = None
    up_to: int | None = None
    per: int | None = None
    bound: str = ""
    problem: str = ""


def _number(text: str) -> Fraction:
    word = " ".join(text.casefold().split())
    return Fraction(_WORDS[word]) if word in _WORDS else Fraction(re.sub(r"[, ]", "", text))


@dataclass(frozen=True)
class _End:
    """One end of a figure: its value, and the denominator it states (a percentage states 100)."""

    value: Fraction
    stated: Fraction
    percent: bool


def _end(text: str, other: "re.Match | None" = None) -> _End:
    """A bare number ("1" of "1 to 2 in 100", "2" of "2 to 5%") counts in the other end's terms."""
    parts = _PARTS.fullmatch(text.strip())
    count = _number(parts["n"])
    if parts["d"] is None and parts["pct"] is None and other is not None:
        parts = other
    if parts["pct"] or parts["d"] is None:
        return _End(count / 100, Fraction(100), True)
    per = _number(parts["d"])
    return _End(count / per, per, False)


def _in_whole_numbers(ends: list[_End]) -> tuple[list[int], int] | None:
    """The ends as whole counts in one of PER: the largest the source itself states first, so
    "2 in 1,000" stays in 1,000, then the smallest that is exact."""
    stated = sorted({int(end.stated) for end in ends if end.stated in PER}, reverse=True)
    for per in stated + list(PER):
        counts = sorted(end.value * per for end in ends)
        if all(count.denominator == 1 and 0 < count < per for count in counts):
            return [int(count) for count in counts], per
    return None


def _figure(match: re.Match) -> Figure:
    text = match.group(0)
    bound = "upper" if match["upper"] else "lower" if match["lower"] else ""
    if match["tail"]:
        return Figure(text, bound=bound, problem="is a range this import cannot read")
    if match["one"]:
        ends = [_end(match["one"])]
    else:
        low, high = (match["b_low"], match["b_high"]) if match["b_low"] else (match["low"], match["high"])
        ends = [_end(low, _PARTS.fullmatch(high.strip())), _end(high)]
    if any(end.value <= 0 for end in ends):
        return Figure(text, bound=bound, problem="is not a figure out of a number of people")
    if any(end.percent for end in ends) and max(end.value for end in ends) >= Fraction(1, 2):
        return Figure(text, bound=bound, problem="is half or more, so may not be how often this risk happens")
    whole = _in_whole_numbers(ends)
    if whole is None:
        return Figure(text, bound=bound, problem="is not a whole number in 100, 1,000 or 10,000")
    counts, per = whole
    up_to = counts[-1] if counts[-1] != counts[0] else None
    return Figure(text, count=counts[0], up_to=up_to, per=per, bound=bound)


def find_figures(text: str) -> list[Figure]:
    """Every figure in `text`, in order, each as the source writes it."""
    return [_figure(match) for match in FIGURE.finditer(text)]


def first_figure_at(text: str) -> int | None:
    """Where the first figure starts (a qualifier such as "about" included), or None."""
    match = FIGURE.search(text)
    return match.start() if match else None


def frequency_word(text: str) -> str | None:
    """The first word for how often ("uncommon", "rare") the text uses, as it uses it."""
    match = FREQUENCY_WORD.search(text)
    return match.group(0) if match else None
