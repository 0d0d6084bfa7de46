"""A ConsentPack export (`consentpack export --docx`), edited in Word or not, read back field for
field: the details table gives what is not body text, each section heading its section, each
entry's heading its title, and body text keeps its Markdown. Its sign is the details table.

Any other document is read by the rules for a hospital's own leaflet (outline.py and the rest).
"""

import re
from datetime import date

from ..errors import ContentError
from ..library.word_shape import (
    DAYS_PATTERN,
    DETAILS_HEADER,
    DETAILS_LABELS,
    NO,
    REVIEW_PREFIX,
    RISK_HEADER,
    ROUTINE_HEADING,
    SECTION_LEVEL,
    URGENT_HEADING,
    YES,
)
from .blocks import Block, Source
from .figures import find_figures
from .headings import SECTIONS, section_of_heading

_TITLED = {"procedure_steps": ("title", "text"), "alternatives": ("name", "text"), "recovery": ("label", "text"),
           "faq": ("q", "a")}
_LISTS = ("candidates", "benefits")


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def is_export(source: Source) -> bool:
    """Whether the source holds ConsentPack's details table, as only an export does."""
    wanted = tuple(_key(cell) for cell in DETAILS_HEADER)
    return any(block.kind == "row" and tuple(_key(cell) for cell in block.cells) == wanted
               for block in source.blocks)


