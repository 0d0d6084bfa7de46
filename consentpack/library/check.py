"""`consentpack check`: everything a patient information lead must know before a leaflet reaches
a patient, one finding per row (file, field, severity, message); and each language's catalog:
reviewed or a draft, and whether it has every message (one that lacks any is an error).
"""

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

from ..errors import ContentError, UsageError
from ..files.paths import display_path
from ..limits import SECTION_WORDS
from .folders import Library, id_mismatch, read_model
from .languages import CATALOG, ENGLISH, SHIPPED, catalog_files, english_name, folder_of, read_catalog
from .leaflet_languages import BROKEN, leaflet_languages
from .models import LANGUAGE_TAGS, Leaflet, ReadabilityTargets, Site
from .readability import measure
from .readiness import UNFINISHED, unfinished_fields, unknown_local_figures
from .safe_markdown import markdown_plain
from .translations import DRAFT, STALE

ERROR, WARNING = "error", "warning"
REVIEW_SOON = timedelta(days=90)
MISSING_SHOWN = 5  # a catalog's missing messages named in its finding; the rest are counted
_PLACEHOLDER_TRANSLATOR = "FULL NAME <EMAIL@ADDRESS>"  # what a new catalog's header says


@dataclass(frozen=True)
class Finding:
    file: str
    field: str
    severity: str
    message: str

    def as_dict(self) -> dict:
        return asdict(self)


def section_texts(leaflet: Leaflet) -> dict[str, list[str]]:
    """The Markdown a reader meets in each section, each item a unit of its own."""
    s = leaflet.sections
    return {
        "summary": [leaflet.summary],
        "sections.about": [s.about],
        "sections.candidates": list(s.candidates),
        "sections.procedure_steps": [f"{step.title}. {step.text}" for step in s.procedure_steps],
        "sections.benefits": list(s.benefits),
        "sections.risks": [f"{risk.name}. {risk.detail}" for risk in s.risks],
        "sections.alternatives": [f"{alt.name}. {alt.text}" for alt in s.alternatives],
        "sections.doing_nothing": [s.doing_nothing],
        "sections.recovery": [f"{stage.label}. {stage.text}" for stage in s.recovery],
        "sections.get_help": [*s.get_help.urgent, *s.get_help.routine],
        "sections.faq": [text for item in s.faq for text in (item.q, item.a)],
    }


def _completeness(leaflet: Leaflet) -> list[tuple[str, str, str]]:
    """Benefits, risks, alternatives and doing nothing are required by the format; a skeleton
    fills them, and every other field, with TODO, which is not yet content."""
    return [(field, ERROR, "is not written yet (it still says TODO)")
            for field in unfinished_fields(leaflet)]


def _risk_figures(leaflet: Leaflet, site: Site | None) -> list[tuple[str, str, str]]:
    """Risks with no figure in the leaflet nor in the site's own audited figures."""
    local = site.local_figures.get(leaflet.id) if site else None
    return [
        (f"sections.risks[{index}].frequency", WARNING,
         f"'{risk.name}' has no figure yet ({risk.review}); patients are told the surgeon will discuss it")
        for index, risk in enumerate(leaflet.sections.risks)
        if risk.frequency is None and not (local and risk.name in local.risks)
    ]


def _review_date(leaflet: Leaflet, today: date) -> list[tuple[str, str, str]]:
    due = leaflet.review_due.isoformat()
    if leaflet.review_due < today:
        return [("review_due", ERROR, f"the review date {due} has passed; review the leaflet and "
                                      "publish a new version")]
    if leaflet.review_due - today <= REVIEW_SOON:
        return [("review_due", WARNING, f"the review date {due} is less than 90 days away")]
    return []


