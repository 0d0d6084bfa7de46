"""The validated shapes of a patient and of one pack's request: where patient and procedure meet.

Every model forbids unknown fields; after validation the rest of the engine trusts these objects.
"""

import re
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from ..library.models import (
    LanguageTag,
    Leaflet,
    PlainText,
    Site,
    Strict,
    composed,
    no_control_characters,
    no_stacked_marks,
    printable,
)


def _parse_date(value):
    """Dates arrive as YYYY-MM-DD or, from UK spreadsheets, DD/MM/YYYY; never as a bare number."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, (int, float)):
        raise PydanticCustomError(
            "date_format", "is not a real date; write it as YYYY-MM-DD or DD/MM/YYYY"
        )
    if isinstance(value, str):
        text = value.strip()
        for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                return datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        raise PydanticCustomError(
            "date_format", "is not a real date; write it as YYYY-MM-DD or DD/MM/YYYY"
        )
    return value


FlexibleDate = Annotated[date, BeforeValidator(_parse_date)]


def _past_birth_date(value: date) -> date:
    today = date.today()
    if value > today:
        raise PydanticCustomError("date_of_birth_future", "is in the future")
    if today.year - value.year > 130:
        raise PydanticCustomError("date_of_birth_old", "is more than 130 years ago")
    return value


def nhs_check_digit_ok(digits: str) -> bool:
    """NHS number Modulus 11: weights 10..2 on the first nine digits; 10 is never valid."""
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _nhs_number(value: str) -> str:
    digits = re.sub(r"[ -]", "", value)
    if not re.fullmatch(r"[0-9]{10}", digits):
        raise PydanticCustomError("nhs_number_format", "must be 10 digits (spaces allowed)")
    if not nhs_check_digit_ok(digits):
        raise PydanticCustomError(
            "nhs_number_check_digit", "fails the NHS number check digit; check it was copied correctly"
        )
    return digits


def _hospital_number(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9/-]{1,20}", value):
        raise PydanticCustomError(
            "hospital_number_format", "may hold only letters, digits, / and -, at most 20 characters"
        )
    return value


def _lower(value):
    return value.lower().strip() if isinstance(value, str) else value


def _split_risks(value):
    """A spreadsheet cell holds several risks separated by ';'."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    return value


def _blank_is_none(value):
    return None if isinstance(value, str) and not value.strip() else value


def yes_or_no(value):
    """Spreadsheets say yes/no, Y/N, TRUE/FALSE or 1/0; an empty cell is no."""
    if isinstance(value, str):
        answer = value.strip().lower()
        if answer in ("yes", "y", "true", "1"):
            return True
        if answer in ("", "no", "n", "false", "0"):
            return False
        raise PydanticCustomError("yes_or_no", "must be yes or no")
    return value


YesOrNo = Annotated[bool, BeforeValidator(yes_or_no)]
FormNumber = Literal[1, 2, 3, 4]
FormChoice = Literal["auto", 1, 2, 3, 4]


def form_choice(value):
    """'auto' (or empty) lets the preflight choose; 1 to 4 (also '2', 'Form 2') is a choice."""
    text = str(value).strip().lower().removeprefix("form").strip()
    if text in ("", "auto"):
        return "auto"
    if text in ("1", "2", "3", "4"):
        return int(text)
    raise PydanticCustomError("consent_form", "must be auto, 1, 2, 3 or 4")


# The one parser of a consent-form choice, for every door: the CLI, lists, the desk and the API.
ConsentFormChoice = Annotated[FormChoice, BeforeValidator(form_choice)]


def _name_of(max_length: int):
    """A person's name as the identity strip and forms print it: no stacked accents, every letter
    in the bundled fonts."""
    return Annotated[str, StringConstraints(min_length=1, max_length=max_length), BeforeValidator(composed),
                     AfterValidator(no_control_characters), AfterValidator(no_stacked_marks),
                     AfterValidator(printable)]


