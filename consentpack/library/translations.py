"""A leaflet in another language: `leaflets/ID.LANG.yaml`, text only, tied to the English master
it was translated from, so it cannot drift without `check` and the preflight saying so.

A translation holds one unit per piece of the master's text, each with a short hash of the
English it translates. Figures, denominators, `serious`, sides, codes, anaesthesia and extra
procedures are never in it: they always come from the master, so a translation cannot carry a
different number. Risks are keyed by their English names; lists by their place in the master.
"""

import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints

from .languages import english_name
from .models import LanguageTag, Leaflet, Site, Strict

SOURCE_HASH_LENGTH = 8
TRANSLATION_FILE = re.compile(r"^(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<language>[A-Za-z]{2,3}(?:-[A-Za-z]{4})?)$")
CURRENT, STALE, DRAFT = "current", "stale", "draft"
TRANSLATED_KEPT = 16  # translated leaflets held: a few leaflets in a few languages


def source_hash(text: str) -> str:
    """Eight hex digits of the English a unit translates: a changed sentence is a changed unit."""
    return hashlib.sha256(text.encode()).hexdigest()[:SOURCE_HASH_LENGTH]


class Master(Strict):
    """The English leaflet a translation was made from."""

    id: str
    version: str
    content_hash: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{8}$")]


class Unit(Strict):
    source: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{8}$")] = Field(
        description="source_hash of the English this translates")
    text: Annotated[str, StringConstraints(min_length=1)]


class LeafletTranslation(Strict):
    translation_of: Master
    language: LanguageTag
    reviewed: bool = Field(default=False, description="Set by a qualified translator after review.")
    translator: str = ""
    units: dict[str, Unit]


def units_of(leaflet: Leaflet) -> dict[str, str]:
    """Every piece of the leaflet's own text, by its stable key."""
    sections = leaflet.sections
    units = {"title": leaflet.title, "procedure_name": leaflet.procedure_name, "summary": leaflet.summary,
             "about": sections.about, "doing_nothing": sections.doing_nothing}
    units |= {f"candidates.{n}": text for n, text in enumerate(sections.candidates, 1)}
    for n, step in enumerate(sections.procedure_steps, 1):
        units |= {f"procedure_steps.{n}.title": step.title, f"procedure_steps.{n}.text": step.text}
    units |= {f"benefits.{n}": text for n, text in enumerate(sections.benefits, 1)}
    for risk in sections.risks:
        units |= {f"risks.{risk.name}.name": risk.name, f"risks.{risk.name}.detail": risk.detail}
    for n, alternative in enumerate(sections.alternatives, 1):
        units |= {f"alternatives.{n}.name": alternative.name, f"alternatives.{n}.text": alternative.text}
    for n, stage in enumerate(sections.recovery, 1):
        units |= {f"recovery.{n}.label": stage.label, f"recovery.{n}.text": stage.text}
    units |= {f"get_help.urgent.{n}": text for n, text in enumerate(sections.get_help.urgent, 1)}
    units |= {f"get_help.routine.{n}": text for n, text in enumerate(sections.get_help.routine, 1)}
    for n, question in enumerate(sections.faq, 1):
        units |= {f"faq.{n}.q": question.q, f"faq.{n}.a": question.a}
    units |= {f"extra_procedures.{n}": text for n, text in enumerate(leaflet.consent.extra_procedures, 1)}
    return units


def source_hashes(leaflet: Leaflet) -> dict[str, str]:
    """Each unit's source hash. A risk's detail hashes its figure and `serious` too: the words
    around a changed figure may need to change with it, so that unit is named."""
    hashes = {key: source_hash(text) for key, text in units_of(leaflet).items()}
    for risk in leaflet.sections.risks:
        figure = risk.frequency.model_dump_json() if risk.frequency else ""
        hashes[f"risks.{risk.name}.detail"] = source_hash(f"{risk.detail}\n{figure}\n{risk.serious}")
    return hashes


def drift(master: Leaflet, translation: LeafletTranslation) -> list[str]:
    """What keeps the translation from being printed with this master, one line each: a unit
    whose English (or figure) changed since, one missing, one extra (a risk the master no longer
    has), or a master of another version whose units are all unchanged."""
    english = source_hashes(master)
    lines = []
    changed = [key for key, unit in translation.units.items() if key in english and unit.source != english[key]]
    if changed:
        made = translation.translation_of
        lines.append(f"translated from version {made.version} (content {made.content_hash}); the English of "
                     f"{len(changed)} unit(s) changed since: {', '.join(changed)}")
    if missing := [key for key in english if key not in translation.units]:
        lines.append(f"missing unit(s): {', '.join(missing)}")
    if extra := [key for key in translation.units if key not in english]:
        lines.append(f"unit(s) the master does not have: {', '.join(extra)}")
    if not lines and (translation.translation_of.version, translation.translation_of.content_hash) != (
            master.version, master.content_hash):
        lines.append(f"translated from version {translation.translation_of.version} (content "
                     f"{translation.translation_of.content_hash}), not {master.version} ({master.content_hash}); "
                     f"no unit's English changed: import it again to bring it up to date")
    return lines


