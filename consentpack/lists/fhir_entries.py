"""A Bundle's entries, each checked as FHIR, and the references between them.

Every entry keeps its number, even one that holds no resource (null, a number, `{}`), so it can
be reported rather than skipped. A reference is looked up by `Type/id` and by fullUrl; one that
two entries answer to is ambiguous, so whoever reads it is told which entries, never given one.
"""

from fhir.resources.R4B import get_fhir_model_class
from pydantic import BaseModel, ValidationError

from ..library.validation import problem_pairs

_JSON_KINDS = {type(None): "null", bool: "true or false", int: "a number", float: "a number", str: "text",
               list: "a list"}


def _kind(value) -> str:
    """What a JSON value is, in a user's words; never the value, which may be a patient's details."""
    return _JSON_KINDS.get(type(value), "an object")


def entry_numbers(entries: list["Entry"]) -> str:
    numbers = [str(entry.number) for entry in entries]
    return ", ".join(numbers[:-1]) + f" and {numbers[-1]}"


class Entry:
    """One entry: its raw resource, the validated model, and the problems validation found
    ('field: problem')."""

    def __init__(self, number: int, raw):
        self.number = number
        raw_entry = raw if isinstance(raw, dict) else {}
        full_url = raw_entry.get("fullUrl")
        self.full_url = full_url if isinstance(full_url, str) else ""
        resource = raw_entry.get("resource")
        self.resource = resource if isinstance(resource, dict) else {}
        self.type = self.resource.get("resourceType") if isinstance(self.resource.get("resourceType"), str) else ""
        self.id = self.resource.get("id") if isinstance(self.resource.get("id"), str) else ""
        self.model: BaseModel | None = None
        self.known_type = False  # a resource type FHIR R4 has, valid or not
        self.problems = self._validate(raw)

    @property
    def label(self) -> str:
        """'ServiceRequest/abc' as messages name it; '' for an entry that is no resource."""
        if not self.type:
            return ""
        return f"{self.type}/{self.id}" if self.id else self.type

    def _validate(self, raw) -> list[str]:
        if not isinstance(raw, dict):
            return [f"is {_kind(raw)}; a Bundle entry must be an object holding a resource"]
        if raw.get("resource") is None:
            return ["resource: is missing; a Bundle entry must hold a resource"]
        if not isinstance(raw["resource"], dict):
            return [f"resource: is {_kind(raw['resource'])}; it must be a FHIR resource, an object with a "
                    "resourceType"]
        if not self.type:
            return ["resource.resourceType: is missing"]
        try:
            model = get_fhir_model_class(self.type)
        except (KeyError, ValueError):  # fhir.resources raises either, by version
            return [f"resource.resourceType: '{self.type}' is not a FHIR R4 resource type"]
        self.known_type = True
        try:
            self.model = model.model_validate(self.resource)
        except ValidationError as exc:
            return [f"{where}: {problem}" for where, problem in problem_pairs(exc)]
        return []


class References:
    """Every entry by each name a reference may give it: `Type/id`, and its fullUrl."""

    def __init__(self, entries: list[Entry]):
        self._entries: dict[str, list[Entry]] = {}
        for entry in entries:
            for name in self._names(entry):
                self._entries.setdefault(name, []).append(entry)

    @staticmethod
    def _names(entry: Entry) -> list[str]:
        return list(dict.fromkeys(name for name in (entry.id and entry.label, entry.full_url) if name))

    def all(self, reference) -> list[Entry]:
        """The entries a Reference names: none, one, or (ambiguous) several."""
        if isinstance(reference, dict) and isinstance(reference.get("reference"), str):
            return self._entries.get(reference["reference"], [])
        return []

    def shared(self, entry: Entry) -> list[str]:
        """A problem for each name of `entry` that another entry has too, naming both."""
        return [f"{'id' if name == entry.label else 'fullUrl'}: {name} is {ambiguity(holders)}"
                for name in self._names(entry) if len(holders := self._entries[name]) > 1]


def ambiguity(entries: list[Entry]) -> str:
    """The end of a message about a name several entries give: which, and what to do."""
    return f"in entries {entry_numbers(entries)}; a Bundle holds each resource once: check which is right"


def shown(reference: dict) -> str:
    """A reference as a message may show it. A conditional one is a search, which may hold an
    identifier ('Patient?identifier=...|943...'), so it is described, not shown."""
    text = reference.get("reference")
    if not isinstance(text, str):
        return "(no reference)"
    return "(a conditional reference, not shown)" if "?" in text else text
