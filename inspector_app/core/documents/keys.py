"""The inspector's signing key: Ed25519, stored as encrypted PKCS#8 under <data_dir>/keys/."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from inspector_app.core.datadir import atomic_write_bytes
from inspector_app.core.errors import InspectorError, ValidationError

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection


class Keys:
    def __init__(self, col: "Collection"):
        self.col = col
        self.path = Path(col.data_dir) / "keys" / "signing_key.pem"
        self.cert_path = self.path.with_name("signing_cert.pem")       # replaceable by a district-issued one
        self.district_ca_path = self.path.with_name("district_ca.pem")  # trust anchor, when delivered

    def exists(self) -> bool:
        return self.path.is_file()

    def init(self, password: str, *, force: bool = False) -> str:
        """Create the key (encrypted with password); return the public key hex."""
        if len(password) < 6:
            raise ValidationError("密码至少6位", "The password needs at least 6 characters", field="password")
        if self.exists() and not force:
            raise InspectorError("签名密钥已存在", "A signing key already exists")
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.BestAvailableEncryption(password.encode()))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.path, pem)
        self.self_signed_cert(key)
        pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
        known = dict(self.known())
        known[pub] = self.col.actor()
        self.col.profile.update_settings(signing_public_key=pub, known_keys=known)
        return pub

    def load(self, password: str) -> Ed25519PrivateKey:
        if not self.exists():
            raise InspectorError("尚未创建签名密钥（inspector keys init）", "No signing key yet (inspector keys init)")
        try:
            key = serialization.load_pem_private_key(self.path.read_bytes(), password.encode())
        except (ValueError, TypeError):
            raise InspectorError("签名密钥密码错误", "Wrong password for the signing key") from None
        assert isinstance(key, Ed25519PrivateKey)
        return key

    def known(self) -> dict[str, str]:
        prof = self.col.profile.get() or {"settings": {}}
        return dict(prof["settings"].get("known_keys") or {})

    def public_keys(self) -> list[Ed25519PublicKey]:
        return [Ed25519PublicKey.from_public_bytes(bytes.fromhex(k)) for k in self.known()]

    def self_signed_cert(self, key: Ed25519PrivateKey) -> None:
        """A self-signed certificate for the key, until the district issues one (then replace the file)."""
        import datetime as dt
        from cryptography import x509
        from cryptography.x509.oid import NameOID
        prof = self.col.profile.get()
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{prof['inspector_name']} {prof['cert_no']}"),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, prof["unit_name"])])
        now = dt.datetime.now(dt.timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
                .not_valid_after(now + dt.timedelta(days=3650))
                .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(True, True, False, False, False, True, False, False, False), critical=True)
                .sign(key, None))
        atomic_write_bytes(self.cert_path, cert.public_bytes(serialization.Encoding.PEM))

    def trust_roots(self) -> list:
        from asn1crypto import pem, x509 as ax509
        roots = []
        for path in (self.cert_path, self.district_ca_path):
            if path.is_file():
                for _, _, der in pem.unarmor(path.read_bytes(), multiple=True):
                    roots.append(ax509.Certificate.load(der))
        return roots
