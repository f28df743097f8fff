"""Documents: render, issue with password, QR decoded from the page image, tamper, block exhaustion."""

from __future__ import annotations

import io
import subprocess

import pytest
from PIL import Image

from inspector_app.core.errors import InspectorError, UnusableInput

PASSWORD = "geheim123"


def _png() -> bytes:
    im = Image.new("RGBA", (200, 60), (0, 0, 0, 0))
    for x in range(20, 180):
        im.putpixel((x, 30 + (x % 7)), (0, 0, 0, 255))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def case(col, enterprise):
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="37088120002",
                                 place="二号车间").id
    h1 = col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "place": "二号车间污水池",
                             "description": "有限空间作业未进行气体检测", "legal_basis": "《工贸企业有限空间作业安全规定》第十四条",
                             "severity": "major", "deadline": "2030-01-15"}).id
    h2 = col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "place": "仓库",
                             "description": "动火作业未办理审批手续", "legal_basis": "GB 30871-2022 第5.2条",
                             "deadline": "2030-01-15"}).id
    col.inspections.complete(insp)
    col.keys.init(PASSWORD)
    col.documents.set_serial_block(17, 18)
    return insp, [h1, h2]


def _sign_all(col, doc_id, refuse=False):
    col.documents.set_signature(doc_id, "inspector1", _png())
    col.documents.set_signature(doc_id, "inspector2", _png())
    if refuse:
        col.documents.set_signature(doc_id, "enterprise", None, refused_witness="赵六", witness_png=_png(),
                                    refused_reason="负责人称须请示上级")
    else:
        col.documents.set_signature(doc_id, "enterprise", _png())


def _text(pdf: bytes, tmp_path) -> str:
    f = tmp_path / "d.pdf"
    f.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(f), "-"], capture_output=True, text=True, check=True).stdout


def test_each_document_renders_with_embedded_chinese_font(col, case, tmp_path):
    insp, hazards = case
    rec = col.documents.draft("inspection_record", inspection_id=insp).id
    text = _text(col.documents.render_pdf(rec), tmp_path)
    assert "现场检查记录" in text and "有限空间作业未进行气体检测" in text and "共 1 页" in text
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    text = _text(col.documents.render_pdf(notice), tmp_path)
    assert "限期整改意见书" in text and "重大事故隐患" in text and "2030年1月15日前" in text
    assert "报请区应急管理局" in text
    fonts = subprocess.run(["pdffonts", str(tmp_path / "d.pdf")], capture_output=True, text=True).stdout
    assert "UMing" in fonts or "MicroHei" in fonts
    cjk = [line for line in fonts.splitlines() if "UMing" in line or "MicroHei" in line]
    assert cjk and all(" yes yes " in line for line in cjk)
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in line for line in rows), f"a font is not embedded:\n{fonts}"


def test_issue_numbers_signs_and_qr_verifies_from_page_image(col, case, tmp_path):
    import dataclasses

    import zxingcpp

    from inspector_app.core.documents import qr
    insp, hazards = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, notice, refuse=True)
    col.documents.issue(notice, PASSWORD)
    doc = col.documents.get(notice)
    assert doc["state"] == "issued" and doc["doc_no"] == "（城关）应急整改〔%d〕17号" % doc["year"]
    assert all(col.hazards.get(h)["state"] == "awaiting_rectification" for h in hazards)
    page = col.documents.page_images(notice, dpi=300)[0]
    found = zxingcpp.read_barcodes(page)
    assert found, "QR not found on the page image"
    payload = found[0].text
    assert payload == doc["content"]["qr_pages"][0] and payload.startswith("IQ2:") and payload.isascii()
    assert found[0].ec_level == "Q" and len(qr.matrix(payload)) <= 49  # version 8 or lower
    facts = col.documents.verify_qr(payload)
    assert facts["doc_no"] == doc["doc_no"] and facts["deadline"] == "2030-01-15" and facts["page"] == "1/1"
    assert facts["uscc"] == col.enterprises.get(doc["enterprise_id"])["uscc"]
    f, data, sig = qr.parse(payload)
    key = col.keys.load(PASSWORD)
    forged = qr.PREFIX + qr.base45.b45encode(qr.body(dataclasses.replace(f, deadline="2030-02-15")) + sig).decode()
    with pytest.raises(qr.QrAltered):
        col.documents.verify_qr(forged)
    stranger = dataclasses.replace(f, key_id="0000" if f.key_id != "0000" else "0001")
    with pytest.raises(qr.QrUnknownIssuer):
        col.documents.verify_qr(qr.make_payload(key, stranger))
    with pytest.raises(UnusableInput):
        col.documents.verify_qr("hello")
    with pytest.raises(InspectorError, match="不能修改|cannot be changed"):
        col.documents.set_signature(notice, "inspector1", _png())
    # the record of the same case shares the serial
    rec = col.documents.draft("inspection_record", inspection_id=insp).id
    _sign_all(col, rec)
    col.documents.issue(rec, PASSWORD)
    assert col.documents.get(rec)["serial"] == 17


