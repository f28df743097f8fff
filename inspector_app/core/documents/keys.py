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

from inspector_app.core import clock
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
        # Proof of possession for the district's CA: made now, while the key is at hand, so that a later
        # unattended sync can ask for the certificate without the password.
        pop = sign_raw(key, POP_CONTEXT + bytes.fromhex(pub)).hex()
        with self.col.lock:   # the known keys read and written back as one step (a sync may add some)
            known = dict(self.known(), **{pub: self.col.actor()})
            self.col.profile.update_settings(signing_public_key=pub, known_keys=known, signing_key_pop=pop)
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
        now = clock.utc_now()
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
                .not_valid_after(now + dt.timedelta(days=3650))
                .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(True, True, False, False, False, True, False, False, False), critical=True)
                .sign(key, hashes.SHA256()))
        atomic_write_bytes(self.cert_path, cert.public_bytes(serialization.Encoding.PEM))

    def trust_roots(self) -> list:
        """The district's root, and this inspector's own certificate while it is self-signed."""
        from asn1crypto import pem, x509 as ax509
        roots = []
        for path in (self.cert_path, self.district_ca_path):
            if path.is_file():
                for _, _, der in pem.unarmor(path.read_bytes(), multiple=True):
                    cert = ax509.Certificate.load(der)
                    if path == self.district_ca_path or cert.self_signed:
                        roots.append(cert)
        return roots

    # ---------- district-certified signers (the API the PAdES signer and verifier use) ----------
    def signer(self, password: str | None = None) -> tuple[ec.EllipticCurvePrivateKey, list[bytes]]:
        """The unlocked signing key and its certificate chain as DER, leaf first: the district-issued
        certificate and the district root when the district has certified this key, else the self-signed one."""
        key = self.unlock(password)
        if not self.cert_path.is_file():
            self.self_signed_cert(key)
        return key, self.chain()

    def chain(self) -> list[bytes]:
        from cryptography import x509
        leaf = x509.load_pem_x509_certificates(self.cert_path.read_bytes())
        out = [c.public_bytes(serialization.Encoding.DER) for c in leaf]
        if self.district_ca_path.is_file():
            root = x509.load_pem_x509_certificate(self.district_ca_path.read_bytes())
            der = root.public_bytes(serialization.Encoding.DER)
            if leaf[0].issuer == root.subject and der not in out:
                out.append(der)
        return out

    def district_certified(self) -> bool:
        """True when the current key carries a certificate issued by the trusted district root."""
        from cryptography import x509
        if not (self.cert_path.is_file() and self.district_ca_path.is_file()):
            return False
        try:
            leaf = x509.load_pem_x509_certificate(self.cert_path.read_bytes())
            root = x509.load_pem_x509_certificate(self.district_ca_path.read_bytes())
            leaf.verify_directly_issued_by(root)
        except (ValueError, TypeError, InvalidSignature):
            return False
        pub = (self.col.profile.get() or {"settings": {}})["settings"].get("signing_public_key")
        return leaf.public_key().public_bytes(serialization.Encoding.X962,
                                              serialization.PublicFormat.CompressedPoint).hex() == pub

    def certificate_request(self) -> dict[str, str] | None:
        """What a laptop asks the district to certify (sent with its bundles): the public key and the proof
        of possession; None when there is no key, or its district certificate is valid for 180 more days."""
        import datetime as dt
        from cryptography import x509
        settings = (self.col.profile.get() or {"settings": {}})["settings"]
        pub, pop = settings.get("signing_public_key"), settings.get("signing_key_pop")
        if not (pub and pop and self.exists()):
            return None
        if self.district_certified():
            leaf = x509.load_pem_x509_certificate(self.cert_path.read_bytes())
            if leaf.not_valid_after_utc - clock.utc_now() > dt.timedelta(days=180):
                return None
        return {"key": pub, "pop": pop}

    def install_district_certificate(self, leaf_pem: str, root_pem: str, trusted_root_pem: str) -> bool:
        """Adopt a certificate the district issued for the current key. Refused (False, nothing written)
        unless the root is the trusted district's and the leaf is issued by it for this very key."""
        from cryptography import x509
        try:
            root = x509.load_pem_x509_certificate(root_pem.encode())
            trusted = x509.load_pem_x509_certificate(trusted_root_pem.encode())
            leaf = x509.load_pem_x509_certificate(leaf_pem.encode())
            if root != trusted:
                return False
            leaf.verify_directly_issued_by(root)
        except (ValueError, TypeError, InvalidSignature):
            return False
        pub = (self.col.profile.get() or {"settings": {}})["settings"].get("signing_public_key")
        if leaf.public_key().public_bytes(serialization.Encoding.X962,
                                          serialization.PublicFormat.CompressedPoint).hex() != pub:
            return False
        self.install_district_root(root_pem)
        atomic_write_bytes(self.cert_path, leaf.public_bytes(serialization.Encoding.PEM))
        return True

    def install_district_root(self, root_pem: str) -> None:
        self.cert_path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.district_ca_path, root_pem.encode())

    def add_known(self, keys: dict[str, str]) -> None:
        """Public keys of the district's certified inspectors, for checking their QR codes here."""
        with self.col.lock:   # read and written back as one step (the GUI may create a key meanwhile)
            known = self.known()
            new = {k: v for k, v in keys.items() if known.get(k) != v}
            if new:
                self.col.profile.update_settings(known_keys=dict(known, **new))

    def revoked_at(self, serial: int) -> str | None:
        """When the district revoked the certificate with this serial (ISO time), if it did."""
        import json
        path = self.path.with_name("revoked.json")
        try:
            return json.loads(path.read_text("utf-8")).get(str(serial))
        except (OSError, ValueError, AttributeError):
            return None

    def set_revoked(self, revoked: dict[str, str]) -> None:
        import json
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.path.with_name("revoked.json"), json.dumps(revoked, sort_keys=True).encode())


