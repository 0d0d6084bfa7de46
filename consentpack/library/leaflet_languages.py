"""The languages one leaflet can be read in, and the state of each translation, for `check`,
`list` and the desk: current (reviewed and up to date), draft (up to date, not yet reviewed), or
stale (the English changed since, or a unit is missing or extra), with what makes it so."""

from ..errors import ContentError
from .folders import Library
from .models import Leaflet
from .translations import STALE, LeafletLanguage, drift, state

BROKEN = "unreadable"


def leaflet_languages(library: Library, leaflet: Leaflet) -> list[LeafletLanguage]:
    found = []
    for tag, path in library.translation_files(leaflet.id).items():
        try:
            translation = library.load_translation(path, leaflet.id, tag)
        except ContentError as exc:
            found.append(LeafletLanguage(tag, BROKEN, (str(exc),), path))
            continue
        lines = tuple(drift(leaflet, translation))
        found.append(LeafletLanguage(tag, STALE if lines else state(leaflet, translation), lines, path))
    return found
