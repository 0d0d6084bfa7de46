"""Each leaflet section (but risks: see risks.py) made from the parts placed in it, in the
source's words: paragraphs whole, list items as list items, titles from sub-headings and
lead-ins. Each builder says which blocks it used; what it could not use stays unplaced.
"""

import re
from dataclasses import dataclass, field

from .blocks import Block
from .fields import fits, markdown, markdown_paragraphs, plain
from .headings import is_question, label, unnumbered
from .leads import after_lead, lead_of, short_name, tidy
from .outline import Part

QUESTION_WORDS = 25  # a longer paragraph ending in '?' is not a question line
_URGENT = re.compile(r"\burgent|\bimmediately\b|\bstraight away\b|\bat once\b|\bright away\b|\bemergency\b|"
                     r"\b999\b|\bA&E\b|accident and emergency", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(\u2018\u201c])")


@dataclass
class Built:
    """A section's content (None when the source gave it nothing) and the blocks it used."""

    value: object = None
    used: set[int] = field(default_factory=set)


def _text(block: Block) -> str | list[str]:
    return [block.text] if block.kind == "item" else block.text


def _body(entries: list[tuple[int, Block]]) -> tuple[str, set[int]]:
    """Paragraphs and list items as one Markdown field, as many as fit in one."""
    chunks: list[str | list[str]] = []
    used: set[int] = set()
    for index, block in entries:
        if block.kind not in ("paragraph", "item"):
            continue
        if block.kind == "item" and chunks and isinstance(chunks[-1], list):
            trial = chunks[:-1] + [chunks[-1] + [block.text]]
        else:
            trial = chunks + [_text(block)]
        if not fits(markdown_paragraphs(trial)):
            break
        chunks, used = trial, used | {index}
    return markdown_paragraphs(chunks), used


def _content(parts: list[Part]) -> list[tuple[int, Block]]:
    return [entry for part in parts for entry in part.blocks]


def prose(parts: list[Part]) -> Built:
    """about, doing_nothing: one Markdown field."""
    text, used = _body(_content(parts))
    return Built(text or None, used)


def entries(parts: list[Part]) -> Built:
    """candidates, benefits: each paragraph and list item an entry of its own."""
    values, used = [], set()
    for index, block in _content(parts):
        if block.kind in ("paragraph", "item") and fits(markdown(block.text)):
            values.append(markdown(block.text))
            used.add(index)
    return Built(values or None, used)


def titled(parts: list[Part], title: str, text: str, untitled: str, bare_item: str, bare_paragraph: str,
           headed: bool = False) -> Built:
    """procedure_steps, alternatives, recovery: entries of {title: ..., text: ...}. Titles are
    the sub-heading, the lead-in, a table row's first cell. An item or paragraph with none is
    an entry of its own titled `untitled` ("own"), one named by its first words ("named"), or
    one entry with its bare neighbours titled `untitled` ("grouped"). With `headed`, a heading
    over nothing but such blocks ("Going home") titles them all as one entry, unless it asks a
    question."""
    out: list[dict] = []
    used: set[int] = set()

    def add(name: str, blocks: list[tuple[int, Block]], also: frozenset[int] = frozenset()):
        body, placed = _body(blocks)
        if body:
            out.append({title: plain(name) or untitled, text: body})
            used.update(placed | also)

    for part in parts:
        if part.titled:
            heading = unnumbered(part.heading)
            add(short_name(heading) or heading, part.blocks)
            continue
        if headed and label(part.heading) and all(
                block.kind in ("paragraph", "item") and not lead_of(block) for _, block in part.blocks):
            add(label(part.heading), part.blocks)
            continue
        grouped: list[tuple[int, Block]] = []
        header: frozenset[int] = frozenset()  # a table's header row is placed with its first row
        for index, block in part.blocks:
            if block.kind == "row" and block.header:
                header = frozenset({index})
                continue
            lead = lead_of(block) if block.kind in ("paragraph", "item") else ""
            bare = bare_item if block.kind == "item" else bare_paragraph
            if block.kind in ("paragraph", "item") and not lead and bare == "grouped":
                grouped.append((index, block))
                continue
            if grouped:
                add(untitled, grouped)
                grouped = []
            if block.kind == "row" and len([cell for cell in block.cells if cell.strip()]) > 1:
                first, *rest = block.cells
                add(first, [(index, Block("paragraph", cell)) for cell in rest if cell.strip()], header)
                header = frozenset()
            elif block.kind not in ("paragraph", "item"):
                continue
            elif lead:
                add(tidy(lead), [(index, Block("paragraph", after_lead(block, lead) or block.text))])
            elif bare == "own":
                add(untitled, [(index, block)])
            else:
                add(short_name(block.text), [(index, block)])
        if grouped:
            add(untitled, grouped)
    return Built(out or None, used)


def sentences(text: str) -> list[str]:
    return [piece for piece in _SENTENCE_END.split(text) if piece.strip()]


def get_help(parts: list[Part]) -> Built:
    """{urgent: [...], routine: [...]}: each list item, and each sentence of a paragraph, goes
    to urgent when it says so ("urgent", "straight away", "999"), else to routine."""
    urgent: list[str] = []
    routine: list[str] = []
    used: set[int] = set()
    for index, block in _content(parts):
        if block.kind not in ("paragraph", "item"):
            continue
        for piece in [block.text] if block.kind == "item" else sentences(block.text):
            if fits(markdown(piece)):
                (urgent if _URGENT.search(piece) else routine).append(markdown(piece))
                used.add(index)
    return Built({"urgent": urgent, "routine": routine} if used else None, used)


def faq(parts: list[Part]) -> Built:
    """Questions and answers: a question heading, a question line of its own, or a bold lead-in
    ending '?' asks; the paragraphs after it answer. A question with no answer is not used."""
    out: list[dict] = []
    used: set[int] = set()

    def add(question: str, asked_at: set[int], answer: list[tuple[int, Block]]):
        body, placed = _body(answer)
        if body and plain(question):
            out.append({"q": plain(question), "a": body})
            used.update(asked_at | placed)

    for part in parts:
        question, asked_at, answer = (part.heading if part.titled else ""), set(), []
        for index, block in part.blocks:
            lead = block.lead if block.text.startswith(block.lead) and is_question(block.lead) else ""
            own_line = (block.kind == "paragraph" and is_question(block.text)
                        and len(block.text.split()) <= QUESTION_WORDS)
            if own_line or lead:
                add(question, asked_at, answer)
                question, asked_at = lead or block.text, {index}
                rest = after_lead(block, lead) if lead else ""
                answer = [(index, Block("paragraph", rest))] if rest else []
            elif question:
                answer.append((index, block))
        add(question, asked_at, answer)
    return Built(out or None, used)
