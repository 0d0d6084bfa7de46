"""Where leaflets, the site file, templates and styles come from.

A hospital's library folder comes first; whatever it does not hold falls back
to the built-in library, as themes do in pelican and mkdocs.
"""

import hashlib
import importlib.resources
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from .. import __version__
from ..errors import ContentError, UsageError
from ..files.paths import display_path
from ..files.yaml_source import YamlSource
from .languages import language_tag
from .models import Leaflet, Site
from .read_once import read_once
from .translations import LeafletTranslation, translation_name
from .validation import bulleted, problem_pairs

SITE_FILE_NAME = "site.yaml"
LIBRARY_FOLDERS = ("leaflets", "templates", "styles", "locales")


def _package_folder() -> Path:
    """This package's folder on disk; the library's files are read and linked to as files."""
    folder = importlib.resources.files("consentpack")
    if not isinstance(folder, Path):  # a zip import, say
        raise ContentError(f"ConsentPack must be installed as files on disk, not run from {folder}")
    return folder.resolve()


@cache
def builtin_root() -> Path:
    """The built-in library: the folder holding leaflets/, templates/ and styles/.

    The rule: it is the package's `builtin` resource folder, consentpack/builtin/, when the
    package has one, and otherwise the folder holding the package.

    Only a build makes consentpack/builtin/: pyproject.toml maps the repository's top-level
    leaflets/, templates/ and styles/ into it, so a wheel (and `pip install .`) carries the
    library inside the package. A checkout, run in place or installed editable, has no such
    folder (setuptools' editable finder serves Python modules, not these data folders), and
    its built-in library is the repository itself, where the owner keeps it.
    """
    package = _package_folder()
    packaged = package / "builtin"
    root = packaged if packaged.is_dir() else package.parent
    missing = ", ".join(f"{name}/" for name in LIBRARY_FOLDERS if not (root / name).is_dir())
    if missing and root == packaged:
        raise ContentError(f"ConsentPack's built-in library is incomplete: {packaged} has no "
                           f"{missing}; reinstall ConsentPack")
    if missing:
        raise ContentError(f"ConsentPack's built-in library is missing: there is no {packaged}, "
                           f"and {root} is not a ConsentPack checkout; reinstall ConsentPack")
    return root


def default_site_file() -> Path:
    """The site file used when a library folder has none."""
    return _package_folder() / "library" / "default_site.yaml"




def read_model(model, path: Path, error=ContentError):
    """(the validated object or None, [(field, problem), ...]); a YAML syntax error raises `error`."""
    source = YamlSource(path, display_path(path), error)
    try:
        return model.model_validate(source.data), []
    except ValidationError as exc:
        return None, problem_pairs(exc, source.line_of)


def load_model(model, path: Path, error=ContentError):
    """Validate one YAML (or JSON) file against a model; all of its problems in one error."""
    value, pairs = read_model(model, path, error)
    if pairs:
        lines = [f"{where}: {problem}" for where, problem in pairs]
        raise error(bulleted(f"Bad {display_path(path)} content", lines))
    return value


def id_mismatch(leaflet: Leaflet, path: Path) -> str | None:
    if leaflet.id != path.stem:
        return f"is '{leaflet.id}' but the file is named '{path.name}'; they must match"
    return None


@dataclass(frozen=True)
class Library:
    """The search path of library folders, the hospital's own first."""

    roots: tuple[Path, ...]

    @classmethod
    def open(cls, folder: Path | None = None) -> "Library":
        if folder is None:
            return cls((builtin_root(),))
        if not folder.is_dir():
            raise UsageError(f"Library folder {folder} does not exist")
        return cls((folder.resolve(), builtin_root()))

    @property
    def own_folder(self) -> Path | None:
        """The folder given to open(), first on the search path; None when only the built-in
        library is open."""
        return self.roots[0] if len(self.roots) > 1 else None

    def fingerprint(self) -> str:
        """A hash of ConsentPack's version and every template and style in use: a change to any
        of them changes every pack."""
        digest = hashlib.sha256(__version__.encode())
        for kind in ("templates", "styles"):
            for folder in self.folders(kind):
                for path in sorted(folder.rglob("*")):
                    if path.is_file():
                        digest.update(path.name.encode() + b"\0" + path.read_bytes())
        return digest.hexdigest()

    def folders(self, name: str) -> list[Path]:
        """Existing `name` sub-folders (templates, styles), in search order."""
        return [root / name for root in self.roots if (root / name).is_dir()]

    def find(self, kind: str, name: str) -> Path:
        """The first `kind/name` file on the search path; the error names every folder searched."""
        for folder in self.folders(kind):
            if (folder / name).is_file():
                return folder / name
        searched = ", ".join(display_path(folder) for folder in self.folders(kind))
        raise ContentError(f"{kind[:-1].capitalize()} {name} not found in: {searched}")

    def leaflet_files(self) -> dict[str, Path]:
        """Leaflet id -> file; a hospital's leaflet replaces a built-in one with the same id. A
        translation (`ID.LANG.yaml`) is not a leaflet of its own."""
        found: dict[str, Path] = {}
        for folder in reversed(self.folders("leaflets")):
            found.update({path.stem: path for path in sorted(folder.glob("*.yaml")) if "." not in path.stem})
        return dict(sorted(found.items()))

    def translation_files(self, leaflet_id: str) -> dict[str, Path]:
        """Language tag -> the leaflet's translation file, `ID.LANG.yaml`, looked for only beside
        the leaflet the library uses (a hospital's own copy, or the built-in one), so a
        translation never pairs with a master it was not made from."""
        masters = [folder for folder in self.folders("leaflets") if (folder / f"{leaflet_id}.yaml").is_file()]
        found: dict[str, Path] = {}
        for folder in masters[:1]:
            for path in sorted(folder.glob(f"{leaflet_id}.*.yaml")):
                if (named := translation_name(path)) and named[0] == leaflet_id:
                    found[named[1]] = path
        return dict(sorted(found.items()))

    @staticmethod
    def load_translation(path: Path, leaflet_id: str, language: str) -> LeafletTranslation:
        translation = read_once("translation", path, lambda found: load_model(LeafletTranslation, found))
        lines = []
        if translation.translation_of.id != leaflet_id:
            lines.append(f"translation_of.id: is '{translation.translation_of.id}' but the file is named "
                         f"'{path.name}'; they must match")
        if translation.language != language_tag(language):
            lines.append(f"language: is '{translation.language}' but the file is named '{path.name}'; "
                         f"they must match")
        if lines:
            raise ContentError(bulleted(f"Bad {display_path(path)} content", lines))
        return translation

    def leaflet(self, leaflet_id: str) -> Leaflet:
        files = self.leaflet_files()
        if leaflet_id not in files:
            known = ", ".join(files) or "none"
            raise UsageError(f"No leaflet called '{leaflet_id}'. Known procedures: {known}")
        return self.load_leaflet(files[leaflet_id])

    @staticmethod
    def load_leaflet(path: Path) -> Leaflet:
        leaflet = read_once("leaflet", path, lambda found: load_model(Leaflet, found))
        if problem := id_mismatch(leaflet, path):
            raise ContentError(bulleted(f"Bad {display_path(path)} content", [f"id: {problem}"]))
        return leaflet

    def site_file(self) -> Path:
        for root in self.roots[:-1]:
            if (root / SITE_FILE_NAME).is_file():
                return root / SITE_FILE_NAME
        return default_site_file()

    def site(self) -> Site:
        return read_once("site", self.site_file(), lambda found: load_model(Site, found))
