"""Where the built-in library is found: consentpack/builtin/ when the package has it (a wheel),
else the folder holding the package (a checkout, run in place or installed editable).
tests/test_installed.py checks the wheel itself."""

import subprocess
import sys

import pytest

from consentpack.errors import ContentError
from consentpack.library import folders as library
from helpers.library import REPO


@pytest.fixture
def package_folder(tmp_path, monkeypatch):
    """A stand-in for the installed package's folder, inside a site-packages folder."""
    package = tmp_path / "site-packages" / "consentpack"
    package.mkdir(parents=True)
    monkeypatch.setattr(library, "_package_folder", lambda: package)
    library.builtin_root.cache_clear()
    yield package
    library.builtin_root.cache_clear()


def test_a_checkout_reads_the_built_in_library_from_the_repository(tmp_path):
    """Also from another folder, through the editable install the tests run from."""
    assert library.builtin_root() == REPO
    completed = subprocess.run(
        [sys.executable, "-c", "from consentpack.library.folders import builtin_root; print(builtin_root())"],
        cwd=tmp_path, capture_output=True, text=True, check=False)
    assert completed.stdout.strip() == str(REPO), completed.stderr


def test_an_installed_package_reads_its_own_builtin_folder(package_folder):
    for name in ("leaflets", "templates", "styles", "locales"):
        (package_folder / "builtin" / name).mkdir(parents=True)
        (package_folder.parent / name).mkdir()  # never taken from beside the package
    assert library.builtin_root() == package_folder / "builtin"
    assert library.Library.open(None).roots == (package_folder / "builtin",)


def test_a_missing_or_incomplete_built_in_library_is_an_error_not_an_empty_library(package_folder):
    with pytest.raises(ContentError, match="built-in library is missing: there is no .*/consentpack/builtin, "
                       "and .*/site-packages is not a ConsentPack checkout; reinstall ConsentPack"):
        library.builtin_root()
    (package_folder / "builtin" / "leaflets").mkdir(parents=True)
    with pytest.raises(ContentError, match="built-in library is incomplete: .*/consentpack/builtin has no "
                       "templates/, styles/, locales/; reinstall ConsentPack"):
        library.builtin_root()
