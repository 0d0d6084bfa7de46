"""A leaflet's text sent to a translator and read back: `consentpack translate export` and
`import`. The file a translator works on (XLIFF 1.2 in `xliff.py`, gettext PO in
`translation_po.py`) holds one unit per piece of the master's English, the translation where one
exists, and each unit's state; this module is what both formats share.

Export marks a unit whose English changed since it was translated as needing review (XLIFF
`needs-review-translation`, PO `fuzzy`). Import keeps such a unit's text with the source hash of
the English it was translated from, so the translation stays stale, and `check` names the unit,
until the translator approves it. `reviewed` is what the file says: every unit of the master
approved (XLIFF `approved="yes"` with `state="final"`; a PO whose header says `Reviewed: yes`
with no fuzzy entry), never carried over from before.
"""

import textwrap
from collections import Counter
from dataclasses import dataclass

from pydantic import ValidationError

from ..errors import ContentError
from ..files.yaml_text import library_yaml
from ..limits import YAML_BYTES
from .languages import english_name
from .models import Leaflet
from .translations import LeafletTranslation, Master, source_hash, source_hashes, translated, units_of
from .validation import bulleted, problem_pairs, problems

UNTRANSLATED, TRANSLATED, NEEDS_REVIEW = "untranslated", "translated", "needs-review"
TOOL = "consentpack"  # the `from` of XLIFF notes, the prefix of PO comments: what import reads back
# What a unit's notes (XLIFF) or extracted comments (PO) say, as "name: value".
SOURCE_HASH, TRANSLATED_FROM = "source-hash", "translated-from"
# What the file's header notes (XLIFF) say; a PO says it in its own header fields.
LEAFLET, VERSION, CONTENT_HASH, TRANSLATOR = "leaflet", "version", "content-hash", "translator"
NEEDS_REVIEW_NOTE = ("The English changed since this was translated: update the translation, then mark it "
                     "translated.")
FILE_NOTE = ("The text of a ConsentPack leaflet. Translate every target, keeping Markdown marks (**bold**, "
             "lists, links) as they are. Figures, sides and codes are not here: they are printed from the "
             "English leaflet. Leave the ids and the notes from consentpack as they are.")


@dataclass(frozen=True)
class ExchangeUnit:
    """One piece of the master's text in the translator's file."""

    key: str
    english: str
    source: str | None  # the source hash of `english` when exported; None when the file does not say
    text: str = ""  # the translation; empty when untranslated
    status: str = UNTRANSLATED
    approved: bool = False  # reviewed by a qualified translator
    translated_from: str | None = None  # needing review: the source hash of the English `text` translates


@dataclass(frozen=True)
class Exchange:
    """A translator's file, read or to be written."""

    leaflet_id: str
    language: str
    master: Master | None  # the master as exported, when the file says
    translator: str
    units: tuple[ExchangeUnit, ...]


def exchange_of(master: Leaflet, language: str, translation: LeafletTranslation | None) -> Exchange:
    """Every unit of the master, with the translation's text where it has the unit: translated
    (approved when the translation is reviewed) while the English is unchanged, needing review
    once it has changed."""
    hashes = source_hashes(master)
    units = []
    for key, english in units_of(master).items():
        unit = translation.units.get(key) if translation else None
        if unit is None:
            units.append(ExchangeUnit(key, english, hashes[key]))
        elif unit.source == hashes[key]:
            units.append(ExchangeUnit(key, english, hashes[key], unit.text, TRANSLATED, translation.reviewed))
        else:
            units.append(ExchangeUnit(key, english, hashes[key], unit.text, NEEDS_REVIEW,
                                      translated_from=unit.source))
    identity = Master(id=master.id, version=master.version, content_hash=master.content_hash)
    return Exchange(master.id, language, identity, translation.translator if translation else "", tuple(units))


def listed(keys: list[str], most: int = 10) -> str:
    """Unit keys for a message: the first few, and how many more (a hostile file may hold thousands)."""
    more = f" and {len(keys) - most:,} more" if len(keys) > most else ""
    return ", ".join(keys[:most]) + more


def capped(lines: list[str], most: int = 20) -> list[str]:
    return lines[:most] + ([f"and {len(lines) - most:,} more problems"] if len(lines) > most else [])


def note_values(notes: list[str]) -> dict[str, str]:
    """The "name: value" lines of a unit's or file's notes from ConsentPack."""
    values = {}
    for note in notes:
        name, colon, value = note.partition(":")
        if colon and name.strip() in (SOURCE_HASH, TRANSLATED_FROM, LEAFLET, VERSION, CONTENT_HASH, TRANSLATOR):
            values[name.strip()] = value.strip()
    return values


@dataclass(frozen=True)
class ImportedTranslation:
    """A translator's file made into the translation file's content, and what became of each unit."""

    translation: LeafletTranslation
    current: tuple[str, ...]  # translated from the master's English as it is now
    needs_review: tuple[str, ...]  # marked as needing review: kept stale, with their old source hash
    outdated: tuple[str, ...]  # translated, but from English the master has changed since the export
    untranslated: tuple[str, ...]  # left out: `check` names them as missing
    not_approved: int  # units of the master the file does not approve as reviewed

    @property
    def complete(self) -> bool:
        return not (self.needs_review or self.outdated or self.untranslated)


