"""A theatre list from a FHIR R4 Bundle (collection, searchset or transaction): one row per
planned operation, a ServiceRequest or an Appointment, with the cells a CSV row would have,
so the rest of `batch` (checks, packs, manifest) is the same whichever way the list came.

    Patient          family_name, given_name, date_of_birth, nhs_number (UK Core identifier),
                     hospital_number (the site file's fhir.hospital_number_system); the first
                     contact is the parent or guardian who signs form 2; the preferred
                     communication (a BCP 47 tag) -> language (fhir_patient.py)
    ServiceRequest   code -> procedure (site file table, then the leaflets' codes:
                     leaflet_codes.py); bodySite
                     laterality -> side; occurrence -> procedure_date; performer -> consultant
    Appointment      the same from serviceType, start and participant, or the date and people
                     of the ServiceRequest it is basedOn (its booking)
    extensions       consent form and lacks capacity (codes.py)

Only a booked operation of a living patient is printed (booking.py): an active order, booked
by an Appointment that is not cancelled, for one Patient named once, with one identity.
Each row's problems name the entry and its resource, as a CSV's name the row:
`BUNDLE entry 3 (ServiceRequest/abc): code: no leaflet for SNOMED CT 123456`. Every operation
in the Bundle, and every entry that is no resource, becomes a row, so each one is either
produced or reported.
"""

import re
from pathlib import Path

from ..fhir.codes import CONSENT_FORM_EXTENSION, LACKS_CAPACITY_EXTENSION, LATERALITY, SNOMED_CT, system_name
from ..files.paths import display_path
from ..library.folders import Library
from .booking import appointment_problem, is_booked, request_problems
from .bundle_json import read_bundle_entries
from .fhir_entries import Entry, References, ambiguity, shown
from .fhir_patient import patient_values, person_name
from .leaflet_codes import leaflet_codes
from .rows import ListRow, TheatreList, row_values

_PATIENT_REFERENCE = re.compile(r"(^|/)Patient[/?]")


def read_fhir_list(path: Path, library: Library) -> TheatreList:
    name = display_path(path)
    entries = [Entry(number, raw) for number, raw in enumerate(read_bundle_entries(path, name), 1)]
    reader = _Reader(entries, library)
    rows = tuple(reader.row(entry) for entry in entries if reader.is_operation(entry))
    return TheatreList(name=name, rows=rows, unit="entry")


