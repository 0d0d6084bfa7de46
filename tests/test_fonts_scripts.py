"""The script fonts: a patient's name in any bundled script prints in any pack, one in a script
with no bundled font is refused, and an English pack of Latin letters names no new face, so it
stays the same byte for byte."""

import tomllib
from importlib.metadata import version

import pytest
from fontTools.ttLib import TTFont

from consentpack.library import fonts
from consentpack.library.fonts import (
    FONT_FILES,
    SCRIPT_FONTS,
    font_face_css,
    font_folders,
    font_versions,
    fonts_for_text,
    script_family,
    unprintable,
)
from helpers.library import REPO

LATIN = '"Atkinson Hyperlegible", "Noto Sans"'

# A name, then the pack's title, in each script with a face of its own; the family fonts_for_text
# finds for it in a pack of another language (Urdu's letters are Arabic letters: Naskh has them).
SAMPLES = {
    "ar": ("محمد الأحمد", "موافقة المريض", "Noto Naskh Arabic"),
    "ur": ("عائشہ خان", "مریض کی رضامندی", "Noto Naskh Arabic"),
    "bn": ("রহিম উদ্দিন", "রোগীর সম্মতি", "Noto Sans Bengali"),
    "pa": ("ਹਰਪ੍ਰੀਤ ਕੌਰ", "ਮਰੀਜ਼ ਦੀ ਸਹਿਮਤੀ", "Noto Sans Gurmukhi"),
    "gu": ("પ્રિયા પટેલ", "દર્દીની સંમતિ", "Noto Sans Gujarati"),
    "zh-Hans": ("王小明", "患者同意书", "Noto Sans CJK SC"),
}


def gb2312_level_1() -> str:
    """GB2312's 3,755 commonest characters: rows 0xB0 to 0xD7 (the last one short)."""
    return "".join(bytes([row, cell]).decode("gb2312", "ignore") for row in range(0xB0, 0xD8)
                   for cell in range(0xA1, 0xFF))


def stack(css: str) -> str:
    return css.split("--font-stack: ")[1].split(";")[0]


@pytest.mark.parametrize("language", SAMPLES)
def test_a_name_in_a_bundled_script_is_printable_and_names_its_face(language):
    name, title, family = SAMPLES[language]
    assert not unprintable(name)
    assert not unprintable(title)
    assert fonts_for_text(f"Mr {name}") == (family,)


@pytest.mark.parametrize("text", ["ሰላም", "བཀྲ་ཤིས", "สวัสดี", "Abebe ሰላም"],
                         ids=["ethiopic", "tibetan", "thai", "mixed"])
def test_a_script_with_no_bundled_font_is_unprintable(text):
    assert unprintable(text)
    assert fonts_for_text(text) == ()


def test_latin_text_needs_no_script_face():
    assert fonts_for_text("Ó Súilleabháin, Łucja Wójcik, Nguyễn Thị Lan, Ελένη, Иван 943 476 5919") == ()
    assert fonts_for_text("Ahmed 王 محمد") == ("Noto Naskh Arabic", "Noto Sans CJK SC")


def test_english_css_is_the_latin_faces_alone_as_before():
    """Today's rules, written out here rather than by fonts.py, so a change to them shows."""
    expected = "\n".join(
        f'@font-face {{ font-family: "{family}"; src: url("{path.as_uri()}"); font-weight: {weight};'
        f" font-style: {style}; }}"
        for family, path, weight, style in fonts._FACES if family in ("Atkinson Hyperlegible", "Noto Sans")
    ) + f'\n:root {{ --font-stack: {LATIN}; --wide-stack: "Noto Sans"; }}\n'
    assert expected.count("@font-face") == 6
    for language in ("en", "cy", "fr", "pl", "pt", "es", "ro", "en-GB"):
        assert font_face_css(language) == expected, language
    assert font_face_css() == expected
    assert font_face_css("en", ()) == expected
    assert not any(family in expected for family in SCRIPT_FONTS.values())
    assert FONT_FILES.as_uri() not in expected