def _length(leaflet: Leaflet) -> list[tuple[str, str, str]]:
    """A section far longer than a leaflet needs; the format's hard limits stop only the absurd."""
    findings = []
    for field, texts in section_texts(leaflet).items():
        words = sum(len(markdown_plain(text).split()) for text in texts)
        if words > SECTION_WORDS:
            findings.append((field, WARNING, f"is {words:,} words long; a section rarely needs more than "
                                             f"{SECTION_WORDS:,} (about four minutes' reading)"))
    return findings


def _readability(leaflet: Leaflet, targets: ReadabilityTargets) -> list[tuple[str, str, str]]:
    """Sections still saying TODO are left out: they are reported as unwritten already."""
    findings = []
    for field, texts in section_texts(leaflet).items():
        if any(UNFINISHED.search(text) for text in texts):
            continue
        result = measure("\n\n".join(markdown_plain(text) for text in texts))
        if result is None:
            continue
        misses = []
        if result.reading_ease < targets.min_reading_ease:
            misses.append(f"reading ease {result.reading_ease:g} (at least {targets.min_reading_ease:g})")
        if result.grade > targets.max_grade:
            misses.append(f"grade {result.grade:g} (at most {targets.max_grade:g})")
        if misses:
            hints = " | ".join(result.longest_sentences)
            findings.append((field, WARNING, f"hard to read: {', '.join(misses)}; longest sentences: {hints}"))
    return findings


def check_leaflet(path: Path, site: Site | None, today: date) -> list[Finding]:
    """Findings for one leaflet file; `site` gives readability targets and local figures."""
    name = display_path(path)
    targets = site.readability if site else ReadabilityTargets()
    try:
        leaflet, problems = read_model(Leaflet, path)
    except ContentError as exc:
        return [Finding(name, "(file)", ERROR, str(exc).split(": ", 1)[-1])]
    if problems:
        return [Finding(name, where, ERROR, problem) for where, problem in problems]
    rows = []
    if mismatch := id_mismatch(leaflet, path):
        rows.append(("id", ERROR, mismatch))
    rows += _completeness(leaflet)
    rows += _risk_figures(leaflet, site)
    if site and (unknown := unknown_local_figures(leaflet, site)):
        rows.append((f"(site file) local_figures.{leaflet.id}", ERROR,
                     f"no risk called {', '.join(repr(name) for name in unknown)} in leaflet {leaflet.id}; "
                     f"its risks are: {', '.join(risk.name for risk in leaflet.sections.risks)}"))
    rows += _review_date(leaflet, today)
    rows += _length(leaflet)
    rows += _readability(leaflet, targets)
    return [Finding(name, field, severity, message) for field, severity, message in rows]


@dataclass(frozen=True)
class LanguageState:
    """One language as `check` lists it: 'pl: draft, 243/243 messages'."""

    tag: str
    state: str  # "source language", "reviewed", "draft", or "no catalog"
    translator: str = ""
    translated: int = 0
    total: int = 0
    offered: bool = True  # whether the site file's `languages:` lists it (all are, without one)
    missing: tuple[str, ...] = ()
    file: str = ""  # the catalog that decides its review state, as messages name files

    @property
    def line(self) -> str:
        if self.tag == ENGLISH:
            text = f"{self.tag}: source language"
        elif self.state == "no catalog":
            text = f"{self.tag}: no catalog"
        else:
            state = f"reviewed by {self.translator}" if self.state == "reviewed" and self.translator else self.state
            text = f"{self.tag}: {state}, {self.translated}/{self.total} messages"
        return text + ("" if self.offered else " (not offered: not in the site file's languages)")


