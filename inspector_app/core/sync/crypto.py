"""Device keys, bundle signatures, bundle encryption and the district's small CA.

- Each device has an Ed25519 key (signs bundles) and an X25519 key (receives encrypted bundles),
  sealed under <data_dir>/sync-keys/ (0600; see DeviceKeys for the secret); the inspector's
  document-signing key is separate (documents/keys.py).
- The district's Ed25519 key is also its certificate authority key: it self-signs a CA
  certificate and issues X.509 certificates for approved devices.
- Sealing: ephemeral X25519 -> HKDF-SHA256 -> AES-256-GCM (bundle-format.md, "payload").
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any, ClassVar

from cryptography import x509
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.x509.name import _ASN1Type
from cryptography.x509.oid import NameOID

from inspector_app.core import clock
from inspector_app.core import keystore

KEY_DIR = "sync-keys"
HKDF_INFO = b"inspector-bundle-v1"
_RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)


class DeviceKeys:
    """This device's signing and encryption keys, created on first use, sealed at rest (core.keystore).

    A laptop's keys are sealed with a random secret kept in the operating system's keyring when a real
    keyring exists, so sync runs unattended; otherwise, and always at the district (whose signing key is
    also its CA key), with the user's password. Public keys are read without unlocking."""

    FILES: ClassVar[dict[str, str]] = {"sign": "device_sign", "box": "device_box"}

    def __init__(self, data_dir: Path, *, district: bool = False):
        self.dir = Path(data_dir) / KEY_DIR
        self.district = district
        self._keys: dict[str, Any] = {}

    @property
    def what(self) -> tuple[str, str]:
        return ("区局密钥（证书颁发机构）", "district key (CA)") if self.district else ("本机同步密钥", "sync keys")

    def _path(self, kind: str, legacy: bool = False) -> Path:
        return self.dir / (self.FILES[kind] + (".pem" if legacy else ".key"))

    @property
    def sign_key(self) -> Ed25519PrivateKey:
        self.unlock()
        return self._keys["sign"]

    @property
    def box_key(self) -> X25519PrivateKey:
        self.unlock()
        return self._keys["box"]

    def is_unlocked(self) -> bool:
        return bool(self._keys)

    def needs_password(self) -> bool:
        """True when unlocking (or creating) the keys takes the user's password rather than the keyring."""
        if self.is_unlocked():
            return False
        if self._path("sign").is_file():
            return keystore.header(self._path("sign"))["kdf"]["name"] != "keyring"
        return self.district or keystore.os_keyring() is None

    def _keyring_account(self) -> str:
        import hashlib
        return "sync-keys-" + hashlib.sha256(str(self.dir.resolve()).encode()).hexdigest()[:16]

    def _secret(self) -> str | bytes:
        path = self._path("sign")
        kdf = keystore.header(path)["kdf"] if path.is_file() else None
        if kdf is None and not self.district and (kr := keystore.os_keyring()) is not None:
            account = self._keyring_account()
            secret = kr.get_password(keystore.KEYRING_SERVICE, account)
            if not secret:
                secret = os.urandom(32).hex()
                kr.set_password(keystore.KEYRING_SERVICE, account, secret)
            return bytes.fromhex(secret)
        if kdf is not None and kdf["name"] == "keyring":
            kr = keystore.os_keyring()
            secret = kr.get_password(kdf["service"], kdf["account"]) if kr is not None else None
            if not secret:
                raise keystore.KeyFileDamaged(
                    "系统钥匙串中没有本机同步密钥的解锁密钥（可能换了电脑或用户，或从备份恢复）。恢复办法：移走 sync-keys/ "
                    "文件夹，本机会新建同步密钥，再请区局重新批准本机（重新登记）。",
                    "The system keyring holds no secret for this laptop's sync keys (another computer or user, or a "
                    "restored backup). To recover, move the sync-keys/ folder away; this laptop creates new sync keys "
                    "and the district approves it again (re-enrol).")
            return bytes.fromhex(secret)
        return keystore.password(*self.what)

    def unlock(self, password: str | None = None) -> None:
        """Open (creating or migrating on first use) both keys; WrongPassword changes nothing."""
        if self._keys:
            return
        sealed = all(self._path(k).is_file() for k in self.FILES)
        legacy = all(self._path(k, legacy=True).is_file() for k in self.FILES)
        secret = password if (password is not None and self.needs_password()) else self._secret()
        keys: dict[str, Any] = {}
        if sealed:
            for kind in self.FILES:
                keys[kind] = keystore.open_key(self._path(kind), secret, what_zh=self.what[0], what_en=self.what[1])
        else:
            for kind, gen in (("sign", Ed25519PrivateKey.generate), ("box", X25519PrivateKey.generate)):
                if legacy:  # unencrypted files of an earlier version: sealed now, then removed
                    try:
                        keys[kind] = serialization.load_pem_private_key(
                            self._path(kind, legacy=True).read_bytes(), password=None)
                    except (ValueError, TypeError):
                        raise keystore.damaged(self._path(kind, legacy=True)) from None
                else:
                    keys[kind] = gen()
            account = self._keyring_account() if isinstance(secret, bytes) else ""
            for kind in self.FILES:
                keystore.write_key(self._path(kind), keys[kind], secret, label=f"sync-{kind}",
                                   keyring_account=account)
            for kind in self.FILES:
                self._path(kind, legacy=True).unlink(missing_ok=True)
        self._keys = keys

    def _public(self, kind: str) -> str:
        if self._keys:
            return self._keys[kind].public_key().public_bytes(*_RAW).hex()
        if self._path(kind).is_file():
            return str(keystore.header(self._path(kind))["public"])
        self.unlock()
        return self._public(kind)

    @property
    def sign_public(self) -> str:
        return self._public("sign")

    @property
    def box_public(self) -> str:
        return self._public("box")

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
        if set(serial) <= _PRINTABLE:
            attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial))
        else:
            attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial, _type=_ASN1Type.UTF8String))
    return x509.Name(attrs)


def _build(subject: x509.Name, issuer: x509.Name, public_key, ca_key: Ed25519PrivateKey, years: int,
           is_ca: bool) -> str:
    now = clock.utc_now()
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
        ca_key = ca.public_key()
        if not isinstance(ca_key, Ed25519PublicKey):
            return False
        ca_key.verify(cert.signature, cert.tbs_certificate_bytes)
        return cert.public_key().public_bytes(*_RAW).hex() == device_sign_hex
    except (InvalidSignature, ValueError, TypeError):
        return False
