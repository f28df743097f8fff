"""Stress layout: every document type for both unit kinds with long texts (40-character witness, 30
findings, long names), checked on the PDF itself (pdfplumber character positions): 禁则 at every line
start and end, numbers unbroken, no overlapping text or images, no signature-only page, signatures on
every page."""

from __future__ import annotations

import io
import itertools

import pytest
from PIL import Image

from inspector_app.core.collection import Collection
from inspector_app.core.documents.cjktext import CANNOT_END, CANNOT_START
from inspector_app.core.errors import ValidationError

PASSWORD = "geheim123"
CERT1, CERT2 = "37088120001234", "37088120005678"
WITNESS = "城关街道工业路社区居民委员会治安调解委员会委员欧阳明远（居民身份证已核验）"[:40]
LONG_NAME = "示例市城关街道宏达精细化工与新材料科技股份有限公司第二分公司"
REASON = "负责人称公司章程规定须经董事会同意方可签署任何文件，且对第三项认定有异议，要求书面复核。"


def _png(seed: int = 0) -> bytes:
    im = Image.new("RGBA", (240, 80), (0, 0, 0, 0))
    for x in range(20, 220):
        im.putpixel((x, 40 + ((x + seed) % 9) - 4), (0, 0, 0, 255))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def _photo() -> bytes:
    im = Image.new("RGB", (640, 480), (120, 140, 160))
    buf = io.BytesIO()
    im.save(buf, "JPEG")
    return buf.getvalue()


def _collection(tmp_path, kind: str) -> Collection:
    from inspector_app.core import uscc
    col = Collection(tmp_path / kind)
    col.profile.init(role="inspector", name="欧阳建国", cert_no=CERT1, unit="城关街道应急管理办公室（安全生产监督管理所）",
                     township="城关街道", district="示例区", unit_short="城关", township_code="370882001",
                     unit_kind=kind)
    col.keys.init(PASSWORD)
    col.documents.set_serial_block(1, 99)
    prof = col.profile.get()
    ent = col.enterprises.add({"township_id": prof["township_id"], "name": LONG_NAME,
                               "uscc": uscc.make("91370882MA3C4E5F6"), "address": "城关街道工业路18号东区二期厂房北侧",
                               "principal": "司马长风", "principal_title": "总经理", "phone": "13905371234"}).id
    insp = col.inspections.start(ent, inspector2_name="诸葛明", inspector2_cert=CERT2,
                                 place="二号车间、三号仓库及厂区东侧污水处理站").id
    photo = col.attachments.put_bytes(_photo(), "photo", "image/jpeg")
    five = {"measures": "更换气体检测仪并培训", "responsible": "司马长风", "funds": "2万元", "deadline": "2030-01-15",
            "plan": "有限空间现场处置方案"}
    for i in range(30):
        h = col.hazards.create({"enterprise_id": ent, "inspection_id": insp, "place": f"二号车间{i + 1}号污水池",
                            "description": "有限空间作业前未按规定进行气体检测，作业人员未佩戴正压式空气呼吸器；"
                                           "现场无监护人员，应急救援器材（三脚架、安全绳）缺失：证号" + CERT1,
                            "legal_basis": "《工贸企业有限空间作业安全规定》第十四条" if i % 3 else "",
                            "severity": "major" if i % 7 == 0 else "general",
                            "handling": "suspend" if i == 4 else "rectify_by_deadline",
                            "before_photos": [photo] if i < 3 else [],
                            "deadline": f"2030-0{1 + i % 3}-15"}).id
        if i % 7 == 0:
            col.hazards.add_event(h, "five_measures", data=five)
    col.inspections.complete(insp)
    return col, insp


def _sign(col, doc, refuse: bool) -> None:
    col.documents.set_signature(doc, "inspector1", _png(1))
    col.documents.set_signature(doc, "inspector2", _png(2))
    if refuse:
        col.documents.set_signature(doc, "enterprise", None, refused_witness=WITNESS, witness_png=_png(3),
                                    refused_reason=REASON, refused_at="2030-01-02T10:35:00")
    else:
        col.documents.set_signature(doc, "enterprise", _png(4))


def _issued_documents(tmp_path, kind: str):
    col, insp = _collection(tmp_path, kind)
    out = {}
    rec = col.documents.draft("inspection_record", inspection_id=insp).id
    _sign(col, rec, refuse=True)
    col.documents.issue(rec, PASSWORD)
    out["inspection_record"] = col.documents.render_pdf(rec)
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign(col, notice, refuse=True)
    col.documents.issue(notice, PASSWORD)
    out[col.documents.get(notice)["doc_type"]] = col.documents.render_pdf(notice)
    if kind == "enforcement":
        decision = col.documents.draft("onsite_measures_decision", inspection_id=insp).id
        _sign(col, decision, refuse=False)
        col.documents.issue(decision, PASSWORD)
        out["onsite_measures_decision"] = col.documents.render_pdf(decision)
        assert any(e["kind"] == "suspension_ordered" for e in col.hazards.events(
            col.documents.get(decision)["content"]["hazard_ids"][0]))
    else:
        with pytest.raises(ValidationError, match="执法单位"):
            col.documents.draft("onsite_measures_decision", inspection_id=insp)
    opinion = col.documents.draft("reinspection_opinion", refers_to=notice).id
    hazards = col.documents.get(opinion)["content"]["hazard_ids"]
    for i, h in enumerate(hazards):
        if i % 2:
            col.documents.set_result(opinion, h, "pass")
        else:
            col.documents.set_result(opinion, h, "fail", new_deadline="2030-06-30")
    _sign(col, opinion, refuse=False)
    col.documents.issue(opinion, PASSWORD)
    out["reinspection_opinion"] = col.documents.render_pdf(opinion)
    col.close()
    return out


