"""The one-patient form and the API's patient: what was typed, as the engine takes it, and the
engine's 'field: problem' lines put back beside the fields they name."""

from pydantic_core import PydanticCustomError

from ..patient.fields import FORM_FIELDS, PATIENT_FIELDS, RISKS
from ..patient.models import FormChoice, form_choice
from ..patient.preflight import RowProblems

TEXT_FIELDS = [field.name for field in PATIENT_FIELDS + FORM_FIELDS]
FIELDS = TEXT_FIELDS + [RISKS.name, "consent_form", "lacks_capacity", "large_print", "language",
                       "allow_draft_translation"]


def typed_fields(form) -> dict:
    """The patient as the form posted it: text fields trimmed, one risk a line, the checkbox."""
    fields = {name: form.get(name, "").strip() for name in TEXT_FIELDS}
    fields = {name: value for name, value in fields.items() if value}
    risks = [line.strip() for line in form.get(RISKS.name, "").splitlines() if line.strip()]
    if risks:
        fields[RISKS.name] = risks
    if form.get("lacks_capacity"):
        fields["lacks_capacity"] = True
    return fields


def chosen_form(value: str | None) -> FormChoice:
    """The consent form asked for, read by the parser every door uses; RowProblems otherwise."""
    try:
        return form_choice(value or "auto")
    except PydanticCustomError as exc:
        raise RowProblems("Bad patient details", [f"consent_form: {exc.message()}"]) from None


def by_field(lines: list[str]) -> dict[str, list[str]]:
    """'nhs_number: fails the check digit' -> {"nhs_number": ["fails the check digit"]}; a
    problem with no field of the form (the whole patient) is kept under ''."""
    found: dict[str, list[str]] = {}
    for line in lines:
        field, _, message = line.partition(": ")
        name = field.split(".")[0].split("[")[0]
        if name not in FIELDS or not message:
            name, message = "", line
        found.setdefault(name, []).append(message)
    return found
