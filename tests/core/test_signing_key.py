"""The document-signing key: ECDSA P-256 in the PAdES signature (readable by pdfsig) and in the QR."""

from __future__ import annotations

import io
import subprocess

import pytest

from inspector_app.core.documents import keys as K
from inspector_app.core.errors import InspectorError
from tests.core.test_documents import PASSWORD, _sign_all


@pytest.fixture
def issued(col, enterprise, tmp_path):
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="37088120002").id
    col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "description": "动火作业未办理审批手续",
                        "deadline": "2030-01-15"})
    col.inspections.complete(insp)
    col.keys.init(PASSWORD)
    col.documents.set_serial_block(1, 9)
    doc = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, doc)
    col.documents.issue(doc, PASSWORD)
    return doc


def test_key_is_p256_and_pdf_signature_is_ecdsa(col, issued, tmp_path):
    from cryptography.hazmat.primitives.asymmetric import ec
    from pyhanko.pdf_utils.reader import PdfFileReader
    key = col.keys.load(PASSWORD)
    assert isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp256r1"
    assert len(bytes.fromhex(col.profile.get()["settings"]["signing_public_key"])) == 33
    pdf = col.documents.render_pdf(issued)
    sig = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[-1]
    assert sig.signer_info["signature_algorithm"]["algorithm"].native in ("sha256_ecdsa", "ecdsa")
    f = tmp_path / "doc.pdf"
    f.write_bytes(pdf)
    out = subprocess.run(["pdfsig", str(f)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid." in out and "Total document signed" in out


def test_qr_signature_has_one_encoding(col, issued):
    """(r, n-s) is a valid ECDSA signature too; only the low-s form is accepted."""
    from inspector_app.core.documents import qr
    payload = col.documents.get(issued)["content"]["qr"]
    assert col.documents.verify_qr(payload)["signed_by"]
    _, data, sig = qr.parse(payload)
    r, s = sig[:32], int.from_bytes(sig[32:], "big")
    high = r + (K.P256_ORDER - s).to_bytes(32, "big")
    with pytest.raises(InspectorError):
        col.documents.verify_qr(qr.PREFIX + qr.base45.b45encode(data + high).decode())


def test_legacy_ed25519_qr_still_verifies():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives import serialization
    old = Ed25519PrivateKey.generate()
    pub = old.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    assert K.verify_raw(pub, old.sign(b"body"), b"body")
    assert not K.verify_raw(pub, old.sign(b"body"), b"other")
