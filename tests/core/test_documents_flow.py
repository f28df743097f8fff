"""Documents: bad input issues nothing; re-inspection results move hazards; void + reissue; layout facts."""

from __future__ import annotations

import io

import pytest

from inspector_app.core.errors import InspectorError, UnusableInput, ValidationError
from tests.core.test_documents import PASSWORD, _png, _sign_all, _text


def _photo(colour) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", (800, 600), colour).save(buf, "JPEG")
    return buf.getvalue()


@pytest.fixture
def case(col, enterprise):
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="37088120002",
                                 place="二号车间").id
    photo = col.attachments.import_photo(_photo((200, 40, 40)), "p.jpg")
    h1 = col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "place": "污水池",
                             "description": "污水池：有限空间作业未进行气体检测", "legal_basis": "《工贸企业有限空间作业安全规定》第十四条",
                             "severity": "major", "deadline": "2030-01-15", "before_photos": [photo]}).id
    h2 = col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "place": "仓库",
                             "description": "动火作业未办理审批手续", "deadline": "2030-02-01"}).id
    col.inspections.complete(insp)
    col.keys.init(PASSWORD)
    col.documents.set_serial_block(1, 50)
    return insp, [h1, h2], photo


def _states(col, hazards):
    return [col.hazards.get(h)["state"] for h in hazards]


def test_notice_text_groups_deadlines_and_shows_inspection_inspectors(col, case, tmp_path):
    insp, hazards, _ = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    text = "".join(_text(col.documents.render_pdf(notice), tmp_path).split())
    assert "第1项问题于2030年1月15日前，第2项问题于2030年2月1日前整改完毕" in text
    assert "污水池：有限空间作业未进行气体检测" in text and "污水池：污水池" not in text  # place not repeated
    assert "附页：隐患照片" in text and "整改前" in text
    col.documents.set_deadline(notice, None, "2030-03-01")
    text = "".join(_text(col.documents.render_pdf(notice), tmp_path).split())
    assert "对上述第1至2项问题于2030年3月1日前整改完毕" in text
    rec = col.documents.draft("inspection_record", inspection_id=insp).id
    text = "".join(_text(col.documents.render_pdf(rec), tmp_path).split())
    assert "检查人员张伟、王芳" in text and "37088120002" in text and "被检查单位现场负责人（签名）" in text


def test_hazard_without_deadline_issues_nothing(col, case, enterprise):
    insp, hazards, _ = case
    h3 = col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "place": "配电室",
                             "description": "配电箱未上锁"}).id
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, notice)
    with pytest.raises(ValidationError, match="没有整改期限") as e:
        col.documents.issue(notice, PASSWORD)
    assert "no deadline" in e.value.en
    assert col.documents.get(notice)["state"] == "draft" and _states(col, hazards + [h3]) == ["open"] * 3
    col.documents.set_deadline(notice, "3", "2030-01-20")
    col.documents.issue(notice, PASSWORD)
    assert col.hazards.get(h3)["deadline"] == "2030-01-20"


def test_past_deadline_issues_nothing(col, case):
    insp, hazards, _ = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    col.documents.set_deadline(notice, "1", "2020-01-01")
    _sign_all(col, notice)
    with pytest.raises(ValidationError, match="早于签发日期"):
        col.documents.issue(notice, PASSWORD)
    assert col.documents.get(notice)["state"] == "draft" and _states(col, hazards) == ["open", "open"]


def test_missing_photo_file_issues_nothing(col, case):
    insp, hazards, photo = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, notice)
    col.attachments.path(photo).unlink()
    with pytest.raises(InspectorError, match="照片文件缺失") as e:
        col.documents.issue(notice, PASSWORD)
    assert "Photo file missing" in e.value.en
    assert col.documents.get(notice)["state"] == "draft" and _states(col, hazards) == ["open", "open"]
    assert col.db.execute("SELECT COUNT(*) FROM documents WHERE serial IS NOT NULL").fetchone()[0] == 0


