"""HTML from Jinja2 templates, laid out by WeasyPrint with bundled fonts and a locked-down fetcher.

One Renderer is built per process and reused: the Jinja environment, the font
configuration and the parsed stylesheets are the expensive, shared parts.
"""

import functools
import logging
from contextlib import contextmanager
from datetime import date

import jinja2
from babel.dates import format_date
from markupsafe import Markup, escape

from .system_libraries import one_library_listing

with one_library_listing():
    import weasyprint
from weasyprint.text.fonts import FontConfiguration

from ..errors import ContentError
from ..files.paths import display_path
from ..library.folders import Library
from ..library.fonts import font_face_css, font_folders, font_versions, fonts_for_text, primary_font_covers
from ..library.languages import ENGLISH, IN_ENGLISH, PackLanguage, pack_language, read_catalog
from ..library.models import Leaflet, Site
from ..library.safe_markdown import fill_placeholders, markdown_block, markdown_inline
from .fetcher import AssetOnlyFetcher
from .strip_layout import BodyMargins
from .weasyprint_private import fixed_font_timestamps, remove_font_folder, tag_element_languages
from .words import CURRENT, english_words, in_english, isolated, leaflet_words, say, say_n

STYLESHEETS = ("variables.css", "page.css", "pack.css")
LARGE_PRINT_STYLESHEET = "large-print.css"  # loaded last, after the common sheets
PAPER_SIZES = {"A4": "A4", "Letter": "letter"}


def strip_date(value: date) -> str:
    """The identity strip's unambiguous form, 12-Mar-1961, whatever the site's locale."""
    return format_date(value, "dd-MMM-y", locale="en")


def long_date(value: date, locale: str) -> str:
    """Dates a patient reads: 'Tuesday 9 December 2026', in the site's language."""
    return format_date(value, "EEEE d MMMM y", locale=locale)


def upper_first(text: str) -> str:
    """Capitalise a sentence without lowering the rest (Jinja's `capitalize` would)."""
    return text[:1].upper() + text[1:]


def nhs_number(digits: str) -> str:
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"




def site_values(site: Site) -> dict[str, str]:
    return {"hospital": site.hospital, "department": site.department, "phone": site.phone}


@jinja2.pass_context
def _markdown(context, text: str) -> Markup:
    return leaflet_words(markdown_block(fill_placeholders(text, site_values(context["site"]))), block=True)


@jinja2.pass_context
def _markdown_inline(context, text: str) -> Markup:
    return leaflet_words(markdown_inline(fill_placeholders(text, site_values(context["site"]))))


def person_name(text: str) -> Markup:
    """A patient's name, escaped, in one typeface from first letter to last."""
    if primary_font_covers(text):
        return escape(text)
    return Markup('<span class="wide-coverage">{}</span>').format(text)


def procedure_with_side(leaflet: Leaflet, side: str | None) -> str:
    """'left sacroiliac joint fusion', or '... on both sides'; the side always beside the name,
    in the words of the document being rendered."""
    name = leaflet_words(leaflet.procedure_name)
    sides = {"both": say("%(procedure)s on both sides (left and right)"),
             "left": say("left %(procedure)s"), "right": say("right %(procedure)s")}
    return Markup(escape(sides[side])) % {"procedure": name} if side else name


WEASYPRINT_LOG = logging.getLogger("weasyprint")


class _Collector(logging.Handler):
    def __init__(self, source: str, found: dict[str, None]):
        super().__init__(logging.WARNING)
        self._source, self._found = source, found

    def emit(self, record: logging.LogRecord) -> None:
        self._found[f"{self._source}: {record.getMessage()}"] = None


