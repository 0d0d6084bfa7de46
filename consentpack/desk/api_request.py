"""The API's request exactly as its OpenAPI description (openapi.json) states it: every type,
length and pattern there is checked here, strictly (no number for a text, no 0 for false), before
the engine applies the rules no description can state (the NHS number's check digit, a real date,
letters the fonts can print, the consent form's rules). The lengths are the patient model's."""

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, PlainValidator, StrictBool, StrictStr, StringConstraints, ValidationError
from pydantic_core import PydanticCustomError

from ..library.languages import ENGLISH
from ..library.models import LANGUAGE_TAGS
from ..library.validation import problem_pairs
from ..patient.models import FormChoice, form_choice

DATE = r"^([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{2}/[0-9]{2}/[0-9]{4})$"
NHS_NUMBER = r"^[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}$"
HOSPITAL_NUMBER = r"^[A-Za-z0-9/-]{1,20}$"
CONSENT_FORM = r"^ *([Ff][Oo][Rr][Mm])? *([Aa][Uu][Tt][Oo]|[1-4])? *$"
_CONSENT_FORM = re.compile(CONSENT_FORM)

# A pattern broken, in the words the engine uses for the same field.
PATTERN_WORDS = {
    DATE: "is not a real date; write it as YYYY-MM-DD or DD/MM/YYYY",
    NHS_NUMBER: "must be 10 digits (spaces allowed)",
    HOSPITAL_NUMBER: "may hold only letters, digits, / and -, at most 20 characters",
}


def _text(longest: int, shortest: int = 1):
    return Annotated[StrictStr, StringConstraints(min_length=shortest or None, max_length=longest)]


def _matching(pattern: str):
    return Annotated[StrictStr, StringConstraints(pattern=pattern)]


Name = _text(50)  # patient/models.py: Name
Person = _text(100)  # patient/models.py: Person ("Mary Okafor, daughter")


def _consent_form(value: Any) -> FormChoice:
    """1 to 4 as a JSON integer (not 1.0, not true), or the text generate takes ("auto", "Form 2")."""
    if (type(value) is int and value in (1, 2, 3, 4)) or (type(value) is str and _CONSENT_FORM.fullmatch(value)):
        return form_choice(value)
    raise PydanticCustomError("consent_form", "must be auto, 1, 2, 3 or 4")


class _Described(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class PatientFields(_Described):
    family_name: Name
    given_name: Name
    date_of_birth: _matching(DATE)
    nhs_number: _matching(NHS_NUMBER) | None = None
    hospital_number: _matching(HOSPITAL_NUMBER) | None = None
    side: Literal["left", "right", "both"] | None = None
    procedure_date: _matching(DATE) | None = None
    consultant: Name
    notes: _text(500, shortest=0) | None = None
    additional_risks: list[_text(300)] | None = None  # patient/models.py: PatientText
    lacks_capacity: StrictBool | None = None
    parent_name: Name | None = None
    parent_relationship: Name | None = None
    consulted: Person | None = None
    attorney: Name | None = None


def _language(value: Any) -> str:
    """A shipped language's BCP 47 tag, exactly as the description's enum lists it; whether this
    library prints it is the engine's to say."""
    if type(value) is str and value in LANGUAGE_TAGS:
        return value
    raise PydanticCustomError("language", "must be one of the BCP 47 tags {known}",
                              {"known": ", ".join(LANGUAGE_TAGS)})


class PackOptions(_Described):
    consent_form: Annotated[FormChoice, PlainValidator(_consent_form)] = "auto"
    large_print: StrictBool = False
    allow_expired: StrictBool = False
    language: Annotated[str, PlainValidator(_language)] = ENGLISH
    allow_draft_translation: StrictBool = False


class PackBody(_Described):
    procedure: _text(80)  # library/models.py: Slug
    patient: PatientFields
    options: PackOptions = PackOptions()


def described_problems(error: ValidationError) -> list[tuple[str, str]]:
    """Each way the body breaks its description, by field; a broken pattern in the engine's words."""
    return [(field, PATTERN_WORDS.get((item.get("ctx") or {}).get("pattern"), message))
            for (field, message), item in zip(problem_pairs(error), error.errors(), strict=True)]
