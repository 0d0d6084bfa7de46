"""Turn pydantic's errors into lines a clinic can act on: where (file, field, line) and what is expected.

Messages are matched on the error type, never on pydantic's wording, and never
repeat the offending value, nor an unknown key that may be one: it may be a patient's details.
"""

from pydantic import ValidationError

# An unknown key with a digit in it is not repeated: no field name has one, a patient's details may.
UNSHOWN_KEY = "(a key with digits, not shown)"

# Errors raised on a whole model that are really about one field.
_FIELD_OF_MODEL_ERROR = {
    "side_missing": "side",
    "side_not_applicable": "side",
    "identifier_missing": "nhs_number or hospital_number",
    "risk_without_figure": "frequency",
    "review_before_published": "review_due",
    "frequency_range": "count",
    "frequency_order": "up_to",
    "days_pair": "to_day",
    "days_order": "to_day",
    "procedure_before_birth": "procedure_date",
}

_PLAIN_MESSAGES = {
    "missing": "is required",
    "extra_forbidden": "is not a known field (check the spelling)",
    "string_too_short": "must not be empty",
    "too_short": "must have at least one entry",
    "bool_parsing": "must be true or false",
    "bool_type": "must be true or false",
    "date_from_datetime_parsing": "is not a real date; write it as YYYY-MM-DD",
    "date_parsing": "is not a real date; write it as YYYY-MM-DD",
    "date_type": "must be a date written as YYYY-MM-DD",
    "string_type": "must be text (put quotes around numbers such as \"1.0\")",
    "list_type": "must be a list",
    "model_type": "must be a mapping of fields",
    "model_attributes_type": "must be a mapping of fields",
}


def field_path(loc: tuple) -> str:
    """('sections', 'risks', 2, 'frequency') -> 'sections.risks[2].frequency'."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


def _message(error) -> str:
    kind = error["type"]
    if kind in _PLAIN_MESSAGES:
        return _PLAIN_MESSAGES[kind]
    if kind == "string_pattern_mismatch":
        return f"is not in the expected form ({error['ctx']['pattern']})"
    if kind in ("string_too_long", "too_long"):
        return f"is too long (at most {error['ctx']['max_length']:,} characters)"
    if kind == "literal_error":
        return f"must be one of {error['ctx']['expected']}"
    return error["msg"].removeprefix("Value error, ")


def problem_pairs(error: ValidationError, line_of=None) -> list[tuple[str, str]]:
    """(where, problem) per error; `line_of(loc)` adds a YAML line number to `where` where known."""
    pairs = []
    for item in error.errors():
        loc = tuple(item["loc"])
        extra = _FIELD_OF_MODEL_ERROR.get(item["type"])
        full = loc + ((extra,) if extra else ())
        shown = full
        if item["type"] == "extra_forbidden" and any(ch.isdigit() for ch in str(loc[-1])):
            shown = loc[:-1] + (UNSHOWN_KEY,)  # a file keyed by NHS number or date of birth
        path = field_path(shown) or "(top level)"
        line = line_of(full) if line_of else None
        pairs.append((f"{path} (line {line})" if line else path, _message(item)))
    return pairs


def problems(error: ValidationError, line_of=None) -> list[str]:
    """One 'field: problem' line per error."""
    return [f"{where}: {problem}" for where, problem in problem_pairs(error, line_of)]


def bulleted(title: str, lines: list[str]) -> str:
    """'Bad x:' followed by one indented '- field: problem' line per problem."""
    return title + ":\n" + "\n".join(f"  - {line}" for line in lines)
