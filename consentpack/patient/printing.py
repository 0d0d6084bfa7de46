"""The identity of one printing of a pack: the hash of everything it depends on, then its pack id.

The input hash is how a re-run knows a pack is still the one it would make, and makes only the
packs whose inputs changed.

With a password the hash is an HMAC under a key derived from the password, so a new password
changes every hash (every pack is made again) while the manifest holds nothing the password
could be read back from.
"""

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from datetime import date

from .models import PackRequest

# Fixed, not random, because the same password must give the same key on every run or no pack
# would ever be unchanged. Each guess at the password costs scrypt's ~50 ms here, far more than
# trying it on the encrypted PDFs that sit beside the manifest.
_SALT = b"ConsentPack batch input hash, version 1"


def password_key(password: str | None) -> bytes | None:
    """Derived once per batch."""
    if password is None:
        return None
    return hashlib.scrypt(password.encode(), salt=_SALT, n=2**14, r=8, p=1, dklen=32)


def input_hash(request: PackRequest, output_name: str, fingerprint: str, key: bytes | None,
               archive: bool, expired: bool) -> str:
    """The printing date itself is left out: it only matters once it makes the leaflet past its
    review date (`expired`), which changes every page."""
    payload = json.dumps([fingerprint, request.model_dump(mode="json"), output_name, archive, expired],
                         sort_keys=True).encode()
    if key is None:
        return hashlib.sha256(payload).hexdigest()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


# The pack id.
# A short id for one printing of a pack, printed in its reference line and carried in every
# page's QR code, so that filing never mixes the pages of two printings for the same patient.
#
#     261127-7KQ2M4
#
# The print date (YYMMDD) and six letters of a hash of the pack's input hash (everything the
# pack was made from) with that date. The same inputs printed on the same day make the same pack,
# page for page, so they share an id; anything else that differs gives another. The letters are
# Crockford's base 32, which has no I, L, O or U to misread, and QR alphanumeric mode holds them.
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


@dataclass(frozen=True)
class Printing:
    """What one printing is known by: the manifest keeps the input hash, every page the pack id."""

    input_hash: str
    pack_id: str


def printing_identity(request: PackRequest, today: date, fingerprint: str, archive: bool,
                      output_name: str = "", key: bytes | None = None) -> Printing:
    """The one way every door names a printing. `output_name` and `key` are batch's: a pack
    renamed, or encrypted under a new password, is made again."""
    expired = request.leaflet.review_due < today
    digest = input_hash(request, output_name, fingerprint, key, archive, expired)
    return Printing(digest, pack_id(digest, today))
