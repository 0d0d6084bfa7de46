"""A translation of a leaflet written for a test: every unit 'translated' with a prefix, tied to
the master as it is now, in a library folder of the test's own beside a copy of the master."""

from pathlib import Path

import yaml

from consentpack.library.folders import Library
from consentpack.library.translations import source_hashes, units_of
from helpers.library import PROCEDURE, REPO

SITE = 'hospital: Example General Hospital\ndepartment: Spinal Surgery\nphone: "01234 567890"\n'


def library_with_master(folder: Path, site: str = SITE) -> Path:
    """A hospital library holding a copy of the built-in leaflet, so a test may change it."""
    (folder / "leaflets").mkdir(parents=True)
    (folder / "leaflets" / f"{PROCEDURE}.yaml").write_text(
        (REPO / "leaflets" / f"{PROCEDURE}.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "site.yaml").write_text(site)
    return folder


def write_translation(folder: Path, language: str, prefix: str, reviewed: bool = False,
                      drop: tuple[str, ...] = (), extra: dict[str, str] | None = None) -> Path:
    """`leaflets/ID.LANG.yaml` for the library's master: each unit its English after `prefix`."""
    master = Library.open(folder).leaflet(PROCEDURE)
    hashes = source_hashes(master)
    units = {key: {"source": hashes[key], "text": f"{prefix}{text}"}
             for key, text in units_of(master).items() if key not in drop}
    units |= {key: {"source": "0" * 8, "text": text} for key, text in (extra or {}).items()}
    data = {"translation_of": {"id": master.id, "version": master.version, "content_hash": master.content_hash},
            "language": language, "reviewed": reviewed, "translator": "A Translator" if reviewed else "",
            "units": units}
    path = folder / "leaflets" / f"{PROCEDURE}.{language}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def edit_master(folder: Path, old: str, new: str) -> None:
    path = folder / "leaflets" / f"{PROCEDURE}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def reviewed_catalog(folder: Path, language_folder: str) -> None:
    """The built-in catalog as the library's own, marked reviewed by a translator."""
    text = (REPO / "locales" / language_folder / "LC_MESSAGES" / "consentpack.po").read_text(encoding="utf-8")
    text = text.replace('"Reviewed: no\\n"', '"Reviewed: yes\\n"').replace(
        '"Last-Translator: \\n"', '"Last-Translator: A Translator\\n"')
    path = folder / "locales" / language_folder / "LC_MESSAGES" / "consentpack.po"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
