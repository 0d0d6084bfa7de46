"""One run at a time in an output folder: two batches writing the same packs would each record
only their own in manifest.csv, and one could remove the other's unfinished files; two runs of
`file` would each merge scans into a record without the other's pages.

The lock is an flock on a file in the folder, so the system releases it when its holder dies,
however it dies, and the next run takes it over. The file holds the holder's process id for
the message a second run shows, and is removed when the batch ends.
"""

import os
from pathlib import Path

from ..errors import UsageError
from .paths import display_path

try:
    import fcntl
except ImportError:  # Windows has no flock
    fcntl = None

LOCK_NAME = ".consentpack.lock"


class FolderLock:
    """Held for the whole of a run; `warning` says when the system cannot lock at all. `job`
    names the command in messages: "batch" or "filing run"."""

    def __init__(self, folder: Path, job: str = "batch"):
        self._folder = folder
        self._job = job
        self._fd: int | None = None
        self.warning: str | None = None

    def __enter__(self) -> "FolderLock":
        if fcntl is None:
            self.warning = (f"this system cannot lock {display_path(self._folder)}/: make sure no other "
                            f"ConsentPack {self._job} writes to it at the same time")
            return self
        path = self._folder / LOCK_NAME
        while self._fd is None:
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise UsageError(f"Cannot use {display_path(self._folder)} as the output folder: "
                                 f"{exc.strerror}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
                os.close(fd)
                process = f" (process {holder})" if holder.isdigit() else ""
                raise UsageError(f"{display_path(self._folder)}/ is being written by another ConsentPack "
                                 f"{self._job}{process}; wait for it to finish") from None
            if _same_file(fd, path):
                self._fd = fd
            else:  # its holder removed it as we opened it: lock the file that is there now
                os.close(fd)
        os.ftruncate(self._fd, 0)  # a process that died holding it left its own id here
        os.pwrite(self._fd, f"{os.getpid()}\n".encode(), 0)
        return self

    def __exit__(self, *exc_info) -> None:
        if self._fd is not None:
            (self._folder / LOCK_NAME).unlink(missing_ok=True)  # while still holding it
            os.close(self._fd)
            self._fd = None


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False
