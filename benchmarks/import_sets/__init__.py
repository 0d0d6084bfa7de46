"""The sets of invented leaflets (TEST DATA ONLY) by number, and the writers that give each its own set's furniture."""

from pathlib import Path

from . import set_01, set_02, set_03, set_04, set_05, set_06, set_07, set_08, set_09, set_10, set_11, set_12
from .model import Leaflet

SETS = {
    "1": set_01.SET,
    "2": set_02.SET,
    "3": set_03.SET,
    "4": set_04.SET,
    "5": set_05.SET,
    "6": set_06.SET,
    "7": set_07.SET,
    "8": set_08.SET,
    "9": set_09.SET,
    "10": set_10.SET,
    "11": set_11.SET,
    "12": set_12.SET,
}

# Each set's writers (web page, Word, PDF), by the `furniture` number its leaflets carry; any other number is
# written with set 1's, as set 1's writers did before the sets were split into modules.
_FURNITURE = {
    1: (set_01.write_html, set_01.write_docx, set_01.write_pdf),
    2: (set_02.write_html, set_02.write_docx, set_02.write_pdf),
    3: (set_03.write_html, set_03.write_docx, set_03.write_pdf),
    4: (set_04.write_html, set_04.write_docx, set_04.write_pdf),
    5: (set_05.write_html, set_05.write_docx, set_05.write_pdf),
    6: (set_06.write_html, set_06.write_docx, set_06.write_pdf),
    7: (set_07.write_html, set_07.write_docx, set_07.write_pdf),
    8: (set_08.write_html, set_08.write_docx, set_08.write_pdf),
    9: (set_09.write_html, set_09.write_docx, set_09.write_pdf),
    10: (set_10.write_html, set_10.write_docx, set_10.write_pdf),
    11: (set_11.write_html, set_11.write_docx, set_11.write_pdf),
    12: (set_12.write_html, set_12.write_docx, set_12.write_pdf),
}


def write_html(leaflet: Leaflet, path: Path) -> None:
    return _FURNITURE.get(leaflet.furniture, _FURNITURE[1])[0](leaflet, path)


def write_docx(leaflet: Leaflet, path: Path) -> None:
    return _FURNITURE.get(leaflet.furniture, _FURNITURE[1])[1](leaflet, path)


def write_pdf(leaflet: Leaflet, path: Path) -> None:
    return _FURNITURE.get(leaflet.furniture, _FURNITURE[1])[2](leaflet, path)


WRITERS = {"html": (".html", write_html), "docx": (".docx", write_docx), "pdf": (".pdf", write_pdf)}
