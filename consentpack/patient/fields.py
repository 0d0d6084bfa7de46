"""The patient's details as every door asks for them, in the order of a form, each with the
words that explain it: the CLI makes its options from these, and the desk its form fields."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    name: str  # the Patient model's field
    label: str
    hint: str


PATIENT_FIELDS = (
    Field("family_name", "Family name", "Family name (surname)."),
    Field("given_name", "Given name", "Given (first) name."),
    Field("date_of_birth", "Date of birth", "Date of birth, YYYY-MM-DD or DD/MM/YYYY."),
    Field("nhs_number", "NHS number", "NHS number, 10 digits; spaces allowed."),
    Field("hospital_number", "Hospital number", "Hospital number, if there is no NHS number (or as well)."),
    Field("side", "Side", "left, right or both: required for a sided procedure."),
    Field("procedure_date", "Date of the operation", "Date of the operation, if known."),
    Field("consultant", "Consultant", "Responsible consultant."),
    Field("notes", "Special requirements", "Special requirements, printed on the consent form."),
)
RISKS = Field("additional_risks", "Risks particular to this patient",
              "A risk particular to this patient (repeat for more).")
LACKS_CAPACITY = Field("lacks_capacity", "The patient lacks capacity to consent",
                       "The patient lacks capacity to consent (form 4 for an adult, form 2 under 18).")
# What a consent-form choice may be, as typed; patient/models.py form_choice reads each of them.
FORM_CHOICES = ("auto", "1", "2", "3", "4")
CONSENT_FORM = Field("consent_form", "Consent form",
                     "The consent form; auto: 2 under 16, 4 for an adult lacking capacity, 3 for local "
                     "anaesthetic where the site file asks for it, else 1.")
FORM_FIELDS = (
    Field("parent_name", "Parent or guardian who signs (form 2)",
          "Form 2: the name of the parent or guardian who signs."),
    Field("parent_relationship", "Their relationship to the child (form 2)",
          "Form 2: their relationship to the child, such as mother."),
    Field("consulted", "Person consulted (form 4)", "Form 4: the name and relationship of the person consulted."),
    Field("attorney", "Attorney or deputy (form 4)",
          "Form 4: the name of the attorney for health and welfare, or the deputy."),
)