def test_wrong_password_and_missing_signature_issue_nothing(col, case):
    insp, hazards = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    with pytest.raises(InspectorError, match="密码错误|Wrong password"):
        col.documents.issue(notice, "wrong-password")
    col.documents.set_signature(notice, "inspector1", _png())
    with pytest.raises(InspectorError, match="签名|signature"):
        col.documents.issue(notice, PASSWORD)
    assert col.documents.get(notice)["state"] == "draft"
    assert all(col.hazards.get(h)["state"] == "open" for h in hazards)


def test_block_exhaustion_is_a_clear_message(col, case, enterprise):
    insp, _ = case
    col.documents.set_serial_block(5, 5)
    first = col.documents.draft("inspection_record", inspection_id=insp).id
    _sign_all(col, first)
    col.documents.issue(first, PASSWORD)
    other = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="2").id
    col.inspections.complete(other)
    second = col.documents.draft("inspection_record", inspection_id=other).id
    _sign_all(col, second)
    with pytest.raises(InspectorError, match="编号段已用完"):
        col.documents.issue(second, PASSWORD)
    assert col.documents.get(second)["state"] == "draft"


def test_pades_verify_accepts_and_rejects_one_byte_change(col, case):
    insp, _ = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, notice)
    col.documents.issue(notice, PASSWORD)
    pdf = col.documents.render_pdf(notice)
    facts = col.documents.verify_pdf(pdf)
    assert facts["record"] == "matches" and facts["doc_no"] == col.documents.get(notice)["doc_no"]
    for pos in (len(pdf) // 4, len(pdf) // 2, len(pdf) - 40):
        bad = bytearray(pdf)
        bad[pos] ^= 0x01
        with pytest.raises(InspectorError):
            col.documents.verify_pdf(bytes(bad))
    with pytest.raises(UnusableInput):
        col.documents.verify_pdf(b"hello")


def test_reinspection_opinion_refers_to_the_notice(col, case, tmp_path):
    insp, hazards = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, notice)
    col.documents.issue(notice, PASSWORD)
    re = col.documents.draft("reinspection_opinion", refers_to=notice).id
    text = "".join(_text(col.documents.render_pdf(re), tmp_path).split())
    assert "整改复查意见书" in text and col.documents.get(notice)["doc_no"] in text
    assert "未整改或整改不符合要求的隐患" in text and "动火作业未办理审批手续" in text


def test_photos_are_embedded_as_taken_not_recoded(col, case, enterprise):
    """A photo goes into the PDF as the stored JPEG, byte for byte (DCTDecode), with no ASCII85 layer:
    nothing is lost to recompression and issuing does not decode every photo."""
    insp, _hazards = case
    buf = io.BytesIO()
    Image.new("RGB", (1600, 1200), (90, 140, 200)).save(buf, "JPEG", quality=85)
    sha = col.attachments.import_photo(buf.getvalue(), "p.jpg")
    col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "place": "泵房",
                        "description": "护栏缺失", "before_photos": [sha], "deadline": "2030-01-15"})
    doc = col.documents.draft("rectification_notice", inspection_id=insp).id
    pdf = col.documents.render_pdf(doc)
    stored = col.attachments.read(sha)
    assert stored[:2] == b"\xff\xd8" and stored in pdf
    assert b"/ASCII85Decode" not in pdf and b"/DCTDecode" in pdf


def test_a_wrong_password_opened_during_the_layout_issues_nothing(col, case):
    """The key is opened on a thread while the notice is laid out: a wrong password still stops the issue
    inside its transaction (no serial used, nothing stored), and the right one then takes that serial."""
    insp, hazards = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, notice)
    col.keys.lock()
    with pytest.raises(InspectorError, match="密码错误|Wrong password"):
        col.documents.issue(notice, "wrong-password")
    assert not col.keys.is_unlocked()
    assert col.documents.get(notice)["state"] == "draft" and not col.documents.get(notice)["doc_no"]
    assert all(col.hazards.get(h)["state"] == "open" for h in hazards)
    col.documents.issue(notice, PASSWORD)
    assert col.documents.get(notice)["serial"] == 17 and col.keys.is_unlocked()
