"""The inspector's document-signing key: ECDSA P-256, sealed by core.keystore under <data_dir>/keys/.

P-256 rather than Ed25519 because PDF readers (Adobe, Foxit, WPS) validate ECDSA P-256 PAdES signatures
but most do not support Ed25519 in PDF signatures yet.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from inspector_app.core import keystore
from inspector_app.core.datadir import atomic_write_bytes
from inspector_app.core.errors import InspectorError

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection


class Keys:
    """The signing key file (sealed by core.keystore: Argon2id + AES-GCM, 0600), its certificate, trust roots.

    The unlocked key is kept in memory for the life of this object (the GUI asks once per session)."""

    WHAT = ("签章密钥", "signing key")

    def __init__(self, col: "Collection"):
        self.col = col
        self.path = Path(col.data_dir) / "keys" / "signing_key.key"
        self.legacy_path = self.path.with_name("signing_key.pem")      # PBKDF2 PKCS#8 of earlier versions
        self.cert_path = self.path.with_name("signing_cert.pem")       # replaceable by a district-issued one
        self.district_ca_path = self.path.with_name("district_ca.pem")  # trust anchor, when delivered
        self._key: ec.EllipticCurvePrivateKey | None = None

    def exists(self) -> bool:
        return self.path.is_file() or self.legacy_path.is_file()

    def init(self, password: str, *, force: bool = False) -> str:
        """Create the key (sealed with password); return the public key hex."""
        keystore.check_new_password(password)
        if self.exists() and not force:
            raise InspectorError("签名密钥已存在", "A signing key already exists")
        key = ec.generate_private_key(ec.SECP256R1())
        keystore.write_key(self.path, key, password, label="document-signing")
        self.legacy_path.unlink(missing_ok=True)
        self._key = key
        self.self_signed_cert(key)
        pub = public_hex(key)
        known = dict(self.known())
        known[pub] = self.col.actor()
        self.col.profile.update_settings(signing_public_key=pub, known_keys=known)
        return pub

    def load(self, password: str) -> ec.EllipticCurvePrivateKey:
        """Open the key with `password` (WrongPassword / KeyFileDamaged otherwise) and keep it unlocked."""
        if not self.exists():
            raise InspectorError("尚未创建签名密钥（inspector keys init）", "No signing key yet (inspector keys init)")
        if self.path.is_file():
            key = keystore.open_key(self.path, password, what_zh=self.WHAT[0], what_en=self.WHAT[1])
        else:
            key = self._migrate(password)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise InspectorError("签名密钥是旧格式（Ed25519），请在“设置”中更换签章密钥（inspector keys init --force）",
                                 "The signing key has the old format (Ed25519); replace it in Settings "
                                 "(inspector keys init --force)")
        self._key = key
        return key

    def _migrate(self, password: str):
        """A key file of an earlier version (PBKDF2, 2,048 rounds): re-sealed on its first unlock."""
        try:
            key = serialization.load_pem_private_key(self.legacy_path.read_bytes(), password.encode())
        except TypeError:
            raise keystore.damaged(self.legacy_path) from None
        except ValueError:
            raise keystore.wrong_password(*self.WHAT) from None
        if isinstance(key, ec.EllipticCurvePrivateKey):
            if len(password) < keystore.MIN_PASSWORD:
                raise InspectorError(
                    f"旧签章密钥的密码不足{keystore.MIN_PASSWORD}位；请在“设置”中更换签章密钥（inspector keys init --force）",
                    f"The old signing key's password is shorter than {keystore.MIN_PASSWORD} characters; replace the "
                    f"key in Settings (inspector keys init --force)")
            keystore.write_key(self.path, key, password, label="document-signing")
            self.legacy_path.unlink()
        return key

    def unlock(self, password: str | None = None) -> ec.EllipticCurvePrivateKey:
        """The unlocked key: kept from earlier in this session, else opened with `password` or the
        process's password (keystore.password: given, INSPECTOR_PASSWORD, or asked)."""
        if password is None and self._key is not None:
            return self._key
        return self.load(password if password is not None else keystore.password(*self.WHAT))

    def is_unlocked(self) -> bool:
        return self._key is not None

    def lock(self) -> None:
        self._key = None

    def known(self) -> dict[str, str]:
        prof = self.col.profile.get() or {"settings": {}}
        return dict(prof["settings"].get("known_keys") or {})

    def self_signed_cert(self, key: ec.EllipticCurvePrivateKey) -> None:
        """A self-signed certificate for the key, until the district issues one (then replace the file)."""
        import datetime as dt
        from cryptography import x509
        from cryptography.x509.oid import NameOID
        prof = self.col.profile.require()
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{prof['inspector_name']} {prof['cert_no']}"),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, prof["unit_name"])])
        now = dt.datetime.now(dt.timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
                .not_valid_after(now + dt.timedelta(days=3650))
                .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(True, True, False, False, False, True, False, False, False), critical=True)
                .sign(key, hashes.SHA256()))
        atomic_write_bytes(self.cert_path, cert.public_bytes(serialization.Encoding.PEM))

    def trust_roots(self) -> list:
        from asn1crypto import pem, x509 as ax509
        roots = []
        for path in (self.cert_path, self.district_ca_path):
            if path.is_file():
                for _, _, der in pem.unarmor(path.read_bytes(), multiple=True):
                    roots.append(ax509.Certificate.load(der))
        return roots


P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def public_hex(key: ec.EllipticCurvePrivateKey) -> str:
    """The public key as hex of the compressed SEC1 point (33 bytes), the form kept in `known_keys`."""
    return key.public_key().public_bytes(serialization.Encoding.X962,
                                         serialization.PublicFormat.CompressedPoint).hex()


def sign_raw(key: ec.EllipticCurvePrivateKey, data: bytes) -> bytes:
    """ECDSA-SHA256 as 64 bytes r||s with low s, so each signature has exactly one accepted encoding."""
    r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
    if s > P256_ORDER // 2:
        s = P256_ORDER - s
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def verify_raw(public_hex_: str, signature: bytes, data: bytes) -> bool:
    """Check a 64-byte signature against a known key: P-256 (r||s, low s only) or a legacy Ed25519 key."""
    pub = bytes.fromhex(public_hex_)
    if len(signature) != 64:
        return False
    try:
        if len(pub) == 32:  # keys created before the switch to P-256
            Ed25519PublicKey.from_public_bytes(pub).verify(signature, data)
            return True
        r, s = int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
        if not (0 < r < P256_ORDER and 0 < s <= P256_ORDER // 2):
            return False
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), pub).verify(
            encode_dss_signature(r, s), data, ec.ECDSA(hashes.SHA256()))
        return True
    except (InvalidSignature, ValueError):
        return False
