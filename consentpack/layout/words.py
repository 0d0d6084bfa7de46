"""The language of the document being rendered. Each render sets it (Renderer.html) and
`in_english` lends the English for a bilingual statement; whatever a template prints through
`say`, Python's risk figures included, follows it. A ContextVar, so the desk's threads each
render in their own patient's language."""

from contextvars import ContextVar

from markupsafe import Markup, escape

from ..library.languages import IN_ENGLISH, PackLanguage, direction

CURRENT: ContextVar[PackLanguage] = ContextVar("language", default=IN_ENGLISH)


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


def english_words(text: str) -> Markup:
    """Words that are English in every pack (a figure's source, a hospital's own notes on its
    figures), marked so in a pack in another language."""
    text = text if isinstance(text, Markup) else escape(text)
    if CURRENT.get().english:
        return text
    return Markup('<span lang="en" dir="ltr">{}</span>').format(text)


def leaflet_words(html: str, block: bool = False) -> Markup:
    """The leaflet's own words in a pack in another language (an English leaflet in a Polish
    pack), marked as the leaflet's language and direction: a screen reader switches voice, and
    English sentences on a right-to-left page keep their full stops at their ends."""
    text = html if isinstance(html, Markup) else escape(html)
    language = CURRENT.get()
    if language.tag == language.leaflet:
        return text
    element = "div" if block else "span"
    return Markup('<{0} lang="{1}" dir="{2}">{3}</{0}>').format(
        Markup(element), language.leaflet, direction(language.leaflet), text)


def isolated(text: str, direction: str = "ltr") -> Markup:
    """On a right-to-left page, `text` in a <bdi> of its own direction, so '943 476 5919' or
    '12-Mar-1961' never reads back reordered and a Latin name stays left to right. A
    left-to-right page is left as it is."""
    if CURRENT.get().direction != "rtl":
        return escape(text)
    return Markup('<bdi dir="{}">{}</bdi>').format(direction, text)
