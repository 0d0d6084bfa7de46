"""A theatre list from a FHIR R4 Bundle (collection, searchset or transaction): one row per
planned operation, a ServiceRequest or an Appointment, with the cells a CSV row would have,
so the rest of `batch` (checks, packs, manifest) is the same whichever way the list came.

    Patient          family_name, given_name, date_of_birth, nhs_number (UK Core identifier),
                     hospital_number (the site file's fhir.hospital_number_system); the first
                     contact is the parent or guardian who signs form 2
    ServiceRequest   code -> procedure (site file table, then the leaflets' codes:
                     leaflet_codes.py); bodySite
                     laterality -> side; occurrence -> procedure_date; performer -> consultant
    Appointment      the same from serviceType, start and participant, or the date and people
                     of the ServiceRequest it is basedOn
    extensions       consent form and lacks capacity (codes.py)

Each row's problems name the entry and its resource, as a CSV's name the row:
`BUNDLE entry 3 (ServiceRequest/abc): code: no leaflet for SNOMED CT 123456`. Every operation
in the Bundle becomes a row, so each one is either produced or reported.
"""

import json
from pathlib import Path

from fhir.resources.R4B import get_fhir_model_class
from pydantic import ValidationError

from ..errors import ContentError
from ..fhir.codes import (
    CONSENT_FORM_EXTENSION,
    LACKS_CAPACITY_EXTENSION,
    LATERALITY,
    NHS_NUMBER,
    SNOMED_CT,
    system_name,
)
from ..files.paths import display_path
from ..library.folders import Library
from ..library.validation import problem_pairs
from ..limits import LIST_BYTES, LIST_ROWS
from .leaflet_codes import leaflet_codes
from .rows import ListRow, TheatreList, row_values

BUNDLE_TYPES = ("collection", "searchset", "transaction")
OPERATIONS = ("ServiceRequest", "Appointment")


class _Entry:
    """One entry: its raw resource, and the problems its validation found ('field: problem')."""

    def __init__(self, number: int, raw: dict):
        self.number = number
        self.full_url = raw.get("fullUrl") if isinstance(raw.get("fullUrl"), str) else None
        resource = raw.get("resource")
        self.resource = resource if isinstance(resource, dict) else {}
        self.type = self.resource.get("resourceType") if isinstance(self.resource.get("resourceType"), str) else ""
        self.id = self.resource.get("id") if isinstance(self.resource.get("id"), str) else ""
        self.known_type = True  # a resource type FHIR R4 has (set by _validate)
        self.problems = self._validate()

    @property
    def label(self) -> str:
        """'ServiceRequest/abc' as messages name it; '' for an entry that is no resource."""
        if not self.type:
            return ""
        return f"{self.type}/{self.id}" if self.id else self.type

    def _validate(self) -> list[str]:
        if not self.resource:
            return ["resource: is missing"]
        if not self.type:
            self.known_type = False
            return ["resource.resourceType: is missing"]
        try:
            model = get_fhir_model_class(self.type)
        except (KeyError, ValueError):  # fhir.resources raises either, by version
            self.known_type = False
            return [f"resource.resourceType: '{self.type}' is not a FHIR R4 resource type"]
        try:
            model.model_validate(self.resource)
        except ValidationError as exc:
            return [f"{where}: {problem}" for where, problem in problem_pairs(exc)]
        return []


def read_fhir_list(path: Path, library: Library) -> TheatreList:
    name = display_path(path)
    if path.stat().st_size > LIST_BYTES:
        raise ContentError(f"{name}: is larger than {LIST_BYTES // 2**20} MB, more than a theatre list needs; "
                           "split it into smaller Bundles")
    try:
        data = json.loads(path.read_bytes())
    except (ValueError, RecursionError) as exc:
        where = f" (line {exc.lineno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise ContentError(f"{name}: is not valid JSON{where}; a FHIR Bundle is expected") from None
    if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
        raise ContentError(f"{name}: resourceType: must be Bundle")
    if data.get("type") not in BUNDLE_TYPES:
        raise ContentError(f"{name}: type: must be one of {', '.join(BUNDLE_TYPES)}")
    raw_entries = data.get("entry", [])
    if not isinstance(raw_entries, list):
        raise ContentError(f"{name}: entry: must be a list")
    if len(raw_entries) > LIST_ROWS:
        raise ContentError(f"{name}: has more than {LIST_ROWS:,} entries; split it into smaller Bundles")
    entries = [_Entry(number, raw if isinstance(raw, dict) else {}) for number, raw in enumerate(raw_entries, 1)]
    reader = _Reader(entries, library)
    rows = tuple(reader.row(entry) for entry in entries if reader.is_operation(entry))
    return TheatreList(name=name, rows=rows, unit="entry")


