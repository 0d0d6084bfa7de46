"""Which leaflet a procedure code in a FHIR list means: the site file's table first, then the
`codes:` of the leaflets, in id order.

A leaflet that fails validation still claims the codes it lists, after every usable leaflet.
A row with one of them is for that leaflet, so the batch reports the leaflet's own problem
(file, field, line) as it does for a CSV row that names it, rather than "no leaflet" for a
code a leaflet does list. A leaflet file whose YAML cannot be read at all may list any code,
so a code that no leaflet claims names that file and why it cannot be read.
"""

from dataclasses import dataclass
from pathlib import Path

from ..errors import ContentError
from ..files.paths import display_path
from ..files.yaml_source import YamlSource
from ..library.folders import Library
from ..library.models import Site

Code = tuple[str, str]  # (system, code), as a FHIR Coding gives them


@dataclass(frozen=True)
class LeafletCodes:
    leaflets: dict[Code, str]  # -> leaflet id
    unreadable: tuple[str, ...] = ()  # why each leaflet file whose codes are unknown cannot be read


def leaflet_codes(library: Library, site: Site) -> LeafletCodes:
    """Every code the site file and the library's leaflets give, each to the first that gives it."""
    leaflets = {(code.system, code.code): code.leaflet for code in site.fhir.procedure_codes}
    broken: dict[str, Path] = {}
    for leaflet_id, path in library.leaflet_files().items():
        try:
            leaflet = library.load_leaflet(path)
        except ContentError:
            broken[leaflet_id] = path
            continue
        for code in leaflet.codes:
            leaflets.setdefault((code.system, code.code), leaflet_id)
    unreadable = []
    for leaflet_id, path in broken.items():
        try:
            listed = _listed_codes(path)
        except ContentError as exc:
            unreadable.append(str(exc))
            continue
        for code in listed:
            leaflets.setdefault(code, leaflet_id)
    return LeafletCodes(leaflets, tuple(unreadable))


def _listed_codes(path: Path) -> list[Code]:
    """What a leaflet that fails validation lists under `codes:`, read as the model would read
    it had it passed; a SNOMED CT code written without quotes (a YAML number) is still its code.
    Raises ContentError when the file cannot be read as YAML."""
    data = YamlSource(path, display_path(path)).data
    listed = data.get("codes") if isinstance(data, dict) else None
    pairs = [(_text(item.get("system")), _text(item.get("code")))
             for item in (listed if isinstance(listed, list) else []) if isinstance(item, dict)]
    return [(system, code) for system, code in pairs if system and code]


def _text(value) -> str | None:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None
