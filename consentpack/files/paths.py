"""How a path is shown to a person: relative to where they stand, when it can be."""

from pathlib import Path


def display_path(path: Path) -> str:
    """Paths in messages are relative to where the user stands, when they can be."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
