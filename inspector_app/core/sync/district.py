"""The district card: its fingerprint (read aloud on the phone before a laptop trusts it) and the
check of the document-signing root it carries; the size of document serial blocks. The district's
services are in enrolment.py."""

from __future__ import annotations

from typing import Any

from inspector_app.core.jsonutil import canonical

SERIAL_BLOCK_SIZE = 1000          # numbers in a block (first on approval, and further ones by default)
MAX_SERIAL_BLOCK_SIZE = 100_000


def card_fingerprint(card: dict[str, Any]) -> str:
    """SHA-256 over what a card makes a laptop trust, as 16 groups of four hex digits (read aloud on the phone)."""
    import hashlib
    basis = canonical({k: card.get(k, "") for k in ("device_id", "sign_key", "box_key", "ca_certificate",
                                                    "doc_ca_certificate")})
    digest = hashlib.sha256(basis.encode("utf-8")).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, 64, 4))


def _document_root(value: object) -> str | None:
    """The card's document CA certificate when it is a well-formed self-signed P-256 CA certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec
    if not isinstance(value, str) or not value or len(value) > 20000:
        return None
    try:
        cert = x509.load_pem_x509_certificate(value.encode())
        cert.verify_directly_issued_by(cert)
        if not (isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
                and cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca):
            return None
    except Exception:  # noqa: BLE001 - anything unreadable is no root
        return None
    return value
