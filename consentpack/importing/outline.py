"""The source's blocks in the leaflet's sections: which heading opens which section, which
sub-heading names one risk, step or question inside it, which heading is the title, and which
lines are the leaflet's own details. Every block lands in exactly one part.

A heading opens a section by the table in headings.py. A deeper heading stays inside the
section above it (under risks, "Pain after the operation" and "Risks of a general anaesthetic"
are risks, not recovery or a stretch of risks) unless it plainly opens another. A heading the table does not know is placed by the words under it, or
not at all. Inside "Frequently asked questions" a question is a question, whatever its words.
"""

import re
from dataclasses import dataclass, field, replace

from .blocks import Block, Source
from .details import is_details_line
from .figures import FIGURE, FREQUENCY_WORD
from .headings import (
    CLUES,
    LEAVES_RISKS,
    MIXED,
    UNPLACED,
    is_question,
    normalised,
    section_by_content,
    section_of_heading,
)
from .leads import after_lead, lead_of

TITLE = "title"
DETAILS = "details"
BEFORE_HEADINGS = "(before the first heading)"
DETAILS_HEADING = "(the leaflet's version, dates and reference)"
# Sections whose sub-headings name one of their entries: a risk, a step, an alternative, a stage, a question.
TITLED = frozenset({"risks", "procedure_steps", "alternatives", "recovery", "faq"})
_PENDING = ""  # a heading the table does not know, until the words under it are read
_KICKER_LINES, _KICKER_WORDS = 2, 6  # short lines that may stand above the title
_SUB_NUMBERED = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s")  # "4.1 ", "5.2.1. "
# Under risks, a sub-heading that names one risk though the table reads it as risks: "Risks of
# a general anaesthetic", "Risk of infection" (but "Serious risks" heads a stretch of them).
_ONE_RISK = re.compile(r"(the )?risks? (of|from|with|to)\b")


@dataclass
class Part:
    """The blocks under one heading (or lead-in), and where they go."""

    heading: str
    section: str
    blocks: list[tuple[int, Block]] = field(default_factory=list)  # (index in the source, block)
    level: int = 0
    titled: bool = False  # the heading names one entry of the section, not the section
    group: str = ""  # the heading that opened this stretch of the section: "Serious risks"
    consumed: set[int] = field(default_factory=set)  # blocks used whole as this part's heading
    opener: "Part | None" = None  # the part whose heading opened the section this one is inside


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def title_index(blocks: tuple[Block, ...], title: str) -> int | None:
    """The heading that is the document's title: the one the source's own title repeats, or
    else the heading it opens with when it has no title, or a level-1 heading above the rest.
    It may have a short line or two above it ("Patient information leaflet")."""
    leading: list[int] = []
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            leading.append(index)
        elif leading or index >= _KICKER_LINES or len(block.text.split()) > _KICKER_WORDS:
            break
    wanted = _norm(title)
    for index in leading:
        heading = _norm(blocks[index].text)
        if wanted and len(heading) >= 4 and (wanted.startswith(heading) or heading.startswith(wanted)):
            return index
    if not leading:
        return None
    if not wanted:
        return leading[0]
    later_levels = {block.level for block in blocks[leading[0] + 1:] if block.kind == "heading"}
    return leading[0] if blocks[leading[0]].level == 1 and later_levels and min(later_levels) > 1 else None


def _sub_numbering(heading: str) -> int:
    """How far below its section a numbered heading sits: "4.1 Your medicines" one, "4. Getting
    ready" none, so a file whose headings all look alike still nests them."""
    match = _SUB_NUMBERED.match(heading)
    return match.group(1).count(".") if match else 0


