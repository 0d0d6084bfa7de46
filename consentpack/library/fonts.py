"""The bundled typefaces: Atkinson Hyperlegible for legibility, Noto Sans for every other Latin,
Greek and Cyrillic letter (Nguyễn, Wójcik, Ó Súilleabháin). Both come from Python packages, so
every machine makes the same PDF whatever fonts its system has.
"""

from functools import cache
from importlib.metadata import version
from pathlib import Path

import fontpkg_atkinson_hyperlegible as atkinson
import fontpkg_noto_sans as noto
from fontTools.ttLib import TTFont

FONT_PACKAGES = ("fontpkg-atkinson-hyperlegible", "fontpkg-noto-sans")
FAMILY_STACK = '"Atkinson Hyperlegible", "Noto Sans"'

_ATKINSON_REGULAR = atkinson.ROOT / "files/AtkinsonHyperlegible-Regular.ttf"
_NOTO_REGULAR = noto.ROOT / "files/NotoSans[wdth,wght].ttf"
_FACES = [
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


def font_versions() -> tuple[str, ...]:
    """The font packages' versions: a new release may change the glyphs, and so the layout."""
    return tuple(f"{name} {version(name)}" for name in FONT_PACKAGES)


def font_folders() -> list[Path]:
    """Folders the URL fetcher may read fonts from."""
    return sorted({path.parent for _, path, _, _ in _FACES})


def font_face_css() -> str:
    rules = [
        f'@font-face {{ font-family: "{family}"; src: url("{path.as_uri()}");'
        f" font-weight: {weight}; font-style: {style}; }}"
        for family, path, weight, style in _FACES
    ]
    return "\n".join(rules) + f"\n:root {{ --font-stack: {FAMILY_STACK}; }}\n"


@cache
def _characters(*paths: Path) -> frozenset[int]:
    """The code points the fonts at `paths` have between them."""
    found = set()
    for path in paths:
        with TTFont(path, lazy=True) as font:
            found |= set(font.getBestCmap())
    return frozenset(found)


def unprintable(text: str) -> bool:
    """Whether `text` has a letter neither bundled font has: it would print from whatever
    system font happens to be installed, or as empty boxes."""
    known = _characters(_ATKINSON_REGULAR, _NOTO_REGULAR)
    return any(ord(ch) not in known for ch in text if not ch.isspace())


def primary_font_covers(text: str) -> bool:
    """Whether Atkinson Hyperlegible has every letter of `text`. A name it cannot fully set is
    printed wholly in Noto Sans rather than letter by letter in two typefaces, which looks
    patchy and breaks the word apart when the PDF's text is copied or searched."""
    known = _characters(_ATKINSON_REGULAR)
    return all(ord(ch) in known for ch in text if not ch.isspace())