def state(master: Leaflet, translation: LeafletTranslation) -> str:
    if drift(master, translation):
        return STALE
    return CURRENT if translation.reviewed else DRAFT


_translated: OrderedDict[tuple[int, int], tuple[Leaflet, LeafletTranslation, Leaflet]] = OrderedDict()
_translated_lock = threading.Lock()


def translated(master: Leaflet, translation: LeafletTranslation) -> Leaflet:
    """The master with every unit's text in the translation's language; everything else (figures,
    `serious`, sides, codes, anaesthesia, dates) the master's own. Call only when `drift` is empty.
    Made and validated once for each pair: the library hands out the same master and translation
    objects while their files are unchanged, so the desk, which checks each request afresh, builds
    a translated leaflet once rather than for every pack; an edited file is a new object."""
    key = (id(master), id(translation))
    with _translated_lock:
        held = _translated.get(key)
        if held is not None:
            _translated.move_to_end(key)
            return held[2]
    leaflet = _translate(master, translation)
    with _translated_lock:
        _translated[key] = (master, translation, leaflet)  # held, so neither id can be reused meanwhile
        while len(_translated) > TRANSLATED_KEPT:
            _translated.popitem(last=False)
    return leaflet


def _translate(master: Leaflet, translation: LeafletTranslation) -> Leaflet:
    text = {key: unit.text for key, unit in translation.units.items()}
    data = master.model_dump()
    sections = data["sections"]
    for key in ("title", "procedure_name", "summary"):
        data[key] = text[key]
    for key in ("about", "doing_nothing"):
        sections[key] = text[key]
    for name in ("candidates", "benefits"):
        sections[name] = [text[f"{name}.{n}"] for n in range(1, len(sections[name]) + 1)]
    for n, step in enumerate(sections["procedure_steps"], 1):
        step.update(title=text[f"procedure_steps.{n}.title"], text=text[f"procedure_steps.{n}.text"])
    for risk in sections["risks"]:
        english = risk["name"]
        risk.update(name=text[f"risks.{english}.name"], detail=text[f"risks.{english}.detail"])
    for n, alternative in enumerate(sections["alternatives"], 1):
        alternative.update(name=text[f"alternatives.{n}.name"], text=text[f"alternatives.{n}.text"])
    for n, stage in enumerate(sections["recovery"], 1):
        stage.update(label=text[f"recovery.{n}.label"], text=text[f"recovery.{n}.text"])
    for kind in ("urgent", "routine"):
        items = sections["get_help"][kind]
        sections["get_help"][kind] = [text[f"get_help.{kind}.{n}"] for n in range(1, len(items) + 1)]
    for n, question in enumerate(sections["faq"], 1):
        question.update(q=text[f"faq.{n}.q"], a=text[f"faq.{n}.a"])
    extras = data["consent"]["extra_procedures"]
    data["consent"]["extra_procedures"] = [text[f"extra_procedures.{n}"] for n in range(1, len(extras) + 1)]
    return Leaflet.model_validate(data)


def with_translated_figures(site: Site, master: Leaflet, leaflet: Leaflet) -> Site:
    """The site with its own figures for this leaflet keyed by the translated risk names, so a
    hospital's audited figures print in a translated pack as in the English one."""
    local = site.local_figures.get(master.id)
    if local is None:
        return site
    names = {english.name: own.name for english, own in zip(master.sections.risks, leaflet.sections.risks,
                                                              strict=True)}
    risks = {names.get(name, name): figure for name, figure in local.risks.items()}
    figures = dict(site.local_figures) | {master.id: local.model_copy(update={"risks": risks})}
    return site.model_copy(update={"local_figures": figures})


def translation_name(path: Path) -> tuple[str, str] | None:
    """(leaflet id, language tag) for a translation's file name, `ID.LANG.yaml`; None otherwise."""
    match = TRANSLATION_FILE.match(path.stem)
    return (match["id"], match["language"]) if match else None


@dataclass(frozen=True)
class LeafletLanguage:
    """One language a leaflet can be read in, for `list`, `check` and the desk."""

    tag: str
    state: str  # current, stale, draft (or unreadable: the file itself is wrong)
    problems: tuple[str, ...] = ()
    path: Path | None = None

    def __str__(self) -> str:
        return f"{self.tag} {self.state}"

    @property
    def name(self) -> str:
        return english_name(self.tag)
