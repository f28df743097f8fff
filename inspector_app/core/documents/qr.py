"""The per-page document QR: a compact signed binary payload (see docs/qr-payload.md) and its drawing.

The payload holds no CJK: the 文号 travels as unit code + year + serial + type, the enterprise as its
USCC packed in base 31, dates as day numbers. It is written in QR alphanumeric mode (base45, RFC 9285),
so a version-8 symbol at error-correction level Q carries it and a phone camera reads it. Version 6
(74 bytes at level Q) cannot hold a 64-byte signature and the facts; the symbol is drawn 4 cm wide instead,
which gives the modules the size a 3.5 cm version-6 symbol would have.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import struct
from dataclasses import asdict, dataclass
from typing import Any, Callable

import base45

from inspector_app.core.documents import keys
from inspector_app.core.errors import InspectorError, UnusableInput

PREFIX = "IQ2:"
FORMAT = 2
DOC_TYPES = ("inspection_record", "rectification_order", "rectification_opinion", "reinspection_opinion",
             "onsite_measures_decision")
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
EPOCH = dt.date(2000, 1, 1)
_BODY = struct.Struct(">BI3sBBHH12s6s2s")   # 35 bytes, then a 64-byte signature
SIG_LEN = 64
SYMBOL_CM = 4.0      # the symbol without its quiet zone
QUIET_MODULES = 4


class QrAltered(InspectorError):
    """The payload was signed by a key known here, but not as it reads now."""


class QrUnknownIssuer(InspectorError):
    """No key known on this computer has the payload's key id: authenticity cannot be decided here."""


@dataclass(frozen=True)
class QrFacts:
    doc_type: str
    unit_code: int        # the township (or district) statistical division code, 9 digits; 0 when none
    year: int
    serial: int
    page: int
    pages: int
    issue_date: str       # YYYY-MM-DD
    deadline: str         # YYYY-MM-DD or ""
    uscc: str             # "" when the enterprise has no valid code
    content_hash: str     # first 12 hex digits of the content hash
    key_id: str           # 4 hex digits: first two bytes of SHA-256 over the signer's public key (SPKI DER)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def key_id(public_key: Any) -> str:
    from cryptography.hazmat.primitives import serialization
    spki = public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(spki).hexdigest()[:4]


def unit_code(code: str) -> int:
    """A 9- or 12-digit division code as its 9-digit township part; anything else as 0."""
    code = (code or "").strip()
    return int(code[:9]) if code.isascii() and code.isdigit() and len(code) in (6, 9, 12) else 0


def _days(iso: str) -> int:
    return (dt.date.fromisoformat(iso[:10]) - EPOCH).days if iso else 0


def _date(days: int) -> str:
    return (EPOCH + dt.timedelta(days=days)).isoformat() if days else ""


def _pack_uscc(uscc: str) -> bytes:
    uscc = (uscc or "").strip().upper()
    if len(uscc) != 18 or any(c not in USCC_ALPHABET for c in uscc):
        return bytes(12)
    n = 0
    for c in uscc:
        n = n * 31 + USCC_ALPHABET.index(c)
    return n.to_bytes(12, "big")


