"""The one template context: every template of a pack, and the whole-pack preview, is rendered
from the same names built the same way, so no two documents can disagree about a figure or a date.
"""

from datetime import date

from ..library.languages import IN_ENGLISH, PackLanguage
from ..library.models import Leaflet, Site
from ..patient.consent_forms import FORMS
from ..patient.models import Patient
from .recovery_dates import stage_dates
from .risk_figures import risk_figures, scale


def pack_context(leaflet: Leaflet, site: Site, patient: Patient | None = None, today: date | None = None,
                 procedure_date: date | None = None, form: int | None = None,
                 pack_id: str | None = None, language: PackLanguage = IN_ENGLISH) -> dict:
    """`patient`, `today` and `pack_id` are None for the parts every patient shares;
    `procedure_date` dates the recovery stages (a shared part's date only when the leaflet's
    stages are dated); `form` is the consent form's number, None for the leaflet, which is the
    same whatever the form. `language` is the pack's: its words, and the locale of its dates
    (an English pack's dates follow the site's locale)."""
    locale = site.locale if language.english else language.tag.replace("-", "_")
    return {
        "language": language,
        "locale": locale,
        "scale": scale(language),
        "leaflet": leaflet,
        "site": site,
        "patient": patient,
        "today": today,
        "pack_id": pack_id,
        "form": FORMS[form] if form is not None else None,
        "risks": risk_figures(leaflet, site, language),
        "recovery_dates": stage_dates(leaflet, procedure_date, locale),
    }
