"""Recovery stages as calendar dates once the operation date is known: '9–22 December'."""

from datetime import date, timedelta

from babel.dates import format_date

from ..library.models import Leaflet


def has_dated_stages(leaflet: Leaflet) -> bool:
    return any(stage.from_day is not None for stage in leaflet.sections.recovery)


def stage_dates(leaflet: Leaflet, procedure_date: date | None, locale: str) -> list[str | None]:
    """For each recovery stage, its dates in the site's language, or None where none apply."""
    dates = []
    for stage in leaflet.sections.recovery:
        if procedure_date is None or stage.from_day is None:
            dates.append(None)
            continue
        start = procedure_date + timedelta(days=stage.from_day)
        end = procedure_date + timedelta(days=stage.to_day)
        dates.append(_span(start, end, locale))
    return dates


def _span(start: date, end: date, locale: str) -> str:
    """Month names in the site's language; Babel's own intervals abbreviate them."""
    if start == end:
        return format_date(start, "d MMMM", locale=locale)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end, 'd MMMM', locale=locale)}"
    return f"{format_date(start, 'd MMMM', locale=locale)} – {format_date(end, 'd MMMM', locale=locale)}"
