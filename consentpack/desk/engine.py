"""The engine as the desk holds it: one library and one warm pack builder for the server's
life, so a leaflet's shared pages are laid out once per server, not once per request.

It decides every lock the desk takes around a layout, so no page or job has to know where a
pack is laid out: one layout at a time in this process (the builder's caches are not
thread-safe, and WeasyPrint does not promise to be), and a theatre list's workers started
afresh rather than forked from a server full of threads. When the desk stops, it stops them."""

import dataclasses
import logging
import multiprocessing
import threading
import time
from datetime import date
from typing import Callable

from ..actions import MadePack, list_leaflets, one_pack, sample_patient
from ..batch.run import BatchOptions, BatchReport, run_batch
from ..errors import ConsentPackError, scrubbed_traceback
from ..layout.cache import LayoutCache
from ..layout.renderer import Renderer
from ..library.folders import Library
from ..library.languages import ENGLISH, catalog_files, english_name, own_name, read_catalog
from ..library.models import Leaflet
from ..library.translations import LeafletLanguage
from ..lists.rows import TheatreList
from ..patient.models import FormChoice, Patient
from ..patient.preflight import Preflight
from ..pdf.pack import PackBuilder

log = logging.getLogger(__name__)

ProgressStart = Callable[[int], Callable[[int], None]]


# How a theatre list's worker processes start: never by fork, which could copy into a worker a
# lock that another of the server's threads holds, and hang it. Not forkserver either: a worker
# stops at once when its parent is not the process that runs the batch (files/worker_life.py),
# and a fork server's workers are its children. Spawn starts them as the batch's own children.
WORKER_START_METHOD = "spawn"


class DeskEngine:
    def __init__(self, library: Library, cache: LayoutCache | None):
        self.library = library
        self.cache = cache
        self._builder = PackBuilder(Renderer(library), cache)
        self._layout = threading.Lock()  # held by whatever lays out in this process

    def leaflets(self) -> tuple[list[Leaflet], tuple[str, ...], dict[str, tuple[LeafletLanguage, ...]]]:
        """`list`'s leaflets by title, the messages of those that do not load, and each one's
        translations with their states (by leaflet id)."""
        listing = list_leaflets(self.library)
        return (sorted(listing.leaflets, key=lambda leaflet: leaflet.title.lower()), listing.errors,
                listing.languages)

    def leaflet(self, procedure: str) -> Leaflet:
        """The leaflet, through the preflight's own lookup (its messages for an unknown id)."""
        leaflet, _ = Preflight(self.library, date.today(), allow_expired=True).leaflet(procedure)
        return leaflet

    def pack(self, procedure: str, patient: Patient, today: date, allow_expired: bool, large_print: bool,
             form: FormChoice, language: str = ENGLISH, allow_draft_translation: bool = False) -> MadePack:
        with self._layout:
            return one_pack(self._builder, procedure, patient, today, "patient details", allow_expired,
                            large_print, form=form, language=language,
                            allow_draft_translation=allow_draft_translation)

    def languages(self, today: date, leaflet: Leaflet) -> list[tuple[str, str]]:
        """(tag, name) for each language the one-patient form offers for `leaflet`, as the preflight
        decides it: one the site prints whose catalog is complete, and in which the preflight would
        print this leaflet (a current or draft translation, or the English leaflet where the site
        has english_leaflet_fallback). English first, each as 'polski (Polish)'; a language printed
        with the English leaflet says so, and a draft (the leaflet's translation or the catalog) is
        named as one: the form's own checkbox must allow it before it is printed."""
        preflight = Preflight(self.library, today, allow_draft_translation=True)
        folders = self.library.folders("locales")
        offered = []
        for tag in sorted(preflight.offered(), key=lambda tag: (tag != ENGLISH, english_name(tag))):
            if tag == ENGLISH:
                offered.append((tag, english_name(tag)))
                continue
            if not catalog_files(tag, folders) or preflight.language_problem(tag) is not None:  # no catalog: no words
                continue
            printed = preflight.in_language(leaflet, tag)
            if printed.problem:  # no translation (and no fallback), a stale or unreadable one
                continue
            notes = [*(["English leaflet"] if printed.language == ENGLISH else []),
                     *(["draft translation"] if printed.draft or not read_catalog(tag, folders).reviewed else [])]
            offered.append((tag, ", ".join([f"{own_name(tag)} ({english_name(tag)})", *notes])))
        return offered

    def check_list(self, theatre_list: TheatreList, options: BatchOptions) -> BatchReport:
        """`batch --check`: every row through the preflight; nothing is laid out or written, so no lock."""
        return run_batch(theatre_list, self.library, dataclasses.replace(options, check_only=True, print_file=None))

    def make_list(self, theatre_list: TheatreList, options: BatchOptions,
                  progress_start: ProgressStart) -> BatchReport:
        """`batch` on a theatre list: in spawned worker processes, or, where batch makes the packs
        in this process, under the lock every layout here takes."""
        options = dataclasses.replace(options, start_method=WORKER_START_METHOD, in_process_lock=self._layout)
        return run_batch(theatre_list, self.library, options, progress_start)

    def warm(self) -> None:
        """Lays out every leaflet's shared pages before the first surgeon asks (in the background)."""
        leaflets, _, _ = self.leaflets()
        for leaflet in leaflets:
            try:
                self.pack(leaflet.id, sample_patient(leaflet), date.today(), True, False, "auto")
            except ConsentPackError:  # a leaflet that cannot be made is reported when someone asks for it
                continue
            except Exception as exc:  # a fault of the desk: logged, and the other leaflets still warmed
                log.error("warming leaflet %s failed:\n%s", leaflet.id, scrubbed_traceback(exc))

    @staticmethod
    def stop_workers(finished: Callable[[], bool], seconds: float) -> None:
        """Kills every theatre list's worker processes, and those batch starts in place of the dead
        ones (it makes each lost pack again), until `finished()` says the lists' runs have returned.
        A killed worker makes nothing more, so each run soon ends with its packs reported lost."""
        deadline = time.monotonic() + seconds
        while not finished() and time.monotonic() < deadline:
            for worker in multiprocessing.active_children():  # the desk starts no other processes
                worker.kill()
            time.sleep(0.05)

    def stop(self, seconds: float) -> None:
        """Waits (at most `seconds`) for the pack being laid out here, and lays out nothing more, so
        nothing writes into the temporary folder the desk deletes as it stops."""
        self._layout.acquire(timeout=seconds)
