"""The engine as the desk holds it: one library and one warm pack builder for the server's
life, so a leaflet's shared pages are laid out once per server, not once per request."""

import threading
from datetime import date

from ..actions import MadePack, list_leaflets, one_pack
from ..layout.cache import LayoutCache
from ..library.folders import Library
from ..library.models import Leaflet
from ..patient.models import Patient
from ..pdf.pack import PackBuilder
from ..patient.preflight import Preflight
from ..layout.renderer import Renderer


class DeskEngine:
    def __init__(self, library: Library, cache: LayoutCache | None):
        self.library = library
        self._builder = PackBuilder(Renderer(library), cache)
        # One layout at a time in this process: the builder's caches are not thread-safe, and
        # WeasyPrint does not promise to be. A theatre list is laid out in worker processes,
        # or under this lock when it would be laid out here (see list_jobs.py).
        self.lock = threading.Lock()

    def leaflets(self) -> tuple[list[Leaflet], tuple[str, ...]]:
        listing = list_leaflets(self.library)
        return sorted(listing.leaflets, key=lambda leaflet: leaflet.title.lower()), listing.errors

    def leaflet(self, procedure: str) -> Leaflet:
        """The leaflet, through the preflight's own lookup (its messages for an unknown id)."""
        leaflet, _ = Preflight(self.library, date.today(), allow_expired=True).leaflet(procedure)
        return leaflet

    def pack(self, procedure: str, patient: Patient, today: date, allow_expired: bool, large_print: bool,
             form) -> MadePack:
        with self.lock:
            return one_pack(self._builder, procedure, patient, today, "patient details", allow_expired,
                             large_print, form=form)

    def warm(self) -> None:
        """Lays out every leaflet's shared pages before the first surgeon asks (in the background)."""
        from ..actions import sample_patient

        leaflets, _ = self.leaflets()
        for leaflet in leaflets:
            try:
                self.pack(leaflet.id, sample_patient(leaflet), date.today(), True, False, "auto")
            except Exception:  # a leaflet that cannot be made is reported when someone asks for it
                continue