def _heading_part(block: Block, opener: Part | None, group: str) -> Part:
    """The part a heading starts: one that opens a section has no opener; one inside a section
    names an entry of it (titled) or a stretch of it (its group, such as "Serious risks")."""
    mapped = section_of_heading(block.text)
    if opener is not None:
        # A heading with nothing under it but headings the table does not know heads them all:
        # "After the operation", then "Your dressing", "Using your hand" at the same level.
        beneath = block.level > opener.level
        deeper = beneath or (not opener.blocks and mapped is None)
        inside = opener.section
        if inside == "faq" and (beneath or is_question(block.text)):
            return Part(block.text, inside, level=block.level, titled=True, group=group, opener=opener)
        if deeper and inside != _PENDING:
            # "About the stent" under how the stone is treated is more of the treatment.
            if mapped in (None, "about") or (inside == "risks" and mapped not in LEAVES_RISKS and mapped != "risks"):
                return Part(block.text, inside, level=block.level, titled=inside in TITLED, group=group,
                            opener=opener)
            if mapped == inside == "risks" and _ONE_RISK.match(normalised(block.text)):
                return Part(block.text, inside, level=block.level, titled=True, group=group, opener=opener)
            if mapped == inside:
                return Part(block.text, inside, level=block.level, group=block.text, opener=opener)
        elif deeper and (mapped is None or (beneath and is_question(block.text))):
            # A question beneath a heading the table does not know is one of its entries,
            # whatever it asks: "Will I be asleep?" under "Questions about your angiogram".
            return Part(block.text, _PENDING, level=block.level, group=group, opener=opener)
    return Part(block.text, _PENDING if mapped is None else mapped, level=block.level, group=block.text)


def _by_headings(source: Source) -> list[Part]:
    title_at = title_index(source.blocks, source.title)
    parts = [Part("", "about" if not title_at else UNPLACED)]  # what stands above the title is no leaflet text
    details = Part(DETAILS_HEADING, DETAILS)
    opener, group = None, ""
    for index, block in enumerate(source.blocks):
        if index == title_at:
            parts += [Part(block.text, TITLE, level=block.level), Part("", "about")]
        elif is_details_line(block):
            details.blocks.append((index, block))
        elif block.kind == "heading":
            part = _heading_part(replace(block, level=block.level + _sub_numbering(block.text)), opener, group)
            parts.append(part)
            opener = part.opener or part
            group = part.group
        else:
            parts[-1].blocks.append((index, block))
    return [part for part in parts if part.heading or part.blocks] + ([details] if details.blocks else [])


def _names_one_more_risk(part: Part, before: Part | None) -> bool:
    """A heading the table does not know, straight after risks, over words that say how often
    ("fewer than 1 in 200", "rare"): it names one more risk, set at the same level as the
    section's heading ("Complex regional pain syndrome (CRPS)" as a bold paragraph). A question
    does so only over a figure ("Will my son's penis look different?" ... "about 3 in 100")."""
    if before is None or before.section != "risks":
        return False
    words = " ".join(block.text for _, block in part.blocks)
    return bool(FIGURE.search(words) or (not is_question(part.heading) and FREQUENCY_WORD.search(words)))


def _goes_on(before: Part | None, texts: list[str]) -> str | None:
    """The section just before, if even one word under this heading points to it: "Food, drink
    and brushing" after "Once you are home", both set as bold paragraphs."""
    if before is None or before.section not in CLUES:
        return None
    return before.section if section_by_content(texts, needed=1) == before.section else None


def _opening(part: Part, before: list[Part]) -> str | None:
    """The first section's heading, whatever its words ("Carpal tunnel syndrome", "Your knee"):
    leaflets open by saying what the condition or operation is."""
    if any(p.heading and p.section not in (TITLE, DETAILS, _PENDING) for p in before) or not part.blocks:
        return None
    return "about"