class _Reader:
    def __init__(self, entries: list[Entry], library: Library):
        self._references = References(entries)
        site = library.site()
        self._hospital_system = site.fhir.hospital_number_system
        self._codes = leaflet_codes(library, site)
        # An Appointment based on a ServiceRequest in the Bundle is that operation's booking, not
        # a second operation; a request may have several (one cancelled, one booked again).
        self._bookings: dict[int, list[Entry]] = {}  # the request's entry number -> its Appointments
        self._booking_entries: set[int] = set()
        for entry in entries:
            if entry.type == "Appointment" and not entry.problems:
                for based_on in entry.resource.get("basedOn", []):
                    for target in self._references.all(based_on):
                        if target.type == "ServiceRequest":
                            self._booking_entries.add(entry.number)
                            bookings = self._bookings.setdefault(target.number, [])
                            if entry not in bookings:  # basedOn may name the request twice
                                bookings.append(entry)

    def is_operation(self, entry: Entry) -> bool:
        """ServiceRequests, and Appointments that book none in the Bundle; an entry that is no FHIR
        resource (none at all, no type, a misspelt one) might be either, so it is a row too, reported."""
        if entry.type == "Appointment":
            return entry.number not in self._booking_entries
        return entry.type == "ServiceRequest" or not entry.known_type

    def row(self, entry: Entry) -> ListRow:
        values: dict[str, str] = {}
        problems = list(entry.problems) or self._not_printed(entry)
        if not problems:
            operation = entry.resource
            booking = self._booking(entry)
            patient, field = self._patient(entry, problems)
            if patient is not None:
                patient_columns, patient_problems = patient_values(patient, self._hospital_system, field)
                values.update(patient_columns)
                problems += patient_problems
            values["procedure"] = self._procedure(operation, problems)
            values["side"] = self._side(operation, problems)
            values["procedure_date"] = self._date([operation] + ([booking.resource] if booking else []))
            values["consultant"] = self._consultant(entry, booking, problems)
            values.update(self._form(operation, problems))
        return ListRow(number=entry.number, values=row_values(values.items()), problems=tuple(problems),
                       source=entry.label)

    def _not_printed(self, entry: Entry) -> list[str]:
        """Why a valid operation gets no pack, whatever else it says: another entry has its id, it
        is not an active order, or it is not booked (its own status, or every booking of it)."""
        problems = self._references.shared(entry)
        if entry.type == "Appointment":
            return problems + [problem for problem in [appointment_problem(entry.model.status)] if problem]
        problems += request_problems(entry.model.status, entry.model.intent)
        bookings = self._bookings.get(entry.number, [])
        if bookings and not any(is_booked(booking.model.status) for booking in bookings):
            problems += [f"booking ({booking.label}) {appointment_problem(booking.model.status)}"
                         for booking in bookings]
        return problems

    def _booking(self, entry: Entry) -> Entry | None:
        """The Appointment that gives a request its date and people: its first that is booked."""
        return next((booking for booking in self._bookings.get(entry.number, [])
                     if is_booked(booking.model.status)), None)

    def _names_patient(self, reference: dict) -> bool:
        text = reference.get("reference")
        return (reference.get("type") == "Patient"
                or isinstance(text, str) and bool(_PATIENT_REFERENCE.search(text))
                or any(target.type == "Patient" for target in self._references.all(reference)))

    def _patients_of(self, appointment: Entry) -> list[dict]:
        return [reference for _, reference in _actors(appointment, "") if self._names_patient(reference)]

    def _same(self, one: dict, other: dict) -> bool:
        """Whether two references name the same resource: the same entries, or the same text."""
        found = self._references.all(one)
        if found or self._references.all(other):
            return found == self._references.all(other)
        return one.get("reference") == other.get("reference")

    def _patient(self, entry: Entry, problems: list[str]) -> tuple[Entry | None, str]:
        """The operation's one Patient, and the element that names it. A request's bookings must
        be for its subject; an Appointment of its own must name one patient."""
        if entry.type == "ServiceRequest":
            reference, field = entry.resource["subject"], "subject"
            others = [f"booking ({booking.label}) participant: {shown(other)} is not the request's subject "
                      f"({shown(reference)}); check which patient the operation is for"
                      for booking in self._bookings.get(entry.number, [])
                      for other in self._patients_of(booking) if not self._same(other, reference)]
            if others:
                problems += others
                return None, field
            return self._resolve_patient(reference, field, problems), field
        field = "participant"
        named = self._patients_of(entry)
        different = [one for index, one in enumerate(named)
                     if not any(self._same(one, earlier) for earlier in named[:index])]
        if not named:
            problems.append(f"{field}: no Patient is referenced; the operation must name its patient")
        elif len(different) > 1:
            problems.append(f"{field}: names {len(different)} different patients "
                            f"({', '.join(shown(one) for one in different)}); an operation is for one patient")
        else:
            return self._resolve_patient(named[0], field, problems), field
        return None, field

    def _resolve_patient(self, reference: dict, field: str, problems: list[str]) -> Entry | None:
        found = self._references.all(reference)
        if len(found) > 1:
            problems.append(f"{field}: {shown(reference)} is {ambiguity(found)}")
        elif not found:
            problems.append(f"{field}: {shown(reference)} is not in the Bundle")
        elif found[0].type != "Patient":
            problems.append(f"{field}: {found[0].label} is not a Patient")
        elif found[0].problems:
            problems.extend(f"{field} ({found[0].label}) {problem}" for problem in found[0].problems)
        else:
            return found[0]
        return None

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

    def _consultant(self, entry: Entry, booking: Entry | None, problems: list[str]) -> str:
        """The first Practitioner among the operation's people (a request's performers, then its
        booking's participants; an Appointment's participants), or a Practitioner reference's
        display when the Bundle does not hold it."""
        people = [("performer", reference) for reference in entry.resource.get("performer", [])]
        people += _actors(entry, "participant")
        if booking is not None:
            people += _actors(booking, f"booking ({booking.label}) participant")
        for field, reference in people:
            if self._names_patient(reference):
                continue
            found = self._references.all(reference)
            if len(found) > 1:
                problems.append(f"{field}: {shown(reference)} is {ambiguity(found)}")
                return ""
            if found and found[0].type == "Practitioner" and not found[0].problems:
                names = found[0].resource.get("name", [])
                return person_name(names[0]) if names else ""
            if not found and reference.get("reference", "").startswith("Practitioner/") and reference.get("display"):
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


def _actors(appointment: Entry, field: str) -> list[tuple[str, dict]]:
    """(field, reference) for each participant of an Appointment that names who it is."""
    return [(field, participant["actor"]) for participant in appointment.resource.get("participant", [])
            if "actor" in participant]
