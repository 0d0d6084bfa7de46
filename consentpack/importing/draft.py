"""A draft leaflet from a source: every section the source has, in its own words, and the
skeleton's TODO for everything the leaflet needs and the source lacks, so `consentpack check`
fails the draft until a person has written it. The draft loads as a leaflet as it stands.
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml
from pydantic import ValidationError

from ..errors import ContentError, UsageError
from ..library.models import Leaflet
from ..library.readiness import unfinished_fields
from ..library.skeleton import SKELETON
from ..library.validation import bulleted, problems
from . import sections
from .blocks import Source
from .details import Details, as_date, read_details
from .exported import exported_leaflet, is_export
from .fields import fits, markdown_paragraphs, plain, unprintable_characters
from .headings import SECTIONS
from .outline import DETAILS, TITLE, Part, outline
from .report import build_report
from .risks import as_leaflet_risk, risks_in
from .yaml_text import draft_text

REVIEW_AFTER = timedelta(days=3 * 365)  # as `consentpack new`
ID_CHARS = 80
VERSION = re.compile(r"\d+(\.\d+){0,2}")


@dataclass(frozen=True)
class Draft:
    leaflet_id: str
    text: str  # the YAML file, comments included
    report: dict
    unfinished: tuple[str, ...]  # the fields `consentpack check` will name as still TODO
    notes: tuple[str, ...]  # what the person finishing the draft should know first


def slug(text: str) -> str:
    """A leaflet id from a title: lower-case words and hyphens, accents dropped, at most ID_CHARS."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")
    if len(words) > ID_CHARS:
        words = words[:ID_CHARS + 1].rsplit("-", 1)[0]
    return words


def _skeleton(leaflet_id: str, published: date, review_due: date) -> dict:
    """What `consentpack new` writes for this id: its TODO placeholders are the draft's."""
    return yaml.safe_load(SKELETON.format(id=leaflet_id, title=leaflet_id.replace("-", " ").capitalize(),
                                          published=published.isoformat(), review_due=review_due.isoformat()))


def _dates(details: Details, today: date) -> tuple[date, date, list[str]]:
    """(published, review_due, notes): the source's own dates where it gives them and they make
    a valid leaflet; a review date not after publication is reported, not used."""
    published = (as_date(details.published) if details.published else None) or today
    review = as_date(details.review) if details.review else None
    if review is not None and review > published:
        return published, review, []
    notes = []
    if review is not None:
        notes.append(f"The source's review date ({details.review}) is not after its publication date "
                     f"{published.isoformat()}; review_due is set {REVIEW_AFTER.days // 365} years on instead: "
                     "check it.")
    return published, published + REVIEW_AFTER, notes


def _sections(parts: list[Part], source: Source, skeleton: dict) -> tuple[dict, set[int], list]:
    """Each section from its parts, or the skeleton's placeholder; the blocks used; the risks'
    figures (name, figure) for the report."""
    placeholder = skeleton["sections"]
    by_section = {section: [part for part in parts if part.section == section] for section in SECTIONS}
    built = {
        "about": sections.prose(by_section["about"]),
        "candidates": sections.entries(by_section["candidates"]),
        "procedure_steps": sections.titled(by_section["procedure_steps"], "title", "text",
                                           placeholder["procedure_steps"][0]["title"], "own", "own", headed=True),
        "benefits": sections.entries(by_section["benefits"]),
        "alternatives": sections.titled(by_section["alternatives"], "name", "text",
                                        placeholder["alternatives"][0]["name"], "named", "grouped"),
        "doing_nothing": sections.prose(by_section["doing_nothing"]),
        "recovery": sections.titled(by_section["recovery"], "label", "text", placeholder["recovery"][0]["label"],
                                    "grouped", "grouped", headed=True),
        "get_help": sections.get_help(by_section["get_help"]),
        "faq": sections.faq(by_section["faq"]),
    }
    found = [risk for risk in risks_in(by_section["risks"]) if fits(markdown_paragraphs(risk.detail))]
    risks = [as_leaflet_risk(risk, source.name, placeholder["risks"][0]["name"]) for risk in found]
    used = set().union(*(entry.used for entry in built.values()), *(risk.indices for risk in found))
    filled = {name: entry.value if entry.value is not None else placeholder[name] for name, entry in built.items()}
    filled["risks"] = risks or placeholder["risks"]
    filled["get_help"] = {kind: (filled["get_help"].get(kind) or placeholder["get_help"][kind])
                          for kind in ("urgent", "routine")}
    figures = [(entry["name"], figure) for risk, entry in zip(found, risks, strict=True) for figure in risk.figures]
    return {name: filled[name] for name in SECTIONS}, used, figures


def _validated(data: dict, source: Source) -> Leaflet:
    try:
        return Leaflet.model_validate(data)
    except ValidationError as exc:
        raise ContentError(bulleted(f"The draft made from {source.name} is not a valid leaflet", problems(exc))) \
            from None


def _from_export(source: Source, leaflet_id: str | None) -> Draft:
    """A ConsentPack export read back field for field; `leaflet_id`, if given, replaces its id."""
    data = exported_leaflet(source)
    data["id"] = leaflet_id or data["id"]
    leaflet = _validated(data, source)
    report = {"source": source.name, "title": leaflet.title,
              "placed": [{"heading": heading, "section": section, "paragraphs": 1} for section, heading in
                         (("details", "(the details table)"), *((name, name) for name in SECTIONS))],
              "unplaced": [], "boilerplate": source.boilerplate, "figures": []}
    text = draft_text(data, source.name, None, list(source.notes), report, from_export=True)
    return Draft(leaflet.id, text, report, tuple(unfinished_fields(leaflet)), source.notes)


def draft_leaflet(source: Source, leaflet_id: str | None = None, today: date | None = None) -> Draft:
    """The draft leaflet and its report; `leaflet_id` defaults to the title's words, or for a
    ConsentPack export (read field for field) to the id in its details table."""
    if is_export(source):
        return _from_export(source, leaflet_id)
    today = today or date.today()
    parts = outline(source)
    title = plain(next((part.heading for part in parts if part.section == TITLE), "") or source.title)
    leaflet_id = leaflet_id or slug(title or Path(source.name).stem)
    if not leaflet_id:
        raise UsageError(f"{source.name}: no id can be made from its title; give one with --id")
    details_blocks = [block for part in parts if part.section == DETAILS for _, block in part.blocks]
    details = read_details(details_blocks)
    published, review_due, notes = _dates(details, today)
    data = _skeleton(leaflet_id, published, review_due)
    data["title"] = title or data["title"]
    if details.version and VERSION.fullmatch(details.version):
        data["version"] = details.version
    data["sections"], used, figures = _sections(parts, source, data)
    leaflet = _validated(data, source)
    if left_out := unprintable_characters([block.text for block in source.blocks]):
        notes.append("Characters the leaflet's fonts cannot print, or that are invisible, were left out: "
                     + ", ".join(f"U+{ord(ch):04X}" for ch in left_out))
    report = build_report(source, data["title"], parts, used, figures)
    notes = [*source.notes, *notes]
    text = draft_text(data, source.name, details.reference, notes, report)
    return Draft(leaflet_id, text, report, tuple(unfinished_fields(leaflet)), tuple(notes))