def _resolve(parts: list[Part]) -> None:
    """A heading the table does not know, over nothing but questions, heads questions people
    ask; else it goes where the words under it (its sub-headings' too) clearly point; else,
    straight after risks and saying how often, it is one more risk; else, opening the leaflet,
    it says what it is about; else the section before, if a word under it points there; else,
    if it asks a question, where even one word under it points, or else it is one people ask;
    else nowhere."""
    for at, part in enumerate(parts):
        if part.section == _PENDING and part.opener is None:
            family = [p for p in parts if p is part or p.opener is part]
            texts = [p.heading for p in family[1:]] + [block.text for p in family for _, block in p.blocks]
            asks = len(family) > 2 and all(is_question(p.heading) for p in family[1:])
            section = "faq" if asks else section_by_content(texts)
            if section in (None, "risks") and len(family) == 1 and _names_one_more_risk(part, parts[at - 1] if at else None):
                part.section, part.titled = "risks", True
                continue
            section = section or _opening(part, parts[:at]) or _goes_on(parts[at - 1] if at else None, texts) or (
                (section_by_content(texts, needed=1) or "faq") if is_question(part.heading) else UNPLACED)
            for member in family:
                member.section = section
                member.titled = section in TITLED and (member is not part or section == "faq")


def _split_mixed(part: Part) -> list[Part]:
    """A "Benefits and risks" part, cut where a lead-in names one of them ("Possible benefits.",
    "Risks and limitations."); before any, each block goes where its own words point."""
    out = [Part(part.heading, MIXED, level=part.level, group=part.group)]
    led = False  # a lead-in has named the section of what follows
    for index, block in part.blocks:
        lead = lead_of(block) if block.kind == "paragraph" else ""
        if lead and (named := section_of_heading(lead)) in ("benefits", "risks"):
            out.append(Part(lead, named, level=part.level, group=lead))
            led = True
            rest = after_lead(block, lead)
            if rest:
                out[-1].blocks.append((index, Block("paragraph", rest)))
            else:
                out[-1].consumed.add(index)
        elif led:
            out[-1].blocks.append((index, block))
        else:
            own = section_by_content([block.text], ("benefits", "risks"), needed=1) or UNPLACED
            out.append(Part(part.heading, own, [(index, block)], level=part.level, group=part.group))
    return _merged(out)


def _split_doing_nothing(part: Part) -> list[Part]:
    """Alternatives that fold in doing nothing: its own paragraphs go to doing_nothing."""
    own = [(i, b) for i, b in part.blocks if b.kind == "paragraph" and re.search(CLUES["doing_nothing"],
                                                                                  b.text.casefold())]
    if not own:
        return [part]
    part.blocks = [entry for entry in part.blocks if entry not in own]
    return [part, Part(part.heading, "doing_nothing", own, level=part.level, group=part.group)]


def _merged(parts: list[Part]) -> list[Part]:
    """Neighbouring parts with the same heading and section as one; a heading with nothing left
    under it is kept only if it is the mixed heading itself."""
    out = []
    for part in parts:
        if out and (out[-1].heading, out[-1].section) == (part.heading, part.section) and not part.consumed:
            out[-1].blocks += part.blocks
        else:
            out.append(part)
    return [part for part in out if part.blocks or part.consumed or part.section == MIXED]


def _lists_risks(part: Part) -> bool:
    """Two list items or more that each say how often ("about 1 in 10 children", "common"):
    a list of risks, whatever the heading over it says ("About the general anaesthetic")."""
    items = [block.text for _, block in part.blocks if block.kind == "item"]
    return len(items) >= 2 and all(FIGURE.search(text) or FREQUENCY_WORD.search(text) for text in items)


def outline(source: Source) -> list[Part]:
    """Every block of the source in one part, in reading order; the details lines last. A
    part of the procedure or of what it is about that lists risks is risks."""
    parts = _by_headings(source)
    _resolve(parts)
    for part in parts:
        if part.section in ("about", "procedure_steps") and part.heading and _lists_risks(part):
            part.section, part.titled = "risks", False
    out = []
    for part in parts:
        if part.section == MIXED:
            out += _split_mixed(part)
        elif part.section == "alternatives":
            out += _split_doing_nothing(part)
        else:
            out.append(part)
    return out