def _texts(value) -> list[str]:
    """Every string in a patient's details, however nested (their own risks are a list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    return []


class Renderer:
    def __init__(self, library: Library):
        tag_element_languages()
        fixed_font_timestamps()
        self._library = library
        self._env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(library.folders("templates")),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            extensions=["jinja2.ext.i18n"],
        )
        self._env.install_gettext_callables(say, say_n, newstyle=True)
        self._env.globals["in_english"] = in_english
        self._env.filters.update(
            markdown=_markdown,
            markdown_inline=_markdown_inline,
            strip_date=strip_date,
            long_date=long_date,
            upper_first=upper_first,
            person_name=person_name,
            isolated=isolated,
            leaflet_words=leaflet_words,
            english_words=english_words,
            nhs_number=nhs_number,
        )
        self._env.globals["procedure_with_side"] = procedure_with_side
        self._env.globals["asset_url"] = lambda name: library.find("styles", name).as_uri()
        style_folders = library.folders("styles")
        self._fetcher = AssetOnlyFetcher(style_folders + font_folders())
        self._font_config = FontConfiguration()
        self._stylesheets: dict[str, list[weasyprint.CSS]] = {}
        self._warnings: dict[str, None] = {}  # in the order found, once each

    def language(self, tag: str, site: Site) -> PackLanguage:
        """The words of a pack in `tag`, from the library's catalogs as they are now (the
        preflight has checked the language can be printed)."""
        if tag == ENGLISH:
            return IN_ENGLISH
        return pack_language(read_catalog(tag, self._library.folders("locales")), site.bilingual_consent)

    @property
    def library(self) -> Library:
        return self._library

    def close(self) -> None:
        """Removes the fonts' temporary folder, for a process that ends without collecting this."""
        remove_font_folder(self._font_config)

    @functools.cached_property
    def fingerprint(self) -> str:
        """What a layout depends on besides its content: the library's templates and styles,
        the fonts and WeasyPrint."""
        return "/".join((self._library.fingerprint(), weasyprint.__version__, *font_versions()))

    @staticmethod
    def _style_names(large_print: bool) -> tuple[str, ...]:
        return STYLESHEETS + ((LARGE_PRINT_STYLESHEET,) if large_print else ())

    def stylesheets(self, site: Site, large_print: bool = False, margins: BodyMargins | None = None,
                    language: str = ENGLISH, scripts: tuple[str, ...] = ()) -> list[weasyprint.CSS]:
        """Fonts, the library's style files and the site's paper size, parsed once per edition;
        `margins` moves the body clear of a strip taller than the style sheets allow for. The
        fonts are the `language`'s, with the `scripts` families a patient's own text needs."""
        key = (site.paper, large_print, margins, language, scripts)
        if key not in self._stylesheets:
            css = [
                weasyprint.CSS(string=font_face_css(language, scripts), font_config=self._font_config,
                               url_fetcher=self._fetcher)
            ]
            for name in self._style_names(large_print):
                path = self._library.find("styles", name)
                with self._reporting(display_path(path)):
                    css.append(weasyprint.CSS(filename=str(path), font_config=self._font_config,
                                              url_fetcher=self._fetcher))
            css.append(weasyprint.CSS(string=f"@page {{ size: {PAPER_SIZES[site.paper]}; }}"))
            if margins is not None:  # named pages (the strip, the labels) keep their own margins
                css.append(weasyprint.CSS(string=f"@page {{ margin-top: {margins.top}mm; "
                                                 f"margin-bottom: {margins.bottom}mm; }}"))
            self._stylesheets[key] = css
        return self._stylesheets[key]

    def stylesheet_text(self, site: Site, large_print: bool = False, language: str = ENGLISH) -> Markup:
        """All of the pack's CSS as one text, for the browser preview's <style> element."""
        parts = [font_face_css(language)] + [self._library.find("styles", name).read_text(encoding="utf-8")
                                     for name in self._style_names(large_print)]
        parts.append(f"@page {{ size: {PAPER_SIZES[site.paper]}; }}")
        return Markup("\n".join(parts).replace("</", "<\\/"))

    def template_file(self, template_name: str) -> str:
        """Where the template in use comes from, for messages: a hospital's or the built-in one."""
        for folder in self._library.folders("templates"):
            if (folder / template_name).is_file():
                return display_path(folder / template_name)
        return template_name

    def html(self, template_name: str, **context) -> str:
        """The template rendered in the context's language (English where it names none)."""
        language: PackLanguage = context.get("language", IN_ENGLISH)
        token = CURRENT.set(language)
        try:
            return self._env.get_template(template_name).render(**context)
        except jinja2.TemplateNotFound as exc:
            searched = ", ".join(display_path(f) for f in self._library.folders("templates"))
            raise ContentError(f"Template {exc.name} not found in: {searched}") from None
        except jinja2.TemplateSyntaxError as exc:
            raise ContentError(f"Template {exc.filename} line {exc.lineno}: {exc.message}") from None
        except jinja2.UndefinedError as exc:
            raise ContentError(f"Template {template_name}: {exc.message}") from None
        finally:
            CURRENT.reset(token)

    def document(self, template_name: str, context: dict, large_print: bool = False,
                 margins: BodyMargins | None = None) -> weasyprint.Document:
        """`context` is the template's (context.pack_context), with the site at "site"."""
        html = self.html(template_name, **context)
        patient = context.get("patient")
        scripts = fonts_for_text(" ".join(_texts(patient.model_dump()))) if patient is not None else ()
        stylesheets = self.stylesheets(context["site"], large_print, margins,
                                       context.get("language", IN_ENGLISH).tag, scripts)
        with self._reporting(self.template_file(template_name)):
            return weasyprint.HTML(string=html, url_fetcher=self._fetcher).render(
                stylesheets=stylesheets, font_config=self._font_config)

    @contextmanager
    def _reporting(self, source: str):
        """WeasyPrint's warnings (bad CSS, a refused URL) while reading `source`, kept once each."""
        handler = _Collector(source, self._warnings)
        WEASYPRINT_LOG.addHandler(handler)
        try:
            yield
        finally:
            WEASYPRINT_LOG.removeHandler(handler)

    def warnings(self) -> tuple[str, ...]:
        """What WeasyPrint found wrong in the library's templates and styles, each said once."""
        return tuple(self._warnings)
