"""A short id for one printing of a pack, printed in its reference line and carried in every
page's QR code, so that filing never mixes the pages of two printings for the same patient.

    261127-7KQ2M4

The print date (YYMMDD) and six letters of a hash of the pack's input hash (everything the
pack was made from) with that date. The same inputs printed on the same day make the same pack,
page for page, so they share an id; anything else that differs gives another. The letters are
Crockford's base 32, which has no I, L, O or U to misread, and QR alphanumeric mode holds them.
"""

import hashlib
import re
from datetime import date

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PATTERN = r"[0-9]{6}-[0-9A-HJKMNP-TV-Z]{6}"
_LETTERS = 6


def pack_id(input_sha256: str, printed: date) -> str:
    digest = hashlib.sha256(f"{input_sha256}:{printed.isoformat()}".encode()).digest()
    number = int.from_bytes(digest[:4], "big")
    letters = "".join(ALPHABET[(number >> (5 * place)) & 31] for place in reversed(range(_LETTERS)))
    return f"{printed:%y%m%d}-{letters}"


def printed_on(identifier: str) -> date:
    """The print date a pack id carries; ValueError if it is not a pack id with a real date."""
    if not re.fullmatch(PATTERN, identifier):
        raise ValueError(f"not a pack id: {identifier}")
    return date(2000 + int(identifier[:2]), int(identifier[2:4]), int(identifier[4:6]))
