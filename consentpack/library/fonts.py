"""The bundled typefaces: Atkinson Hyperlegible for legibility, Noto Sans for every other Latin,
Greek and Cyrillic letter (Nguyễn, Wójcik, Ó Súilleabháin), and a Noto face for each other script
a pack may be printed in: Arabic, Urdu's Nastaliq, Bengali, Gurmukhi, Gujarati and Simplified
Chinese. The Latin two come from Python packages; the script faces are kept in font_files/ (its
README says where from). Either way every machine makes the same PDF whatever fonts its system
has, and no pack prints from a system font.
"""

import hashlib
from collections.abc import Iterable
from functools import cache
from importlib.metadata import version
from pathlib import Path

import fontpkg_atkinson_hyperlegible as atkinson
import fontpkg_noto_sans as noto
from fontTools.ttLib import TTFont

FONT_PACKAGES = ("fontpkg-atkinson-hyperlegible", "fontpkg-noto-sans")
FAMILY_STACK = '"Atkinson Hyperlegible", "Noto Sans"'
FONT_FILES = Path(__file__).resolve().parent / "font_files"

# The family each language written in a script of its own prints in, as the fonts name themselves.
# Tags are BCP 47, as languages.py has them; every other language is printed in the Latin faces.
SCRIPT_FONTS = {
    "ar": "Noto Naskh Arabic",
    "ur": "Noto Nastaliq Urdu",
    "bn": "Noto Sans Bengali",
    "pa": "Noto Sans Gurmukhi",
    "gu": "Noto Sans Gujarati",
    "zh-Hans": "Noto Sans CJK SC",
}

_ATKINSON_REGULAR = atkinson.ROOT / "files/AtkinsonHyperlegible-Regular.ttf"
_NOTO_REGULAR = noto.ROOT / "files/NotoSans[wdth,wght].ttf"
_LATIN_FACES = [
    ("Atkinson Hyperlegible", _ATKINSON_REGULAR, "400", "normal"),
    ("Atkinson Hyperlegible", atkinson.ROOT / "files/AtkinsonHyperlegible-Bold.ttf", "700", "normal"),
    ("Atkinson Hyperlegible", atkinson.ROOT / "files/AtkinsonHyperlegible-Italic.ttf", "400", "italic"),
    ("Atkinson Hyperlegible", atkinson.ROOT / "files/AtkinsonHyperlegible-BoldItalic.ttf", "700", "italic"),
    # WeasyPrint 70 ignores the weight range of these variable fonts with a warning (not shown to
    # users: only the library's own style files are reported); giving a single weight instead
    # changes how it subsets them, and the PDF/A validator then finds a glyph width mismatch.
    ("Noto Sans", _NOTO_REGULAR, "100 900", "normal"),
    ("Noto Sans", noto.ROOT / "files/NotoSans-Italic[wdth,wght].ttf", "100 900", "italic"),
]
# Static instances, regular then bold; none has an italic, which these scripts are not set in.
# The weight is the rule's, not the file's (Debian's Nastaliq Bold says 400 in its OS/2 table).
_SCRIPT_FACES = [
    (family, FONT_FILES / name, weight, "normal")
    for family, stem in (
        ("Noto Naskh Arabic", "NotoNaskhArabic-{}.ttf"),
        ("Noto Nastaliq Urdu", "NotoNastaliqUrdu-{}.ttf"),
        ("Noto Sans Bengali", "NotoSansBengali-{}.ttf"),
        ("Noto Sans Gurmukhi", "NotoSansGurmukhi-{}.ttf"),
        ("Noto Sans Gujarati", "NotoSansGujarati-{}.ttf"),
        ("Noto Sans CJK SC", "NotoSansCJKsc-{}-subset.otf"),
    )
    for name, weight in ((stem.format("Regular"), "400"), (stem.format("Bold"), "700"))
]
_FACES = _LATIN_FACES + _SCRIPT_FACES
# The script families in a fixed order, which fonts_for_text and font_versions name them in; a
# letter two of them have (an Arabic letter, which Urdu's Nastaliq has too) comes from the first.
_SCRIPT_FAMILIES = tuple(dict.fromkeys(family for family, _, _, _ in _SCRIPT_FACES))


def _faces_of(family: str) -> list[tuple[str, Path, str, str]]:
    return [face for face in _SCRIPT_FACES if face[0] == family]


def _regular(family: str) -> Path:
    return _faces_of(family)[0][1]


def _known_families(families: Iterable[str]) -> list[str]:
    """`families` once each, in _SCRIPT_FAMILIES' order; a name that is not a bundled script
    family is a mistake in the caller, not a face to leave out without a word."""
    wanted = set(families)
    if unknown := wanted - set(_SCRIPT_FAMILIES):
        raise ValueError(f"not a bundled script family: {', '.join(sorted(unknown))}")
    return [family for family in _SCRIPT_FAMILIES if family in wanted]


