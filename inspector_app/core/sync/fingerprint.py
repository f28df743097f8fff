"""A short, readable fingerprint of a device's signing key, read aloud or compared on screen before the
district approves a laptop (two laptops of one inspector differ by it)."""

from __future__ import annotations

import hashlib


def fingerprint(public_key: str) -> str:
    """First 80 bits of SHA-256 over the key as stored (hex text), in five groups of four hex digits."""
    if not public_key:
        return ""
    digest = hashlib.sha256(public_key.strip().encode("ascii", "replace")).hexdigest()[:20].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 20, 4))
