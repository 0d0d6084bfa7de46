"""Where the repository is, and the leaflets the tests make packs of."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PROCEDURE = "sacroiliac-joint-fusion"  # the built-in library's leaflet
SHORT = "short-procedure"  # the `library` fixture's short, unsided copy of it: packs of an odd page count
