"""A request body read as strict JSON: UTF-8, nested no deeper than the caller allows (measured
before it is parsed, so no body can make the parser recurse), no NaN or Infinity, and no key
given twice in one object (json.loads would keep the last one silently: a second `nhs_number`
must not win unseen)."""

import json
import re
from collections import Counter
from typing import Any

from ..library.validation import UNSHOWN_KEY, field_path

_STRUCTURE = re.compile(r'[\[\]{}"\\]')


class BodyError(ValueError):
    """Why the body is refused: (field, message), and whether it is JSON at all (400) or JSON
    that breaks a rule of its own (422)."""

    def __init__(self, field: str, message: str, status: int):
        super().__init__(message)
        self.field, self.message, self.status = field, message, status


class _Object(dict):
    repeated: tuple[str, ...] = ()


def parse(data: bytes, max_depth: int) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BodyError("", "is not UTF-8 text; send JSON in UTF-8", 400) from None
    if _deeper_than(text, max_depth):
        raise BodyError("", f"is nested more than {max_depth} levels deep", 400)
    try:
        value = json.loads(text, object_pairs_hook=_object, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise BodyError("", f"is not valid JSON ({exc})", 400) from None
    except ValueError as exc:  # NaN or Infinity, or an integer too long to read
        raise BodyError("", f"is not valid JSON ({str(exc).split(':')[0]})", 400) from None
    if repeated := _first_repeated(value, ()):
        raise BodyError(repeated, "is given twice; give each field once", 422)
    return value


def _deeper_than(text: str, limit: int) -> bool:
    """Counts brackets outside strings, touching only the characters that matter."""
    depth, in_string, escaped_at = 0, False, -1
    for match in _STRUCTURE.finditer(text):
        char, at = match.group(), match.start()
        if at == escaped_at:
            continue
        if char == "\\":
            escaped_at = at + 1 if in_string else escaped_at
        elif char == '"':
            in_string = not in_string
        elif not in_string:
            depth += 1 if char in "[{" else -1
            if depth > limit:
                return True
    return False


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    found = _Object(pairs)
    if len(found) < len(pairs):
        found.repeated = tuple(key for key, count in Counter(key for key, _ in pairs).items() if count > 1)
    return found


def _no_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _first_repeated(value: Any, where: tuple) -> str | None:
    """The field path of the first key given twice, if any ('patient.nhs_number'); a key with
    digits in it is not repeated back, as it may be a patient's details."""
    if isinstance(value, _Object):
        if value.repeated:
            key = value.repeated[0]
            return field_path(where + (UNSHOWN_KEY if any(ch.isdigit() for ch in key) else key,))
        children = value.items()
    elif isinstance(value, list):
        children = enumerate(value)
    else:
        return None
    for key, child in children:
        if found := _first_repeated(child, where + (key,)):
            return found
    return None