@pytest.mark.parametrize("language", SAMPLES)
def test_a_script_language_puts_its_face_first(language):
    family = SCRIPT_FONTS[language]
    css = font_face_css(language)
    assert stack(css) == f'"{family}", {LATIN}'
    assert css.startswith(font_face_css("en").split(":root")[0])  # the Latin rules unchanged, first
    assert css.count(f'font-family: "{family}"') == 2  # regular and bold
    assert css.count("@font-face") == 8


def test_arabic_names_noto_naskh_arabic_first():
    assert stack(font_face_css("ar")).startswith('"Noto Naskh Arabic", "Atkinson Hyperlegible"')


def test_extra_faces_go_last_so_latin_letters_keep_their_face():
    css = font_face_css("en", fonts_for_text("Li 李"))
    assert stack(css) == f'{LATIN}, "Noto Sans CJK SC"'
    assert css.startswith(font_face_css("en").split(":root")[0])
    assert css.count("@font-face") == 8
    # the pack's own script stays first, and is not named twice
    css = font_face_css("ar", ["Noto Naskh Arabic", "Noto Sans Bengali"])
    assert stack(css) == f'"Noto Naskh Arabic", {LATIN}, "Noto Sans Bengali"'
    assert css.count("@font-face") == 10
    with pytest.raises(ValueError, match="Noto Sans Klingon"):
        font_face_css("en", ["Noto Sans Klingon"])


def test_script_family_by_tag():
    assert {tag: script_family(tag) for tag in SCRIPT_FONTS} == SCRIPT_FONTS
    for latin in ("en", "cy", "fr", "pl", "pt", "es", "ro"):
        assert script_family(latin) is None
    assert script_family("ar-EG") == "Noto Naskh Arabic"
    assert script_family("zh-hans-CN") == script_family("zh_Hans") == "Noto Sans CJK SC"
    assert script_family("zh-Hant") is None  # Traditional Chinese: no face for it
    assert script_family("pa-Arab") is None  # Shahmukhi is not Gurmukhi


def test_font_versions_name_script_files_only_when_asked():
    """The versions go into every pack's id: without script faces they are what they always were."""
    assert font_versions() == tuple(f"{name} {version(name)}" for name in fonts.FONT_PACKAGES)
    named = font_versions(["Noto Sans CJK SC", "Noto Naskh Arabic"])
    assert named[:2] == font_versions()
    assert [entry.rsplit(" ", 1)[0] for entry in named[2:]] == ["Noto Naskh Arabic", "Noto Sans CJK SC"]
    assert all(len(entry.rsplit(" ", 1)[1]) == 12 for entry in named[2:])
    with pytest.raises(ValueError, match="not a bundled script family: Arial"):
        font_versions(["Arial"])


def test_every_face_file_exists_and_declares_its_family():
    for family, path, _, _ in fonts._FACES:
        assert path.is_file(), path
        assert path.parent in font_folders()
        with TTFont(path, lazy=True) as font:
            names = {font["name"].getDebugName(1), font["name"].getDebugName(16)}
        assert family in names, (path.name, names)
    assert set(SCRIPT_FONTS.values()) <= {family for family, _, _, _ in fonts._FACES}


def test_the_chinese_subset_has_every_gb2312_level_1_character_and_ascii():
    characters = gb2312_level_1()
    assert len(characters) == 3755
    for _, path, _, _ in fonts._FACES:
        if path.parent == FONT_FILES and "CJK" in path.name:
            with TTFont(path, lazy=True) as font:
                cmap = font.getBestCmap()
            missing = [ch for ch in characters + "".join(map(chr, range(0x20, 0x7F))) if ord(ch) not in cmap]
            assert missing == [], path.name


def test_the_font_files_ship_with_their_licence_and_in_the_wheel():
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONT_FILES / "OFL.txt").read_text(encoding="utf-8")
    readme = (FONT_FILES / "README.md").read_text(encoding="utf-8")
    for _, path, _, _ in fonts._FACES:
        if path.parent == FONT_FILES:
            assert path.name in readme
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "font_files/*" in project["tool"]["setuptools"]["package-data"]["consentpack.library"]