def language_states(library: Library, site: Site | None) -> list[LanguageState]:
    """English, then every language ConsentPack ships, with its catalog's state in this library."""
    offered = set(site.languages) if site and site.languages else set(LANGUAGE_TAGS)
    folders = library.folders("locales")
    states = [LanguageState(ENGLISH, "source language", offered=ENGLISH in offered)]
    for language in SHIPPED:
        tag = language.tag
        files = catalog_files(tag, folders)
        if not files:
            expected = (folders[-1] if folders else library.roots[-1] / "locales") / folder_of(tag)
            states.append(LanguageState(tag, "no catalog", offered=tag in offered,
                                        file=display_path(expected / "LC_MESSAGES" / f"{CATALOG}.po")))
            continue
        catalog = read_catalog(tag, folders)
        translator = "" if catalog.translator == _PLACEHOLDER_TRANSLATOR else catalog.translator
        states.append(LanguageState(tag, catalog.state, translator, catalog.total - len(catalog.missing),
                                    catalog.total, tag in offered, catalog.missing, display_path(files[0])))
    return states


def library_languages(library: Library) -> list[LanguageState]:
    """language_states for `check`'s listing, with the site file's languages if it can be read
    (its problems are check_library's findings)."""
    try:
        site, _ = read_model(Site, library.site_file())
    except ContentError:
        site = None
    return language_states(library, site)


def language_findings(states: list[LanguageState]) -> list[Finding]:
    """An error for each language without every message: its packs would mix in English, so the
    preflight refuses them until a translator has written the rest."""
    findings = []
    for state in states:
        name = english_name(state.tag)
        if state.state == "no catalog":
            findings.append(Finding(state.file, f"language {state.tag}", ERROR,
                                    f"there is no {name} catalog, so no pack can be printed in {name}"))
        elif state.missing:
            shown = ", ".join(repr(msgid if len(msgid) <= 60 else msgid[:59] + "…")
                              for msgid in state.missing[:MISSING_SHOWN])
            more = len(state.missing) - MISSING_SHOWN
            findings.append(Finding(
                state.file, f"language {state.tag}", ERROR,
                f"the {name} catalog lacks {len(state.missing)} of its {state.total} messages, so no pack is "
                f"printed in {name}: {shown}" + (f" and {more} more" if more > 0 else "")))
    return findings


def _translation_findings(library: Library, path: Path) -> list[Finding]:
    """Each translation of the leaflet against its master: drift is an error (its packs are
    refused), a translation no translator has reviewed a warning (printed only when asked)."""
    try:
        master = library.load_leaflet(path)
    except ContentError:
        return []  # the leaflet's own findings say why
    findings = []
    for language in leaflet_languages(library, master):
        where = display_path(language.path)
        field = f"translation {language.tag}"
        if language.state in (STALE, BROKEN):
            findings += [Finding(where, field, ERROR, line) for line in language.problems]
        elif language.state == DRAFT:
            findings.append(Finding(where, field, WARNING,
                                    f"the {language.name} translation is a draft that no qualified translator has "
                                    f"reviewed; it is printed only with --allow-draft-translation"))
    return findings


def check_library(library: Library, leaflet_ids: list[str], today: date,
                  strict: bool = False) -> list[Finding]:
    """Findings for the site file and the chosen leaflets (all of them when none are named)."""
    site_path = library.site_file()
    try:
        site, problems = read_model(Site, site_path)
    except ContentError as exc:
        site, problems = None, [("(file)", str(exc).split(": ", 1)[-1])]
    findings = [Finding(display_path(site_path), where, ERROR, problem) for where, problem in problems]

    files = library.leaflet_files()
    if site:
        findings += [Finding(display_path(site_path), f"local_figures.{leaflet_id}", ERROR,
                             f"there is no leaflet {leaflet_id} in the library")
                     for leaflet_id in site.local_figures if leaflet_id not in files]
    unknown = [leaflet_id for leaflet_id in leaflet_ids if leaflet_id not in files]
    if unknown:
        raise UsageError(f"No leaflet called {', '.join(unknown)}. Known procedures: {', '.join(files)}")
    for leaflet_id in leaflet_ids or files:
        findings += check_leaflet(files[leaflet_id], site, today)
        findings += _translation_findings(library, files[leaflet_id])
    findings += language_findings(language_states(library, site))
    if strict:
        findings = [Finding(f.file, f.field, ERROR, f.message) for f in findings]
    return findings
