"""The four NHS model consent forms: each one's title, whom its pack speaks to, its copy, and the
rules that choose one for a patient.

The titles are the model forms' own (Department of Health, "Good practice in consent
implementation guide", 2001, and the forms NHS trusts adopted from it), so a clinic recognises
the form it is used to.
"""

from dataclasses import dataclass
from datetime import date

from ..library.models import Leaflet, Site
from .models import FormChoice, Patient


def N_(message: str) -> str:
    """Marks a message for the catalogs; it is translated where it is printed."""
    return message


@dataclass(frozen=True)
class ConsentForm:
    number: int
    title: str  # the model form's title
    reader: str  # whom the cover addresses: "patient", "parent" or "carers"
    copy: str | None  # the label of the reader's copy of the form; Form 4 has none

    HEADING = N_("Consent form %(number)s: %(title)s")

    def heading_in(self, gettext) -> str:
        """The form's first heading and its bookmark in a pack's words: 'Consent form 2: Parental
        agreement ...'."""
        return gettext(self.HEADING) % {"number": self.number, "title": gettext(self.title)}

    @property
    def heading(self) -> str:
        return self.heading_in(lambda message: message)


FORMS = {
    1: ConsentForm(1, N_("Patient agreement to investigation or treatment"), "patient", N_("Patient's copy")),
    2: ConsentForm(2, N_("Parental agreement to investigation or treatment for a child or young person"),
                   "parent", N_("Parent's copy")),
    3: ConsentForm(3, N_("Patient/parental agreement to investigation or treatment (procedures where "
                         "consciousness not impaired)"), "patient", N_("Patient's copy")),
    4: ConsentForm(4, N_("Form for adults who are unable to consent to investigation or treatment"),
                   "carers", None),
}


# --- which form: the rules --------------------------------------------------

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
