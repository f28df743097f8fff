"""Device keys, bundle signatures, bundle encryption and the district's small CA.

- Each device has an Ed25519 key (signs bundles) and an X25519 key (receives encrypted bundles),
  kept unencrypted under <data_dir>/sync-keys/ (0600) so sync can run unattended; the
  inspector's document-signing key is separate and password-protected (documents helper).
- The district's Ed25519 key is also its certificate authority key: it self-signs a CA
  certificate and issues X.509 certificates for approved devices.
- Sealing: ephemeral X25519 -> HKDF-SHA256 -> AES-256-GCM (bundle-format.md, "payload").
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.x509.name import _ASN1Type
from cryptography.x509.oid import NameOID

from inspector_app.core.datadir import atomic_write_bytes

KEY_DIR = "sync-keys"
HKDF_INFO = b"inspector-bundle-v1"
_RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)


class DeviceKeys:
    """This device's signing and encryption keys, created on first use."""

    def __init__(self, data_dir: Path):
        self.dir = Path(data_dir) / KEY_DIR
        self.sign_key: Ed25519PrivateKey = self._load("device_sign.pem", Ed25519PrivateKey.generate)
        self.box_key: X25519PrivateKey = self._load("device_box.pem", X25519PrivateKey.generate)

    def _load(self, name: str, generate):
        path = self.dir / name
        if path.exists():
            return serialization.load_pem_private_key(path.read_bytes(), password=None)
        key = generate()
        self.dir.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                   serialization.NoEncryption()))
        try:
            os.chmod(path, 0o600)
        except OSError:
            pass
        return key

    @property
    def sign_public(self) -> str:
        return self.sign_key.public_key().public_bytes(*_RAW).hex()

    @property
    def box_public(self) -> str:
        return self.box_key.public_key().public_bytes(*_RAW).hex()

    def sign(self, data: bytes) -> str:
        return self.sign_key.sign(data).hex()


def verify(public_hex: str, data: bytes, signature_hex: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(bytes.fromhex(signature_hex), data)
        return True
    except (InvalidSignature, ValueError):
        return False


def _derive(shared: bytes, eph_pub: bytes, recipient_pub: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_pub + recipient_pub, info=HKDF_INFO).derive(shared)


def seal(recipient_box_hex: str, plaintext: bytes, aad: bytes) -> tuple[dict, bytes]:
    """Encrypt to a recipient's X25519 key; returns (header for the manifest, ciphertext)."""
    recipient = bytes.fromhex(recipient_box_hex)
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(*_RAW)
    key = _derive(eph.exchange(X25519PublicKey.from_public_bytes(recipient)), eph_pub, recipient)
    nonce = os.urandom(12)
    return ({"alg": "X25519-HKDF-SHA256-AES256GCM", "epk": eph_pub.hex(), "nonce": nonce.hex()},
            AESGCM(key).encrypt(nonce, plaintext, aad))


def unseal(keys: DeviceKeys, header: dict, ciphertext: bytes, aad: bytes) -> bytes | None:
    """Decrypt; None when the key or the data is wrong (tampered, or not for us)."""
    try:
        eph_pub = bytes.fromhex(header["epk"])
        own = keys.box_key.public_key().public_bytes(*_RAW)
        key = _derive(keys.box_key.exchange(X25519PublicKey.from_public_bytes(eph_pub)), eph_pub, own)
        return AESGCM(key).decrypt(bytes.fromhex(header["nonce"]), ciphertext, aad)
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None


_PRINTABLE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 '()+,-./:=?")


def _cap(value: str) -> str:
    """At most 64 UTF-8 bytes (the limit cryptography enforces), cut at a character boundary."""
    return value.strip().encode("utf-8")[:64].decode("utf-8", "ignore")


def _name(common: str, unit: str = "", serial: str = "") -> x509.Name:
    """Subject/issuer name; values are capped at 64 bytes, and a certificate
    number with Chinese characters (鲁安执字001) is stored as UTF8String, not PrintableString."""
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, _cap(common) or "-")]
    if _cap(unit):
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, _cap(unit)))
    serial = _cap(serial)
    if serial:
        kind = {} if set(serial) <= _PRINTABLE else {"_type": _ASN1Type.UTF8String}
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial, **kind))
    return x509.Name(attrs)


def _build(subject: x509.Name, issuer: x509.Name, public_key, ca_key: Ed25519PrivateKey, years: int,
           is_ca: bool) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(public_key)
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365 * years))
            .add_extension(x509.BasicConstraints(ca=is_ca, path_length=0 if is_ca else None), critical=True)
            .sign(ca_key, None))
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def make_ca_certificate(keys: DeviceKeys, unit: str) -> str:
    name = _name(f"{unit} 设备证书颁发机构", unit)
    return _build(name, name, keys.sign_key.public_key(), keys.sign_key, 20, True)


def issue_device_certificate(keys: DeviceKeys, ca_pem: str, device_sign_hex: str, name: str,
                             cert_no: str, township: str) -> str:
    ca = x509.load_pem_x509_certificate(ca_pem.encode())
    pub = Ed25519PublicKey.from_public_bytes(bytes.fromhex(device_sign_hex))
    return _build(_name(name, township, cert_no), ca.subject, pub, keys.sign_key, 3, False)


def certificate_matches(cert_pem: str, ca_pem: str, device_sign_hex: str) -> bool:
    """True when `cert_pem` was issued by the CA for this device key."""
    try:
        cert = x509.load_pem_x509_certificate(cert_pem.encode())
        ca = x509.load_pem_x509_certificate(ca_pem.encode())
        ca.public_key().verify(cert.signature, cert.tbs_certificate_bytes)
        return cert.public_key().public_bytes(*_RAW).hex() == device_sign_hex
    except (InvalidSignature, ValueError, TypeError):
        return False
