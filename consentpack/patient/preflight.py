"""The one preflight every door uses (generate, batch, preview, the desk): can this pack be made,
which NHS model consent form does it carry, and what should the person printing it know?

It validates at the edge and hands back a PackRequest with its warnings; everything after it
works on the validated objects and checks nothing again. A leaflet is checked once per run,
however many patients have it.
"""

import re
from dataclasses import dataclass
from datetime import date

from pydantic import ValidationError

from ..errors import ConsentPackError, ContentError, PatientError
from ..library.folders import Library
from ..library.models import FormChoice, Leaflet, PackRequest, Patient, Site
from ..library.validation import bulleted, problems

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
    """A patient's details that are wrong, or do not fit the procedure; `problems` are its
    'field: problem' lines, for a theatre list to report under the row's number and the desk
    to show beside each field."""

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


def age_on(born: date, day: date) -> int:
    """Whole years of age on `day`. Someone born on 29 February is a year older on 1 March in a
    year without one."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass(frozen=True)
class ChosenForm:
    """The consent form for one pack: its number, what the printer should know, and what is
    wrong ('field: problem' lines; the pack must not be made if there are any)."""

    form: int
    warnings: tuple[str, ...]
    problems: tuple[str, ...]


NOT_AWAKE = {"general": "general anaesthesia", "regional": "regional anaesthesia", "sedation": "sedation"}
# The details only one form has a place for, by that form.
FORM_ONLY = {"parent_name": 2, "parent_relationship": 2, "consulted": 4, "attorney": 4}


def _by_the_rules(age: int, patient: Patient, not_awake: list[str], site: Site) -> tuple[int, list[str]]:
    """Auto: the first rule that fits, and its warning."""
    if age < 16:
        return 2, []
    if patient.lacks_capacity and age >= 18:
        return 4, []
    if patient.lacks_capacity:
        return 2, ["consent_form: form 2 was chosen for a young person of 16 or 17 who lacks capacity; "
                   "form 4 may be used instead (choose consent form 4 to print it)"]
    if not not_awake and site.consent_forms.form_3_for_local:
        return 3, []
    return 1, []


def _refusals(form: int, age: int, when: str, patient: Patient, not_awake: list[str],
              leaflet: Leaflet) -> list[str]:
    """Why a chosen form must not be printed for this patient and leaflet."""
    lines = []
    if form == 2 and age >= 18:
        lines.append(f"consent_form: form 2 is for a child or young person, and the patient is 18 or "
                     f"over {when}; use form 1, or form 4 if they lack capacity")
    if form == 3 and not_awake:
        lines.append(f"consent_form: form 3 is only for procedures done awake under local anaesthetic, "
                     f"and leaflet {leaflet.id} names {' and '.join(not_awake)}")
    if form in (1, 3) and patient.lacks_capacity:
        lines.append(f"consent_form: form {form} needs the patient's own agreement, and the patient is "
                     "marked as lacking capacity (lacks_capacity); use form 4, or form 2 under 18")
    if form == 4 and not patient.lacks_capacity:
        lines.append("consent_form: form 4 is for an adult who lacks capacity, and the patient is not "
                     "marked so; set lacks_capacity to yes if they lack capacity")
    elif form == 4 and age < 16:
        lines.append(f"consent_form: form 4 is for people of 16 or over (the Mental Capacity Act 2005 "
                     f"applies from 16), and the patient is under 16 {when}; use form 2")
    return lines


def consent_form(requested: FormChoice, patient: Patient, leaflet: Leaflet, site: Site,
                 today: date) -> ChosenForm:
    """Which NHS model consent form the pack carries: the requested one, or by these rules in
    order (auto): under 16 on the operation date (or `today` without one), Form 2; lacking
    capacity and 18 or over, Form 4 (16 or 17, Form 2 with a warning); a procedure done under
    local anaesthetic only, where the site file asks for it, Form 3; otherwise Form 1."""
    when = "on the operation date" if patient.procedure_date else "on the date the pack is printed"
    age = age_on(patient.date_of_birth, patient.procedure_date or today)
    not_awake = [NOT_AWAKE[kind] for kind in leaflet.consent.anaesthesia if kind in NOT_AWAKE]
    if requested == "auto":
        form, warnings = _by_the_rules(age, patient, not_awake, site)
        lines = []
    else:
        form, lines = requested, _refusals(requested, age, when, patient, not_awake, leaflet)
        warnings = ["consent_form: form 1 for a patient under 16: check the child is competent to decide "
                    "for themselves; otherwise use form 2"] if form == 1 and age < 16 and not lines else []
    if form == 2:
        lines += [f"{field}: is required for consent form 2: {what}" for field, what in (
            ("parent_name", "the name of the parent or guardian who signs"),
            ("parent_relationship", "their relationship to the child, such as mother"),
        ) if getattr(patient, field) is None]
    warnings += [f"{field}: not printed: only consent form {place} has a place for it, and this pack "
                 f"has form {form}" for field, place in FORM_ONLY.items()
                 if form != place and getattr(patient, field) is not None]
    return ChosenForm(form, tuple(warnings), tuple(lines))


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
                source: str = "patient details", form: FormChoice = "auto") -> Prepared:
        """The request for one patient's pack, with its consent form chosen (`form`), or
        RowProblems naming each field that does not fit (`source` says where the details came
        from, for the message)."""
        leaflet, warnings = self.leaflet(procedure)
        chosen = consent_form(form, patient, leaflet, self.site, self.today)
        lines = list(chosen.problems)
        try:
            request = PackRequest(leaflet=leaflet, site=self.site, patient=patient,
                                  consent_form=chosen.form, large_print=large_print)
        except ValidationError as exc:
            lines = problems(exc) + lines
        if lines:
            raise RowProblems(bulleted(f"Bad {source}", lines), lines)
        own = tuple(filter(None, [past_procedure_date(patient, self.today)])) + chosen.warnings
        return Prepared(request, warnings, own)
