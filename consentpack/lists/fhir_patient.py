"""A Patient resource as a row's patient columns, and what in it stops a pack being printed.

A patient recorded as having died is never printed for. A patient whose identifiers disagree
(two NHS numbers, or two numbers in the hospital's own system) is for a person to check, never
the last number given. Messages name the element, never its value.
"""

from ..fhir.codes import NHS_NUMBER
from .fhir_entries import Entry


def person_name(name: dict) -> str:
    """HumanName as a person writes it: its text, else prefix, given names and family name."""
    if name.get("text"):
        return name["text"]
    return " ".join([*name.get("prefix", []), *name.get("given", []), name.get("family", "")]).strip()


def patient_values(patient: Entry, hospital_system: str | None, field: str) -> tuple[dict[str, str], list[str]]:
    """The row's patient columns, and the problems that stop its pack; `field` is the operation's
    element that names the patient (subject, participant)."""
    resource = patient.resource
    names = resource.get("name", [])
    name = next((n for n in names if n.get("use") == "official"), names[0] if names else {})
    values = {"family_name": name.get("family", ""), "given_name": " ".join(name.get("given", [])),
              "date_of_birth": resource.get("birthDate", "")}
    problems = _deceased(patient, field)
    identified = False
    for column, system, words in (("nhs_number", NHS_NUMBER, "NHS numbers"),
                                  ("hospital_number", hospital_system, f"hospital numbers in {hospital_system}")):
        written = [identifier["value"] for identifier in resource.get("identifier", [])
                   if system and identifier.get("system") == system and identifier.get("value", "").strip()]
        identified = identified or bool(written)
        different = {_number_key(column, value) for value in written}
        if len(different) > 1:
            problems.append(f"{field}.identifier: gives {len(different)} different {words}; a patient has one, "
                            "so check which is right")
        elif written:
            values[column] = written[0]
    if not identified:
        known = NHS_NUMBER + (f" or {hospital_system}" if hospital_system else "")
        problems.append(f"{field}.identifier: no identifier with the system {known}"
                        + ("" if hospital_system else " (set fhir.hospital_number_system in the "
                           "site file for the hospital's own numbers)"))
    for contact in resource.get("contact", [])[:1]:
        values["parent_name"] = person_name(contact.get("name", {}))
        relationship = contact.get("relationship", [{}])[0]
        values["parent_relationship"] = relationship.get("text") or next(
            (coding.get("display", "") for coding in relationship.get("coding", [])), "")
    return values, problems


def _deceased(patient: Entry, field: str) -> list[str]:
    """Read from the validated model, which reads deceasedBoolean "true" as FHIR's true."""
    for element, recorded in (("deceasedBoolean", patient.model.deceasedBoolean is True),
                              ("deceasedDateTime", patient.model.deceasedDateTime is not None)):
        if recorded:  # the date is the patient's: never shown
            return [f"{field}.{element}: records that the patient has died; no pack is printed"]
    return []


def _number_key(column: str, text: str) -> str:
    """'943 476-5919' and '9434765919' are one NHS number; 'rx1 ' and 'RX1' one hospital number."""
    return "".join(text.split()).replace("-", "") if column == "nhs_number" else text.strip().upper()
