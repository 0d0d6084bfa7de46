"""What a translator does to the files `consentpack translate export` writes: fill in every
PO entry, approve every XLIFF unit, change one unit's target."""

from pathlib import Path

import polib
from lxml import etree

from consentpack.library.folders import Library
from helpers.library import PROCEDURE

XLIFF = "urn:oasis:names:tc:xliff:document:1.2"


def fill_po(source: Path, output: Path, prefix: str = "PL: ", reviewer: str | None = None) -> Path:
    """Every entry translated as `prefix` + its English and no longer fuzzy; with `reviewer`, the
    header says Reviewed: yes with their name in Last-Translator."""
    po = polib.pofile(str(source), wrapwidth=78)
    for entry in po:
        entry.msgstr = prefix + entry.msgid
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    if reviewer:
        po.metadata["Reviewed"] = "yes"
        po.metadata["Last-Translator"] = reviewer
    po.save(str(output))
    return output


def edit_xliff(source: Path, output: Path, state: str | None = None, approved: bool = False,
               targets: dict[str, str] | None = None, translator: str | None = None) -> Path:
    """The file with every target's state set to `state` (and its unit approved="yes" when
    `approved`), the targets of the units in `targets` replaced, and a translator's name."""
    root = etree.parse(str(source)).getroot()
    for unit in root.iter(f"{{{XLIFF}}}trans-unit"):
        target = unit.find(f"{{{XLIFF}}}target")
        if targets and unit.get("id") in targets:
            target.text = targets[unit.get("id")]
        if state:
            target.set("state", state)
        if approved:
            unit.set("approved", "yes")
    if translator:
        header = root.find(f"{{{XLIFF}}}file/{{{XLIFF}}}header")
        etree.SubElement(header, f"{{{XLIFF}}}note", {"from": "consentpack"}).text = f"translator: {translator}"
    output.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return output


def unit_states(path: Path) -> dict[str, str | None]:
    """Each trans-unit's target state, None where it has no target."""
    root = etree.parse(str(path)).getroot()
    states = {}
    for unit in root.iter(f"{{{XLIFF}}}trans-unit"):
        target = unit.find(f"{{{XLIFF}}}target")
        states[unit.get("id")] = None if target is None else target.get("state")
    return states


def translation_in(folder: Path, language: str = "pl"):
    """The library's master and its translation into `language`, as the library reads them."""
    library = Library.open(folder)
    path = library.translation_files(PROCEDURE)[language]
    return library.leaflet(PROCEDURE), library.load_translation(path, PROCEDURE, language)

