"""A leaflet's text as XLIFF 1.2, the file CAT tools and Weblate open: one `<trans-unit>` per unit,
its English in `<source>`, the translation in `<target>` with its state, and what ties the file
to the master in notes from consentpack (the master's id, version and content hash in the
header; each unit's source hash beside it).

A translator's file comes from outside, so it is read as a hostile file would be: no larger than
a limit, refused if it declares a document type (where entities live), parsed with no network,
no entities and no huge trees.
"""

import io
from pathlib import Path
from xml.parsers import expat

from lxml import etree

from ..errors import ContentError
from ..files.paths import display_path
from ..files.xml_prolog import declares_document_type
from ..limits import TRANSLATION_EXCHANGE_BYTES, read_at_most
from .languages import ENGLISH, language_tag
from .translation_exchange import (
    CONTENT_HASH,
    FILE_NOTE,
    LEAFLET,
    NEEDS_REVIEW,
    NEEDS_REVIEW_NOTE,
    SOURCE_HASH,
    TOOL,
    TRANSLATED,
    TRANSLATED_FROM,
    TRANSLATOR,
    UNTRANSLATED,
    VERSION,
    Exchange,
    ExchangeUnit,
    capped,
    note_values,
)
from .translations import Master
from .validation import bulleted

NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_NS = "http://www.w3.org/XML/1998/namespace"
SUFFIXES = (".xlf", ".xliff")
_STATES = {"new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-adaptation",
           "needs-review-l10n", "needs-review-translation", "translated", "signed-off", "final"}
_UNTRANSLATED_STATES = {"new", "needs-translation"}


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def xliff_bytes(exchange: Exchange) -> bytes:
    """The file for the translator; the same exchange is always the same bytes."""
    root = etree.Element(_q("xliff"), nsmap={None: NS}, version="1.2")
    file = etree.SubElement(root, _q("file"), {"original": exchange.leaflet_id, "source-language": ENGLISH,
                                                "target-language": exchange.language, "datatype": "plaintext",
                                                "tool-id": TOOL})
    header = etree.SubElement(file, _q("header"))
    etree.SubElement(header, _q("tool"), {"tool-id": TOOL, "tool-name": "ConsentPack"})
    _note(header, FILE_NOTE)
    master = exchange.master
    for name, value in ((LEAFLET, exchange.leaflet_id), (VERSION, master.version if master else ""),
                        (CONTENT_HASH, master.content_hash if master else ""), (TRANSLATOR, exchange.translator)):
        if value:
            _note(header, f"{name}: {value}")
    body = etree.SubElement(file, _q("body"))
    for unit in exchange.units:
        element = etree.SubElement(body, _q("trans-unit"), {"id": unit.key, "resname": unit.key})
        element.set(f"{{{XML_NS}}}space", "preserve")
        if unit.approved:
            element.set("approved", "yes")
        etree.SubElement(element, _q("source"), {f"{{{XML_NS}}}lang": ENGLISH}).text = unit.english
        if unit.status != UNTRANSLATED:
            state = ("needs-review-translation" if unit.status == NEEDS_REVIEW
                     else "final" if unit.approved else "translated")
            etree.SubElement(element, _q("target"), {f"{{{XML_NS}}}lang": exchange.language,
                                                     "state": state}).text = unit.text
        _note(element, f"{SOURCE_HASH}: {unit.source}")
        if unit.status == NEEDS_REVIEW:
            _note(element, f"{TRANSLATED_FROM}: {unit.translated_from}")
            _note(element, NEEDS_REVIEW_NOTE)
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def _note(parent, text: str) -> None:
    etree.SubElement(parent, _q("note"), {"from": TOOL}).text = text


