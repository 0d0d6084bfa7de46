"""A leaflet's text as a gettext PO file, for Poedit, Lokalize and the like: one entry per unit,
its key as `msgctxt`, the English as `msgid`, the translation as `msgstr`, `#, fuzzy` where the
English changed since it was translated. Each unit's source hash is an extracted comment
(`#. source-hash: ...`); the header says which master the file is of (`X-Leaflet`,
`X-Leaflet-Version`, `X-Leaflet-Content-Hash`) and, as ConsentPack's own catalogs do, whether a
qualified translator has reviewed it (`Reviewed: yes`, with their name in `Last-Translator`).
"""

import textwrap
from pathlib import Path

import polib

from ..errors import ContentError
from ..files.paths import display_path
from ..limits import TRANSLATION_EXCHANGE_BYTES, read_text_at_most
from .languages import ENGLISH, english_name, language_tag
from .translation_exchange import (
    FILE_NOTE,
    NEEDS_REVIEW,
    NEEDS_REVIEW_NOTE,
    SOURCE_HASH,
    TRANSLATED,
    TRANSLATED_FROM,
    Exchange,
    ExchangeUnit,
    capped,
    note_values,
)
from .translations import Master
from .validation import bulleted

SUFFIXES = (".po",)
LEAFLET_HEADER, VERSION_HEADER, CONTENT_HASH_HEADER = "X-Leaflet", "X-Leaflet-Version", "X-Leaflet-Content-Hash"


def po_bytes(exchange: Exchange) -> bytes:
    """The PO file for the translator; the same exchange is always the same bytes. Its header
    says `Reviewed: yes` only when every unit is translated and approved."""
    po = polib.POFile(wrapwidth=78)
    master = exchange.master
    paragraphs = (f"{english_name(exchange.language)} ({exchange.language}) text of the ConsentPack leaflet "
                  f"{exchange.leaflet_id}, version {master.version if master else ''}.", FILE_NOTE,
                  "A qualified translator who has reviewed every entry sets Reviewed: yes and puts their name "
                  "in Last-Translator.")
    po.header = "\n".join(line for paragraph in paragraphs for line in textwrap.wrap(paragraph, 76))
    reviewed = all(unit.status == TRANSLATED and unit.approved for unit in exchange.units)
    po.metadata = {
        "Project-Id-Version": f"{exchange.leaflet_id} {master.version if master else ''}".strip(),
        "Last-Translator": exchange.translator,
        "Language": exchange.language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Reviewed": "yes" if reviewed else "no",
        LEAFLET_HEADER: exchange.leaflet_id,
        VERSION_HEADER: master.version if master else "",
        CONTENT_HASH_HEADER: master.content_hash if master else "",
    }
    for unit in exchange.units:
        comment = [f"{SOURCE_HASH}: {unit.source}"]
        if unit.status == NEEDS_REVIEW:
            comment += [f"{TRANSLATED_FROM}: {unit.translated_from}", NEEDS_REVIEW_NOTE.replace(
                "mark it translated", "clear its fuzzy mark")]
        po.append(polib.POEntry(msgctxt=unit.key, msgid=unit.english, msgstr=unit.text,
                                comment="\n".join(comment), flags=["fuzzy"] if unit.status == NEEDS_REVIEW else []))
    return str(po).encode("utf-8")


def read_po(path: Path) -> Exchange:
    """A translator's PO file; every problem in it in one error naming the file."""
    name = display_path(path)
    text = read_text_at_most(path, TRANSLATION_EXCHANGE_BYTES, name, ContentError,
                             f"{name} is larger than {TRANSLATION_EXCHANGE_BYTES // 1024:,} KB, far more than a "
                             "leaflet's text; it is not a translation of one leaflet")
    if "\n" not in text.strip():  # polib would take a one-line text for a file name
        raise ContentError(f"{name} holds no PO entries")
    try:
        po = polib.pofile(text, encoding="utf-8", wrapwidth=0)
    except (OSError, ValueError) as exc:
        raise ContentError(f"{name} is not a PO file ({exc})") from None
    lines = []
    leaflet_id = po.metadata.get(LEAFLET_HEADER, "").strip()
    if not leaflet_id:
        lines.append(f"its header has no {LEAFLET_HEADER}: the leaflet's id")
    given = po.metadata.get("Language", "").strip()
    language = language_tag(given)
    if language is None or language == ENGLISH:
        lines.append(f"its header's Language '{given}' is not a language ConsentPack prints a leaflet in")
    reviewed = po.metadata.get("Reviewed", "no").strip().casefold() == "yes"
    units = []
    for entry in po:
        if entry.obsolete:
            continue
        if not entry.msgctxt:
            lines.append(f"the entry for \"{entry.msgid[:40]}\" has no msgctxt: the unit's id, as exported")
            continue
        if entry.msgid_plural:
            lines.append(f"{entry.msgctxt}: has plural forms; a leaflet's text has none")
            continue
        notes = note_values(entry.comment.splitlines())
        fuzzy = "fuzzy" in entry.flags
        if not entry.msgstr.strip():
            units.append(ExchangeUnit(entry.msgctxt, entry.msgid, notes.get(SOURCE_HASH)))
        elif fuzzy:
            units.append(ExchangeUnit(entry.msgctxt, entry.msgid, notes.get(SOURCE_HASH), entry.msgstr, NEEDS_REVIEW,
                                      translated_from=notes.get(TRANSLATED_FROM)))
        else:
            units.append(ExchangeUnit(entry.msgctxt, entry.msgid, notes.get(SOURCE_HASH), entry.msgstr, TRANSLATED,
                                      reviewed))
    if lines:
        raise ContentError(bulleted(f"Cannot import {name}", capped(lines)))
    master = None
    version, content_hash = (po.metadata.get(key, "").strip() for key in (VERSION_HEADER, CONTENT_HASH_HEADER))
    if version and content_hash:
        try:
            master = Master(id=leaflet_id, version=version, content_hash=content_hash)
        except ValueError:
            master = None
    return Exchange(leaflet_id, language, master, po.metadata.get("Last-Translator", "").strip(), tuple(units))

