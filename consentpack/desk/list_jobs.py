"""Theatre lists at the desk: the upload checked row by row as `batch --check` does, then the
packs made by `batch` itself in the background, with its progress, into a ZIP.

Each list lives in its own temporary folder (the upload, the packs, the ZIP), which is deleted
once the ZIP has been sent, when the list is abandoned for 30 minutes, or when the server
stops. Nothing else is written to disk. What a list's page says names its files as the list
does, never the folder they are in.
"""

import dataclasses
import logging
import shutil
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..batch.manifest import FAILED as FAILED_ROW
from ..batch.run import BatchOptions, BatchReport
from ..errors import ConsentPackError, scrubbed_traceback
from ..files.naming import DEFAULT_TEMPLATE, NameTemplate, slug
from ..lists.reader import read_theatre_list
from ..lists.rows import TheatreList
from .engine import DeskEngine
from .shown_paths import ShownPaths

ABANDONED_AFTER = 30 * 60  # seconds
PRINT_FILE = "print-all.pdf"
CHECKED, MAKING, MADE, FAILED = "checked", "making", "made", "failed"

log = logging.getLogger(__name__)


@dataclass
class ListJob:
    id: str
    owner: str  # the session that uploaded it: no one else sees it
    folder: Path
    list_name: str
    allow_expired: bool
    allow_draft_translation: bool = False  # a row's own allow_draft_translation cell decides for it
    state: str = CHECKED
    rows: int = 0
    report: BatchReport | None = None
    problems: list[str] = field(default_factory=list)  # the check's, then the run's
    warnings: list[str] = field(default_factory=list)
    total: int = 0
    done: int = 0
    touched: float = field(default_factory=time.monotonic)
    theatre_list: TheatreList | None = None
    runner: threading.Thread | None = None  # the thread running batch, once the list is being made

    @property
    def zip_path(self) -> Path:
        return self.folder / f"packs-{Path(self.list_name).stem}.zip"

    @property
    def upload_folder(self) -> Path:
        return self.folder / "upload"


