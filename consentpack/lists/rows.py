"""One row of a theatre list, whichever reader found it: the columns, the row and list types,
and the one rule for an empty cell.

Row numbers are the ones a person sees: in a spreadsheet the header is row 1, in a FHIR
Bundle a row is numbered by its entry.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

COLUMNS = (
    "family_name", "given_name", "date_of_birth", "nhs_number", "hospital_number",
    "procedure", "side", "procedure_date", "consultant", "language", "large_print",
    "additional_risks", "notes",
    "allow_draft_translation",  # optional: yes prints this row's draft translation, marked as one
    "consent_form", "lacks_capacity", "parent_name", "parent_relationship", "consulted", "attorney",
    "status",  # optional: whether the operation is booked (booking.py); read by the list, not the pack
)
REQUIRED = ("family_name", "given_name", "date_of_birth", "procedure", "consultant")
IDENTIFIERS = ("nhs_number", "hospital_number")
# What Excel shows in a cell whose formula failed; saved as text in a CSV, and by openpyxl.
SPREADSHEET_ERRORS = frozenset({
    "#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!",
    "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
})


@dataclass(frozen=True)
class ListRow:
    number: int  # as shown in the spreadsheet; the header is row 1
    values: dict[str, str]
    stray_cells: bool = False  # something written in a column without a header
    problems: tuple[str, ...] = ()  # "field: problem" found while reading, e.g. a spreadsheet error
    source: str = ""  # in a FHIR Bundle, the resource the row came from: "ServiceRequest/abc"


@dataclass(frozen=True)
class TheatreList:
    name: str  # how messages refer to the list
    rows: tuple[ListRow, ...]
    unit: str = "row"  # what a message calls one: "row 3" of a spreadsheet, "entry 3" of a Bundle

    def where(self, number: int) -> str:
        """'monday.csv row 3', or 'bundle.json entry 3 (ServiceRequest/abc)'."""
        source = next((row.source for row in self.rows if row.number == number and row.source), "")
        return f"{self.name} {self.unit} {number}" + (f" ({source})" if source else "")


def header_key(text: str) -> str:
    return re.sub(r"[\s_-]+", "_", str(text).strip().lower())


def row_values(cells: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A row's values from (column, text) pairs. Every reader builds them here, so an empty or
    whitespace-only value is absent, never "": a missing family name then reads
    'family_name: is required' whether the list was a CSV, a workbook or a FHIR Bundle."""
    return {column: text for column, text in cells if text.strip()}
