"""The one module that reaches into WeasyPrint's private API, so a WeasyPrint upgrade has one
place to check. WeasyPrint has no public way to measure a laid-out page: its page box
(`Page._page_box`) and the boxes under it are internals, read here as WeasyPrint 70 lays them
out; nor to remove the folder a FontConfiguration copies fonts into before it is collected; nor
to tag an element's language; nor to keep the clock out of the fonts it instantiates.
pyproject.toml pins WeasyPrint below its next major version.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from shutil import rmtree

import pydyf
from fontTools.misc.timeTools import timestampFromString


@dataclass(frozen=True)
class PageMargins:
    """A laid-out page's height and its top and bottom margins, in CSS pixels."""

    height: float
    top: float
    bottom: float


class LaidOutBox:
    """A box on a laid-out page: the classes of the element it lays out, and where its border
    box is, in CSS pixels down from the top of the page."""

    def __init__(self, box):
        self._box = box

    @property
    def classes(self) -> set[str]:
        element = getattr(self._box, "element", None)
        return set(element.get("class", "").split()) if element is not None else set()

    @property
    def top(self) -> float:
        return self._box.border_box_y()

    @property
    def bottom(self) -> float:
        return self._box.border_box_y() + self._box.border_height()


def page_margins(page) -> PageMargins:
    """Of a `weasyprint.Page`."""
    box = page._page_box
    return PageMargins(box.margin_height(), box.margin_top, box.margin_bottom)


def page_boxes(page) -> Iterator[LaidOutBox]:
    """Every box on a `weasyprint.Page`, in document order."""
    return map(LaidOutBox, page._page_box.descendants())


def remove_font_folder(font_config) -> None:
    """Deletes the folder WeasyPrint copied the @font-face fonts into. WeasyPrint removes it only
    when the FontConfiguration is collected, which never happens in a worker process: workers
    end with os._exit, so each batch worker would leave its folder in the temporary folder."""
    if font_config._folder:
        rmtree(font_config._folder, ignore_errors=True)
        font_config._folder = None


# When a pack was made, in fontTools' count (seconds since 1904), for every font instance.
FONT_TIMESTAMP = timestampFromString("Thu Jan  1 00:00:00 2026")


def fixed_font_timestamps() -> None:
    """WeasyPrint makes a static instance of each variable font it uses (Noto Sans: Nguyễn's
    name, say) with fontTools, which stamps the instance's `head` table with the current time.
    A pack was then different bytes every second; with this fixed stamp the same inputs give
    the same PDF again. Only that timestamp changes; the glyphs are fontTools' as before."""
    from fontTools.ttLib.tables import _h_e_a_d

    _h_e_a_d.timestampNow = lambda: FONT_TIMESTAMP


def tag_element_languages() -> None:
    """Make WeasyPrint's tagged PDF say each element's `lang` (PDF/UA's /Lang), so a screen reader
    switches voice for the English beneath a translated statement. WeasyPrint 70 writes the
    document's language only; its tag builder is wrapped once per process, and an element without
    a `lang` attribute (every element of an English pack) is written exactly as before."""
    from weasyprint.pdf import tags

    if getattr(tags._build_box_tree, "tags_languages", False):
        return
    build = tags._build_box_tree

    def with_languages(box, parent, pdf, *args):
        element = getattr(box, "element", None)
        language = None
        if element is not None and getattr(box, "element_tag", None) not in ("html", "body"):
            language = element.get("lang")
        for structure_element in build(box, parent, pdf, *args):
            if language and "Lang" not in structure_element:
                structure_element["Lang"] = pydyf.String(language)
            yield structure_element

    with_languages.tags_languages = True
    tags._build_box_tree = with_languages
