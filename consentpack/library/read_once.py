"""Library files (leaflets, their translations, the site file) read and validated once per process.

A desk or a long batch asks for the same leaflet for every pack; parsing its YAML and
validating it again each time was a twelfth of a pack's time. A file is read again when its
size or modification time changes, and its object is kept if the content is the same, so an
edit is seen by the next pack and a touched file costs one read.
"""

import hashlib
import os
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG
from threading import Lock
from typing import TypeVar

from ..limits import YAML_BYTES

T = TypeVar("T")

HELD_FILES = 512  # far more than a library's leaflets and translations


@dataclass(frozen=True)
class _Held:
    signature: tuple[int, int]  # size, modification time in nanoseconds
    digest: bytes
    value: object


_held: OrderedDict[tuple[str, Path], _Held] = OrderedDict()
_lock = Lock()


def _signature(status: os.stat_result) -> tuple[int, int]:
    return status.st_size, status.st_mtime_ns


def read_once(kind: str, path: Path, load: Callable[[Path], T]) -> T:
    """`load(path)`'s validated object, kept while the file is unchanged. `kind` names what
    `load` makes of the file, so one file read two ways is held twice. A file that fails to
    load is not held: its error is raised every time it is asked for."""
    key = (kind, path)
    try:
        status = path.stat()
    except OSError:
        return load(path)  # which names the file and says why it cannot be read
    if not S_ISREG(status.st_mode) or status.st_size > YAML_BYTES:
        return load(path)  # which refuses a pipe or an oversized file, naming it, and never waits
    signature = _signature(status)
    with _lock:
        held = _held.get(key)
        if held is not None:
            _held.move_to_end(key)
    if held is not None and held.signature == signature:
        return held.value  # type: ignore[return-value]
    digest = hashlib.sha256(path.read_bytes()).digest()
    value = held.value if held is not None and held.digest == digest else load(path)
    if _signature(path.stat()) == signature:  # not changed while it was read
        with _lock:
            _held[key] = _Held(signature, digest, value)
            while len(_held) > HELD_FILES:
                _held.popitem(last=False)
    return value  # type: ignore[return-value]
