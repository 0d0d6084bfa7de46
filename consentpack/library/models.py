"""The validated shapes of everything that enters ConsentPack: leaflets, the site file, patients.

Every model forbids unknown fields, so a misspelt key is reported instead of
silently ignored. After validation the rest of the engine trusts these objects.
"""

import hashlib
import re
import unicodedata
from datetime import date, datetime
from typing import Annotated, Literal

from babel import Locale, UnknownLocaleError
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .fonts import unprintable
from ..limits import MARKDOWN_CHARS
from .safe_markdown import check_markdown


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _no_control_characters(text: str) -> str:
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text):
        raise PydanticCustomError(
            "control_character", "contains control or invisible formatting characters"
        )
    return text


def _printable(text: str) -> str:
    if unprintable(text):
        raise PydanticCustomError(
            "unprintable",
            "has letters the bundled fonts cannot print (they have Latin, Greek and Cyrillic "
            "letters only); write it in those letters",
        )
    return text


MAX_MARKS_PER_LETTER = 2  # Vietnamese, the most of any language written in Latin letters


def _no_stacked_marks(text: str) -> str:
    """Accents stacked on one letter draw over the lines above and below (the NHS number, on the
    identity strip); no name in any language needs more than two once composed (NFC)."""
    run = 0
    for ch in text:
        run = run + 1 if unicodedata.combining(ch) else 0
        if run > MAX_MARKS_PER_LETTER:
            raise PydanticCustomError(
                "stacked_marks",
                "has more than two accents stacked on one letter; check it was copied correctly",
            )
    return text


def _composed(value):
    """One code point per letter where Unicode has one (NFC), so 'ễ' typed either way prints alike."""
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


PlainText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=300),
    BeforeValidator(_composed),
    AfterValidator(_no_control_characters),
    AfterValidator(_printable),
]
# The length is checked first, so the Markdown parser never meets an oversized field.
Markdown = Annotated[
    str, StringConstraints(min_length=1, max_length=MARKDOWN_CHARS), AfterValidator(check_markdown),
    AfterValidator(_printable),
]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]


# --- codes ---------------------------------------------------------------

# A terminology's URI as FHIR names it (http://snomed.info/sct) and one of its codes.
CodeSystemUri = Annotated[str, StringConstraints(pattern=r"^(https?|urn):[^\s]{3,200}$")]
CodeValue = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$")]


class ProcedureCode(Strict):
    """A code a hospital system gives the procedure: SNOMED CT, OPCS-4 or the hospital's own."""

    system: CodeSystemUri
    code: CodeValue


class SiteProcedureCode(ProcedureCode):
    leaflet: Slug


# --- leaflets -------------------------------------------------------------


class Frequency(Strict):
    """A risk figure as a natural frequency: `count` (or `count` to `up_to`) people in every `per`.

    Whole numbers only: write 5 in 1,000, not 0.5 in 100.
    """

    count: int = Field(gt=0)
    up_to: int | None = Field(default=None, gt=0)
    per: Literal[100, 1000, 10000]
    source: PlainText | None = None

    @model_validator(mode="after")
    def _count_within_per(self):
        if self.highest >= self.per:
            raise PydanticCustomError(
                "frequency_range", "count ({count}) must be less than per ({per})",
                {"count": self.highest, "per": self.per},
            )
        if self.up_to is not None and self.up_to <= self.count:
            raise PydanticCustomError("frequency_order", "up_to must be more than count")
        return self

    @property
    def highest(self) -> int:
        return self.up_to or self.count


class Risk(Strict):
    name: PlainText
    detail: Markdown
    serious: bool = False
    frequency: Frequency | None = None
    review: PlainText | None = Field(
        default=None,
        description="Why there is no figure yet; shown to the content owner, never to patients.",
    )

    @model_validator(mode="after")
    def _figure_or_review(self):
        if self.frequency is None and self.review is None:
            raise PydanticCustomError(
                "risk_without_figure",
                "give a frequency, or write review: saying why there is no figure yet",
            )
        return self


class Step(Strict):
    title: PlainText
    text: Markdown


class Alternative(Strict):
    name: PlainText
    text: Markdown


class RecoveryStage(Strict):
    """A stage of recovery; with days after the operation, a patient's pack gives its dates."""

    label: PlainText
    text: Markdown
    from_day: int | None = Field(default=None, ge=0)
    to_day: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _days_in_order(self):
        if (self.from_day is None) != (self.to_day is None):
            raise PydanticCustomError("days_pair", "give both from_day and to_day, or neither")
        if self.from_day is not None and self.to_day < self.from_day:
            raise PydanticCustomError("days_order", "to_day must not be before from_day")
        return self


class GetHelp(Strict):
    urgent: list[Markdown] = Field(min_length=1)
    routine: list[Markdown] = Field(min_length=1)


class Question(Strict):
    q: PlainText
    a: Markdown


class Sections(Strict):
    """The leaflet body, always printed in this order."""

    about: Markdown
    candidates: list[Markdown] = Field(min_length=1)
    procedure_steps: list[Step] = Field(min_length=1)
    benefits: list[Markdown] = Field(min_length=1)
    risks: list[Risk] = Field(min_length=1)
    alternatives: list[Alternative] = Field(min_length=1)
    doing_nothing: Markdown
    recovery: list[RecoveryStage] = Field(min_length=1)
    get_help: GetHelp
    faq: list[Question] = Field(min_length=1)