def read_xliff(path: Path) -> Exchange:
    """A translator's XLIFF 1.2 file; every problem in it (a unit with an empty target, markup
    in a target, a state XLIFF does not have) in one error naming the file."""
    name = display_path(path)
    data = read_at_most(path, TRANSLATION_EXCHANGE_BYTES, name, ContentError,
                        f"{name} is larger than {TRANSLATION_EXCHANGE_BYTES // 1024:,} KB, far more than a "
                        "leaflet's text; it is not a translation of one leaflet")
    root = _parse(data, name)
    if root.tag == "{urn:oasis:names:tc:xliff:document:2.0}xliff":
        raise ContentError(f"{name} is XLIFF 2.0; save it as XLIFF 1.2, as `consentpack translate export` "
                           "writes it")
    if root.tag != _q("xliff") or root.get("version") != "1.2":
        raise ContentError(f"{name} is not an XLIFF 1.2 file (its root element is "
                           f"<{etree.QName(root).localname}>)")
    files = root.findall(_q("file"))
    if len(files) != 1:
        raise ContentError(f"{name} holds {len(files)} <file> elements; a leaflet's translation is one")
    file = files[0]
    lines = []
    leaflet_id = file.get("original", "")
    if not leaflet_id:
        lines.append("<file> has no original attribute: the leaflet's id")
    if language_tag(file.get("source-language", "")) != ENGLISH:
        lines.append(f"<file> source-language is '{file.get('source-language', '')}', not English (en)")
    target = file.get("target-language", "")
    language = language_tag(target)
    if language is None or language == ENGLISH:
        lines.append(f"<file> target-language '{target}' is not a language ConsentPack prints a leaflet in")
    header = note_values([_text(note) for note in file.iterfind(f"{_q('header')}/{_q('note')}")
                          if note.get("from") == TOOL])
    units = []
    for element in file.iter(_q("trans-unit")):
        unit = _unit(element, lines)
        if unit is not None:
            units.append(unit)
    if lines:
        raise ContentError(bulleted(f"Cannot import {name}", capped(lines)))
    master = None
    if header.get(VERSION) and header.get(CONTENT_HASH):
        try:
            master = Master(id=leaflet_id, version=header[VERSION], content_hash=header[CONTENT_HASH])
        except ValueError:
            master = None  # a hash not as exported: the master is then the one in the library
    return Exchange(leaflet_id, language, master, header.get(TRANSLATOR, ""), tuple(units))


def _parse(data: bytes, name: str):
    try:
        if declares_document_type(io.BytesIO(data)):
            raise ContentError(f"{name} declares a document type (<!DOCTYPE>), which an XLIFF file never needs "
                               "and which can hold entities; refused")
    except expat.ExpatError as exc:
        raise ContentError(f"{name} is not XML ({expat.errors.messages.get(exc.code, 'unreadable')}, line "
                           f"{exc.lineno})") from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                             remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ContentError(f"{name} is not well-formed XML ({exc.msg})") from None


def _unit(element, lines: list[str]) -> ExchangeUnit | None:
    key = element.get("id", "")
    if not key:
        lines.append("a <trans-unit> has no id")
        return None
    source, target = element.find(_q("source")), element.find(_q("target"))
    if source is None:
        lines.append(f"{key}: has no <source>")
        return None
    for part in (source, target):
        if part is not None and len(part):
            lines.append(f"{key}: its <{etree.QName(part).localname}> holds markup "
                         f"(<{etree.QName(part[0]).localname}>); a leaflet's text is plain text")
            return None
    notes = note_values([_text(note) for note in element.iterfind(_q("note")) if note.get("from") == TOOL])
    unit = ExchangeUnit(key, _text(source), notes.get(SOURCE_HASH))
    if target is None:
        return unit
    state, text = target.get("state"), _text(target)
    if state is not None and state not in _STATES and not state.startswith("x-"):
        lines.append(f"{key}: state '{state}' is not an XLIFF 1.2 state")
        return None
    if state in _UNTRANSLATED_STATES or (state is None and not text.strip()):
        return unit
    if not text.strip():
        lines.append(f"{key}: its target is empty but marked {state}; translate it, or mark it needs-translation")
        return None
    if state is not None and state.startswith("needs-"):
        return ExchangeUnit(key, unit.english, unit.source, text, NEEDS_REVIEW,
                            translated_from=notes.get(TRANSLATED_FROM))
    approved = element.get("approved") == "yes" and state == "final"
    return ExchangeUnit(key, unit.english, unit.source, text, TRANSLATED, approved)


def _text(element) -> str:
    return element.text or ""