def test_missing_enterprise_signature_and_wrong_password_messages(col, case):
    insp, hazards, _ = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    col.documents.set_signature(notice, "inspector1", _png())
    col.documents.set_signature(notice, "inspector2", _png())
    with pytest.raises(ValidationError, match="被检查单位负责人签名") as e:
        col.documents.issue(notice, PASSWORD)
    assert "enterprise" in e.value.en
    with pytest.raises(InspectorError) as e:
        col.documents.issue(notice, "nope-nope")
    assert e.value.zh.startswith("签章密钥的密码错误（未做任何修改）")
    assert e.value.en.startswith("Wrong password for the signing key (nothing was changed)")
    with pytest.raises(ValidationError, match="见证人"):
        col.documents.set_signature(notice, "enterprise", None, refused_witness="  ")
    assert col.documents.get(notice)["state"] == "draft" and _states(col, hazards) == ["open", "open"]


FIVE = {"measures": "更换防护设施", "responsible": "张三", "funds": "2万元", "deadline": "2030-01-15",
        "plan": "现场处置方案"}


def test_reinspection_results_close_or_extend_hazards(col, case, tmp_path):
    insp, hazards, _ = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, notice)
    col.documents.issue(notice, PASSWORD)
    assert _states(col, hazards) == ["awaiting_rectification"] * 2
    re = col.documents.draft("reinspection_opinion", refers_to=notice).id
    _sign_all(col, re)
    with pytest.raises(ValidationError, match="尚未填写复查结论"):
        col.documents.issue(re, PASSWORD)
    with pytest.raises(ValidationError, match="新的整改期限"):
        col.documents.set_result(re, "2", "fail")
    after = col.attachments.import_photo(_photo((40, 160, 40)), "a.jpg")
    col.hazards.add_event(hazards[0], "rectification_reported", photos=[after])
    col.documents.set_result(re, "1", "pass")
    col.documents.set_result(re, "2", "fail", new_deadline="2030-06-30")
    # hazard 1 is major: it is closed only once its 五落实 are recorded (nothing is issued before)
    with pytest.raises(ValidationError, match="五落实"):
        col.documents.issue(re, PASSWORD)
    assert col.documents.get(re)["state"] == "draft"
    col.hazards.add_event(hazards[0], "five_measures", data=FIVE)
    col.documents.issue(re, PASSWORD)
    assert _states(col, hazards) == ["closed", "awaiting_rectification"]
    assert col.hazards.get(hazards[1])["deadline"] == "2030-06-30"
    text = "".join(_text(col.documents.render_pdf(re), tmp_path).split())
    assert "须于2030年6月30日前整改完毕" in text and "整改后" in text
    assert col.documents.verify_qr(col.documents.get(re)["content"]["qr"])["deadline"] == "2030-06-30"
    # one live notice per inspection: a second needs the first voided
    with pytest.raises(InspectorError, match="已签发.*先作废"):
        col.documents.draft("rectification_notice", inspection_id=insp)
    # a reinspection must follow an issued notice
    other = col.inspections.start(col.documents.get(notice)["enterprise_id"], inspector2_name="王芳",
                                  inspector2_cert="2").id
    col.hazards.create({"enterprise_id": col.documents.get(notice)["enterprise_id"], "inspection_id": other,
                        "description": "配电箱未接地", "deadline": "2030-02-01"})
    col.inspections.complete(other)
    with pytest.raises(ValidationError, match="已签发的整改文书"):
        col.documents.draft("reinspection_opinion", refers_to=col.documents.draft(
            "rectification_notice", inspection_id=other).id)


