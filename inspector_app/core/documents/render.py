"""Lay out one document's content (a dict, see service.build_content) as an A4 PDF with reportlab."""

from __future__ import annotations

import io
from typing import Any, Callable

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from xml.sax.saxutils import escape

from inspector_app.core.documents.fonts import register

TITLES = {
    "inspection_record": "现场检查记录",
    "rectification_order": "责令限期整改指令书",
    "rectification_opinion": "限期整改意见书",
    "reinspection_opinion": "整改复查意见书",
}
ROLE_LABELS = {"inspector1": "检查人员", "inspector2": "检查人员", "enterprise": "被检查单位负责人"}


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=font, fontSize=12, leading=21, firstLineIndent=24)
    return {
        "family": ParagraphStyle("family", base, fontSize=14, alignment=TA_CENTER, firstLineIndent=0),
        "title": ParagraphStyle("title", base, fontSize=22, leading=34, alignment=TA_CENTER, firstLineIndent=0),
        "no": ParagraphStyle("no", base, alignment=TA_RIGHT, firstLineIndent=0),
        "body": base,
        "plain": ParagraphStyle("plain", base, firstLineIndent=0),
        "item": ParagraphStyle("item", base, firstLineIndent=0, leftIndent=24, bulletIndent=0),
        "small": ParagraphStyle("small", base, fontSize=10, leading=14, firstLineIndent=0),
    }


def _numbered_canvas(font: str, footer: Callable[[rl_canvas.Canvas, int, int], None]):
    class NumberedCanvas(rl_canvas.Canvas):
        """Defers page output so every page can print 共 X 页 第 Y 页."""

        def __init__(self, *a: Any, **kw: Any):
            super().__init__(*a, **kw)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for i, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                footer(self, i, total)
                super().showPage()
            super().save()
    return NumberedCanvas


