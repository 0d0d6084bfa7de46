"""What an import did with every part of the source, so a person can check it: as JSON for the
record (`--report`) and as a short table on the terminal.

Every block of the source's main content is counted once: in a heading's `paragraphs` (placed
in its section, or knowingly left out as `ignore` or read as the leaflet's `details`) or in
`unplaced`, with its text.
"""

from .blocks import Block, Source
from .figures import Figure
from .headings import IGNORE
from .outline import BEFORE_HEADINGS, DETAILS, Part

HEADING_SHOWN = 50  # characters of a heading in the terminal table


def shown(block: Block) -> str:
    """A block's text as a person reads it back: a table row as its cells."""
    return " | ".join(block.cells) if block.kind == "row" and block.cells else block.text


def build_report(source: Source, title: str, parts: list[Part], used: set[int],
                 figures: list[tuple[str, Figure]]) -> dict:
    """The report: each heading with the section it went to and how many of its blocks were
    placed; each block not placed; each figure found for a risk, as written and as used."""
    placed, unplaced = [], []
    for part in parts:
        heading = part.heading or BEFORE_HEADINGS
        if part.section in (IGNORE, DETAILS):
            count = len(part.blocks)
        else:
            count = len({index for index, _ in part.blocks if index in used} | part.consumed)
            unplaced += [{"heading": heading, "text": shown(block)}
                         for index, block in part.blocks if index not in used]
        placed.append({"heading": heading, "section": part.section, "paragraphs": count})
    return {
        "source": source.name,
        "title": title,
        "placed": placed,
        "unplaced": unplaced,
        "boilerplate": source.boilerplate,
        "figures": [{"risk": risk, "text": figure.text, "count": figure.count, "per": figure.per,
                     "up_to": figure.up_to} for risk, figure in figures],
    }


def as_frequency(figure: dict) -> str:
    """What a figure became in the draft: its frequency, or why none."""
    if figure["per"] is None:
        return "not used: see the risk's review note"
    count = f"{figure['count']} to {figure['up_to']}" if figure["up_to"] else str(figure["count"])
    return f"{count} in {figure['per']:,}"


def _short(text: str) -> str:
    return text if len(text) <= HEADING_SHOWN else text[:HEADING_SHOWN - 1] + "\u2026"


def _aligned(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
            for row in rows]


def report_table(report: dict) -> str:
    """Each heading and the section it went to, then each figure found and what it became."""
    lines = _aligned([("HEADING", "SECTION", "PARAGRAPHS")] + [
        (_short(entry["heading"]), entry["section"], str(entry["paragraphs"])) for entry in report["placed"]])
    if report["figures"]:
        lines += [""] + _aligned([("RISK", "FIGURE", "AS")] + [
            (_short(figure["risk"]), figure["text"], as_frequency(figure)) for figure in report["figures"]])
    return "\n".join(lines)
