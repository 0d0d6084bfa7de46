"""Leaflets imported at the desk: the upload drafted by `consentpack import`'s own engine
(actions.draft_import), the draft held for the session that made it until it is downloaded or
saved into the library, and forgotten 30 minutes after it was last looked at.

The upload is on disk only while it is read, in a folder of its own inside the desk's temporary
folder, deleted at once; what is held is the draft, in memory, never the file. A hospital's
document is its own: nothing of it is logged.
"""

import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..actions import draft_import, save_draft
from ..files.naming import slug
from ..importing.draft import Draft
from ..library.folders import Library

FORGOTTEN_AFTER = 30 * 60  # seconds, as a theatre list
ACCEPTED = ".html,.htm,.docx,.pdf,.md,.markdown,.txt"  # the file chooser's hint; read_source decides


@dataclass
class HeldDraft:
    id: str
    owner: str  # the session that uploaded it: no one else sees it
    draft: Draft
    saved: Path | None = None  # where it was saved into the library, once it was
    touched: float = field(default_factory=time.monotonic)


class ImportDrafts:
    """Every draft the desk holds, by a random id; forgotten ones are removed as others come."""

    def __init__(self, library: Library):
        self._library = library
        self._drafts: dict[str, HeldDraft] = {}
        self._lock = threading.Lock()  # also one save at a time, so two sessions cannot take one id

    def draft(self, draft_id: str, owner: str, upload_name: str, data: bytes, leaflet_id: str | None,
              today: date) -> HeldDraft:
        """The upload drafted as the CLI drafts a file, refusing an id the library has; it is
        named by its own name (made safe), never by the folder it was read from."""
        self.forget_abandoned()
        suffix = Path(upload_name).suffix.lower()
        name = (slug(Path(upload_name).stem) or "leaflet") + suffix
        with tempfile.TemporaryDirectory(prefix="consentpack-import-") as folder:
            path = Path(folder) / name
            path.write_bytes(data)
            draft = draft_import(path, leaflet_id, self._library, today, name)
        held = HeldDraft(draft_id, owner, draft)
        with self._lock:
            self._drafts[draft_id] = held
        return held

    def get(self, draft_id: str, owner: str) -> HeldDraft | None:
        self.forget_abandoned()
        with self._lock:
            held = self._drafts.get(draft_id)
        if held is None or held.owner != owner:
            return None
        held.touched = time.monotonic()
        return held

    def save(self, held: HeldDraft) -> Path:
        """leaflets/ID.yaml in the library's own folder, once: an id taken since is refused."""
        with self._lock:
            if held.saved is None:
                held.saved = save_draft(held.draft, self._library)
            return held.saved

    def forget_abandoned(self) -> None:
        now = time.monotonic()
        with self._lock:
            for draft_id in [key for key, held in self._drafts.items() if now - held.touched > FORGOTTEN_AFTER]:
                del self._drafts[draft_id]
