"""A Patient resource as a row's patient columns, and what in it stops a pack being printed.

A patient recorded as having died is never printed for. A patient whose identifiers disagree
(two NHS numbers, or two numbers in the hospital's own system) is for a person to check, never
the last number given. The pack's language is the patient's preferred communication, a BCP 47
tag; one ConsentPack cannot read is the entry's problem, never English in its place. Messages
name the element, never its value.
"""

import re

from ..fhir.codes import BCP_47, NHS_NUMBER
from ..library.languages import english_name, language_tag
from ..library.models import LANGUAGE_TAGS
from .fhir_entries import Entry

_REGION = re.compile(r"^([a-z]{2,3})-([a-z]{2}|[0-9]{3})$")  # 'pl-PL', 'es-419': a language in a region


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
    if language := _preferred_language(patient, field, problems):
        values["language"] = language
    for contact in resource.get("contact", [])[:1]:
        values["parent_name"] = person_name(contact.get("name", {}))
        relationship = contact.get("relationship", [{}])[0]
        values["parent_relationship"] = relationship.get("text") or next(
            (coding.get("display", "") for coding in relationship.get("coding", [])), "")
    return values, problems


def _bcp47_tag(code: str) -> str | None:
    """A shipped language's tag for a BCP 47 code: 'pl', 'en-GB', 'pl-PL' (a region is no other
    language, except for Chinese, whose regions are written in different scripts)."""
    if tag := language_tag(code):
        return tag
    region = _REGION.match(code.strip().casefold())
    return language_tag(region[1]) if region and region[1] != "zh" else None


def _preferred_language(patient: Entry, field: str, problems: list[str]) -> str | None:
    """The tag of the patient's preferred language (communication with preferred true), or None:
    no preference is English. Read from the validated model, which reads "true" as FHIR's true."""
    preferred = [(index, communication) for index, communication in enumerate(patient.model.communication or [])
                 if communication.preferred is True]
    tags: dict[str, int] = {}
    for index, communication in preferred:
        element = f"{field}.communication[{index}].language"
        codings = communication.language.coding or []
        codes = [coding.code for coding in codings if coding.system == BCP_47 and coding.code]
        if not codes:
            systems = sorted({coding.system for coding in codings if coding.system})
            problems.append(f"{element}: has no code in {BCP_47}"
                            + (f" (its codes are in {', '.join(systems)})" if systems else "")
                            + "; give the preferred language as a BCP 47 tag such as pl or cy")
            return None
        tag = _bcp47_tag(codes[0])
        if tag is None:  # the code is not shown: a language is a patient's detail too
            problems.append(f"{element}: is not a language ConsentPack prints; these are: "
                            + ", ".join(f"{english_name(t)} ({t})" for t in LANGUAGE_TAGS))
            return None
        tags[tag] = index
    if len(tags) > 1:
        problems.append(f"{field}.communication: prefers {len(tags)} different languages; a pack is printed "
                        "in one, so check which the patient reads")
        return None
    return next(iter(tags), None)


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