class DistrictCA:
    """The district's document CA: an ECDSA P-256 root (sealed under the district password) that certifies
    each approved inspector's document-signing key. Its certificate is the file a court or an enterprise
    imports into a PDF reader as a trusted root (`inspector district root --out FILE`)."""

    WHAT = ("区局密钥（证书颁发机构）", "district key (CA)")
    LEAF_DAYS = 3 * 365

    def __init__(self, col: "Collection"):
        self.col = col
        self.path = Path(col.data_dir) / "keys" / "district_doc_ca.key"
        self.root_path = self.path.with_name("district_root.pem")
        self._key: ec.EllipticCurvePrivateKey | None = None

    def exists(self) -> bool:
        return self.path.is_file() and self.root_path.is_file()

    def root_pem(self) -> str:
        return self.root_path.read_text("ascii") if self.root_path.is_file() else ""

    def _unlock(self) -> ec.EllipticCurvePrivateKey:
        if self._key is None:
            key = keystore.open_key(self.path, keystore.password(*self.WHAT), what_zh=self.WHAT[0],
                                    what_en=self.WHAT[1])
            assert isinstance(key, ec.EllipticCurvePrivateKey)
            self._key = key
        return self._key

    def create(self, unit: str) -> str:
        """Create the root (idempotent); the district's own documents then verify against it too."""
        import datetime as dt
        from cryptography import x509
        from cryptography.x509.oid import NameOID
        if self.exists():
            return self.root_pem()
        key = ec.generate_private_key(ec.SECP256R1())
        keystore.write_key(self.path, key, keystore.password(*self.WHAT), label="district-document-ca")
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, _cap(f"{unit} 执法文书签章根证书")),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, _cap(unit))])
        now = clock.utc_now()
        ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
                .not_valid_after(now + dt.timedelta(days=20 * 365))
                .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
                .add_extension(ski, critical=False)
                .sign(key, hashes.SHA256()))
        self._key = key
        atomic_write_bytes(self.root_path, cert.public_bytes(serialization.Encoding.PEM))
        Keys(self.col).install_district_root(self.root_pem())
        return self.root_pem()

    def issue(self, public_hex_: str, *, name: str, cert_no: str, unit: str, township: str) -> str:
        """A document-signing certificate (PEM) for an inspector's P-256 key."""
        import datetime as dt
        from cryptography import x509
        from cryptography.x509.oid import NameOID
        root = x509.load_pem_x509_certificate(self.root_path.read_bytes())
        pub = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), bytes.fromhex(public_hex_))
        attrs = [x509.NameAttribute(NameOID.COMMON_NAME, _cap(f"{name} {cert_no}")),
                 x509.NameAttribute(NameOID.ORGANIZATION_NAME, _cap(unit or "-"))]
        if township.strip():
            attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, _cap(township)))
        now = clock.utc_now()
        ski = root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
        cert = (x509.CertificateBuilder().subject_name(x509.Name(attrs)).issuer_name(root.subject).public_key(pub)
                .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
                .not_valid_after(now + dt.timedelta(days=self.LEAF_DAYS))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(pub), critical=False)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False)
                .sign(self._unlock(), hashes.SHA256()))
        return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def _cap(value: str) -> str:
    """At most 64 UTF-8 bytes (X.509 name limit), cut at a character boundary."""
    return value.strip().encode("utf-8")[:64].decode("utf-8", "ignore") or "-"


def check_certificate_request(request: object) -> tuple[str, str] | None:
    """(public key hex, pop hex) of a well-formed request whose proof of possession holds; else None."""
    if not (isinstance(request, dict) and isinstance(request.get("key"), str) and isinstance(request.get("pop"), str)
            and len(request["key"]) == 66 and len(request["pop"]) == 128):
        return None
    try:
        ok = verify_raw(request["key"], bytes.fromhex(request["pop"]), POP_CONTEXT + bytes.fromhex(request["key"]))
    except ValueError:
        return None
    return (request["key"], request["pop"]) if ok else None


POP_CONTEXT = b"inspector-document-key-v1|"
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
