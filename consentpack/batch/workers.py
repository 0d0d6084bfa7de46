"""The worker processes of a batch: one PackBuilder each, tied to the batch's life.

A worker exits when the batch process does, however it is stopped, so nothing is left
running and writing packs. A worker that dies (out of memory, a crash inside a library)
costs only the pack it was making: packs not yet started go to a fresh pool, and each pack
that was being made when a worker died is made again on its own, so the one that kills its
worker is found and failed while the others are made.
"""

import ctypes
import hashlib
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from ..actions import make_pack
from ..errors import ConsentPackError, scrubbed_traceback
from ..files.atomic import atomic_write
from ..files.worker_life import start_worker
from ..layout.cache import LayoutCache
from ..layout.renderer import Renderer
from ..library.folders import Library
from ..patient.models import PackRequest
from ..patient.printing import Printing
from ..pdf.pack import PackBuilder

_log = logging.getLogger(__name__)

LOST = ("could not be produced: the worker process making it stopped unexpectedly, twice; "
        "nothing was written")
NOT_STARTED = "could not be produced: no worker process could be started; nothing was written"


@dataclass(frozen=True)
class Job:
    row: int
    request: PackRequest
    output: Path
    printing: Printing
    today: date
    password: str | None
    archive: bool


# (pages, SHA-256 of the PDF, WeasyPrint's warnings about the library) or why it failed
Outcome = tuple[int, str, tuple[str, ...]] | ConsentPackError
Done = Callable[[Job, Outcome], None]


def make_job(builder: PackBuilder, job: Job) -> tuple[int, str, tuple[str, ...]]:
    """Makes one job's pack and writes it whole. A failure costs only this pack: an unexpected
    one is logged with its traceback (values withheld) and becomes a ConsentPackError, which
    always survives the trip back from a worker process."""
    try:
        made = make_pack(builder, job.request, job.today, job.printing, job.password, job.archive)
        atomic_write(job.output, made.pdf)
    except ConsentPackError:
        raise
    except Exception as exc:
        _log.error("a pack could not be made:\n%s", scrubbed_traceback(exc))
        raise ConsentPackError(f"could not be produced: ConsentPack failed unexpectedly ({type(exc).__name__}; "
                               "its trace is in the log); nothing was written") from None
    return made.pages, hashlib.sha256(made.pdf).hexdigest(), made.warnings


_builder: PackBuilder | None = None
_started = None  # shared with the parent: job index -> a worker has begun it


def _builder_for(roots: tuple[Path, ...], cache_folder: Path | None) -> PackBuilder:
    """A worker's builder: the shared layouts come from the cache on disk when an earlier run,
    or another worker, laid them out already."""
    return PackBuilder(Renderer(Library(roots)), LayoutCache(cache_folder) if cache_folder else None)


def _start_worker(roots: tuple[Path, ...], cache_folder: Path | None, parent: int, started) -> None:
    global _builder, _started
    start_worker(parent)
    _started = started
    _builder = _builder_for(roots, cache_folder)
    # A worker ends with os._exit, after multiprocessing's own exit hooks: only these run.
    multiprocessing.util.Finalize(None, _builder.renderer.close, exitpriority=0)


def _produce(job: Job, index: int) -> tuple[int, str, tuple[str, ...]]:
    _started[index] = True
    return make_job(_builder, job)


def _pool(jobs: list[Job], indices: list[int], builds: tuple, size: int, started, done: Done, context):
    """Runs `indices` in one pool, its workers' builders made from `builds` (the library's
    roots and the layout cache's folder); returns those the pool lost when a worker died, as
    (never started, started)."""
    unstarted, lost = [], []
    with ProcessPoolExecutor(size, mp_context=context, initializer=_start_worker,
                             initargs=(*builds, os.getpid(), started)) as pool:
        futures = {pool.submit(_produce, jobs[index], index): index for index in indices}
        waiting = set(futures)

        def finish(future):
            waiting.discard(future)
            index = futures[future]
            try:
                outcome = future.result()
            except BrokenProcessPool:
                (lost if started[index] else unstarted).append(index)
                return
            except ConsentPackError as exc:
                outcome = exc
            done(jobs[index], outcome)

        try:
            for future in as_completed(futures):
                finish(future)
        except KeyboardInterrupt:  # packs already handed to a worker are finished and recorded
            for future in [future for future in waiting if not future.cancel()]:
                future.exception()  # waits for it
                finish(future)
            raise
    return unstarted, lost


def run_jobs(jobs: list[Job], roots: tuple[Path, ...], workers: int, done: Done,
             start_method: str | None = None, in_process_lock: AbstractContextManager | None = None,
             cache_folder: Path | None = None) -> None:
    """Makes every job, calling done(job, outcome) as each finishes. On KeyboardInterrupt (or
    SIGTERM turned into one), packs already begun are finished and recorded before it is raised
    again; the jobs never begun are simply not done. One pack, or one worker, is made in this
    process, holding `in_process_lock`. With `cache_folder`, shared layouts are kept there
    between runs and workers."""
    builds = (roots, cache_folder)
    if workers <= 1 or len(jobs) <= 1:
        with in_process_lock or nullcontext():
            builder = _builder_for(*builds)
            for job in jobs:
                try:
                    outcome = make_job(builder, job)
                except ConsentPackError as exc:
                    outcome = exc
                done(job, outcome)
        return
    context = multiprocessing.get_context(start_method)
    started = context.RawArray(ctypes.c_bool, len(jobs))
    waiting = list(range(len(jobs)))
    while waiting:
        unstarted, lost = _pool(jobs, waiting, builds, workers, started, done, context)
        for index in lost:  # alone, so a pack that kills its worker cannot take another with it
            if any(_pool(jobs, [index], builds, 1, started, done, context)):
                done(jobs[index], ConsentPackError(LOST))
        if unstarted and not lost:  # the pool broke before any pack began: workers cannot start
            for index in unstarted:
                done(jobs[index], ConsentPackError(NOT_STARTED))
            return
        waiting = unstarted