# NHS records allow 35 characters a name; 50 leaves room and keeps the identity strip on the page.
Name = _name_of(50)
# A patient's own risks: printed beside the name, so no stacked accents either.
PatientText = Annotated[PlainText, AfterValidator(no_stacked_marks)]
# Someone a name and a relationship describe ("Mary Okafor, daughter"): twice a name's room.
Person = _name_of(100)
Side = Literal["left", "right", "both"]


class Patient(Strict):
    family_name: Name
    given_name: Name
    date_of_birth: Annotated[FlexibleDate, AfterValidator(_past_birth_date)]
    nhs_number: Annotated[
        str | None, BeforeValidator(_blank_is_none), AfterValidator(lambda v: v and _nhs_number(v))
    ] = None
    hospital_number: Annotated[
        str | None, BeforeValidator(_blank_is_none), AfterValidator(lambda v: v and _hospital_number(v))
    ] = None
    side: Annotated[Side | None, BeforeValidator(_blank_is_none), BeforeValidator(_lower)] = None
    procedure_date: Annotated[FlexibleDate | None, BeforeValidator(_blank_is_none)] = None
    consultant: Name
    additional_risks: Annotated[list[PatientText], BeforeValidator(_split_risks)] = []
    notes: Annotated[
        Annotated[str, StringConstraints(max_length=500), BeforeValidator(composed),
                  AfterValidator(no_control_characters), AfterValidator(no_stacked_marks),
                  AfterValidator(printable)] | None,
        BeforeValidator(_blank_is_none),
    ] = None
    # For the consent forms that someone else signs or is asked about (see preflight.py).
    lacks_capacity: YesOrNo = False
    parent_name: Annotated[Name | None, BeforeValidator(_blank_is_none)] = None
    parent_relationship: Annotated[Name | None, BeforeValidator(_blank_is_none)] = None
    consulted: Annotated[Person | None, BeforeValidator(_blank_is_none)] = None
    attorney: Annotated[Name | None, BeforeValidator(_blank_is_none)] = None

    @model_validator(mode="after")
    def _has_identifier(self):
        if not self.nhs_number and not self.hospital_number:
            raise PydanticCustomError(
                "identifier_missing", "give an NHS number or a hospital number"
            )
        return self

    @model_validator(mode="after")
    def _operated_after_birth(self):
        if self.procedure_date is not None and self.procedure_date < self.date_of_birth:
            raise PydanticCustomError("procedure_before_birth", "is before the date of birth")
        return self


class PackRequest(Strict):
    """One patient's pack for one leaflet: the place where patient and procedure must agree."""

    leaflet: Leaflet
    site: Site
    patient: Patient
    consent_form: FormNumber  # chosen by the preflight's rules, never by a door on its own
    large_print: bool = False
    language: LanguageTag = "en"  # one the preflight found the library can print
    leaflet_language: LanguageTag = "en"  # the leaflet's own words: a translation's, or English
    translation_draft: bool = False  # the leaflet's translation is not yet reviewed

    @model_validator(mode="after")
    def _side_matches_procedure(self):
        if self.leaflet.sided and self.patient.side is None:
            raise PydanticCustomError(
                "side_missing",
                "is required for {procedure}: left, right or both",
                {"procedure": self.leaflet.procedure_name},
            )
        if not self.leaflet.sided and self.patient.side is not None:
            raise PydanticCustomError(
                "side_not_applicable",
                "must be left empty: {procedure} has no side",
                {"procedure": self.leaflet.procedure_name},
            )
        return self

    def name_values(self, row: int = 1) -> dict[str, str]:
        """What the pack's file name may be made of: batch's for each row, the desk's for its one pack."""
        patient = self.patient
        return {
            "identifier": patient.nhs_number or patient.hospital_number,
            "family_name": patient.family_name,
            "given_name": patient.given_name,
            "procedure": self.leaflet.id,
            "procedure_date": patient.procedure_date.isoformat() if patient.procedure_date else "",
            "row": str(row),
        }
