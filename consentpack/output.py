"""Files appear whole or not at all: write beside the target, then rename over it."""

import os
import re
import tempfile
from pathlib import Path
from typing import Callable

from .errors import OutputError

# Read once, while the process is still single-threaded: os.umask can only be read by setting it.
_UMASK = os.umask(0)
os.umask(_UMASK)

# What mkstemp makes of the prefix and suffix below: eight random letters, digits or '_'.
_UNFINISHED = re.compile(r"\.(?P<target>.+)\.[a-z0-9_]{8}\.part")


def atomic_write(path: Path, data: bytes) -> None:
    """A reader (or a printer queue) never sees a half-written PDF, and a failed run leaves
    whatever was at `path` before untouched."""
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise OutputError(f"Cannot write {path}: {exc.strerror}", exc.strerror) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
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
