"""Files appear whole or not at all: write beside the target, then rename over it."""

import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..errors import OutputError

# Read once, while the process is still single-threaded: os.umask can only be read by setting it.
_UMASK = os.umask(0)
os.umask(_UMASK)

# What mkstemp makes of the prefix and suffix below: eight random letters, digits or '_'.
_UNFINISHED = re.compile(r"\.(?P<target>.+)\.[a-z0-9_]{8}\.part")


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A file to write `path` through, for output too large to hold in memory: a reader (or a
    printer queue) never sees it half-written, and if the block fails, whatever was at `path`
    before is left untouched. An OSError in the block (a full disk) becomes an OutputError."""
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise OutputError(f"Cannot write {path}: {exc.strerror}", exc.strerror) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~_UMASK)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"Cannot write {path}: {exc.strerror}", exc.strerror) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: bytes) -> None:
    """`data` at `path`, whole or not at all (see atomic_file)."""
    with atomic_file(path) as handle:
        handle.write(data)


def remove_unfinished(folder: Path, is_target: Callable[[str], bool]) -> int:
    """Deletes the temporary files of writes that were killed before their rename, for the
    targets `is_target` accepts, and returns how many there were. Only for a folder no other
    process is writing to: there, such a file is never going to be finished."""
    removed = 0
    with os.scandir(folder) as entries:
        for entry in entries:
            match = _UNFINISHED.fullmatch(entry.name)
            if match and is_target(match["target"]) and entry.is_file(follow_symlinks=False):
                Path(entry.path).unlink(missing_ok=True)
                removed += 1
    return removed