def translation_from(master: Leaflet, exchange: Exchange, existing: LeafletTranslation | None,
                     name: str) -> ImportedTranslation:
    """The translation the file holds, tied to the master. `existing` is the translation file
    as it is, for the source hash of a unit needing review whose own file does not say it, and
    for `translation_of` and the translator when the file does not settle them. Problems (a unit
    the master does not have, a file of another leaflet) are one error naming the file."""
    english, hashes = units_of(master), source_hashes(master)
    lines = []
    if exchange.leaflet_id != master.id:
        lines.append(f"is a translation of {exchange.leaflet_id}, not {master.id}")
    counted = Counter(unit.key for unit in exchange.units)
    if twice := sorted(key for key, count in counted.items() if count > 1):
        lines.append(f"unit(s) given more than once: {listed(twice)}")
    if unknown := [key for key in counted if key not in english]:
        lines.append(f"unit(s) the leaflet {master.id} does not have: {listed(unknown)}; if its English changed "
                     "since this file was exported, export it again and bring the translation across")
    for unit in exchange.units:
        if unit.key in english and unit.source == hashes[unit.key] and unit.english != english[unit.key]:
            lines.append(f"{unit.key}: its English in this file is not the leaflet's; the English is never "
                         "edited in a translator's file")
    if lines:
        raise ContentError(bulleted(f"Cannot import {name}", capped(lines)))

    given = {unit.key: unit for unit in exchange.units}
    units, current, needs_review, outdated, untranslated = {}, [], [], [], []
    for key in english:
        unit = given.get(key)
        if unit is None or unit.status == UNTRANSLATED:
            untranslated.append(key)
            continue
        if unit.status == NEEDS_REVIEW:
            old = unit.translated_from or (existing.units[key].source if existing and key in existing.units
                                           else None)
            if old is None:  # nothing says which English it translates: left out, so `check` names it
                untranslated.append(key)
                continue
            units[key] = {"source": old, "text": unit.text}
            (current if old == hashes[key] else needs_review).append(key)
            continue
        source = unit.source or (hashes[key] if unit.english == english[key] else source_hash(unit.english))
        units[key] = {"source": source, "text": unit.text}
        (current if source == hashes[key] else outdated).append(key)

    not_approved = sum(1 for key in english if not (key in given and given[key].approved and key in current))
    complete = not (needs_review or outdated or untranslated)
    if complete:
        made = {"id": master.id, "version": master.version, "content_hash": master.content_hash}
    else:
        made = existing.translation_of if existing else (
            exchange.master or Master(id=master.id, version=master.version, content_hash=master.content_hash))
        made = made.model_dump()
    data = {"translation_of": made, "language": exchange.language, "reviewed": complete and not not_approved,
            "translator": exchange.translator or (existing.translator if existing else ""), "units": units}
    translation = _validated(master, data, name)
    return ImportedTranslation(translation, tuple(current), tuple(needs_review), tuple(outdated),
                               tuple(untranslated), not_approved)


def _validated(master: Leaflet, data: dict, name: str) -> LeafletTranslation:
    """The translation, and the master in its words checked as any leaflet is (Markdown, lengths)
    when every unit is there; problems name the unit."""
    try:
        translation = LeafletTranslation.model_validate(data)
    except ValidationError as exc:
        raise ContentError(bulleted(f"Cannot import {name}", problems(exc))) from None
    if set(translation.units) == set(units_of(master)):
        try:
            translated(master, translation)
        except ValidationError as exc:
            lines = [f"{_unit_at(master, tuple(error['loc'])) or where}: {problem}"
                     for error, (where, problem) in zip(exc.errors(), problem_pairs(exc), strict=True)]
            raise ContentError(bulleted(f"Cannot import {name}", lines)) from None
    return translation


_LISTS = {"candidates": None, "benefits": None, "procedure_steps": "title text", "alternatives": "name text",
          "recovery": "label text", "faq": "q a"}


def _unit_at(master: Leaflet, loc: tuple) -> str | None:
    """The unit a field of the leaflet in its translated words comes from: ('sections', 'faq',
    0, 'q') is faq.1.q; None where no one unit is it."""
    match loc:
        case (("title" | "procedure_name" | "summary") as key, *_) | ("sections", ("about" | "doing_nothing") as key,
                                                                       *_):
            return key
        case ("sections", "risks", int(n), ("name" | "detail") as part, *_) if n < len(master.sections.risks):
            return f"risks.{master.sections.risks[n].name}.{part}"
        case ("sections", "get_help", ("urgent" | "routine") as kind, int(n), *_):
            return f"get_help.{kind}.{n + 1}"
        case ("consent", "extra_procedures", int(n), *_):
            return f"extra_procedures.{n + 1}"
        case ("sections", str(kind), int(n), *rest) if kind in _LISTS:
            parts = (_LISTS[kind] or "").split()
            if not parts:
                return f"{kind}.{n + 1}"
            if rest and rest[0] in parts:
                return f"{kind}.{n + 1}.{rest[0]}"
    return None


def translation_text(translation: LeafletTranslation) -> str:
    """The translation file, `leaflets/ID.LANG.yaml`: its fields in the model's order, the units
    in the master's, multi-line text as `|` blocks; the same translation is always the same bytes."""
    made = translation.translation_of
    about = (f"The {english_name(translation.language)} ({translation.language}) text of the leaflet {made.id}; "
             "every figure, side, code and date is the English leaflet's. Written by `consentpack translate "
             "import`: see the README, \"Translating a leaflet\".")
    header = "".join(f"# {line}\n" for line in textwrap.wrap(about, 98))
    body = library_yaml(translation.model_dump())
    text = header + body
    if len(text.encode("utf-8")) > YAML_BYTES:
        raise ContentError(f"The {translation.language} translation of {made.id} would be "
                           f"{len(text.encode()) // 1024:,} KB, more than the {YAML_BYTES // 1024:,} KB a leaflet "
                           "file may be")
    return text
