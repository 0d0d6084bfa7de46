"""Brings every catalog up to date with the template Babel extracted (README, "Languages"):

    pybabel extract -F locales/babel.cfg -k N_ -k say -k say_n:1,2 -c Translators: --no-location \
        --sort-output --project=ConsentPack --copyright-holder=ConsentPack -o locales/consentpack.pot .
    python locales/update.py

A new message arrives empty (a test fails until it is translated), a message no longer printed is
dropped, and each catalog keeps its own headers. Not `pybabel update`: it drops the `Reviewed:`
header, and with it a catalog's review state.
"""

from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent


def update(catalog: polib.POFile, template: polib.POFile) -> None:
    forms = int(catalog.metadata["Plural-Forms"].split("nplurals=")[1].split(";")[0])
    kept = {(entry.msgid, entry.msgid_plural): entry for entry in catalog if not entry.obsolete}
    catalog[:] = []
    for source in template:
        entry = kept.get((source.msgid, source.msgid_plural)) or polib.POEntry(
            msgid=source.msgid, msgid_plural=source.msgid_plural,
            msgstr_plural={n: "" for n in range(forms)} if source.msgid_plural else {})
        entry.comment, entry.flags = source.comment, list(source.flags)
        catalog.append(entry)


if __name__ == "__main__":
    template = polib.pofile(str(HERE / "consentpack.pot"), wrapwidth=0)
    for path in sorted(HERE.glob("*/LC_MESSAGES/consentpack.po")):
        catalog = polib.pofile(str(path), wrapwidth=0)
        update(catalog, template)
        catalog.save()