def test_void_and_reissue_get_a_new_number_and_refer_to_the_old(col, case, tmp_path):
    insp, hazards, _ = case
    rec = col.documents.draft("inspection_record", inspection_id=insp).id
    _sign_all(col, rec)
    col.documents.issue(rec, PASSWORD)
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, notice)
    col.documents.issue(notice, PASSWORD)
    old = col.documents.get(notice)
    pdf = col.documents.render_pdf(notice)
    payload = old["content"]["qr"]
    with pytest.raises(ValidationError, match="原因"):
        col.documents.void(notice, " ")
    col.documents.void(notice, "企业名称错误")
    with pytest.raises(InspectorError, match="作废"):
        col.documents.verify_pdf(pdf)
    with pytest.raises(InspectorError, match="作废"):
        col.documents.verify_qr(payload)
    new = col.documents.reissue(notice).id
    with pytest.raises(InspectorError, match="已有替代文书"):
        col.documents.reissue(notice)
    text = "".join(_text(col.documents.render_pdf(new), tmp_path).split())
    assert "本文书替代已作废的" + old["doc_no"] in text and "企业名称错误" in text
    _sign_all(col, new)
    col.documents.issue(new, PASSWORD)
    doc = col.documents.get(new)
    assert doc["doc_no"] != old["doc_no"] and doc["replaces"] == old["id"]
    assert col.documents.verify_pdf(col.documents.render_pdf(new))["record"] == "matches"


def test_qr_payload_rejects_any_changed_character(col, case):
    insp, _, _ = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, notice)
    col.documents.issue(notice, PASSWORD)
    payload = col.documents.get(notice)["content"]["qr"]
    for i, ch in enumerate(payload):
        alt = "A" if ch != "A" else "B"
        with pytest.raises(InspectorError):
            col.documents.verify_qr(payload[:i] + alt + payload[i + 1:])
    for cut in (payload[:-1], payload[:-3], payload + "00", payload[:60]):
        with pytest.raises(InspectorError):
            col.documents.verify_qr(cut)
    with pytest.raises(UnusableInput):
        col.documents.verify_qr(payload.replace("IQ2:", "IQ9:"))


