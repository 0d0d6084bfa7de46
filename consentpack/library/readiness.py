"""Whether a leaflet may reach a patient, and what the person printing it should know: shared by
the preflight (every pack) and `consentpack check` (the patient information lead)."""

import re
from datetime import date

from .models import Leaflet, Site

UNFINISHED = re.compile(r"\bTODO\b")


def unfinished_fields(leaflet: Leaflet) -> list[str]:
    """Fields that still say TODO anywhere in them (a skeleton's placeholders), in file order."""
    found = []

    def walk(value, field):
        if isinstance(value, str) and UNFINISHED.search(value) and field not in found:
            found.append(field)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"sections.{key}" if field == "sections" else field or key)
        elif isinstance(value, list):
            for item in value:
                walk(item, field)

    walk(leaflet.model_dump(mode="json"), "")
    return found


def past_review(leaflet: Leaflet, today: date) -> str | None:
    """Why a leaflet must not be printed without --allow-expired, or None."""
    if leaflet.review_due < today:
        return (f"Leaflet {leaflet.id} version {leaflet.version} was due for review on "
                f"{leaflet.review_due.isoformat()}; ask the patient information lead for a current "
                "version, or use --allow-expired to print it marked on every page as past its review date")
    return None


def cannot_print(leaflet: Leaflet, today: date, allow_expired: bool) -> str | None:
    """Why a leaflet must not reach a patient, or None: unfinished, or past its review date
    without --allow-expired."""
    if unfinished := unfinished_fields(leaflet):
        return (f"Leaflet {leaflet.id} is not finished: {', '.join(unfinished)} still say TODO; "
                f"run consentpack check {leaflet.id}")
    return None if allow_expired else past_review(leaflet, today)


def unknown_local_figures(leaflet: Leaflet, site: Site) -> list[str]:
    """Risk names in the site's own figures for `leaflet` that the leaflet does not have."""
    local = site.local_figures.get(leaflet.id)
    names = {risk.name for risk in leaflet.sections.risks}
    return [name for name in local.risks if name not in names] if local else []


def leaflet_warnings(leaflet: Leaflet, site: Site, today: date) -> list[str]:
    """What the person printing should know about the leaflet itself."""
    warnings = []
    missing = sum(risk.frequency is None for risk in leaflet.sections.risks)
    if missing:
        verbs = "has no figure yet and is" if missing == 1 else "have no figure yet and are"
        warnings.append(f"leaflet {leaflet.id}: {missing} of its risks {verbs} marked for review "
                        "(see consentpack check)")
    if leaflet.review_due < today:
        warnings.append(f"leaflet {leaflet.id} is past its review date; every page of the pack says so")
    if unknown := unknown_local_figures(leaflet, site):
        warnings.append(f"site file local_figures.{leaflet.id}: no risk called "
                        f"{', '.join(repr(name) for name in unknown)} in leaflet {leaflet.id}, so the "
                        "leaflet's own figure is printed; its risks are: "
                        + ", ".join(risk.name for risk in leaflet.sections.risks))
    return warnings
