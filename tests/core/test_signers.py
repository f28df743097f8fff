"""District-certified signers: the district CA certifies each inspector's document-signing key through sync;
a document issued on one laptop verifies on another laptop and at the district, naming issuer and signer;
revocation; a rogue certificate is never installed; the district root for PDF readers."""

from __future__ import annotations

import io
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from inspector_app.core.documents.keys import DistrictCA
from inspector_app.core.errors import InspectorError
from sync_support import add_enterprise, make_district, make_laptop, send
from tests.core.test_documents import _sign_all

PW = "district-or-inspector-pw"
ROOT = str(Path(__file__).resolve().parents[2])


@pytest.fixture
def world(tmp_path):
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    b = make_laptop(tmp_path, d, "李娜")
    for lap in (a, b):
        lap.keys.init(PW)
        send(lap, d, tmp_path)       # the request travels with the next bundle
        send(d, lap, tmp_path)       # the certificate comes back
    send(d, b, tmp_path)             # b learns a's certified key too (for QR codes)
    yield tmp_path, d, a, b
    for c in (d, a, b):
        c.close()


def _issue(col) -> tuple[str, bytes]:
    ent = add_enterprise(col, "宏达化工")
    insp = col.inspections.start(ent, inspector2_name="王芳", inspector2_cert="37088120002").id
    col.hazards.create({"enterprise_id": ent, "inspection_id": insp, "description": "动火作业未办理审批手续",
                        "deadline": "2030-01-15"})
    col.inspections.complete(insp)
    col.documents.set_serial_block(1, 99)
    doc = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, doc)
    col.documents.issue(doc)
    return doc, col.documents.render_pdf(doc)


def test_document_from_one_laptop_verifies_on_another_and_at_the_district(world):
    root, d, a, b = world
    assert a.keys.district_certified() and b.keys.district_certified()
    leaf = x509.load_pem_x509_certificate(a.keys.cert_path.read_bytes())
    assert not leaf.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert isinstance(leaf.public_key(), ec.EllipticCurvePublicKey)
    doc, pdf = _issue(a)
    for where in (b, d):
        facts = where.documents.verify_pdf(pdf)
        assert "张伟" in facts["signed_by"] and "示例区应急管理局" in facts["issuer"]
    qr = a.documents.get(doc)["content"]["qr"]
    assert "张伟" in b.documents.verify_qr(qr)["signed_by"]
    # the chain inside the PDF: leaf + district root, validated by pyHanko against the published root only
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext
    from asn1crypto import x509 as ax509
    out = root / "district-root.cer"
    r = subprocess.run([sys.executable, "-m", "inspector_app", "--lang", "en", "--data-dir", str(d.data_dir),
                        "district", "root", "--out", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    published = ax509.Certificate.load(out.read_bytes())
    sig = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[-1]
    st = validate_pdf_signature(sig, ValidationContext(trust_roots=[published]))
    assert st.intact and st.valid and st.trusted
    assert len(sig.signed_data["certificates"]) == 2


def test_laptop_that_trusted_the_card_verifies_before_it_is_certified(tmp_path, world):
    root, d, a, _ = world
    _, pdf = _issue(a)
    c = make_laptop(root, d, "赵敏", approve=False)   # only trusted the card: no key, not enrolled
    try:
        assert "张伟" in c.documents.verify_pdf(pdf)["signed_by"]
    finally:
        c.close()


def test_revoked_signer_documents_after_revocation_are_refused(world):
    root, d, a, b = world
    _, before = _issue(a)
    time.sleep(1.1)  # signing times have whole seconds; one in the revocation's second counts as after it
    d.sync.revoke(a.device_id)
    send(d, b, root)
    with pytest.raises(InspectorError) as e:
        d.documents.verify_pdf(_issue_again(a))
    assert "revoked" in e.value.en and "吊销" in e.value.zh
    assert "张伟" in b.documents.verify_pdf(before)["signed_by"]     # signed before the revocation


def _issue_again(col) -> bytes:
    return _issue(col)[1]


def test_rogue_certificate_or_root_is_never_installed(world, tmp_path):
    root, d, a, _ = world
    before = a.keys.cert_path.read_bytes()
    rogue = make_district(tmp_path / "rogue")
    try:
        rogue_ca = DistrictCA(rogue)
        pub = a.profile.get()["settings"]["signing_public_key"]
        leaf = rogue_ca.issue(pub, name="张伟", cert_no="X", unit="假冒", township="")
        trusted = d.sync.card()["doc_ca_certificate"]
        assert not a.keys.install_district_certificate(leaf, rogue_ca.root_pem(), trusted)
        assert not a.keys.install_district_certificate(leaf, trusted, trusted)   # not issued by the trusted root
        other = DistrictCA(d).issue(b_key(), name="张伟", cert_no="X", unit="", township="")
        assert not a.keys.install_district_certificate(other, trusted, trusted)  # not for this key
        assert a.keys.cert_path.read_bytes() == before
    finally:
        rogue.close()


def b_key() -> str:
    from inspector_app.core.documents.keys import public_hex
    return public_hex(ec.generate_private_key(ec.SECP256R1()))


def test_request_without_proof_of_possession_is_ignored(world):
    root, d, a, _ = world
    pub = a.profile.get()["settings"]["signing_public_key"]
    assert not d.sync.certify_signer(a.device_id, {"key": pub, "pop": "00" * 64})
    assert not d.sync.certify_signer(a.device_id, {"key": b_key(), "pop": a.profile.get()["settings"]["signing_key_pop"]})
