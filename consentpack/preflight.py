"""The one preflight every door uses (generate, batch, preview, the desk): can this pack be made,
and what should the person printing it know?

It validates at the edge and hands back a PackRequest with its warnings; everything after it
works on the validated objects and checks nothing again. A leaflet is checked once per run,
however many patients have it.
"""

import re
from dataclasses import dataclass
from datetime import date

from pydantic import ValidationError

from .errors import ConsentPackError, ContentError, PatientError
from .library import Library
from .models import Leaflet, PackRequest, Patient, Site
from .validation import bulleted, problems

UNFINISHED = re.compile(r"\bTODO\b")


@dataclass(frozen=True)
class Prepared:
    request: PackRequest
    leaflet_warnings: tuple[str, ...]  # the same for every patient having the leaflet
    patient_warnings: tuple[str, ...]

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.leaflet_warnings + self.patient_warnings


class RowProblems(PatientError):
    """A patient who does not fit the procedure; `problems` are its 'field: problem' lines, for
    a theatre list to report under the row's number."""

    def __init__(self, message: str, lines: list[str]):
        super().__init__(message)
        self.problems = lines


def unfinished_fields(leaflet: Leaflet) -> list[str]:
    """Fields that still say TODO anywhere in them (a skeleton's placeholders), in file order."""
    found = []

    def walk(value, field):
        if isinstance(value, str) and UNFINISHED.search(value) and field not in found:
            found.append(field)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"sections.{key}" if field == "sections" else field or key)
        elif isinstance(value, list):
            for item in value:
                walk(item, field)

    walk(leaflet.model_dump(mode="json"), "")
    return found


def past_review(leaflet: Leaflet, today: date) -> str | None:
    """Why a leaflet must not be printed without --allow-expired, or None."""
    if leaflet.review_due < today:
        return (f"Leaflet {leaflet.id} version {leaflet.version} was due for review on "
                f"{leaflet.review_due.isoformat()}; ask the patient information lead for a current "
                "version, or use --allow-expired to print it marked on every page as past its review date")
    return None


def cannot_print(leaflet: Leaflet, today: date, allow_expired: bool) -> str | None:
    """Why a leaflet must not reach a patient, or None: unfinished, or past its review date
    without --allow-expired."""
    if unfinished := unfinished_fields(leaflet):
        return (f"Leaflet {leaflet.id} is not finished: {', '.join(unfinished)} still say TODO; "
                f"run consentpack check {leaflet.id}")
    return None if allow_expired else past_review(leaflet, today)


def unknown_local_figures(leaflet: Leaflet, site: Site) -> list[str]:
    """Risk names in the site's own figures for `leaflet` that the leaflet does not have."""
    local = site.local_figures.get(leaflet.id)
    names = {risk.name for risk in leaflet.sections.risks}
    return [name for name in local.risks if name not in names] if local else []


def leaflet_warnings(leaflet: Leaflet, site: Site, today: date) -> list[str]:
    """What the person printing should know about the leaflet itself."""
    warnings = []
    missing = sum(risk.frequency is None for risk in leaflet.sections.risks)
    if missing:
        verbs = "has no figure yet and is" if missing == 1 else "have no figure yet and are"
        warnings.append(f"leaflet {leaflet.id}: {missing} of its risks {verbs} marked for review "
                        "(see consentpack check)")
    if leaflet.review_due < today:
        warnings.append(f"leaflet {leaflet.id} is past its review date; every page of the pack says so")
    if unknown := unknown_local_figures(leaflet, site):
        warnings.append(f"site file local_figures.{leaflet.id}: no risk called "
                        f"{', '.join(repr(name) for name in unknown)} in leaflet {leaflet.id}, so the "
                        "leaflet's own figure is printed; its risks are: "
                        + ", ".join(risk.name for risk in leaflet.sections.risks))
    return warnings


def past_procedure_date(patient: Patient, today: date) -> str | None:
    """A warning, not an error: a pack may be printed after the operation for the record."""
    if patient.procedure_date is not None and patient.procedure_date < today:
        return "procedure_date is in the past; check it is right"
    return None


class Preflight:
    """Checks for one run: each leaflet once, then each patient against it."""

    def __init__(self, library: Library, today: date, allow_expired: bool = False, draft: bool = False):
        """`draft` is for an author's preview: what would keep the leaflet from patients
        (unfinished, past its review date) is a warning instead of an error."""
        self.site = library.site()
        self.today = today
        self._library = library
        self._allow_expired = allow_expired
        self._draft = draft
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

    def prepare(self, procedure: str, patient: Patient, large_print: bool = False,
                source: str = "patient details") -> Prepared:
        """The request for one patient's pack, or RowProblems naming each field that does not fit
        (`source` says where the details came from, for the message)."""
        leaflet, warnings = self.leaflet(procedure)
        try:
            request = PackRequest(leaflet=leaflet, site=self.site, patient=patient, large_print=large_print)
        except ValidationError as exc:
            lines = problems(exc)
            raise RowProblems(bulleted(f"Bad {source}", lines), lines) from None
        return Prepared(request, warnings, tuple(filter(None, [past_procedure_date(patient, self.today)])))
