"""The PDF signature as other verifiers see it: pdfsig (poppler) and pyHanko's validator with the district
root as the only trust anchor; a DocMDP certification; hostile files end in a clear message."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pytest

from inspector_app.core.errors import InspectorError, UnusableInput
from tests.core.test_documents import PASSWORD, _sign_all


def _ca_and_leaf(key):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    now = dt.datetime.now(dt.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "示例区应急管理局 文书签发CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    leaf = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "张伟 37088120001")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=1000))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    return ca.public_bytes(pem), leaf.public_bytes(pem)


@pytest.fixture
def issued(col, enterprise):
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="37088120002").id
    col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "description": "动火作业未办理审批手续",
                        "deadline": "2030-01-15"})
    col.inspections.complete(insp)
    col.keys.init(PASSWORD)
    col.documents.set_serial_block(1, 9)
    ca_pem, leaf_pem = _ca_and_leaf(col.keys.load(PASSWORD))
    col.keys.cert_path.write_bytes(leaf_pem)           # the district-issued certificate
    col.keys.district_ca_path.write_bytes(ca_pem)      # the district root, the trust anchor
    doc = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, doc)
    col.documents.issue(doc, PASSWORD)
    return col.documents.render_pdf(doc), ca_pem


def test_pyhanko_validates_with_the_district_root_only(issued):
    from asn1crypto import pem, x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext
    pdf, ca_pem = issued
    root = x509.Certificate.load(pem.unarmor(ca_pem)[2])
    sig = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[-1]
    st = validate_pdf_signature(sig, ValidationContext(trust_roots=[root]))
    assert st.intact and st.valid and st.trusted and st.bottom_line
    assert str(st.coverage).endswith("ENTIRE_FILE")
    assert [c.dump() for c in sig.signed_data["certificates"]].count(root.dump()) == 1  # chain embedded
    assert sig.signer_info["digest_algorithm"]["algorithm"].native == "sha256"
    assert sig.docmdp_level is not None and sig.docmdp_level.name == "NO_CHANGES"  # certification signature
    assert st.docmdp_ok
    assert sig.self_reported_timestamp is not None  # signing time
    # someone else's root: intact but not trusted
    from cryptography.hazmat.primitives.asymmetric import ec
    other_ca, _ = _ca_and_leaf(ec.generate_private_key(ec.SECP256R1()))
    st2 = validate_pdf_signature(PdfFileReader(io.BytesIO(pdf)).embedded_signatures[-1],
                                 ValidationContext(trust_roots=[x509.Certificate.load(pem.unarmor(other_ca)[2])]))
    assert st2.intact and not st2.trusted


@pytest.mark.skipif(not shutil.which("pdfsig"), reason="poppler-utils not installed")
def test_pdfsig_says_signature_is_valid(issued, tmp_path):
    pdf, _ = issued
    f = tmp_path / "doc.pdf"
    f.write_bytes(pdf)
    out = subprocess.run(["pdfsig", str(f)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid." in out and "Total document signed" in out
    assert "SHA-256" in out and "Signing Time" in out


def test_our_verify_accepts_it_and_explains_untrusted(col, issued):
    pdf, _ = issued
    assert col.documents.verify_pdf(pdf)["record"] == "matches"
    col.keys.district_ca_path.unlink()
    col.keys.cert_path.unlink()
    with pytest.raises(InspectorError) as e:
        col.documents.verify_pdf(pdf)
    assert "不是本机信任" in e.value.zh and "cannot be confirmed here" in e.value.en


HOSTILE = [
    b"%PDF-1.7\n",
    b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    b"%PDF-1.4\n" + b"[" * 5000 + b"\n%%EOF",
    b"%PDF-1.4\nxref\n0 99999999\ntrailer << /Size 99999999 /Root 1 0 R >>\nstartxref\n9\n%%EOF",
    b"%PDF-1.4\n1 0 obj << /Length 999999999 >> stream\nabc\nendstream endobj\n%%EOF",
]


def test_hostile_files_give_a_message_never_a_traceback(col, issued):
    pdf, _ = issued
    for data in HOSTILE + [pdf[: len(pdf) // 2], pdf.replace(b"/ByteRange", b"/ByteRangX", 1),
                           pdf.replace(b"/Contents <", b"/Contents <00", 1)]:
        with pytest.raises(InspectorError) as e:
            col.documents.verify_pdf(data)
        assert e.value.zh and e.value.en and "Traceback" not in e.value.en and "module" not in e.value.en
    with pytest.raises(UnusableInput):
        col.documents.verify_pdf(b"GIF89a")


def test_cli_verify_of_garbage_and_untrusted_is_a_message(col, issued, data_dir, tmp_path, capsys):
    from inspector_app.cli import main
    pdf, _ = issued
    d = ["--data-dir", str(data_dir)]
    for i, data in enumerate(HOSTILE):
        f = tmp_path / f"h{i}.pdf"
        f.write_bytes(data)
        assert main(d + ["verify", str(f)]) == 1
    col.keys.district_ca_path.unlink()
    col.keys.cert_path.unlink()
    f = tmp_path / "doc.pdf"
    f.write_bytes(pdf)
    assert main(d + ["verify", str(f)]) == 1
    assert main(d + ["verify", "--qr", "IQ2:%%%%"]) in (1, 2)
    err = capsys.readouterr().err
    assert "Traceback" not in err and "不是本机信任" in err
