"""The language of the document being rendered. Each render sets it (Renderer.html) and
`in_english` lends the English for a bilingual statement; whatever a template prints through
`say`, Python's risk figures included, follows it. A ContextVar, so the desk's threads each
render in their own patient's language."""

from contextvars import ContextVar

from markupsafe import Markup, escape

from ..library.languages import ENGLISH, IN_ENGLISH, PackLanguage

CURRENT: ContextVar[PackLanguage] = ContextVar("language", default=IN_ENGLISH)
LEAFLET_LANGUAGE = ENGLISH  # every leaflet's own words are English until translated leaflets come


def say(message: str) -> str:
    return CURRENT.get().gettext(message)


def say_n(singular: str, plural: str, n: int) -> str:
    return CURRENT.get().ngettext(singular, plural, n)


def in_english(caller) -> str:
    """What a {% call %} block says, rendered again in English: the consent form's statements
    appear in both languages, so the staff who keep the record can read it."""
    token = CURRENT.set(IN_ENGLISH)
    try:
        return caller()
    finally:
        CURRENT.reset(token)


def leaflet_words(html: str, block: bool = False) -> Markup:
    """The leaflet's own words in a pack in another language, marked as the leaflet's language
    and direction: a screen reader switches voice, and English sentences on a right-to-left page
    keep their full stops at their ends."""
    text = html if isinstance(html, Markup) else escape(html)
    if CURRENT.get().tag == LEAFLET_LANGUAGE:
        return text
    element = "div" if block else "span"
    return Markup('<{0} lang="{1}" dir="ltr">{2}</{0}>').format(Markup(element), LEAFLET_LANGUAGE, text)


def isolated(text: str, direction: str = "ltr") -> Markup:
    """On a right-to-left page, `text` in a <bdi> of its own direction, so '943 476 5919' or
    '12-Mar-1961' never reads back reordered and a Latin name stays left to right. A
    left-to-right page is left as it is."""
    if CURRENT.get().direction != "rtl":
        return escape(text)
    return Markup('<bdi dir="{}">{}</bdi>').format(direction, text)
