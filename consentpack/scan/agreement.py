"""Whose pack a pack id's pages are, decided by the pages that agree, never by which was read first.

Every page of one printing carries the same identity: patient, leaflet, version, form, length
and parts (records.pack_identity). A misprinted, damaged or forged code giving another identity
under the same pack id is outvoted by the pack's genuine pages, in whatever order the pages
were read; a page reaches this far only if page_code.parse found its code whole, an NHS number
passing its check digit. A record already filed keeps its identity: new pages cannot outvote it.
"""

from collections import defaultdict

from ..pdf.page_code import PageCode
from .records import RecordState, pack_identity, record_key


def agreed_packs(codes: list[PageCode], records: dict[str, RecordState]) -> dict[str, tuple | None]:
    """Each pack's identity by record key: its record's, where it has one; otherwise the one its
    pages carry on the most page numbers, if no other is carried on as many; otherwise None, and
    none of its pages is filed."""
    pages: dict[str, dict[tuple, set[int]]] = defaultdict(lambda: defaultdict(set))
    for code in codes:
        pages[record_key(code)][pack_identity(code)].add(code.page)
    agreed = {}
    for key, identities in pages.items():
        if key in records:
            agreed[key] = records[key].identity()
            continue
        most, *others = sorted(identities.items(), key=lambda item: len(item[1]), reverse=True)
        clear = not others or len(most[1]) > len(others[0][1])
        agreed[key] = most[0] if clear else None
    return agreed
