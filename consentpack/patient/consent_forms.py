"""The four NHS model consent forms: each one's title, whom its pack speaks to, and its copy.

The titles are the model forms' own (Department of Health, "Good practice in consent
implementation guide", 2001, and the forms NHS trusts adopted from it), so a clinic recognises
the form it is used to. Which form a patient gets is the preflight's rule (preflight.py).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ConsentForm:
    number: int
    title: str  # the model form's title
    reader: str  # whom the cover addresses: "patient", "parent" or "carers"
    copy: str | None  # the label of the reader's copy of the form; Form 4 has none

    @property
    def heading(self) -> str:
        """The form's first heading and its bookmark: 'Consent form 2: Parental agreement ...'."""
        return f"Consent form {self.number}: {self.title}"


FORMS = {
    1: ConsentForm(1, "Patient agreement to investigation or treatment", "patient", "Patient's copy"),
    2: ConsentForm(2, "Parental agreement to investigation or treatment for a child or young person",
                   "parent", "Parent's copy"),
    3: ConsentForm(3, "Patient/parental agreement to investigation or treatment (procedures where "
                      "consciousness not impaired)", "patient", "Patient's copy"),
    4: ConsentForm(4, "Form for adults who are unable to consent to investigation or treatment",
                   "carers", None),
}
