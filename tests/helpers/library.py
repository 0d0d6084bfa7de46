"""Where the repository is, and the leaflets the tests make packs of."""

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PROCEDURE = "sacroiliac-joint-fusion"  # the built-in library's leaflet
SHORT = "short-procedure"  # the `library` fixture's short, unsided copy of it: packs of an odd page count


def seed_source() -> Path:
    """The hospital page the bundled leaflet was written from, kept beside the repository in the
    project's shared folder (CI has it there too). Outside CI a checkout without it skips the
    tests that read it; in CI its absence is a failure, never a silent skip."""
    path = REPO.parent / "shared" / "source" / "000_1e7a6c4e07a7c3e5.txt"
    if not path.is_file():
        message = f"the seed source {path} is not here"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path
