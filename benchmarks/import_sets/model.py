"""The leaflet model (Para, Items, Table, Part, Risk, Leaflet), source_text and the helpers the sets' writers share."""

import html
from dataclasses import dataclass
from pathlib import Path

# --- the leaflets ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Para:
    text: str
    lead: str = ""  # bold words that start it


@dataclass(frozen=True)
class Items:
    texts: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Part:
    """A heading, the section it belongs in, and what it holds."""

    heading: str
    section: str  # expected: a leaflet section, "ignore", "unplaced" (left for a person) or "faq"
    content: tuple = ()
    level: int = 2


@dataclass(frozen=True)
class Risk:
    words: tuple[str, ...]  # key words that must all appear in the draft risk's name or detail
    frequency: tuple[int, int | None, int] | None  # (count, up_to, per) or None


@dataclass(frozen=True)
class Leaflet:
    name: str
    title: str
    parts: tuple[Part, ...]
    risks: tuple[Risk, ...]
    web_headings: str = "tags"  # "tags" (<h2>) or "bold" (<p><strong>), for the web page and PDF
    word_headings: str = "styles"  # "styles" (Heading 2) or "bold" (a bold paragraph)
    container: str = "main"  # main, article or role
    intro: tuple = ()  # paragraphs between the title and the first heading (set 2)
    furniture: int = 1  # whose page furniture its files have: set 1's or set 2's writers
    code: str = "PIL 0457"  # the leaflet reference in the Word and PDF footers (set 2)


def source_text(leaflet: Leaflet) -> str:
    """Every word of the leaflet as written (the same for each of its files)."""
    texts = [leaflet.title] + [block.text for block in leaflet.intro]
    for part in leaflet.parts:
        texts.append(part.heading)
        for block in part.content:
            if isinstance(block, Para):
                texts.append(block.text)
            elif isinstance(block, Items):
                texts += block.texts
            else:
                texts += [" | ".join(row) for row in (block.header, *block.rows)]
    return "\n".join(texts)


# --- the files ----------------------------------------------------------------------------------

def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _content_html(leaflet: Leaflet) -> str:
    out = [f"<h1>{_esc(leaflet.title)}</h1>"] + [f"<p>{_esc(block.text)}</p>" for block in leaflet.intro]
    for part in leaflet.parts:
        if leaflet.web_headings == "bold":
            out.append(f"<p><b>{_esc(part.heading)}</b></p>")
        else:
            out.append(f"<h{part.level}>{_esc(part.heading)}</h{part.level}>")
        for block in part.content:
            if isinstance(block, Para):
                rest = block.text[len(block.lead):]
                out.append(f"<p><strong>{_esc(block.lead)}</strong>{_esc(rest)}</p>" if block.lead
                           else f"<p>{_esc(block.text)}</p>")
            elif isinstance(block, Items):
                tag = "ol" if block.numbered else "ul"
                out.append(f"<{tag}>" + "".join(f"\n  <li>{_esc(t)}</li>" for t in block.texts) + f"\n</{tag}>")
            else:
                head = "".join(f"<th scope=\"col\">{_esc(c)}</th>" for c in block.header)
                body = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in block.rows)
                out.append(f"<table class=\"risk-table\"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return "\n".join(out)


def _render_pdf(leaflet: Leaflet, path: Path, lang: str, style: str) -> None:
    """The leaflet's content laid out by WeasyPrint under a set's own page furniture (`style`)."""
    import weasyprint

    page = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{_esc(leaflet.title)}</title>\n'
            f"<style>\n{style}</style></head><body>\n{_content_html(leaflet)}\n</body></html>")
    path.write_bytes(weasyprint.HTML(string=page).write_pdf())


def _page_field(paragraph, code: str) -> None:
    """A Word field ("PAGE" or "NUMPAGES") in a paragraph: what Word shows as the page number."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for tag, value in (("fldChar", "begin"), ("instrText", f" {code} "), ("fldChar", "separate"), ("t", "1"),
                       ("fldChar", "end")):
        element = OxmlElement(f"w:{tag}")
        if tag == "fldChar":
            element.set(qn("w:fldCharType"), value)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = value
        run._r.append(element)


def add_docx_content(document, content: tuple, table_style: str, bold_header: bool = False) -> list:
    """A part's paragraphs (a lead-in in bold), list items and tables into a python-docx document,
    as every set's Word file writes them; the tables made, for a set that marks them further."""
    tables = []
    for block in content:
        if isinstance(block, Para):
            paragraph = document.add_paragraph()
            if block.lead:
                paragraph.add_run(block.lead).bold = True
            paragraph.add_run(block.text[len(block.lead):])
        elif isinstance(block, Items):
            for text in block.texts:
                document.add_paragraph(text, style="List Number" if block.numbered else "List Bullet")
        else:
            table = document.add_table(rows=len(block.rows) + 1, cols=len(block.header))
            table.style = table_style
            for column, text in enumerate(block.header):
                if bold_header:
                    table.cell(0, column).paragraphs[0].add_run(text).bold = True
                else:
                    table.cell(0, column).text = text
            for number, row in enumerate(block.rows, 1):
                for column, text in enumerate(row):
                    table.cell(number, column).text = text
            tables.append(table)
    return tables
