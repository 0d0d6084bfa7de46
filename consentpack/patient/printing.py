"""Everything a pack depends on, as one hash: how a re-run knows a pack is still the one it
would make, and makes only the packs whose inputs changed.

With a password the hash is an HMAC under a key derived from the password, so a new password
changes every hash (every pack is made again) while the manifest holds nothing the password
could be read back from.
"""

import hashlib
import hmac
import json

from ..library.models import PackRequest

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