Anaesthesia = Literal["general", "regional", "local", "sedation"]


class ConsentDetails(Strict):
    """What the consent form needs beyond the leaflet body."""

    anaesthesia: list[Anaesthesia] = Field(min_length=1)
    extra_procedures: list[PlainText] = []


class Leaflet(Strict):
    """One procedure's leaflet; `content_hash` tells two printings of the same version apart."""

    id: Slug
    title: PlainText
    procedure_name: PlainText = Field(
        description="The procedure as it reads inside a sentence: 'your left ___'."
    )
    version: Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+){0,2}$")]
    published: date
    review_due: date
    authors: list[PlainText] = Field(min_length=1)
    approved_by: PlainText
    sided: bool
    summary: Markdown
    consent: ConsentDetails
    sections: Sections
    codes: list[ProcedureCode] = Field(
        default=[], description="Codes of the procedure, so a FHIR theatre list finds this leaflet.")

    @property
    def content_hash(self) -> str:
        """Eight hex digits of the SHA-256 of the validated content: changes with any edit to
        what a patient reads (the codes that route a FHIR list to the leaflet are not that)."""
        return hashlib.sha256(self.model_dump_json(exclude={"codes"}).encode()).hexdigest()[:8]

    @model_validator(mode="after")
    def _review_after_publication(self):
        if self.review_due <= self.published:
            raise PydanticCustomError(
                "review_before_published", "review_due must be later than published"
            )
        return self


# --- the hospital ---------------------------------------------------------


def _known_locale(value: str) -> str:
    try:
        Locale.parse(value)
    except (UnknownLocaleError, ValueError):
        raise PydanticCustomError(
            "unknown_locale", "'{value}' is not a locale Babel knows (for example en_GB)",
            {"value": value},
        ) from None
    return value


Phone = Annotated[str, StringConstraints(pattern=r"^\+?[0-9 ()-]{6,20}$")]


class ReadabilityTargets(Strict):
    """What `consentpack check` holds every leaflet section to, measured on its plain text."""

    min_reading_ease: float = 60
    max_grade: float = 8


class LocalFigures(Strict):
    """A hospital's own audited figures for one leaflet's risks, by risk name."""

    period: PlainText
    risks: dict[PlainText, Frequency] = Field(min_length=1)


class ConsentFormChoices(Strict):
    """Which NHS model consent forms the hospital uses where it has a choice."""

    form_3_for_local: bool = Field(
        default=False,
        description="Form 3 instead of Form 1 for a procedure done under local anaesthetic only.",
    )


class FhirSettings(Strict):
    """How the hospital's systems name things, for theatre lists from FHIR and documents to it."""

    hospital_number_system: CodeSystemUri | None = Field(
        default=None, description="The identifier system of the hospital's own patient numbers.")
    procedure_codes: list[SiteProcedureCode] = Field(
        default=[], description="The hospital's procedure codes, each to the leaflet it means.")


class Site(Strict):
    hospital: PlainText
    department: PlainText
    phone: Phone
    identifier: Literal["nhs_number", "hospital_number"] = "nhs_number"
    paper: Literal["A4", "Letter"] = "A4"
    locale: Annotated[str, AfterValidator(_known_locale)] = "en_GB"
    logo: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]+\.(png|jpg|jpeg|svg)$")] | None = Field(
        default=None, description="An image file in the library's styles/ folder, shown on the cover."
    )
    readability: ReadabilityTargets = ReadabilityTargets()
    local_figures: dict[Slug, LocalFigures] = {}
    consent_forms: ConsentFormChoices = ConsentFormChoices()
    fhir: FhirSettings = FhirSettings()

    @property
    def language_tag(self) -> str:
        """BCP 47 form of the locale, for the PDF and HTML `lang`."""
        return self.locale.replace("_", "-")


# --- patients -------------------------------------------------------------


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
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
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


# NHS records allow 35 characters a name; 50 leaves room and keeps the identity strip on the page.
Name = Annotated[
    str,
    StringConstraints(min_length=1, max_length=50),
    BeforeValidator(_composed),
    AfterValidator(_no_control_characters),
    AfterValidator(_no_stacked_marks),
    AfterValidator(_printable),
]
# A patient's own risks: printed beside the name, so no stacked accents either.
PatientText = Annotated[PlainText, AfterValidator(_no_stacked_marks)]
# Someone a name and a relationship describe ("Mary Okafor, daughter"): twice a name's room.
Person = Annotated[
    str,
    StringConstraints(min_length=1, max_length=100),
    BeforeValidator(_composed),
    AfterValidator(_no_control_characters),
    AfterValidator(_no_stacked_marks),
    AfterValidator(_printable),
]
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
        Annotated[str, StringConstraints(max_length=500), BeforeValidator(_composed),
                  AfterValidator(_no_control_characters), AfterValidator(_no_stacked_marks),
                  AfterValidator(_printable)] | None,
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
