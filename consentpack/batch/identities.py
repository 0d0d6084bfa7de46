"""Identifiers compared across every row of a theatre list, on the cells as written.

An NHS or hospital number given to two different people is found before, and apart from,
the rest of the validation, so a row that is also wrong in another way (a mistyped date of
birth, a missing consultant) cannot hide that it shares its number with another patient.
"""

import re
import unicodedata
from datetime import datetime

from ..lists.rows import IDENTIFIERS, SPREADSHEET_ERRORS, ListRow


def identifier_key(field: str, text: str) -> str:
    """'943 476-5919' and '9434765919' are one NHS number; 'rx1 ' and 'RX1' one hospital number."""
    return re.sub(r"[ -]", "", text) if field == "nhs_number" else text.strip().upper()


def _name(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split())).casefold()


def _date(text: str) -> str:
    """A date the list may write either way, as YYYY-MM-DD; anything else as written."""
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return text


def _person(values: dict[str, str]) -> tuple[str | None, ...]:
    """Family name, given name and date of birth; None where the cell is empty or holds a
    spreadsheet error, which says nothing about who the row is."""
    def known(field, normal):
        text = values.get(field, "")
        return None if not text.strip() or text.strip().upper() in SPREADSHEET_ERRORS else normal(text)
    return (known("family_name", _name), known("given_name", _name), known("date_of_birth", _date))


def _different(one: tuple, other: tuple) -> bool:
    return any(a is not None and b is not None and a != b for a, b in zip(one, other, strict=True))


def _rows(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"


def identity_conflicts(rows: tuple[ListRow, ...], unit: str = "row") -> dict[int, list[str]]:
    """Row number -> problems; every row of an identifier held by different people fails, naming
    the others by row number (never the value): which one is right is for a person to decide.
    `unit` is what the list calls a row ("entry" in a FHIR Bundle)."""
    holders: dict[tuple[str, str], list[tuple[int, tuple]]] = {}
    for field in IDENTIFIERS:
        for row in rows:
            if key := identifier_key(field, row.values.get(field, "")):
                holders.setdefault((field, key), []).append((row.number, _person(row.values)))
    conflicts: dict[int, list[str]] = {}
    for (field, _), members in holders.items():
        if any(_different(one, other) for _, one in members for _, other in members):
            numbers = [number for number, _ in members]
            units = "entries" if unit == "entry" else f"{unit}s"
            message = f"{field}: {units} {_rows(numbers)} give it to different people; check which is right"
            for number in numbers:
                conflicts.setdefault(number, []).append(message)
    return conflicts