def _unpack_uscc(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    if n == 0:
        return ""
    out = []
    for _ in range(18):
        n, r = divmod(n, 31)
        out.append(USCC_ALPHABET[r])
    return "".join(reversed(out)) if n == 0 else "?"


def body(f: QrFacts) -> bytes:
    return _BODY.pack((FORMAT << 4) | DOC_TYPES.index(f.doc_type), f.unit_code, f.serial.to_bytes(3, "big"),
                      f.page, f.pages, _days(f.issue_date), _days(f.deadline), _pack_uscc(f.uscc),
                      bytes.fromhex(f.content_hash[:12]), bytes.fromhex(f.key_id))


def make_payload(key: Any, facts: QrFacts) -> str:
    data = body(facts)
    return PREFIX + base45.b45encode(data + keys.sign_raw(key, data)).decode("ascii")


def parse(payload: str) -> tuple[QrFacts, bytes, bytes]:
    """Decode without checking the signature; UnusableInput when it is not one of our payloads."""
    text = (payload or "").strip("\r\n\t")
    not_ours = UnusableInput("这不是本系统文书的二维码内容（应以 IQ2: 开头）",
                             "This is not a document QR payload of this app (it starts with IQ2:)")
    if not text.startswith(PREFIX):
        if text.startswith("IQ1|"):
            raise UnusableInput("这是旧版二维码（IQ1），请用签发时的版本核验或向签发单位核实",
                                "This is an old-format QR (IQ1); ask the issuing unit to confirm it")
        raise not_ours
    try:
        raw = base45.b45decode(text[len(PREFIX):])
    except ValueError:
        raise QrAltered("二维码内容无法解码：被改动或扫描不完整", "The QR payload cannot be decoded: altered or "
                        "scanned incompletely") from None
    if len(raw) != _BODY.size + SIG_LEN or raw[0] >> 4 != FORMAT or (raw[0] & 0x0F) >= len(DOC_TYPES):
        raise QrAltered("二维码内容长度或格式不符：被改动或扫描不完整",
                        "The QR payload has the wrong length or format: altered or scanned incompletely")
    head, unit, serial, page, pages, issued, deadline, uscc, chash, kid = _BODY.unpack(raw[:_BODY.size])
    try:
        facts = QrFacts(doc_type=DOC_TYPES[head & 0x0F], unit_code=unit, year=int(_date(issued)[:4] or 0),
                        serial=int.from_bytes(serial, "big"), page=page, pages=pages, issue_date=_date(issued),
                        deadline=_date(deadline), uscc=_unpack_uscc(uscc), content_hash=chash.hex(), key_id=kid.hex())
    except (ValueError, OverflowError):
        raise QrAltered("二维码中的日期无效：被改动", "The QR holds an invalid date: altered") from None
    return facts, raw[:_BODY.size], raw[_BODY.size:]


def verify(payload: str, known: dict[str, str]) -> tuple[QrFacts, str]:
    """Check the signature against the keys known here (`known_keys`: public key hex → who); return the
    facts and the signer."""
    facts, data, sig = parse(payload)
    candidates = [(k, who) for k, who in known.items() if (pub := public_key(k)) is not None
                  and key_id(pub) == facts.key_id]
    if not candidates:
        raise QrUnknownIssuer(
            "签发人的密钥在本机未登记：无法在本机判断真伪。请向签发单位或区应急管理局核验（不代表文书是假的）。",
            "The issuer's key is not known on this computer: authenticity cannot be decided here. Ask the issuing "
            "unit or the district office to verify it (this does not mean the document is false).")
    for k, who in candidates:
        if keys.verify_raw(k, sig, data):
            if not (1 <= facts.page <= facts.pages) or not facts.issue_date:
                raise QrAltered("二维码内容不合理", "The QR content is inconsistent")
            return facts, who
    raise QrAltered("二维码签名无效：内容在签发后被改动（签发人的密钥本机已知）",
                    "QR signature invalid: the content was changed after issue (the issuer's key is known here)")


def matrix(payload: str) -> list[list[bool]]:
    """The symbol's modules (no quiet zone): error correction Q, alphanumeric mode, version ≤ 8."""
    import qrcode
    from qrcode.util import MODE_ALPHA_NUM, QRData
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, border=0)
    qr.add_data(QRData(payload, mode=MODE_ALPHA_NUM))
    qr.make(fit=True)
    if qr.version > 8:
        raise InspectorError("二维码内容过长", "The QR payload is too long")
    return [[bool(v) for v in row] for row in qr.get_matrix()]


def drawer(payloads: Callable[[int, int], str]) -> Callable[[Any, int, int], None]:
    """A page mark for render(): the page's own QR at the bottom right, on a white quiet zone of 4 modules."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm

    def mark(c: Any, page: int, total: int) -> None:
        m = matrix(payloads(page, total))
        n = len(m)
        size = SYMBOL_CM * cm
        mod = size / n
        quiet = QUIET_MODULES * mod
        x0, y0 = A4[0] - 1.2 * cm - size, 0.75 * cm
        c.saveState()
        c.setFillColorRGB(1, 1, 1)
        c.rect(x0 - quiet, y0 - quiet, size + 2 * quiet, size + 2 * quiet, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        for y, row in enumerate(m):
            x = 0
            while x < n:
                if row[x]:
                    start = x
                    while x < n and row[x]:
                        x += 1
                    c.rect(x0 + start * mod, y0 + size - (y + 1) * mod, (x - start) * mod, mod, stroke=0, fill=1)
                else:
                    x += 1
        c.restoreState()
    return mark


def public_key(hex_: str) -> Any | None:
    """A key of `known_keys`: a SEC1 P-256 point, or a 32-byte Ed25519 key from before the switch; None if neither."""
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519
    try:
        raw = bytes.fromhex(hex_)
        if len(raw) == 32:
            return ed25519.Ed25519PublicKey.from_public_bytes(raw)
        return ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), raw)
    except (ValueError, TypeError):
        return None
