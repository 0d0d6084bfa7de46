"""Shared layouts kept on disk between runs, so a single pack does not lay its leaflet out again.

The leaflet and consent form sections 4-8 are the same for every patient of a leaflet, site
and edition, and the page labels for every pack of one length. An entry holds the PDFs
WeasyPrint wrote for them (and, for the leaflet, the page each section starts on). It is keyed by a hash of everything the layout depends on (the caller's
key material: leaflet, site, edition, templates, styles, fonts, versions), written whole by an
atomic rename into a folder only the user can read, and never trusted: an entry that does not
parse, or that names another key, is reported as missing, so the caller lays it out again.
"""

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import OutputError
from ..files.atomic import atomic_write

FORMAT = "consentpack-layout-2"


def cache_key(*material: str) -> str:
    """A hex digest of the entry's key material, in order."""
    digest = hashlib.sha256(FORMAT.encode())
    for part in material:
        digest.update(b"\0" + part.encode())
    return digest.hexdigest()


def default_folder() -> Path:
    """The user's own cache folder (XDG on Linux, the platform's equivalent elsewhere)."""
    import platformdirs  # only a command that lays out a pack needs it

    return Path(platformdirs.user_cache_dir("consentpack", appauthor=False)) / "layouts"


@dataclass(frozen=True)
class Entry:
    """Laid-out PDFs, and what the caller needs to know about them that a PDF does not say
    (`meta`, anything JSON can hold)."""

    meta: object
    pdfs: tuple[bytes, ...]


class LayoutCache:
    """A folder of entries, one file per key: a JSON header line, then the PDFs one after another."""

    def __init__(self, folder: Path):
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.layout"

    def load(self, key: str) -> Entry | None:
        """The entry for `key`, or None when there is none or it cannot be trusted."""
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        header, _, body = data.partition(b"\n")
        try:
            head = json.loads(header)
            sizes = [int(size) for size in head["sizes"]]
            if head["format"] != FORMAT or head["key"] != key or sum(sizes) != len(body):
                return None
        except (ValueError, KeyError, TypeError):
            return None
        pdfs, start = [], 0
        for size in sizes:
            pdfs.append(body[start:start + size])
            start += size
        return Entry(head.get("meta"), tuple(pdfs))

    def store(self, key: str, entry: Entry) -> None:
        """Best effort: a cache that cannot be written (a read-only home folder) costs speed,
        never a pack."""
        header = json.dumps({"format": FORMAT, "key": key, "meta": entry.meta,
                             "sizes": [len(pdf) for pdf in entry.pdfs]}).encode()
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(self.folder, 0o700)
            atomic_write(self._path(key), header + b"\n" + b"".join(entry.pdfs))
        except (OSError, OutputError):
            return
