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
from ..library.validation import bulleted, problems
from .consent_forms import consent_form
from .models import FormChoice, PackRequest, Patient


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

    def prepare(self, procedure: str, patient: Patient, large_print: bool = False,
                source: str = "patient details", form: FormChoice = "auto", language: str = ENGLISH) -> Prepared:
        """The request for one patient's pack, with its consent form chosen (`form`), or
        RowProblems naming each field that does not fit (`source` says where the details came
        from, for the message). `language` is a shipped language's tag."""
        leaflet, warnings = self.leaflet(procedure)
        chosen = consent_form(form, patient, leaflet, self.site, self.today)
        lines = list(chosen.problems)
        if problem := self.language_problem(language):
            lines.append(problem)
            language = ENGLISH  # named above; the rest of the request is still checked
        try:
            request = PackRequest(leaflet=leaflet, site=self.site, patient=patient,
                                  consent_form=chosen.form, large_print=large_print,
                                  language=language_tag(language))
        except ValidationError as exc:
            lines = problems(exc) + lines
        if lines:
            raise RowProblems(bulleted(f"Bad {source}", lines), lines)
        own = tuple(filter(None, [past_procedure_date(patient, self.today)])) + chosen.warnings
        return Prepared(request, warnings, own)