class ListJobs:
    """Every list the desk holds, by a random id; abandoned ones are removed as others come."""

    def __init__(self, engine: DeskEngine, jobs: int, max_rows: int, shown: ShownPaths):
        self._engine = engine
        self._library = engine.library
        self._workers = jobs
        self._max_rows = max_rows
        self._shown = shown
        self._jobs: dict[str, ListJob] = {}
        self._lock = threading.Lock()
        self._stopping = False

    def check(self, job_id: str, owner: str, upload_name: str, data: bytes, allow_expired: bool,
              today: date, allow_draft_translation: bool = False) -> ListJob:
        """Saves the upload in a new folder and checks every row; the job remembers the problems."""
        self.forget_abandoned()
        suffix = Path(upload_name).suffix.lower()
        name = (slug(Path(upload_name).stem) or "theatre-list") + suffix
        folder = Path(tempfile.mkdtemp(prefix="consentpack-desk-"))
        job = ListJob(job_id, owner, folder, name, allow_expired, allow_draft_translation)
        with self._lock:
            self._jobs[job_id] = job
        path = job.upload_folder / name
        path.parent.mkdir()
        path.write_bytes(data)
        try:
            theatre_list = read_theatre_list(path, library=self._library)
        except ConsentPackError as exc:
            job.state, job.problems = FAILED, self._shown_for(job, [str(exc)])
            return job
        theatre_list = dataclasses.replace(theatre_list, name=name)
        if len(theatre_list.rows) > self._max_rows:
            job.state = FAILED
            job.problems = [f"{name}: has {len(theatre_list.rows):,} patient rows; the desk takes at most "
                            f"{self._max_rows:,} at a time: split the list, or use consentpack batch"]
            return job
        report = self._engine.check_list(theatre_list, self._options(job, today))
        job.theatre_list, job.rows = theatre_list, report.rows
        job.problems, job.warnings = self._shown_for(job, report.problems), self._shown_for(job, report.warnings)
        job.total = report.rows - report.count(FAILED_ROW)
        return job

    def make(self, job: ListJob, today: date) -> None:
        """Starts `batch` on a checked list in the background, once however often it is asked
        (a double click sends the form twice); the job's page follows its progress."""
        with self._lock:
            if job.state != CHECKED or not job.total or self._stopping:
                return
            job.state, job.done, job.touched = MAKING, 0, time.monotonic()

        def progress_start(total):
            job.total = total

            def advance(count):
                job.done += count
                job.touched = time.monotonic()
            return advance

        def run():
            try:
                report = self._engine.make_list(job.theatre_list, self._options(job, today), progress_start)
                if self._stopping:  # its folder is about to go, with whatever was made
                    return
                _zip(job)
            except ConsentPackError as exc:
                self._finish(job, FAILED, problems=[str(exc)])
            except Exception as exc:  # a fault of the desk: its trace logged, the list's contents never
                log.error("theatre list %s failed:\n%s", job.id[:6], scrubbed_traceback(exc))
                self._finish(job, FAILED, problems=[f"the packs could not be made ({type(exc).__name__}); "
                                                    "tell whoever runs the desk: its log says where it failed"])
            else:
                self._finish(job, MADE, report)

        job.runner = threading.Thread(target=run, name=f"list-{job.id[:6]}", daemon=True)
        job.runner.start()

    def _finish(self, job: ListJob, state: str, report: BatchReport | None = None,
                problems: list[str] | None = None) -> None:
        with self._lock:
            if report is not None:
                job.report = report
                job.problems, job.warnings = self._shown_for(job, report.problems), self._shown_for(job, report.warnings)
            else:
                job.problems = self._shown_for(job, problems)
            job.state, job.touched = state, time.monotonic()

    def _shown_for(self, job: ListJob, lines: list[str]) -> list[str]:
        """The list's upload by its name, its packs by theirs: never the folder they are in."""
        return [self._shown.message(line, (job.upload_folder, job.folder)) for line in lines]

    def _options(self, job: ListJob, today: date) -> BatchOptions:
        packs = job.folder / "packs"
        return BatchOptions(output_folder=packs, name_template=NameTemplate(DEFAULT_TEMPLATE),
                            jobs=self._workers, today=today, print_file=packs / PRINT_FILE,
                            allow_expired=job.allow_expired, allow_draft_translation=job.allow_draft_translation,
                            layout_cache=self._engine.cache.folder if self._engine.cache else None)

    def get(self, job_id: str, owner: str) -> ListJob | None:
        self.forget_abandoned()
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None or job.owner != owner:
            return None
        job.touched = time.monotonic()
        return job

    def forget(self, job: ListJob) -> None:
        with self._lock:
            self._jobs.pop(job.id, None)
        shutil.rmtree(job.folder, ignore_errors=True)

    def forget_abandoned(self) -> None:
        now = time.monotonic()
        with self._lock:
            old = [job for job in self._jobs.values()
                   if job.state != MAKING and now - job.touched > ABANDONED_AFTER]
        for job in old:
            self.forget(job)

    def forget_all(self) -> None:
        with self._lock:
            jobs = list(self._jobs.values())
        for job in jobs:
            self.forget(job)

    def stop(self, seconds: float) -> None:
        """The desk is stopping: no list starts; each list being made loses its worker processes
        until its batch returns (at most `seconds`), and every list's folder is deleted."""
        with self._lock:
            self._stopping = True
            runners = [job.runner for job in self._jobs.values() if job.runner is not None]
        self._engine.stop_workers(lambda: not any(runner.is_alive() for runner in runners), seconds)
        self.forget_all()


def _zip(job: ListJob) -> None:
    """The packs, manifest.csv and the print file, stored (PDFs hardly compress)."""
    packs = job.folder / "packs"
    with zipfile.ZipFile(job.zip_path, "w", zipfile.ZIP_STORED) as archive:
        for path in sorted(packs.iterdir()):
            if path.is_file() and not path.name.startswith("."):
                archive.write(path, path.name)