def _lines(page):
    """Text lines of a page: characters grouped by baseline, sorted left to right."""
    rows: dict[float, list] = {}
    for ch in page.chars:
        if ch["text"].strip():
            rows.setdefault(round(ch["bottom"], 0), []).append(ch)
    return [sorted(v, key=lambda c: c["x0"]) for _, v in sorted(rows.items())]


def _overlaps(a, b, slack=0.6) -> bool:
    return (a["x0"] + slack < b["x1"] and b["x0"] + slack < a["x1"]
            and a["top"] + slack < b["bottom"] and b["top"] + slack < a["bottom"])


@pytest.fixture(scope="module", params=["supervision", "enforcement"])
def stress(request, tmp_path_factory):
    return request.param, _issued_documents(tmp_path_factory.mktemp(request.param), request.param)


def test_stress_documents_keep_the_typesetting_rules(stress):
    import pdfplumber
    kind, docs = stress
    assert set(docs) == {"inspection_record", "reinspection_opinion"} | (
        {"rectification_order", "onsite_measures_decision"} if kind == "enforcement" else {"rectification_opinion"})
    for doc_type, pdf in docs.items():
        with pdfplumber.open(io.BytesIO(pdf)) as p:
            if doc_type != "onsite_measures_decision":  # lists the one suspended hazard only
                assert len(p.pages) >= 2, f"{doc_type}: the stress document should run over several pages"
            body_pages = []
            for no, page in enumerate(p.pages, 1):
                where = f"{kind} {doc_type} page {no}"
                lines = _lines(page)
                texts = ["".join(c["text"] for c in ln) for ln in lines]
                for t in texts:
                    assert t[0] not in CANNOT_START, f"{where}: line starts with {t[0]!r}: {t}"
                    assert t[-1] not in CANNOT_END, f"{where}: line ends with {t[-1]!r}: {t}"
                    assert not t.endswith("（签"), f"{where}: a signer label is cut: {t}"
                full = "".join(texts)
                for cert in (CERT1, CERT2):
                    for t in texts:  # a certificate number is never cut across lines
                        for k in range(4, len(cert)):
                            assert not (t.endswith(cert[:k]) and not t.endswith(cert)), f"{where}: {cert} cut: {t}"
                chars = [c for c in page.chars if c["text"].strip()]
                for a, b in itertools.combinations(chars, 2):
                    assert not _overlaps(a, b), f"{where}: {a['text']} overlaps {b['text']}"
                for img in page.images:
                    for c in chars:
                        assert not _overlaps(img, c, slack=1.0), f"{where}: image overlaps {c['text']!r}"
                assert "（签名）" in full, f"{where}: a page without signature lines"
                has_block = "印章" in full
                body = [t for t in texts if not any(k in t for k in ("签名", "证号", "印章", "一式两份", "共", "文号：",
                                                                      "签发单位", "核验", "拒签", "年"))]
                if has_block:
                    assert body, f"{where}: the signature block stands alone on its page"
                body_pages.append(no)
            assert len(body_pages) == len(p.pages)


def test_stress_refusal_is_recorded_in_full(stress):
    import pdfplumber
    kind, docs = stress
    with pdfplumber.open(io.BytesIO(docs["inspection_record"])) as p:
        text = "".join("".join(c["text"] for c in ln) for page in p.pages for ln in _lines(page))
    assert WITNESS in text and "拒签时间：2030年1月2日10时35分" in text and REASON in text
    assert "见证人（签名）" in text
    assert "附页" in text and "隐患照片3张" in text
    label = "安全生产监管行政执法人员（签名）" if kind == "enforcement" else "检查人员（签名）"
    assert label in text and "职务：总经理" in text
    if kind == "enforcement":
        assert "行政执法人员" in text and "进行现场检查" in text


def test_stress_notice_wording(stress):
    import pdfplumber
    kind, docs = stress
    pdf = docs["rectification_order" if kind == "enforcement" else "rectification_opinion"]
    with pdfplumber.open(io.BytesIO(pdf)) as p:
        text = "".join("".join(c["text"] for c in ln) for page in p.pages for ln in _lines(page))
    assert "撤出作业人员" in text and "停产停业" in text
    if kind == "enforcement":
        assert "由此造成事故的，依法追究有关人员的责任。" in text and "行政处罚" in text and "行政复议" in text
        assert "现场处理措施决定书" in text
    else:
        assert "行政处罚" not in text and "行政复议" not in text and "报请区应急管理局" in text


def test_stress_decision_orders_the_suspension(stress):
    import pdfplumber
    kind, docs = stress
    if kind != "enforcement":
        return
    with pdfplumber.open(io.BytesIO(docs["onsite_measures_decision"])) as p:
        text = "".join("".join(c["text"] for c in ln) for page in p.pages for ln in _lines(page))
    assert "现场处理措施决定书" in text and "应急现决" in text and "撤出作业人员" in text and "暂时停产停业" in text
    assert "二号车间5号污水池" in text and "二号车间6号污水池" not in text and "行政复议" in text
    assert "安全生产监管行政执法人员（签名）" in text
