"""The one preflight every door uses (generate, batch, preview, the desk): can this pack be made,
which NHS model consent form does it carry, and what should the person printing it know?

It validates at the edge and hands back a PackRequest with its warnings; everything after it
works on the validated objects and checks nothing again. A leaflet is checked once per run,
however many patients have it.
"""

from dataclasses import dataclass
from datetime import date

from pydantic import ValidationError

from ..errors import ConsentPackError, ContentError, PatientError
from ..library.folders import Library
from ..library.languages import ENGLISH, english_name, language_tag, read_catalog
from ..library.models import LANGUAGE_TAGS, Leaflet
from ..library.readiness import cannot_print, leaflet_warnings
from ..library.translations import drift, translated, with_translated_figures
from ..library.validation import bulleted, problems
from .consent_forms import consent_form
from .models import FormChoice, PackRequest, Patient


@dataclass(frozen=True)
class InLanguage:
    """The leaflet a pack in one language prints: its translation when there is a current one,
    the English where the site allows it, or why neither will do."""

    leaflet: Leaflet
    language: str  # the language of its words
    draft: bool = False  # a translation no qualified translator has reviewed
    problem: str | None = None
    refused_draft: bool = False  # the problem is only that it is a draft


@dataclass(frozen=True)
class Prepared:
    request: PackRequest
    leaflet_warnings: tuple[str, ...]  # the same for every patient having the leaflet
    patient_warnings: tuple[str, ...]

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.leaflet_warnings + self.patient_warnings


class RowProblems(PatientError):
    """A patient's details that are wrong, or do not fit the procedure; `problems` are its
    'field: problem' lines, for a theatre list to report under the row's number and the desk
    to show beside each field."""

    def __init__(self, message: str, lines: list[str]):
        super().__init__(message)
        self.problems = lines


def past_procedure_date(patient: Patient, today: date) -> str | None:
    """A warning, not an error: a pack may be printed after the operation for the record."""
    if patient.procedure_date is not None and patient.procedure_date < today:
        return "procedure_date is in the past; check it is right"
    return None


