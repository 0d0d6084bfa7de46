"""Output file names from a template, such that no field can make a name escape the folder.
Batch names packs with it, and `file` names the records it files scans into."""

import re
import string
import unicodedata

from ..errors import UsageError

DEFAULT_TEMPLATE = "{identifier}-{family_name}-{procedure}"
PLACEHOLDERS = ("identifier", "family_name", "given_name", "procedure", "procedure_date", "row")
# The records `file` writes: the page codes hold no names, so neither can the records' names.
RECORD_TEMPLATE = "{identifier}-{leaflet}-form{form}-{printed}"
RECORD_PLACEHOLDERS = ("identifier", "leaflet", "form", "printed", "pack")
_LITERAL = re.compile(r"^[A-Za-z0-9._-]*$")
_LEADING_MARKS = re.compile(r"^[._-]+")


def slug(text: str) -> str:
    """'Ó Súilleabháin' -> 'o-suilleabhain': ASCII letters, digits and hyphens only."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40]


class NameTemplate:
    def __init__(self, template: str, placeholders: tuple[str, ...] = PLACEHOLDERS,
                 option: str = "--name-template"):
        fields = []
        for literal, field, spec, conversion in string.Formatter().parse(template):
            if not _LITERAL.match(literal):
                raise UsageError(f"{option}: '{literal}' may only hold letters, digits, '.', '_' and '-'")
            if field is None:
                continue
            if field not in placeholders or spec or conversion:
                raise UsageError(
                    f"{option}: '{{{field}}}' is not a placeholder; use "
                    + ", ".join(f"{{{name}}}" for name in placeholders)
                )
            fields.append(field)
        if not fields:
            raise UsageError(f"{option} must use at least one placeholder, such as {{identifier}}")
        self._template = template
        self._placeholders = placeholders

    def file_name(self, values: dict[str, str]) -> str:
        """Every value is slugged, so the name is one plain file name inside the output folder.
        It starts with a letter or digit: a name starting with '-' reads as an option to other
        commands, and a spreadsheet shows the manifest's cell for it escaped, not as the name."""
        name = self._template.format(**{key: slug(values[key]) or "x" for key in self._placeholders})
        name = _LEADING_MARKS.sub("", name).rstrip(".")
        return name if name.endswith(".pdf") else name + ".pdf"

