"""The laid-out leaflet kept between runs: the same pack from it, and never trusted when damaged."""

import stat

import pytest

from helpers.cli import patient_args, run
from helpers.library import PROCEDURE, REPO
from helpers.theatre_lists import patient_row, write_list

GENERATED = ("--generated-at", "2026-11-27")


@pytest.fixture(scope="module")
def uncached(tmp_path_factory):
    """Jane's pack laid out from scratch, to compare the cached ones with."""
    output = tmp_path_factory.mktemp("uncached") / "pack.pdf"
    result = run("generate", PROCEDURE, *patient_args(), *GENERATED, "--no-cache", "-o", output)
    assert result.exit_code == 0, result.output
    return output.read_bytes()


def _generate(cache, output, *extra):
    result = run("generate", PROCEDURE, *patient_args(), *GENERATED, "--cache-dir", cache, "-o", output, *extra)
    assert result.exit_code == 0, result.output
    return output.read_bytes()


def test_a_cached_layout_makes_the_same_pack_in_a_private_folder(tmp_path, uncached):
    cache = tmp_path / "cache"
    assert _generate(cache, tmp_path / "first.pdf") == uncached
    entries = sorted(cache.iterdir())
    assert len(entries) == 3  # the leaflet, the rest of its consent form, and the page labels
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    before = [entry.stat().st_mtime_ns for entry in entries]
    assert _generate(cache, tmp_path / "second.pdf") == uncached
    assert [entry.stat().st_mtime_ns for entry in entries] == before  # read, not written again


@pytest.mark.parametrize("damage", ["truncated", "another key", "not a pdf"])
def test_a_damaged_entry_is_laid_out_again_never_trusted(tmp_path, uncached, damage):
    cache = tmp_path / "cache"
    _generate(cache, tmp_path / "first.pdf")
    entry = max(cache.iterdir(), key=lambda path: path.stat().st_size)  # the leaflet
    header, _, body = entry.read_bytes().partition(b"\n")
    if damage == "truncated":
        entry.write_bytes(header + b"\n" + body[: len(body) // 2])
    elif damage == "another key":
        entry.write_bytes(header.replace(entry.stem.encode(), b"0" * 64) + b"\n" + body)
    else:
        entry.write_bytes(header + b"\n" + bytes(len(body)))
    assert _generate(cache, tmp_path / "again.pdf") == uncached
    assert entry.read_bytes() == header + b"\n" + body  # replaced by a good entry


def test_no_cache_keeps_nothing_and_a_changed_style_is_a_new_entry(tmp_path):
    cache = tmp_path / "cache"
    result = run("generate", PROCEDURE, *patient_args(), *GENERATED, "--cache-dir", cache, "--no-cache",
                 "-o", tmp_path / "pack.pdf")
    assert result.exit_code == 0, result.output
    assert not cache.exists()
    library = tmp_path / "library"
    (library / "styles").mkdir(parents=True)
    (library / "styles" / "variables.css").write_text(
        (REPO / "styles" / "variables.css").read_text().replace("#005eb8", "#330072"))
    _generate(cache, tmp_path / "a.pdf")
    _generate(cache, tmp_path / "b.pdf", "--library", library)
    assert len(list(cache.iterdir())) == 6  # the leaflet, the form's rest and the labels, for each library


@pytest.mark.slow
def test_batch_workers_share_the_cache_and_make_the_packs_an_uncached_run_makes(tmp_path, library):
    listing = write_list(tmp_path / "list.csv", [patient_row(n) for n in range(4)])
    cache = tmp_path / "cache"

    def batch(out, *how):
        result = run("batch", listing, "-o", out, "-q", "--library", library, *GENERATED, *how)
        assert result.exit_code == 0, result.output
        return {path.name: path.read_bytes() for path in out.glob("*.pdf")}

    cached = batch(tmp_path / "cached", "--jobs", "2", "--cache-dir", cache)
    entries = {entry.name: entry.stat().st_mtime_ns for entry in cache.iterdir()}
    assert len(entries) >= 4  # each of the two leaflets, its consent form's rest, and page labels
    assert batch(tmp_path / "again", "--jobs", "2", "--cache-dir", cache) == cached
    # Read, not laid out again (a worker given packs of other lengths may add page labels).
    assert {name: (cache / name).stat().st_mtime_ns for name in entries} == entries
    assert batch(tmp_path / "uncached", "--jobs", "1", "--no-cache") == cached
