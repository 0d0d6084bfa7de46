"""The draft as a leaflet file in the library's own style (multi-line text as `|` blocks, lists
indented under their key), opened by what a person must do with it and closed by every
paragraph of the source it does not use, so nothing is lost between the source and the draft.
"""

import textwrap

from ..errors import ContentError
from ..files.yaml_text import library_yaml
from ..limits import YAML_BYTES
from .fields import printable
from .headings import IGNORE
from .outline import DETAILS

COMMENT_WIDTH = 98


def _comment(text: str, indent: str = "") -> list[str]:
    lines = textwrap.wrap(" ".join(printable(text).split()), COMMENT_WIDTH - 2 - len(indent)) or [""]
    return [f"# {indent if n else ''}{line}".rstrip() for n, line in enumerate(lines)]


def _export_header(data: dict, source_name: str) -> list[str]:
    return _comment(f"Read back by `consentpack import` from {source_name}, a leaflet exported with `consentpack "
                    "export --docx` and perhaps edited in Word since. Check it with `consentpack check --library DIR "
                    f"{data['id']}`, then put it in place of the leaflet it came from.")


def _header(data: dict, source_name: str, reference: str | None, notes: list[str]) -> list[str]:
    lines = _comment(f"Drafted by `consentpack import` from {source_name}; not yet a leaflet for patients.")
    lines += _comment("Its body is the source's own words: rewrite them in plain English, write every part still "
                      "marked TODO, check every figure against the source and audited data, place or delete "
                      f"each paragraph listed at the end, then run `consentpack check --library DIR {data['id']}`.")
    lines += _comment("consent and sided are ConsentPack's defaults, not read from the source: check them.")
    if reference:
        lines += _comment(f"The source's leaflet reference: {reference}.")
    for note in notes:
        lines += _comment(note)
    return lines


def _footer(report: dict) -> list[str]:
    lines = []
    if report["unplaced"]:
        lines += ["", *_comment("Not placed: the source's paragraphs this draft does not use. Place each one "
                                "where it belongs, or delete it.")]
        for entry in report["unplaced"]:
            lines += _comment(f"[{entry['heading']}] {entry['text']}", "  ")
    ignored = [f"{entry['heading']} ({entry['paragraphs']})" for entry in report["placed"]
               if entry["section"] == IGNORE and entry["paragraphs"]]
    if ignored:
        lines += ["", *_comment("Left out as belonging nowhere in a consent leaflet (paragraphs): "
                                + "; ".join(ignored) + ".")]
    if any(entry["section"] == DETAILS for entry in report["placed"]):
        lines += ["", *_comment("The source's lines about itself (version, dates, reference) were read into the "
                                "version, dates and reference above.")]
    return lines


def draft_text(data: dict, source_name: str, reference: str | None, notes: list[str], report: dict,
               from_export: bool = False) -> str:
    """The YAML file: header comments, the leaflet, then the paragraphs not placed."""
    body = library_yaml(data)
    header = _export_header(data, source_name) if from_export else _header(data, source_name, reference, notes)
    text = "\n".join(header) + "\n" + body + "\n".join(_footer(report))
    text = text.rstrip("\n") + "\n"
    if len(text.encode("utf-8")) > YAML_BYTES:
        raise ContentError(f"The draft made from {source_name} would be {len(text.encode()) // 1024:,} KB, more "
                           f"than the {YAML_BYTES // 1024:,} KB a leaflet file may be; import a shorter source, "
                           "or split it into one leaflet per procedure")
    return text
