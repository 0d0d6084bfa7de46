"""Safety rule 4: a PDF appears whole at its path or not at all."""

import os

import pytest

from consentpack.errors import OutputError
from consentpack.files.atomic import atomic_file, atomic_write


def test_write_replaces_the_file_whole(tmp_path):
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")
    atomic_write(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OutputError, match="Cannot write .*pack.pdf: No space left on device"):
        atomic_write(target, b"%PDF-new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]



def _interrupted_while_writing(target):
    with atomic_file(target) as handle:
        handle.write(b"%PDF-half")
        raise KeyboardInterrupt


def test_a_failed_streamed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "print.pdf"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt):
        _interrupted_while_writing(target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["print.pdf"]
