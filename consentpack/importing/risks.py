"""The risks a source lists, each as the leaflet's Risk: one per list item, table row, bold
lead-in paragraph or sub-heading, named and described in the source's own words, with a
frequency only where the source gives one figure for that very risk, and `serious` only where
the source calls it serious.
"""

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .blocks import Block
from .fields import markdown_paragraphs, plain
from .figures import FIGURE, FREQUENCY_WORD, Figure, find_figures, frequency_word
from .headings import section_of_heading, unnumbered
from .leads import after_lead, lead_of, loses_words, short_name
from .outline import Part

_FIGURE_COLUMN = re.compile(r"how (common|often|likely)|chance|frequency|likelihood|incidence|number|"
                            r"\bin 100\b|%|\brate\b", re.IGNORECASE)
_RISK_COLUMN = re.compile(r"risk|complication|side[- ]effect|problem|what (could|can|might) happen",
                          re.IGNORECASE)
_SERIOUS = re.compile(r"\bserious\b|\blife[- ]threatening\b", re.IGNORECASE)
_FIGURE_OR_WORD = re.compile(rf"{FIGURE.pattern}|{FREQUENCY_WORD.pattern}", re.IGNORECASE)
_DENIED = frozenset({"not", "less", "non", "never", "rarely", "isn't", "aren't", "seldom"})


@dataclass
class FoundRisk:
    """One risk as the source gives it."""

    name: str
    detail: list[str | list[str]]  # paragraphs, and lists as lists of items
    figure_text: str  # the risk's own words, where its figure is looked for
    serious: bool
    indices: set[int] = field(default_factory=set)

    @property
    def figures(self) -> list[Figure]:
        return find_figures(self.figure_text)


def says_serious(text: str) -> bool:
    """Whether the text calls something serious, and not "not serious" or "less serious"."""
    for match in _SERIOUS.finditer(text):
        before = re.findall(r"[\w'-]+", text[:match.start()].casefold())[-3:]
        if not _DENIED.intersection(word.strip("-") for word in before):
            return True
    return False


def _columns(header: Block) -> tuple[int, int | None]:
    """(the risk's column, the figure's column or None) from a table's header row."""
    figure = next((i for i, cell in enumerate(header.cells) if _FIGURE_COLUMN.search(cell)), None)
    risk = next((i for i, cell in enumerate(header.cells) if i != figure and _RISK_COLUMN.search(cell)), None)
    if risk is None:
        risk = next(i for i in range(len(header.cells) + 1) if i != figure)
    return risk, figure


def _from_row(index: int, row: Block, columns: tuple[int, int | None], serious: bool) -> FoundRisk | None:
    """Named by its risk cell and described by the cells that say more than a figure, or else by
    the risk cell whole: "Complex regional pain syndrome (long-lasting pain and stiffness)". A
    risk cell the name cuts short opens the detail whole, so its words are not lost."""
    name_at, figure_at = columns
    cells = list(row.cells)
    if name_at >= len(cells) or not cells[name_at].strip():
        return None
    others = [j for j, cell in enumerate(cells) if j != name_at and _has_words(cell)]
    figure_text = cells[figure_at] if figure_at is not None and figure_at < len(cells) else " ".join(cells)
    name = short_name(cells[name_at]) or cells[name_at]
    described = [cells[j] for j in others]
    if not described or loses_words(cells[name_at], name):
        described.insert(0, cells[name_at])
    return FoundRisk(name, described, f"{cells[name_at]} {figure_text}",
                     serious or says_serious(" ".join(cells)), {index})


def _has_words(text: str) -> bool:
    """Whether the text says more than a figure or a word for how often ("about 2 in 100", "rare")."""
    return len(re.findall(r"[A-Za-z]{2,}", _FIGURE_OR_WORD.sub(" ", text))) > 1


def _from_lead(index: int, block: Block, lead: str, serious: bool) -> FoundRisk:
    """Named by its lead-in and described by the rest, unless the rest is only a figure or a word
    for how often ("Wound infection: about 2 in 100"), or the name cuts the lead-in short ("A tear
    in the bowel wall (perforation)."): then by the whole."""
    rest = after_lead(block, lead)
    name = short_name(lead) or lead.strip(" .:")
    detail = rest if _has_words(rest) and not loses_words(lead, name) else block.text
    return FoundRisk(name, [detail], block.text,
                     serious or says_serious(block.text), {index})


def _titled(part: Part, serious: bool) -> FoundRisk | None:
    """A risk named by its own sub-heading, described by what is under it, after the sub-heading
    whole if the name cuts it short."""
    detail: list[str | list[str]] = []
    indices = set()
    for index, block in part.blocks:
        if block.kind == "item":
            if detail and isinstance(detail[-1], list):
                detail[-1].append(block.text)
            else:
                detail.append([block.text])
        elif block.kind == "paragraph":
            detail.append(block.text)
        else:
            continue
        indices.add(index)
    if not detail:
        return None
    words = " ".join(" ".join(entry) if isinstance(entry, list) else entry for entry in detail)
    heading = unnumbered(part.heading)
    name = short_name(heading) or heading
    if loses_words(heading, name):
        detail.insert(0, heading)
    return FoundRisk(name, detail, f"{part.heading} {words}",
                     serious or says_serious(f"{part.heading} {words}"), indices)


