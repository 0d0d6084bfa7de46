"""A library file is read and validated once per process, and an edit is still seen at once: the
desk and a long batch ask for the same leaflet and site for every pack."""

import os
import shutil
from datetime import date

import pytest

from consentpack.errors import ContentError
from consentpack.library.folders import Library
from consentpack.patient.preflight import Preflight
from helpers.library import PROCEDURE, REPO

SITE = "hospital: {hospital}\ndepartment: Spinal Surgery\nphone: 01234 567890\n"


@pytest.fixture
def own_library(tmp_path):
    (tmp_path / "leaflets").mkdir()
    shutil.copy(REPO / "leaflets" / f"{PROCEDURE}.yaml", tmp_path / "leaflets")
    (tmp_path / "site.yaml").write_text(SITE.format(hospital="Example General Hospital"))
    return Library.open(tmp_path)


def leaflet_file(library: Library):
    return library.own_folder / "leaflets" / f"{PROCEDURE}.yaml"


def later(path) -> None:
    """The file's modification time moved on, its content the same (a copy over itself, say)."""
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))


def test_an_unchanged_leaflet_is_the_same_object_every_time_even_when_touched(own_library):
    first = own_library.leaflet(PROCEDURE)
    assert own_library.leaflet(PROCEDURE) is first
    later(leaflet_file(own_library))
    assert own_library.leaflet(PROCEDURE) is first


def test_an_edited_leaflet_is_read_again_by_the_next_pack(own_library):
    assert own_library.leaflet(PROCEDURE).title == "Sacroiliac joint fusion"
    path = leaflet_file(own_library)
    path.write_text(path.read_text().replace("title: Sacroiliac joint fusion", "title: SI joint fusion", 1))
    later(path)
    assert own_library.leaflet(PROCEDURE).title == "SI joint fusion"


def test_a_broken_edit_is_named_every_time_and_mending_it_is_seen(own_library):
    path = leaflet_file(own_library)
    good = path.read_text()
    own_library.leaflet(PROCEDURE)
    path.write_text(good.replace("title: Sacroiliac joint fusion", "titel: Sacroiliac joint fusion", 1))
    later(path)
    for _ in range(2):
        with pytest.raises(ContentError, match="titel"):
            own_library.leaflet(PROCEDURE)
    path.write_text(good)
    later(path)
    assert own_library.leaflet(PROCEDURE).title == "Sacroiliac joint fusion"


def test_an_edited_site_file_is_read_again(own_library):
    assert own_library.site().hospital == "Example General Hospital"
    site = own_library.own_folder / "site.yaml"
    site.write_text(SITE.format(hospital="Example Royal Infirmary"))
    later(site)
    assert own_library.site().hospital == "Example Royal Infirmary"


def test_a_leaflet_removed_after_it_was_found_is_named_not_a_crash(own_library):
    path = leaflet_file(own_library)
    own_library.leaflet(PROCEDURE)
    path.unlink()
    with pytest.raises(ContentError, match=rf"{PROCEDURE}.yaml: cannot be read \(No such file or directory\)"):
        own_library.load_leaflet(path)


def polish_leaflet(library: Library):
    """The leaflet as a Polish pack prints it, checked afresh as the desk checks each request."""
    preflight = Preflight(library, date(2026, 11, 27), allow_draft_translation=True)
    return preflight.in_language(library.leaflet(PROCEDURE), "pl").leaflet


def test_a_translated_leaflet_is_made_once_and_again_after_its_translation_is_edited(own_library):
    path = own_library.own_folder / "leaflets" / f"{PROCEDURE}.pl.yaml"
    shutil.copy(REPO / "leaflets" / path.name, path)
    first = polish_leaflet(own_library)
    assert first.title == "Usztywnienie stawu krzyżowo-biodrowego"
    assert polish_leaflet(own_library) is first  # not made and validated again for the next pack
    path.write_text(path.read_text().replace("text: Usztywnienie stawu krzyżowo-biodrowego",
                                             "text: Usztywnienie stawu krzyżowo-biodrowego (SIJ)", 1))
    later(path)
    assert polish_leaflet(own_library).title == "Usztywnienie stawu krzyżowo-biodrowego (SIJ)"
