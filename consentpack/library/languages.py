"""The languages a pack can be printed in, and each one's words: a gettext catalog per language,
the built-in one under locales/ and any message a hospital's library overrides in its own.

English is the source language: its words are the templates' own, so it needs no catalog. A
catalog says in its header whether a qualified translator has reviewed it ("Reviewed: yes",
with the translator's name in Last-Translator); until then it is a draft, printed only when the
person printing asks for it. A message a catalog lacks is never printed in English in its place:
the language is incomplete, `check` names what is missing, and it is not offered.
"""

import gettext
import hashlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import polib
from babel import Locale
from babel.plural import to_gettext

ENGLISH = "en"
CATALOG = "consentpack"  # locales/<folder>/LC_MESSAGES/consentpack.po


@dataclass(frozen=True)
class Shipped:
    """A language ConsentPack has words for: its BCP 47 tag, its catalog folder (Babel's locale
    id), and its names, so a list may say `pl`, `Polish` or `polski`."""

    tag: str
    folder: str


SHIPPED = tuple(Shipped(tag, folder) for tag, folder in (
    ("cy", "cy"), ("ar", "ar"), ("bn", "bn"), ("zh-Hans", "zh_Hans"), ("fr", "fr"), ("gu", "gu"),
    ("pl", "pl"), ("pt", "pt"), ("pa", "pa"), ("es", "es"), ("ur", "ur"), ("ro", "ro"),
))
# Names people write for a language beyond Babel's own: the Census's "Panjabi", "Chinese" for the
# written standard of the mainland, and tags with a region.
_ALSO = {"panjabi": "pa", "chinese": "zh-Hans", "mandarin": "zh-Hans", "zh": "zh-Hans", "zh-cn": "zh-Hans",
         "english": ENGLISH, "en-gb": ENGLISH, "en-us": ENGLISH, "bangla": "bn", "bengali": "bn", "pt-pt": "pt", "pt-br": "pt",
         "es-es": "es", "fr-fr": "fr", "pa-guru": "pa", "ur-pk": "ur", "cy-gb": "cy"}


def locale_of(tag: str) -> Locale:
    return Locale.parse(tag.replace("-", "_"))


# The names the NHS and the Census use where CLDR's differ.
_NHS_NAMES = {"bn": "Bengali"}


def english_name(tag: str) -> str:
    return "English" if tag == ENGLISH else _NHS_NAMES.get(tag) or locale_of(tag).english_name


def own_name(tag: str) -> str:
    """The language's name in itself: 'polski', 'Cymraeg', 'العربية'."""
    return "English" if tag == ENGLISH else locale_of(tag).display_name


def direction(tag: str) -> str:
    """'rtl' or 'ltr', from CLDR."""
    return "rtl" if locale_of(tag).character_order == "right-to-left" else "ltr"


@cache
def _names() -> dict[str, str]:
    names = dict(_ALSO)
    for language in SHIPPED:
        for name in (language.tag, language.folder, english_name(language.tag), own_name(language.tag)):
            names[name.casefold()] = language.tag
    names[ENGLISH] = ENGLISH
    return names


def language_tag(value: str) -> str | None:
    """The shipped language's tag for a tag or a name ('Polish', 'pl', 'PL', 'polski'), or None."""
    return _names().get(" ".join(value.split()).casefold().replace("_", "-"))


def folder_of(tag: str) -> str:
    return next(language.folder for language in SHIPPED if language.tag == tag)


@dataclass(frozen=True)
class Catalog:
    """One language's words as the library has them: the built-in catalog with the library's own
    messages over it, its review state, and what it lacks."""

    tag: str
    messages: dict[tuple[str, str | None], list[str]]  # (msgid, msgid_plural) -> msgstr forms
    reviewed: bool
    translator: str
    total: int  # messages the built-in template has
    missing: tuple[str, ...]  # msgids with no translation (or a fuzzy one)
    files: tuple[Path, ...] = field(default=())

    @property
    def complete(self) -> float:
        return 1.0 if not self.total else (self.total - len(self.missing)) / self.total

    @property
    def state(self) -> str:
        return "reviewed" if self.reviewed else "draft"


def _read(path: Path) -> polib.POFile:
    return polib.pofile(str(path), wrapwidth=0)


def _header_says_reviewed(po: polib.POFile) -> bool:
    return po.metadata.get("Reviewed", "no").strip().casefold() == "yes"


def catalog_files(tag: str, folders: list[Path]) -> list[Path]:
    """The catalog files for `tag` in the locales folders, in search order (a hospital's first)."""
    files = [folder / folder_of(tag) / "LC_MESSAGES" / f"{CATALOG}.po" for folder in folders]
    return [path for path in files if path.is_file()]


