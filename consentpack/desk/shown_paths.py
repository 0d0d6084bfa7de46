"""Paths in what the desk shows, as the library names them. The engine's messages name files as
the server's working folder sees them (files/paths.py); whoever reads them at the desk has no
such folder, and is not told where the server keeps the library or a theatre list's files."""

import re
from pathlib import Path
from typing import Iterable

from ..files.paths import display_path
from ..library.folders import Library


class ShownPaths:
    def __init__(self, library: Library):
        self._roots = library.roots  # the hospital's folders first, the built-in library last

    def file(self, file: str) -> str:
        """A check finding's file: 'leaflets/x.yaml (hospital library)', or its name alone."""
        path = Path(file).resolve()  # check names files as the working folder sees them
        for root in self._roots:
            if path.is_relative_to(root.resolve()):
                where = "built-in library" if root == self._roots[-1] else "hospital library"
                return f"{path.relative_to(root.resolve()).as_posix()} ({where})"
        return path.name

    def message(self, text: str, folders: Iterable[Path] = ()) -> str:
        """`text` with each path inside `folders` (a theatre list's) or the library made relative
        to it: '/srv/leaflets/leaflets/x.yaml' -> 'leaflets/x.yaml'."""
        forms = {form for folder in [*folders, *self._roots] for form in _written(folder)}
        if not forms:
            return text
        longest_first = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
        return re.sub(rf"(?<![\w.~-])(?:{longest_first})[/\\]", "", text)


def _written(folder: Path) -> set[str]:
    """The ways a message may write `folder`: as given, resolved, and relative to the working folder."""
    return {form for form in (str(folder), str(folder.resolve()), display_path(folder)) if form != "."}
