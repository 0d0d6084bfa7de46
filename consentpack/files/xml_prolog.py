"""Whether an XML part of a zip package (a workbook, a Word file) declares a document type, read
from its prolog only: entities are declared there, and a few lines of them unpack to gigabytes.
Neither Excel nor Word ever writes one, so a part that has one is refused before it is parsed."""

from xml.parsers import expat


class _PrologRead(Exception):
    """Reading stops at the first element or document type; `args[0]` says which."""


def declares_document_type(source) -> bool:
    """Raises expat.ExpatError when the part is not XML at all (a picture, say)."""

    def stop(declares):
        def handler(*_):
            raise _PrologRead(declares)
        return handler

    parser = expat.ParserCreate()
    parser.StartElementHandler = stop(False)
    parser.StartDoctypeDeclHandler = stop(True)
    try:
        parser.ParseFile(source)
    except _PrologRead as read:
        return read.args[0]
    return False
