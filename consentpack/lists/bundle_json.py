"""A FHIR Bundle file as its raw entries, within the limits, before any model sees it.

The models validate recursively, so a few kilobytes of extensions nested a few hundred deep
would end the run with a RecursionError; the whole JSON is measured first, without recursion,
and JSON nested deeper than the parser itself can go is refused in the same words.
"""

import json
from pathlib import Path

from ..errors import ContentError
from ..limits import BUNDLE_DEPTH, LIST_BYTES, LIST_ROWS

BUNDLE_TYPES = ("collection", "searchset", "transaction")


def read_bundle_entries(path: Path, name: str) -> list:
    """The Bundle's `entry` list as written (any JSON value each), or a ContentError naming `name`."""
    if path.stat().st_size > LIST_BYTES:
        raise ContentError(f"{name}: is larger than {LIST_BYTES // 2**20} MB, more than a theatre list needs; "
                           "split it into smaller Bundles")
    try:
        data = json.loads(path.read_bytes())
    except RecursionError:  # the parser's own limit, some hundreds of levels down
        raise ContentError(_too_deep(name)) from None
    except ValueError as exc:
        where = f" (line {exc.lineno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise ContentError(f"{name}: is not valid JSON{where}; a FHIR Bundle is expected") from None
    if _deeper_than(data, BUNDLE_DEPTH):
        raise ContentError(_too_deep(name))
    if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
        raise ContentError(f"{name}: resourceType: must be Bundle")
    if data.get("type") not in BUNDLE_TYPES:
        raise ContentError(f"{name}: type: must be one of {', '.join(BUNDLE_TYPES)}")
    entries = data.get("entry", [])
    if not isinstance(entries, list):
        raise ContentError(f"{name}: entry: must be a list")
    if len(entries) > LIST_ROWS:
        raise ContentError(f"{name}: has more than {LIST_ROWS:,} entries; split it into smaller Bundles")
    return entries


def _too_deep(name: str) -> str:
    return (f"{name}: nests objects or lists more than {BUNDLE_DEPTH} levels deep, far more than a theatre "
            "list needs; check it is the right file")


def _deeper_than(data, limit: int) -> bool:
    """Whether objects and lists nest more than `limit` levels (the outermost is level 1),
    measured with a stack of its own rather than Python's."""
    stack = [(data, 1)] if isinstance(data, (dict, list)) else []
    while stack:
        value, level = stack.pop()
        if level > limit:
            return True
        stack.extend((child, level + 1) for child in (value.values() if isinstance(value, dict) else value)
                     if isinstance(child, (dict, list)))
    return False