# A sub-heading that names a kind of risks, not one risk: "Serious but rare problems", "Other
# possible complications", "Side effects".
_GROUP = re.compile(r"\b(problems|risks|complications|side[- ]effects|effects|issues|things)\b", re.IGNORECASE)


def _heads_a_list(part: Part) -> bool:
    """A sub-heading over a list of risks rather than one: it names a kind of risks, or two or
    more of its items say how often of their own ("1 in 100", "which is rare")."""
    items = [block for _, block in part.blocks if block.kind == "item"]
    if len(items) < 2:
        return False
    return bool(_GROUP.search(part.heading)) or sum(
        bool(FIGURE.search(item.text) or FREQUENCY_WORD.search(item.text)) for item in items) >= 2


def _in_part(part: Part) -> list[FoundRisk]:
    if part.titled and _heads_a_list(part):
        part = replace(part, titled=False, group=part.heading)
    serious = says_serious(part.group)
    if part.titled:
        return [risk for risk in [_titled(part, serious)] if risk]
    found: list[FoundRisk] = []
    columns: tuple[int, int | None] = (0, None)
    header: set[int] = set()  # a table's header row is placed with the table's first risk
    continues = False  # a plain paragraph goes on with a risk a lead-in paragraph began
    for index, block in part.blocks:
        risk = None
        if block.kind == "row" and block.header:
            columns, header = _columns(block), {index}
        elif block.kind == "row":
            risk = _from_row(index, block, columns, serious)
            if risk:
                risk.indices |= header
                header = set()
        elif block.kind == "item":
            lead = lead_of(block)
            risk = (_from_lead(index, block, lead, serious) if lead else
                    FoundRisk(short_name(block.text), [block.text], block.text,
                              serious or says_serious(block.text), {index}))
        elif (lead := lead_of(block)) and section_of_heading(lead) != "risks":
            risk = _from_lead(index, block, lead, serious)
        elif lead:  # "Serious risks: these are rare" opens a stretch of risks, it is not one
            serious = says_serious(lead)
        elif continues and not block.text.rstrip().endswith(":"):
            found[-1].detail.append(block.text)
            found[-1].figure_text += f" {block.text}"
            found[-1].serious = found[-1].serious or says_serious(block.text)
            found[-1].indices.add(index)
            continue
        continues = risk is not None and block.kind == "paragraph"
        if risk:
            found.append(risk)
    return found


def risks_in(parts: list[Part]) -> list[FoundRisk]:
    """Every risk in the parts placed in the risks section, in the source's order."""
    return [risk for at, part in enumerate(parts)
            for risk in _in_part(replace(part, titled=True) if at and _names_one(part) else part)]


def _names_one(part: Part) -> bool:
    """A later heading in the risks over nothing but plain paragraphs names one more risk,
    though set at the level of the first ("Could the adult teeth be harmed?"), unless it names
    a kind of risks ("Serious problems")."""
    return (not part.titled and bool(part.heading) and not _GROUP.search(part.heading) and bool(part.blocks)
            and all(block.kind == "paragraph" and not lead_of(block) for _, block in part.blocks))


def _bound(figure: Figure) -> str:
    return {"upper": " (an upper bound)", "lower": " (a lower bound)"}.get(figure.bound, "")


def review_note(risk: FoundRisk) -> str | None:
    """Why the risk has no frequency, in words for the content owner; None when it has one."""
    figures = risk.figures
    values = {(figure.count, figure.up_to, figure.per, figure.bound) for figure in figures}
    if len(values) == 1 and figures[0].per:
        return None
    if len(values) > 1:
        quoted = ", ".join(f"'{figure.text}'" for figure in figures)
        return f"The source gives more than one figure ({quoted}); choose the one for this risk."
    if figures:
        return f"The source says '{figures[0].text}', which {figures[0].problem}; check it."
    if word := frequency_word(risk.figure_text):
        return f"The source says '{word}' and gives no figure."
    return "The source gives no figure for this risk."


def as_leaflet_risk(risk: FoundRisk, source_name: str, unnamed: str) -> dict:
    """The risk as the leaflet's YAML has it, its figure's source naming the file; `unnamed` is
    the name when the source gives none."""
    entry = {"name": plain(risk.name) or unnamed, "detail": markdown_paragraphs(risk.detail)}
    if risk.serious:
        entry["serious"] = True
    if note := review_note(risk):
        entry["review"] = plain(note)
    else:
        figure = risk.figures[0]
        frequency = {"count": figure.count, "per": figure.per}
        if figure.up_to:
            frequency = {"count": figure.count, "up_to": figure.up_to, "per": figure.per}
        frequency["source"] = plain(f"imported from {Path(source_name).name}: '{figure.text}'{_bound(figure)}")
        entry["frequency"] = frequency
    return entry