class Preflight:
    """Checks for one run: each leaflet once, then each patient against it."""

    def __init__(self, library: Library, today: date, allow_expired: bool = False, draft: bool = False,
                 allow_draft_translation: bool = False):
        """`draft` is for an author's preview: what would keep the leaflet from patients
        (unfinished, past its review date) is a warning instead of an error.
        `allow_draft_translation` lets a language whose catalog no translator has reviewed be
        printed, with the draft mark on every page."""
        self.site = library.site()
        self.today = today
        self._library = library
        self._allow_expired = allow_expired
        self._draft = draft
        self._allow_draft_translation = allow_draft_translation
        self._leaflets: dict[str, tuple[Leaflet, tuple[str, ...]] | ConsentPackError] = {}
        self._in_language: dict[tuple[str, str], InLanguage] = {}

    def leaflet(self, procedure: str) -> tuple[Leaflet, tuple[str, ...]]:
        """The leaflet and its warnings. Raises UsageError for an unknown procedure and
        ContentError for a leaflet that must not be printed, every time it is asked for."""
        if procedure not in self._leaflets:
            try:
                leaflet = self._library.leaflet(procedure)
                warnings = leaflet_warnings(leaflet, self.site, self.today)
                if problem := cannot_print(leaflet, self.today, self._allow_expired or self._draft):
                    if not self._draft:
                        raise ContentError(problem)
                    warnings.insert(0, f"{problem} (this preview is for the leaflet's authors only)")
                self._leaflets[procedure] = (leaflet, tuple(warnings))
            except ConsentPackError as exc:
                self._leaflets[procedure] = exc
        found = self._leaflets[procedure]
        if isinstance(found, ConsentPackError):
            raise found
        return found

    def offered(self) -> tuple[str, ...]:
        """The languages this site prints in: its `languages:`, or every one ConsentPack ships."""
        return tuple(self.site.languages) if self.site.languages else LANGUAGE_TAGS

    def language_problem(self, language: str) -> str | None:
        """Why a pack cannot be printed in `language` (a tag or an English name), or None."""
        offered = self.offered()
        tag = language_tag(language)
        if tag not in offered:
            names = ", ".join(f"{english_name(t)} ({t})" for t in offered)
            return f"language: '{language}' is not a language printed here; use one of: {names}"
        if tag == ENGLISH:
            return None
        catalog = read_catalog(tag, self._library.folders("locales"))
        if not catalog.files:
            return f"language: there is no {english_name(tag)} catalog; reinstall ConsentPack"
        if catalog.missing:
            return (f"language: the {english_name(tag)} catalog lacks {len(catalog.missing)} of its "
                    f"{catalog.total} messages, so a pack would mix in English; see consentpack check")
        if not catalog.reviewed and not self._allow_draft_translation:
            return (f"language: the {english_name(tag)} translation is a draft that no qualified translator "
                    f"has checked; print it only with --allow-draft-translation, and each page will say so")
        return None

    def in_language(self, leaflet: Leaflet, tag: str) -> InLanguage:
        """The leaflet as a pack in `tag` prints it, read once per run. A stale translation is
        refused as an expired leaflet is; a draft one only with allow_draft_translation."""
        key = (leaflet.id, tag)
        if key not in self._in_language:
            self._in_language[key] = self._find_in_language(leaflet, tag)
        return self._in_language[key]

    def _find_in_language(self, leaflet: Leaflet, tag: str) -> InLanguage:
        if tag == ENGLISH:
            return InLanguage(leaflet, ENGLISH)
        name = english_name(tag)
        path = self._library.translation_files(leaflet.id).get(tag)
        if path is None:
            if self.site.english_leaflet_fallback:
                return InLanguage(leaflet, ENGLISH)
            return InLanguage(leaflet, ENGLISH, problem=(
                f"language: {leaflet.id} has no {name} translation; print it in English, or set "
                f"english_leaflet_fallback: true in the site file to print the English leaflet in a "
                f"{name} pack"))
        try:
            translation = self._library.load_translation(path, leaflet.id, tag)
        except ConsentPackError as exc:
            return InLanguage(leaflet, ENGLISH, problem=f"language: {exc}")
        if lines := drift(leaflet, translation):
            return InLanguage(leaflet, ENGLISH, problem=(
                f"language: the {name} translation of {leaflet.id} is stale and must be brought up to "
                f"date before it is printed: " + "; ".join(lines)))
        if not translation.reviewed and not self._allow_draft_translation:
            return InLanguage(leaflet, ENGLISH, refused_draft=True, problem=(
                f"language: the {name} translation of {leaflet.id} is a draft that no qualified translator "
                f"has checked; print it only with --allow-draft-translation, and each page will say so"))
        return InLanguage(translated(leaflet, translation), tag, draft=not translation.reviewed)

    def prepare(self, procedure: str, patient: Patient, large_print: bool = False,
                source: str = "patient details", form: FormChoice = "auto", language: str = ENGLISH) -> Prepared:
        """The request for one patient's pack, with its consent form chosen (`form`), or
        RowProblems naming each field that does not fit (`source` says where the details came
        from, for the message). `language` is a shipped language's tag."""
        leaflet, warnings = self.leaflet(procedure)
        chosen = consent_form(form, patient, leaflet, self.site, self.today)
        lines = list(chosen.problems)
        site = self.site
        tag = language_tag(language)
        catalog_problem = self.language_problem(language)
        if catalog_problem:
            lines.append(catalog_problem)
        if tag not in self.offered():
            tag = ENGLISH  # named above; the rest of the request is still checked
        printed = self.in_language(leaflet, tag)  # a draft catalog hides no problem of the leaflet's
        if printed.problem and not (printed.refused_draft and catalog_problem):  # one draft refusal is enough
            lines.append(printed.problem)
        elif printed.leaflet is not leaflet:
            site = with_translated_figures(site, leaflet, printed.leaflet)
        try:
            request = PackRequest(leaflet=printed.leaflet, site=site, patient=patient,
                                  consent_form=chosen.form, large_print=large_print, language=tag,
                                  leaflet_language=printed.language, translation_draft=printed.draft)
        except ValidationError as exc:
            lines = problems(exc) + lines
        if lines:
            raise RowProblems(bulleted(f"Bad {source}", lines), lines)
        own = tuple(filter(None, [past_procedure_date(patient, self.today)])) + chosen.warnings
        return Prepared(request, warnings, own)
