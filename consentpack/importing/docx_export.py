"""A leaflet as a Word document in the shape `consentpack import` reads back field for field,
so a patient information lead can edit it in Word: the title, a table of the leaflet's details,
the summary, then one heading per section, each risk a row of one table.

Markdown's **bold** and *italic* become Word's bold and italic, and its line breaks Word's line
breaks, so the import gives back the same Markdown; anything else is kept as written.
"""

import io
import re

import docx
from docx.shared import Pt

from ..files.atomic import atomic_write
from ..library.models import Leaflet, Risk
from ..library.word_shape import (
    DAYS,
    DETAILS_HEADER,
    DETAILS_LABELS,
    NO,
    REVIEW_PREFIX,
    RISK_HEADER,
    ROUTINE_HEADING,
    SECTION_HEADINGS,
    SECTION_LEVEL,
    URGENT_HEADING,
    YES,
)

# Only the spans the import turns back into exactly these characters; the rest stays as typed.
_EMPHASIS = re.compile(r"\*\*(?P<bold>[^*\n]+)\*\*|(?<![*\\])\*(?P<italic>[^*\s\n](?:[^*\n]*[^*\s\n])?)\*(?!\*)")
_BULLET = "List Bullet"


def _add_markdown(paragraph, text: str) -> None:
    """One Markdown paragraph (or list entry) as runs: emphasis as Word's, newlines as line breaks."""
    for number, line in enumerate(text.split("\n")):
        if number:
            paragraph.add_run().add_break()
        at = 0
        for match in _EMPHASIS.finditer(line):
            if match.start() > at:
                paragraph.add_run(line[at:match.start()])
            run = paragraph.add_run(match["bold"] or match["italic"])
            run.bold, run.italic = (True, None) if match["bold"] else (None, True)
            at = match.end()
        if at < len(line):
            paragraph.add_run(line[at:])


def _add_body(document, text: str) -> None:
    """A Markdown field as Word paragraphs, one per Markdown paragraph."""
    for part in text.split("\n\n"):
        _add_markdown(document.add_paragraph(), part)


def _add_entries(document, texts: list[str]) -> None:
    """A list field: each entry one bulleted paragraph (its own paragraph breaks as blank lines)."""
    for text in texts:
        _add_markdown(document.add_paragraph(style=_BULLET), text)


def _fill_cell(cell, text: str, bold: bool = False) -> None:
    """A cell's paragraphs from a Markdown field; a header cell is bold, as Word marks a header row."""
    first, *rest = text.split("\n\n")
    paragraphs = [cell.paragraphs[0]] + [cell.add_paragraph() for _ in rest]
    for paragraph, part in zip(paragraphs, [first, *rest], strict=True):
        if bold:
            paragraph.add_run(part).bold = True
        else:
            _add_markdown(paragraph, part)


def _table(document, header: tuple[str, ...], rows: list[tuple[str, ...]]):
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        _fill_cell(cell, text, bold=True)
    for row, texts in zip(table.rows[1:], rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            if text:
                _fill_cell(cell, text)
    return table


def _details(leaflet: Leaflet) -> list[tuple[str, str]]:
    """Everything the leaflet has that is not body text; lists one entry a paragraph."""
    values = {
        "id": leaflet.id,
        "version": leaflet.version,
        "published": leaflet.published.isoformat(),
        "review_due": leaflet.review_due.isoformat(),
        "authors": "\n\n".join(leaflet.authors),
        "approved_by": leaflet.approved_by,
        "procedure_name": leaflet.procedure_name,
        "sided": YES if leaflet.sided else NO,
        "anaesthesia": ", ".join(leaflet.consent.anaesthesia),
        "extra_procedures": "\n\n".join(leaflet.consent.extra_procedures),
        "codes": "\n\n".join(f"{code.system} {code.code}" for code in leaflet.codes),
    }
    return [(DETAILS_LABELS[name], value) for name, value in values.items()]


def figure_text(risk: Risk) -> str:
    """The figure as the import's figures.py reads it back exactly: '2 in 100', '1 to 3 in 1,000'."""
    frequency = risk.frequency
    if frequency is None:
        return ""
    count = f"{frequency.count} to {frequency.up_to}" if frequency.up_to else str(frequency.count)
    return f"{count} in {frequency.per:,}"


def _source_text(risk: Risk) -> str:
    """With a figure: its source, then any review note after REVIEW_PREFIX; without: the review note."""
    if risk.frequency is None:
        return risk.review or ""
    review = [f"{REVIEW_PREFIX}{risk.review}"] if risk.review else []
    return "\n\n".join([risk.frequency.source or "", *review]).strip("\n")


def _risk_row(risk: Risk) -> tuple[str, ...]:
    return risk.name, YES if risk.serious else "", risk.detail, figure_text(risk), _source_text(risk)


def leaflet_document(leaflet: Leaflet) -> bytes:
    """The leaflet as a .docx file's bytes."""
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(12)
    sections = leaflet.sections
    document.add_heading(leaflet.title, 0)
    _table(document, DETAILS_HEADER, _details(leaflet))
    _add_body(document, leaflet.summary)

    def heading(section: str) -> None:
        document.add_heading(SECTION_HEADINGS[section], SECTION_LEVEL)

    def titled(section: str, entries: list[tuple[str, list[str], str]]) -> None:
        heading(section)
        for title, first_lines, text in entries:
            document.add_heading(title, SECTION_LEVEL + 1)
            for line in first_lines:
                document.add_paragraph(line)
            _add_body(document, text)

    heading("about")
    _add_body(document, sections.about)
    heading("candidates")
    _add_entries(document, sections.candidates)
    titled("procedure_steps", [(step.title, [], step.text) for step in sections.procedure_steps])
    heading("benefits")
    _add_entries(document, sections.benefits)
    heading("risks")
    _table(document, RISK_HEADER, [_risk_row(risk) for risk in sections.risks])
    titled("alternatives", [(choice.name, [], choice.text) for choice in sections.alternatives])
    heading("doing_nothing")
    _add_body(document, sections.doing_nothing)
    titled("recovery", [(stage.label, [DAYS.format(from_day=stage.from_day, to_day=stage.to_day)]
                         if stage.from_day is not None else [], stage.text) for stage in sections.recovery])
    heading("get_help")
    for title, texts in ((URGENT_HEADING, sections.get_help.urgent), (ROUTINE_HEADING, sections.get_help.routine)):
        document.add_heading(title, SECTION_LEVEL + 1)
        _add_entries(document, texts)
    titled("faq", [(question.q, [], question.a) for question in sections.faq])
    document.core_properties.title = leaflet.title
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def write_leaflet_document(leaflet: Leaflet, output) -> None:
    """Written atomically, so a reader never sees half a document."""
    atomic_write(output, leaflet_document(leaflet))