class _Reader:
    def __init__(self, entries: list[_Entry], library: Library):
        self._by_reference: dict[str, _Entry] = {}
        for entry in entries:
            if entry.id:
                self._by_reference[f"{entry.type}/{entry.id}"] = entry
            if entry.full_url:
                self._by_reference[entry.full_url] = entry
        site = library.site()
        self._hospital_system = site.fhir.hospital_number_system
        self._codes = leaflet_codes(library, site)
        # An Appointment for a ServiceRequest in the Bundle gives that operation its date and
        # people; it is not a second operation.
        self._appointment_of: dict[str, _Entry] = {}
        for entry in entries:
            if entry.type == "Appointment" and not entry.problems:
                for based_on in entry.resource.get("basedOn", []):
                    target = self._find(based_on)
                    if target is not None and target.type == "ServiceRequest":
                        self._appointment_of.setdefault(target.label, entry)

    def is_operation(self, entry: _Entry) -> bool:
        """ServiceRequests and Appointments of their own; an entry that is no FHIR resource (no
        resource, no type, or a misspelt one) might be either, so it is a row too, reported."""
        if entry.type == "Appointment" and not entry.problems:
            return not any((target := self._find(ref)) is not None and target.type == "ServiceRequest"
                           for ref in entry.resource.get("basedOn", []))
        return entry.type in OPERATIONS or not entry.known_type

    def _find(self, reference) -> _Entry | None:
        if isinstance(reference, dict) and isinstance(reference.get("reference"), str):
            return self._by_reference.get(reference["reference"])
        return None

    def row(self, entry: _Entry) -> ListRow:
        values: dict[str, str] = {}
        problems = list(entry.problems)
        if not problems:
            operation = entry.resource
            appointment = self._appointment_of.get(entry.label)
            sources = [operation] + ([appointment.resource] if appointment else [])
            patient = self._patient(sources, problems)
            if patient is not None:
                values.update(self._patient_values(patient, problems))
            values["procedure"] = self._procedure(operation, problems)
            values["side"] = self._side(operation, problems)
            values["procedure_date"] = self._date(sources)
            values["consultant"] = self._consultant(sources)
            values.update(self._form(operation, problems))
        return ListRow(number=entry.number, values=row_values(values.items()), problems=tuple(problems),
                       source=entry.label)

    def _actors(self, sources: list[dict]) -> list[dict]:
        """References to the operation's people: a ServiceRequest's subject and performers, an
        Appointment's participants."""
        references = []
        for source in sources:
            references += [source["subject"]] if "subject" in source else []
            references += source.get("performer", [])
            references += [participant["actor"] for participant in source.get("participant", [])
                           if "actor" in participant]
        return references

    def _patient(self, sources: list[dict], problems: list[str]) -> dict | None:
        candidates = [reference for reference in self._actors(sources)
                      if reference is sources[0].get("subject")
                      or reference.get("reference", "").startswith("Patient/")
                      or getattr(self._find(reference), "type", "") == "Patient"]
        if not candidates:
            problems.append("subject: no Patient is referenced; the operation must name its patient")
            return None
        reference = candidates[0]
        target = self._find(reference)
        if target is None:
            problems.append(f"subject: {reference.get('reference', '(no reference)')} is not in the Bundle")
        elif target.type != "Patient":
            problems.append(f"subject: {target.label} is not a Patient")
        elif target.problems:
            problems.extend(f"subject ({target.label}) {problem}" for problem in target.problems)
        else:
            return target.resource
        return None

    def _patient_values(self, patient: dict, problems: list[str]) -> dict[str, str]:
        names = patient.get("name", [])
        name = next((n for n in names if n.get("use") == "official"), names[0] if names else {})
        values = {"family_name": name.get("family", ""), "given_name": " ".join(name.get("given", [])),
                  "date_of_birth": patient.get("birthDate", "")}
        for identifier in patient.get("identifier", []):
            system, value = identifier.get("system"), identifier.get("value", "")
            if system == NHS_NUMBER:
                values["nhs_number"] = value
            elif self._hospital_system and system == self._hospital_system:
                values["hospital_number"] = value
        if not values.get("nhs_number") and not values.get("hospital_number"):
            known = NHS_NUMBER + (f" or {self._hospital_system}" if self._hospital_system else "")
            problems.append(f"subject.identifier: no identifier with the system {known}"
                            + ("" if self._hospital_system else " (set fhir.hospital_number_system in the "
                               "site file for the hospital's own numbers)"))
        for contact in patient.get("contact", [])[:1]:
            values["parent_name"] = _person_name(contact.get("name", {}))
            relationship = contact.get("relationship", [{}])[0]
            values["parent_relationship"] = relationship.get("text") or next(
                (coding.get("display", "") for coding in relationship.get("coding", [])), "")
        return values

    def _procedure(self, operation: dict, problems: list[str]) -> str:
        concepts = [operation["code"]] if "code" in operation else operation.get("serviceType", [])
        codings = [coding for concept in concepts for coding in concept.get("coding", [])]
        for coding in codings:
            if leaflet := self._codes.leaflets.get((coding.get("system"), coding.get("code"))):
                return leaflet  # a broken one too: batch reports its problem as for a CSV row
        if not codings:
            problems.append("code: is missing; give the procedure as a coded concept (SNOMED CT, or a code "
                            "the site file maps to a leaflet)")
        else:
            first = codings[0]
            problems.append(f"code: no leaflet for {system_name(first.get('system', 'no system'))} "
                            f"{first.get('code', '')}"
                            + "".join(f"; a leaflet that may list it cannot be read: {problem}"
                                      for problem in self._codes.unreadable))
        return ""

    def _side(self, operation: dict, problems: list[str]) -> str:
        sides = {LATERALITY[coding["code"]] for site in operation.get("bodySite", [])
                 for coding in site.get("coding", [])
                 if coding.get("system") == SNOMED_CT and coding.get("code") in LATERALITY}
        if len(sides) > 1:
            problems.append(f"bodySite: gives more than one side ({', '.join(sorted(sides))})")
            return ""
        return sides.pop() if sides else ""

    @staticmethod
    def _date(sources: list[dict]) -> str:
        """The day as the system wrote it (a dateTime's own date, in its own time zone)."""
        for source in sources:
            when = (source.get("occurrenceDateTime") or source.get("occurrencePeriod", {}).get("start")
                    or source.get("start"))
            if when:
                return when[:10]
        return ""

    def _consultant(self, sources: list[dict]) -> str:
        for reference in self._actors(sources):
            target = self._find(reference)
            if target is not None and target.type == "Practitioner" and not target.problems:
                names = target.resource.get("name", [])
                return _person_name(names[0]) if names else ""
            if target is None and reference.get("reference", "").startswith("Practitioner/") and \
                    reference.get("display"):
                return reference["display"]
        return ""

    @staticmethod
    def _form(operation: dict, problems: list[str]) -> dict[str, str]:
        values = {}
        for extension in operation.get("extension", []):
            if extension.get("url") == CONSENT_FORM_EXTENSION:
                form = extension.get("valueInteger")
                if form not in (1, 2, 3, 4):
                    problems.append(f"extension ({CONSENT_FORM_EXTENSION}): valueInteger must be 1, 2, 3 or 4")
                else:
                    values["consent_form"] = str(form)
            elif extension.get("url") == LACKS_CAPACITY_EXTENSION:
                if not isinstance(extension.get("valueBoolean"), bool):
                    problems.append(f"extension ({LACKS_CAPACITY_EXTENSION}): valueBoolean must be true or false")
                else:
                    values["lacks_capacity"] = "yes" if extension["valueBoolean"] else "no"
        return values


def _person_name(name: dict) -> str:
    """HumanName as a person writes it: its text, else prefix, given names and family name."""
    if name.get("text"):
        return name["text"]
    return " ".join([*name.get("prefix", []), *name.get("given", []), name.get("family", "")]).strip()