def _body(block: Block) -> str:
    return block.markdown or block.text


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class _Reader:
    """Walks the blocks once, in the export's order, naming the file and field of any problem."""

    def __init__(self, source: Source):
        self.name = source.name
        # A wholly bold paragraph reads as a heading; its Markdown says it was body text.
        self.blocks = [Block("paragraph", block.text, markdown=block.markdown)
                       if block.kind == "heading" and block.markdown else block for block in source.blocks]

    def fail(self, where: str, problem: str) -> ContentError:
        return ContentError(f"{self.name}: {where}: {problem}")

    def read(self) -> dict:
        title = next((block.text for block in self.blocks if block.kind == "heading"), "")
        rows = [block for block in self.blocks if block.kind == "row"]
        start = next(i for i, block in enumerate(rows) if block.header and _key(block.text).startswith(
            _key(DETAILS_HEADER[0])))
        details = self._details(rows[start + 1:])
        summary, sections = self._sections()
        return {"id": details["id"], "title": title, "procedure_name": details["procedure_name"],
                "version": details["version"], "published": details["published"],
                "review_due": details["review_due"], "authors": details["authors"],
                "approved_by": details["approved_by"], "sided": details["sided"], "summary": summary,
                "consent": {"anaesthesia": details["anaesthesia"], "extra_procedures": details["extra_procedures"]},
                "sections": sections, "codes": details["codes"]}

    def _details(self, rows: list[Block]) -> dict:
        by_label = {_key(label): name for name, label in DETAILS_LABELS.items()}
        values: dict[str, str] = {}
        for row in rows:
            if row.header or len(row.cells) != len(DETAILS_HEADER) or _key(row.cells[0]) not in by_label:
                break
            values[by_label[_key(row.cells[0])]] = row.markdown_cells[1] if row.markdown_cells else row.cells[1]
        if missing := [DETAILS_LABELS[name] for name in DETAILS_LABELS if name not in values]:
            raise self.fail("the details table", f"has no row for {', '.join(missing)}; put back the rows the "
                                                 "export wrote")
        return {
            **{name: " ".join(values[name].split()) for name in ("id", "version", "approved_by", "procedure_name")},
            "published": self._date(values, "published"),
            "review_due": self._date(values, "review_due"),
            "authors": _lines(values["authors"]),
            "sided": self._yes_no(values["sided"], "sided"),
            "anaesthesia": [word.strip() for word in re.split(r"[,\n]", values["anaesthesia"]) if word.strip()],
            "extra_procedures": _lines(values["extra_procedures"]),
            "codes": [self._code(line) for line in _lines(values["codes"])],
        }

    def _date(self, values: dict, name: str) -> date:
        try:
            return date.fromisoformat(values[name].strip())
        except ValueError:
            raise self.fail(f"the details table's {DETAILS_LABELS[name]}",
                            f"'{values[name]}' is not a date written like 2027-03-31") from None

    def _yes_no(self, value: str, name: str) -> bool:
        if _key(value) not in (YES, NO):
            raise self.fail(f"the details table's {DETAILS_LABELS[name]}", f"'{value}' is not {YES} or {NO}")
        return _key(value) == YES

    def _code(self, line: str) -> dict:
        parts = line.split()
        if len(parts) != 2:
            raise self.fail(f"the details table's {DETAILS_LABELS['codes']}",
                            f"'{line}' is not a system and a code, such as 'http://snomed.info/sct 80146002'")
        return {"system": parts[0], "code": parts[1]}

    def _sections(self) -> tuple[str, dict]:
        """The summary (the paragraphs before the first section) and each section's blocks read."""
        first_row = next(i for i, block in enumerate(self.blocks) if block.kind == "row")
        summary: list[Block] = []
        parts: dict[str, list[Block]] = {}
        current = summary
        for block in self.blocks[first_row:]:
            if block.kind == "heading" and block.level <= SECTION_LEVEL:
                section = section_of_heading(block.text)
                if section not in SECTIONS:
                    raise self.fail(f"the heading '{block.text}'", "is not one of the leaflet's sections; "
                                    "use the export's section headings")
                if section in parts:
                    raise self.fail(f"the heading '{block.text}'", f"opens the {section} section a second time")
                current = parts[section] = []
            elif block.kind != "row" or current is not summary:
                current.append(block)
        if missing := [section for section in SECTIONS if section not in parts]:
            raise self.fail("the sections", f"{', '.join(missing)} has no heading; put back the export's heading")
        sections = {section: self._section(section, parts[section]) for section in SECTIONS}
        return _joined(summary), sections

    def _section(self, section: str, blocks: list[Block]):
        if section in ("about", "doing_nothing"):
            return _joined(blocks)
        if section in _LISTS:
            return [_body(block) for block in blocks if block.kind in ("paragraph", "item")]
        if section == "risks":
            return self._risks(blocks)
        if section == "get_help":
            return self._get_help(blocks)
        title, text = _TITLED[section]
        entries = []
        for heading, body in _entries(blocks):
            entry = {title: heading}
            if section == "recovery" and body and (days := re.fullmatch(DAYS_PATTERN, body[0].text.strip())):
                entry |= {"from_day": int(days["from_day"]), "to_day": int(days["to_day"])}
                body = body[1:]
            entries.append(entry | {text: _joined(body)})
        return entries

    def _get_help(self, blocks: list[Block]) -> dict:
        lists = {"urgent": [], "routine": []}
        for heading, body in _entries(blocks):
            kind = next((kind for kind, wanted in (("urgent", URGENT_HEADING), ("routine", ROUTINE_HEADING))
                         if _key(heading).startswith(_key(wanted).split(":")[0])), None)
            if kind is None:
                raise self.fail(f"the heading '{heading}' under get help", f"is not '{URGENT_HEADING}' or "
                                f"'{ROUTINE_HEADING}'")
            lists[kind] += [_body(block) for block in body if block.kind in ("paragraph", "item")]
        return lists

    def _risks(self, blocks: list[Block]) -> list[dict]:
        rows = [block for block in blocks if block.kind == "row" and not block.header]
        risks = []
        for row in rows:
            cells = row.markdown_cells or row.cells
            if len(cells) != len(RISK_HEADER):
                raise self.fail(f"the risk table's row '{row.text}'", f"has {len(cells)} cells, not the "
                                f"{len(RISK_HEADER)} the export wrote")
            name = " ".join(cells[0].split())
            risk = {"name": name, "detail": cells[2]}
            serious = _key(row.cells[1])
            if serious not in ("", YES, NO):
                raise self.fail(f"risk '{name}'", f"its Serious cell says '{row.cells[1]}', not {YES} or blank")
            if serious == YES:
                risk["serious"] = True
            risks.append(risk | self._figure(name, row.cells[3], cells[4]))
        return risks

    def _figure(self, name: str, figure: str, source: str) -> dict:
        """The frequency the figure cell gives, attributed to the source cell; without a figure,
        the source cell is why there is none (the review note)."""
        if not figure.strip():
            return {"review": " ".join(source.split())} if source.strip() else {}
        found = find_figures(figure)
        if len(found) != 1 or found[0].per is None:
            problem = found[0].problem if len(found) == 1 else "is not one figure"
            raise self.fail(f"risk '{name}'", f"its figure '{figure}' {problem}; write it like '2 in 100' "
                                              "or '1 to 3 in 1,000'")
        frequency = {"count": found[0].count, "per": found[0].per}
        if found[0].up_to:
            frequency["up_to"] = found[0].up_to
        paragraphs = [paragraph.strip() for paragraph in source.split("\n\n") if paragraph.strip()]
        reviews = [p[len(REVIEW_PREFIX):] for p in paragraphs if p.startswith(REVIEW_PREFIX)]
        said = [p for p in paragraphs if not p.startswith(REVIEW_PREFIX)]
        if said:
            frequency["source"] = " ".join(" ".join(said).split())
        return {"frequency": frequency} | ({"review": " ".join(" ".join(reviews).split())} if reviews else {})


def _joined(blocks: list[Block]) -> str:
    """Body paragraphs as one Markdown field, a Markdown paragraph each."""
    return "\n\n".join(_body(block) for block in blocks if block.kind in ("paragraph", "item"))


def _entries(blocks: list[Block]) -> list[tuple[str, list[Block]]]:
    """(heading, the blocks under it) for each entry heading; text before the first is an error
    for the caller to see as an untitled entry, so it is kept under an empty heading."""
    out: list[tuple[str, list[Block]]] = []
    for block in blocks:
        if block.kind == "heading":
            out.append((" ".join(block.text.split()), []))
        elif out:
            out[-1][1].append(block)
        elif block.kind in ("paragraph", "item"):
            out.append(("", [block]))
    return out


def exported_leaflet(source: Source) -> dict:
    """The leaflet's fields as the export wrote them, or as the author has since edited them."""
    return _Reader(source).read()