def catalog_digest(tag: str, folders: list[Path]) -> str:
    """What a pack in `tag` depends on beyond the templates: a changed translation is a new
    printing. Empty for English, which has no catalog."""
    if tag == ENGLISH:
        return ""
    digest = hashlib.sha256()
    for path in catalog_files(tag, folders):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def read_catalog(tag: str, folders: list[Path]) -> Catalog:
    """The catalog for `tag` from the locales folders in search order (a hospital's first): the
    first file holding a message wins it; the review state is the first file's. Read once while
    its files are unchanged."""
    files = catalog_files(tag, folders)
    return _read_catalog(tag, tuple((path, path.stat().st_mtime_ns, path.stat().st_size) for path in files))


@cache
def _read_catalog(tag: str, stamped: tuple[tuple[Path, int, int], ...]) -> Catalog:
    files = [path for path, _, _ in stamped]
    messages: dict[tuple[str, str | None], list[str]] = {}
    reviewed, translator = False, ""
    template: set[tuple[str, str | None]] = set()
    for order, path in enumerate(files):
        po = _read(path)
        if order == 0:
            reviewed = _header_says_reviewed(po)
            translator = po.metadata.get("Last-Translator", "").strip()
        for entry in po:
            if entry.obsolete:
                continue
            key = (entry.msgid, entry.msgid_plural or None)
            if order == len(files) - 1:
                template.add(key)  # the built-in catalog lists every message ConsentPack prints
            if key in messages or "fuzzy" in entry.flags:
                continue
            forms = ([entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
                     if entry.msgid_plural else [entry.msgstr])
            if all(forms):
                messages[key] = forms
    missing = tuple(sorted(msgid for msgid, plural in template if (msgid, plural) not in messages))
    return Catalog(tag, messages, reviewed, translator, len(template), missing, tuple(files))


class Words(gettext.NullTranslations):
    """gettext for one catalog: the Jinja i18n extension and Python code both ask it. A message it
    lacks comes back in English; the preflight refuses an incomplete language first."""

    def __init__(self, catalog: Catalog):
        super().__init__()
        self._catalog = catalog
        self._plural = locale_of(catalog.tag).plural_form

    def gettext(self, message: str) -> str:
        forms = self._catalog.messages.get((message, None))
        return forms[0] if forms else message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        forms = self._catalog.messages.get((singular, plural))
        if not forms:
            return singular if n == 1 else plural
        index = _PLURAL_ORDER[self._catalog.tag].index(self._plural(n))
        return forms[min(index, len(forms) - 1)]


# The order of a catalog's plural forms is the order of its Plural-Forms expression, which Babel
# writes from CLDR's categories in this order (babel.messages.plurals).
_CATEGORY_ORDER = ("zero", "one", "two", "few", "many", "other")
_PLURAL_ORDER = {
    language.tag: [category for category in _CATEGORY_ORDER
                   if category in (*locale_of(language.tag).plural_form.tags, "other")]
    for language in SHIPPED
}


def plural_forms_header(tag: str) -> str:
    """The Plural-Forms a catalog must carry: CLDR's categories in Babel's order (Welsh and
    Arabic have six), in gettext's C syntax for PO editors. CLDR's `e` (a compact exponent) is
    always 0 for the whole numbers a pack prints."""
    return to_gettext(locale_of(tag).plural_form).replace("(e == 0)", "(0 == 0)").replace(
        "(e >= 0 && e <= 5)", "(0 >= 0 && 0 <= 5)")


@dataclass(frozen=True)
class PackLanguage:
    """The language one pack speaks: its words, and how the pack must show them. A draft
    language's pages carry the draft mark; with `bilingual`, each statement of the consent form
    has the English beneath it."""

    tag: str
    words: gettext.NullTranslations
    draft: bool = False
    bilingual: bool = False
    leaflet: str = ENGLISH  # the language of the leaflet's own words in this pack

    @property
    def fallback(self) -> bool:
        """The leaflet is printed in English for want of a translation: the cover says so."""
        return self.tag != ENGLISH and self.leaflet == ENGLISH

    @property
    def english(self) -> bool:
        return self.tag == ENGLISH

    @property
    def direction(self) -> str:
        return direction(self.tag)

    @property
    def name(self) -> str:
        return own_name(self.tag)

    def gettext(self, message: str) -> str:
        return self.words.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.words.ngettext(singular, plural, n)


IN_ENGLISH = PackLanguage(ENGLISH, gettext.NullTranslations())


def pack_language(catalog: Catalog, bilingual: bool) -> PackLanguage:
    return PackLanguage(catalog.tag, Words(catalog), not catalog.reviewed, bilingual)