def test_every_byte_of_the_signature_blob_is_protected(col, case):
    """Bytes inside /Contents lie outside the signed byte range; flipping any of a sample must still fail."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    insp, _, _ = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, notice)
    col.documents.issue(notice, PASSWORD)
    pdf = col.documents.render_pdf(notice)
    sig = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[-1]
    a, b = sig.byte_range[1], sig.byte_range[2]
    for pos in list(range(a, a + 1000, 3)) + list(range(b - 20, b)):
        bad = bytearray(pdf)
        bad[pos] ^= 0x01
        with pytest.raises(InspectorError):
            col.documents.verify_pdf(bytes(bad))


def test_opinion_takes_results_recorded_on_the_hazards(col, case, tmp_path):
    """Results recorded in the hazard dialog (pass / fail with a new deadline) fill the opinion; issuing
    it does not record the failure a second time."""
    insp, hazards, _ = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, notice)
    col.documents.issue(notice, PASSWORD)
    col.hazards.add_event(hazards[0], "five_measures", data=FIVE)   # hazard 1 is major
    col.hazards.add_event(hazards[0], "reinspection_passed")
    col.hazards.add_event(hazards[1], "reinspection_failed", data={"new_deadline": "2030-07-31"})
    re = col.documents.draft("reinspection_opinion", refers_to=notice).id
    _sign_all(col, re)
    col.documents.issue(re, PASSWORD)
    assert _states(col, hazards) == ["closed", "awaiting_rectification"]
    kinds = [e["kind"] for e in col.hazards.events(hazards[1])]
    assert kinds.count("reinspection_failed") == 1
    text = "".join(_text(col.documents.render_pdf(re), tmp_path).split())
    assert "须于2030年7月31日前整改完毕" in text


def test_a_later_opinion_covers_only_the_results_no_opinion_carries(col, case):
    """Hazards of one notice re-inspected on different days: the second opinion (drafted from 隐患处理
    without a list) covers the result recorded since, not the hazard an earlier opinion already closed; a
    hazard passed in 隐患处理 (closed) stays choosable until an opinion carries it."""
    insp, hazards, _ = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, notice)
    col.documents.issue(notice, PASSWORD)
    col.hazards.add_event(hazards[1], "reinspection_passed")            # hazard 2 passed first
    first = col.documents.draft("reinspection_opinion", refers_to=notice).id
    assert col.documents.get(first)["content"]["hazard_ids"] == [hazards[1]]
    _sign_all(col, first)
    col.documents.issue(first, PASSWORD)
    candidates = {h["id"]: h for h in col.documents.reinspection_candidates(notice)}
    assert not candidates[hazards[1]]["pending"] and not candidates[hazards[1]]["choosable"]
    assert candidates[hazards[0]]["choosable"] and not candidates[hazards[0]]["pending"]
    col.hazards.add_event(hazards[0], "five_measures", data=FIVE)
    col.hazards.add_event(hazards[0], "reinspection_passed")            # hazard 1 on a later day: closed
    candidates = {h["id"]: h for h in col.documents.reinspection_candidates(notice)}
    assert candidates[hazards[0]]["state"] == "closed" and candidates[hazards[0]]["pending"]
    assert candidates[hazards[0]]["choosable"]
    second = col.documents.draft("reinspection_opinion", refers_to=notice).id
    assert col.documents.get(second)["content"]["hazard_ids"] == [hazards[0]]
    _sign_all(col, second)
    col.documents.issue(second, PASSWORD)
    assert not any(h["pending"] for h in col.documents.reinspection_candidates(notice))


@pytest.mark.parametrize("doc_type", ["inspection_record", "rectification_notice", "onsite_measures_decision"])
def test_no_document_for_an_inspection_that_is_not_completed(col, enterprise, data_dir, capsys, doc_type):
    """Documents follow 完成检查: an inspection in progress or abandoned gets none, from the core or the
    command line, with a message in the user's language; nothing is written."""
    from inspector_app.cli import main
    from inspector_app.core.errors import InspectionNotCompleted
    from inspector_app.core.i18n import set_language
    prof = col.profile.get()
    col.profile.init(role="inspector", name=prof["inspector_name"], cert_no=prof["cert_no"], unit=prof["unit_name"],
                     township="城关街道", unit_short=prof["unit_short"], unit_kind="enforcement")
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="2").id
    col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "description": "有限空间作业未检测",
                        "handling": "suspend", "deadline": "2030-01-15"})
    docs_before = col.db.execute("SELECT count(*) FROM documents").fetchone()[0]
    with pytest.raises(InspectionNotCompleted) as err:
        col.documents.draft(doc_type, inspection_id=insp)
    assert "尚未完成" in err.value.zh and "完成检查" in err.value.zh and "not completed" in err.value.en
    assert main(["--data-dir", str(data_dir), "documents", "draft", doc_type, "--inspection", insp]) == 1
    assert "该检查尚未完成" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "--lang", "en", "documents", "draft", doc_type, "--inspection", insp]) == 1
    assert "not completed yet" in capsys.readouterr().err
    set_language("zh_CN")
    col.inspections.complete(insp)
    assert col.documents.draft(doc_type, inspection_id=insp).id
    # An abandoned inspection (no hazards, no documents) gets none either.
    gone = col.inspections.start(enterprise["id"]).id
    col.inspections.abandon(gone, "走错企业")
    with pytest.raises(InspectionNotCompleted, match="已放弃"):
        col.documents.draft(doc_type, inspection_id=gone)
    assert col.db.execute("SELECT count(*) FROM documents").fetchone()[0] == docs_before + 1


@pytest.mark.parametrize("place,description,printed", [
    ("污水池", "污水池：有限空间作业未进行气体检测", "污水池：有限空间作业未进行气体检测。"),
    ("污水池", "污水池 有限空间作业未进行气体检测", "污水池：有限空间作业未进行气体检测。"),
    ("平台", "平台、通道临边防护栏杆高度不足", "平台：平台、通道临边防护栏杆高度不足。"),   # was '平台：、通道…'
    ("二号车间", "二号车间配电箱未接地。", "二号车间：二号车间配电箱未接地。"),
    ("", "动火作业未办理审批手续", "动火作业未办理审批手续。"),
])
def test_the_place_is_not_repeated_but_never_cut_out_of_a_word(place, description, printed):
    from inspector_app.core.documents.render import hazard_text
    assert hazard_text({"place": place, "description": description}) == printed
