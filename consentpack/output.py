"""Files appear whole or not at all: write beside the target, then rename over it."""

import os
import tempfile
from pathlib import Path

from .errors import OutputError

# Read once, while the process is still single-threaded: os.umask can only be read by setting it.
_UMASK = os.umask(0)
os.umask(_UMASK)


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