def render(content: dict[str, Any], *, doc_no: str, signatures: dict[str, bytes | None],
           photos: Callable[[str], bytes] | None = None,
           page_mark: Callable[[rl_canvas.Canvas, int, int], None] | None = None) -> bytes:
    font = register()
    st = _styles(font)
    p = lambda text, style="body": Paragraph(escape(text).replace("\n", "<br/>"), st[style])  # noqa: E731
    story: list[Any] = [p(content["family"], "family"), Spacer(1, 4 * mm),
                        p(TITLES[content["doc_type"]], "title"), p(doc_no or "（草稿）", "no"), Spacer(1, 4 * mm)]
    ent = content["enterprise"]
    if content["doc_type"] == "inspection_record":
        insp = content["inspection"]
        for label, value in (("被检查单位", ent["name"]), ("地址", ent["address"]),
                             ("法定代表人（负责人）", f"{ent['principal']}    联系电话：{ent['phone']}"),
                             ("检查场所", insp["place"] or ent["address"]),
                             ("检查时间", f"{_cn_time(insp['started_at'])} 至 {_cn_time(insp['ended_at'] or insp['started_at'])}")):
            story.append(p(f"{label}：{value}", "plain"))
        story.append(Spacer(1, 3 * mm))
        i1, i2 = content["inspectors"]
        story.append(p(f"我们是{content['unit_name']}的检查人员{i1['name']}、{i2['name']}，证件号码为{i1['cert_no']}、"
                       f"{i2['cert_no']}。这是我们的证件（出示证件）。现依法对你单位进行安全生产检查，请予以配合。"))
        story.append(p("检查情况：", "plain"))
        if content["hazards"]:
            for n, h in enumerate(content["hazards"], 1):
                story.append(p(f"{n}. {h['place']}：{h['description']}。", "item"))
        else:
            story.append(p("未发现事故隐患。", "item"))
        if content.get("unit_kind") == "supervision":
            story.append(p("本记录仅反映本次检查发现的问题，你单位仍应举一反三，全面排查整改同类隐患。"))
    elif content["doc_type"] in ("rectification_order", "rectification_opinion"):
        story.append(p(f"{ent['name']}：", "plain"))
        story.append(p(f"经查，你单位存在下列问题："))
        for n, h in enumerate(content["hazards"], 1):
            story.append(p(f"{n}. {h['place']}：{h['description']}。" + (f"依据：{h['legal_basis']}。" if h["legal_basis"] else "")
                           + ("" if _same_deadline(content) else f"整改期限：{_cn_date(h['deadline'])}前。"), "item"))
        majors = [str(n) for n, h in enumerate(content["hazards"], 1) if h["severity"] == "major"]
        if majors:
            story.append(p(f"其中第{'、'.join(majors)}项属于重大事故隐患。"))
        if _same_deadline(content):
            story.append(p(f"现责令你单位对上述第1至{len(content['hazards'])}项问题于{_cn_date(content['hazards'][0]['deadline'])}前"
                           "整改完毕，达到有关法律法规规章和标准规定的要求。"))
        else:
            story.append(p("现责令你单位对上述问题于各项所列期限前整改完毕，达到有关法律法规规章和标准规定的要求。"))
        story.append(p("整改期间，你单位应当采取措施，确保安全生产。对安全生产违法行为，将依法予以行政处罚。"))
        s = content["settings"]
        if content["doc_type"] == "rectification_order":
            story.append(p(f"如果不服本指令，可以依法在60日内向{s['reconsideration_body']}申请行政复议，或者在6个月内依法向"
                           f"{s['court']}提起行政诉讼，但本指令不停止执行，法律另有规定的除外。"))
        else:
            story.append(p(s["escalation_sentence"]))
    else:
        ref = content.get("refers_to") or {}
        story.append(p(f"{ent['name']}：", "plain"))
        story.append(p(f"本机关于{_cn_date(ref.get('issued_on', ''))}作出了{ref.get('title', '整改')}（{ref.get('doc_no', '')}），"
                       "经对你单位整改情况进行复查，提出如下意见："))
        done = [h for h in content["hazards"] if h.get("result") != "fail"]
        open_ = [h for h in content["hazards"] if h.get("result") == "fail"]
        story.append(p("一、已整改并符合要求的隐患：", "plain"))
        for n, h in enumerate(done, 1):
            story.append(p(f"{n}. {h['place']}：{h['description']}。", "item"))
        if not done:
            story.append(p("无。", "item"))
        story.append(p("二、未整改或整改不符合要求的隐患：", "plain"))
        for n, h in enumerate(open_, 1):
            story.append(p(f"{n}. {h['place']}：{h['description']}。新的整改期限：{_cn_date(h.get('new_deadline') or '')}前。", "item"))
        if not open_:
            story.append(p("无。", "item"))
    story.append(Spacer(1, 6 * mm))
    story.append(_signature_table(content, signatures, st, p))
    story.append(Spacer(1, 4 * mm))
    story.append(p(f"{content['unit_name']}（印章）\n{_cn_date(content.get('issue_date', ''))}", "no"))
    story.append(Spacer(1, 3 * mm))
    story.append(p("本文书一式两份：一份由检查单位存档，一份交被检查单位。", "small"))
    if photos and any(h.get("before_photos") or h.get("after_photos") for h in content["hazards"]):
        story.append(Spacer(1, 6 * mm))
        story.append(p("附：隐患照片", "plain"))
        for n, h in enumerate(content["hazards"], 1):
            for kind, label in (("before_photos", "整改前"), ("after_photos", "整改后")):
                for sha in h.get(kind) or []:
                    img = Image(io.BytesIO(photos(sha)))
                    scale = min(7 * cm / img.imageWidth, 5 * cm / img.imageHeight)
                    img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
                    story += [img, p(f"第{n}项 {label}：{h['place']}", "small")]

    def footer(c: rl_canvas.Canvas, page: int, total: int) -> None:
        c.setFont(font, 10)
        c.drawCentredString(A4[0] / 2, 1.5 * cm, f"共 {total} 页  第 {page} 页")
        if page_mark:
            page_mark(c, page, total)

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=3 * cm, rightMargin=3 * cm, topMargin=2.5 * cm,
                            bottomMargin=2.5 * cm, title=TITLES[content["doc_type"]], author=content["unit_name"])
    doc.build(story, canvasmaker=_numbered_canvas(font, footer))
    return buf.getvalue()


def _signature_table(content, signatures, st, p) -> Table:
    rows = []
    roles = ["inspector1", "inspector2", "enterprise"]
    for role in roles:
        png = signatures.get(role)
        refused = content.get("signatures", {}).get(role, {}).get("refused_witness")
        if role == "enterprise":
            label = ROLE_LABELS[role] + "（签名）："
            cell: Any = p(f"拒签（见证人：{refused}）", "plain") if refused else ""
        else:
            ins = content["inspectors"][0 if role == "inspector1" else 1]
            label = f"{ROLE_LABELS[role]}（签名）：\n证号：{ins['cert_no']}"
            cell = ""
        if png:
            img = Image(io.BytesIO(png))
            scale = min(4 * cm / img.imageWidth, 1.2 * cm / img.imageHeight)
            img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
            cell = img
        rows.append([p(label, "plain"), cell])
    t = Table(rows, colWidths=[6 * cm, 6 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (1, 0), (1, -1), 0.5, "black")]))
    return t


def _same_deadline(content: dict[str, Any]) -> bool:
    return len({h["deadline"] for h in content["hazards"]}) <= 1


def _cn_date(iso: str) -> str:
    if not iso or len(iso) < 10:
        return "    年  月  日"
    y, m, d = iso[:10].split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def _cn_time(iso: str) -> str:
    if not iso:
        return ""
    base = _cn_date(iso)
    if len(iso) >= 16:
        return f"{base}{int(iso[11:13])}时{int(iso[14:16])}分"
    return base
