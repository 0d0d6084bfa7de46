"""The validated shapes of what a hospital authors: leaflets and the site file, and the text rules
every model shares (patients' too: see patient/models.py).

Every model forbids unknown fields, so a misspelt key is reported instead of
silently ignored. After validation the rest of the engine trusts these objects.
"""

import hashlib
import unicodedata
from datetime import date
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

from ..limits import MARKDOWN_CHARS
from .fonts import unprintable
from .languages import ENGLISH, SHIPPED, english_name, language_tag
from .safe_markdown import check_markdown


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def no_control_characters(text: str) -> str:
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text):
        raise PydanticCustomError(
            "control_character", "contains control or invisible formatting characters"
        )
    return text


def printable(text: str) -> str:
    if unprintable(text):
        raise PydanticCustomError(
            "unprintable",
            "has letters the bundled fonts cannot print (they have Latin, Greek and Cyrillic "
            "letters only); write it in those letters",
        )
    return text


MAX_MARKS_PER_LETTER = 2  # Vietnamese, the most of any language written in Latin letters


def no_stacked_marks(text: str) -> str:
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


def composed(value):
    """One code point per letter where Unicode has one (NFC), so 'ễ' typed either way prints alike."""
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


PlainText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=300),
    BeforeValidator(composed),
    AfterValidator(no_control_characters),
    AfterValidator(printable),
]
# The length is checked first, so the Markdown parser never meets an oversized field.
Markdown = Annotated[
    str, StringConstraints(min_length=1, max_length=MARKDOWN_CHARS), AfterValidator(check_markdown),
    AfterValidator(printable),
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


def known_language(value: str) -> str:
    """A shipped language's tag, from a tag or its English name ('pl', 'Polish')."""
    tag = language_tag(value) if isinstance(value, str) else None
    if tag is None:
        raise PydanticCustomError(
            "unknown_language", "'{value}' is not a language ConsentPack can print; use one of: {known}",
            {"value": value, "known": ", ".join(f"{english_name(t)} ({t})" for t in LANGUAGE_TAGS)},
        )
    return tag


LANGUAGE_TAGS = (ENGLISH, *(language.tag for language in SHIPPED))
LanguageTag = Annotated[str, AfterValidator(known_language)]


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
    languages: list[LanguageTag] | None = Field(
        default=None, description="The languages to offer, by tag or English name (en, cy, Polish); "
                                  "every language the library can print when not given.")
    english_leaflet_fallback: bool = Field(
        default=False, description="A pack in a language the leaflet has no current translation in "
                                   "is printed with the English leaflet, and its cover says so; "
                                   "otherwise it is refused.")
    bilingual_consent: bool = Field(
        default=True, description="In a pack in another language, each statement of the consent form "
                                  "has the English beneath it, for the staff who keep the record.")

    @property
    def language_tag(self) -> str:
        """BCP 47 form of the locale, for the PDF and HTML `lang`."""
        return self.locale.replace("_", "-")