@cache
def _files_digest(family: str) -> str:
    """A short hash of the family's files' names and contents."""
    digest = hashlib.sha256()
    for _, path, _, _ in _faces_of(family):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def font_versions(families: Iterable[str] = ()) -> tuple[str, ...]:
    """What the fonts a layout uses are, for its fingerprint: the Latin font packages' versions
    (a new release may change the glyphs, and so the layout), then a hash of the files of each
    script family in `families` (font_face_css's own and extra ones), since those are kept in
    font_files/ rather than versioned by a package.

    The fingerprint goes into each pack's id, which every page prints, so with no `families`
    this is exactly what it was before the script fonts came: an English pack of Latin letters
    stays the same byte for byte, whatever happens to font_files/."""
    latin = tuple(f"{name} {version(name)}" for name in FONT_PACKAGES)
    return latin + tuple(f"{family} {_files_digest(family)}" for family in _known_families(families))


def font_folders() -> list[Path]:
    """Folders the URL fetcher may read fonts from: every bundled face's, Latin and script."""
    return sorted({path.parent for _, path, _, _ in _FACES})


def script_family(language: str) -> str | None:
    """The bundled family for the script `language` is written in, or None for a language the
    Latin faces print (English, Welsh, French, Polish, Portuguese, Romanian, Spanish).

    `language` is a BCP 47 tag (languages.language_tag gives one from a name); case does not
    matter, and a tag with a region finds its language ('ar-EG', 'zh-Hans-CN'). A tag naming
    another script than the one listed ('pa-Arab', 'zh-Hant') has no face here."""
    subtags = language.replace("_", "-").casefold().split("-")
    known = {tag.casefold(): family for tag, family in SCRIPT_FONTS.items()}
    has_script = len(subtags) > 1 and len(subtags[1]) == 4 and subtags[1].isalpha()
    candidates = ["-".join(subtags), "-".join(subtags[:2]) if has_script else subtags[0]]
    return next((known[tag] for tag in candidates if tag in known), None)


def _rule(face: tuple[str, Path, str, str]) -> str:
    family, path, weight, style = face
    return (f'@font-face {{ font-family: "{family}"; src: url("{path.as_uri()}");'
            f" font-weight: {weight}; font-style: {style}; }}")


def font_face_css(language: str = "en", extra_families: Iterable[str] = ()) -> str:
    """The @font-face rules a pack in `language` needs, and its --font-stack.

    English and every language written in Latin letters get the Latin faces alone: with no
    `extra_families` this is, byte for byte, what every pack had before the script fonts came,
    so those packs print exactly as they did. A language with a script of its own has that
    script's family first in the stack: its readers expect the script font's digits and
    punctuation, which the Latin faces would otherwise supply.

    `extra_families` (fonts_for_text's answer for the pack's text: an Arabic name in an English
    pack) adds those faces too, last in the stack, after Noto Sans, so no letter the Latin faces
    have changes face. Their rules are given only when asked for, so a pack that needs none
    names none."""
    own = script_family(language)
    extra = [family for family in _known_families(extra_families) if family != own]
    families = ([own] if own else []) + extra
    rules = [_rule(face) for face in _LATIN_FACES]
    rules += [_rule(face) for family in families for face in _faces_of(family)]
    stack = ", ".join(([f'"{own}"'] if own else []) + [FAMILY_STACK] + [f'"{family}"' for family in extra])
    # A name Atkinson cannot set is printed wholly in Noto Sans (person_name), then the scripts'.
    wide = ", ".join(['"Noto Sans"'] + [f'"{family}"' for family in families])
    return "\n".join(rules) + f"\n:root {{ --font-stack: {stack}; --wide-stack: {wide}; }}\n"


@cache
def _characters(*paths: Path) -> frozenset[int]:
    """The code points the fonts at `paths` have between them."""
    found = set()
    for path in paths:
        with TTFont(path, lazy=True) as font:
            found |= set(font.getBestCmap())
    return frozenset(found)


def fonts_for_text(text: str) -> tuple[str, ...]:
    """The script families `text` needs beyond the Latin faces, in a fixed order: each letter
    neither Latin face has comes from the first script family that has it. Give the answer to
    font_face_css as `extra_families`, so a pack's patient can be named in any bundled script
    while a pack of Latin letters only names no new face. () when nothing is needed."""
    latin = _characters(_ATKINSON_REGULAR, _NOTO_REGULAR)
    needed = {ord(ch) for ch in text if not ch.isspace()} - latin
    used = set()
    for family in _SCRIPT_FAMILIES:
        if found := needed & _characters(_regular(family)):
            used.add(family)
            needed -= found
    return tuple(family for family in _SCRIPT_FAMILIES if family in used)


def unprintable(text: str) -> bool:
    """Whether `text` has a letter no bundled font has (Latin or script: any pack may print a
    patient's name in any of them): it would print from whatever system font happens to be
    installed, or as empty boxes."""
    known = _characters(_ATKINSON_REGULAR, _NOTO_REGULAR, *(_regular(family) for family in _SCRIPT_FAMILIES))
    return any(ord(ch) not in known for ch in text if not ch.isspace())


def primary_font_covers(text: str) -> bool:
    """Whether Atkinson Hyperlegible has every letter of `text`. A name it cannot fully set is
    printed wholly in Noto Sans rather than letter by letter in two typefaces, which looks
    patchy and breaks the word apart when the PDF's text is copied or searched."""
    known = _characters(_ATKINSON_REGULAR)
    return all(ord(ch) in known for ch in text if not ch.isspace())
