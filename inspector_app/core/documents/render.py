"""Lay out one document's content (a dict, see service.build_content) as an A4 PDF with reportlab."""

from __future__ import annotations

import io
from itertools import zip_longest
from typing import Any, Callable
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Image, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from inspector_app.core.documents.fonts import FONT_NAME, register

TITLES = {
    "inspection_record": "现场检查记录",
    "rectification_order": "责令限期整改指令书",
    "rectification_opinion": "限期整改意见书",
    "reinspection_opinion": "整改复查意见书",
}
ENTERPRISE_SIGNER = {
    "inspection_record": "被检查单位现场负责人",
    "rectification_order": "被检查单位负责人",
    "rectification_opinion": "被检查单位负责人",
    "reinspection_opinion": "被复查单位负责人",
}
FRAME_WIDTH = A4[0] - 6 * cm


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=font, fontSize=12, leading=21, firstLineIndent=24, wordWrap="CJK")
    return {
        "family": ParagraphStyle("family", base, fontSize=14, alignment=TA_CENTER, firstLineIndent=0),
        "title": ParagraphStyle("title", base, fontSize=22, leading=34, alignment=TA_CENTER, firstLineIndent=0),
        "no": ParagraphStyle("no", base, alignment=TA_RIGHT, firstLineIndent=0),
        "body": base,
        "plain": ParagraphStyle("plain", base, firstLineIndent=0),
        "item": ParagraphStyle("item", base, firstLineIndent=-18, leftIndent=42),
        "small": ParagraphStyle("small", base, fontSize=10, leading=14, firstLineIndent=0),
        "caption": ParagraphStyle("caption", base, fontSize=10, leading=14, firstLineIndent=0, alignment=TA_CENTER),
    }


def _numbered_canvas(font: str, footer: Callable[[rl_canvas.Canvas, int, int], None]):
    class NumberedCanvas(rl_canvas.Canvas):
        """Defers page output so every page can print 共 X 页 第 Y 页."""

        def __init__(self, *a: Any, **kw: Any):
            # platypus passes initialFontName=None explicitly; without a font here every page would
            # reference reportlab's unembedded Helvetica
            kw["initialFontName"] = kw.get("initialFontName") or font
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


def hazard_text(h: dict[str, Any]) -> str:
    """`place：description` without repeating the place when the description already starts with it."""
    place, desc = (h.get("place") or "").strip(), (h.get("description") or "").strip()
    if place and desc.startswith(place):
        desc = desc[len(place):].lstrip("：: ，,")
    text = f"{place}：{desc}" if place else desc
    return text if text.endswith(("。", "！", "？", ".")) else text + "。"


def deadline_groups(hazards: list[dict[str, Any]]) -> list[tuple[str, list[int]]]:
    """[(deadline, [entry numbers])] in order of first appearance."""
    groups: dict[str, list[int]] = {}
    for n, h in enumerate(hazards, 1):
        groups.setdefault(h.get("deadline") or "", []).append(n)
    return list(groups.items())


def _entries(nums: list[int], total: int) -> str:
    if len(nums) == total and total > 1 and nums == list(range(1, total + 1)):
        return f"第1至{total}项"
    return "第" + "、".join(map(str, nums)) + "项"


def render(content: dict[str, Any], *, doc_no: str, signatures: dict[str, bytes | None],
           photos: Callable[[str], bytes] | None = None,
           page_mark: Callable[[rl_canvas.Canvas, int, int], None] | None = None) -> bytes:
    font = register()
    st = _styles(font)

    def p(text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), st[style])

    doc_type = content["doc_type"]
    story: list[Any] = [p(content["family"], "family"), Spacer(1, 4 * mm),
                        p(TITLES[doc_type], "title"), p(doc_no or "（草稿，未签发）", "no")]
    if content.get("replaces"):
        r = content["replaces"]
        story.append(p(f"本文书替代已作废的{r['doc_no']}（作废原因：{r['reason']}）。", "small"))
    story.append(Spacer(1, 4 * mm))
    ent = content["enterprise"]
    hazards = content["hazards"]
    if doc_type == "inspection_record":
        _record_body(content, story, p)
    elif doc_type in ("rectification_order", "rectification_opinion"):
        story.append(p(f"{ent['name']}：", "plain"))
        story.append(p("经查，你单位存在下列问题："))
        for n, h in enumerate(hazards, 1):
            basis = f"依据：{h['legal_basis']}。" if h.get("legal_basis") else ""
            story.append(p(f"{n}. {hazard_text(h)}{basis}", "item"))
        majors = [str(n) for n, h in enumerate(hazards, 1) if h["severity"] == "major"]
        if majors:
            story.append(p(f"其中第{'、'.join(majors)}项属于重大事故隐患。"))
        verb = "责令" if doc_type == "rectification_order" else "要求"
        groups = deadline_groups(hazards)
        if len(groups) == 1:
            what = "上述问题" if len(hazards) == 1 else f"上述{_entries(groups[0][1], len(hazards))}问题"
            when = f"于{_cn_date(groups[0][0])}前"
        else:
            what = "上述"
            when = "，".join(f"{_entries(nums, len(hazards))}问题于{_cn_date(d)}前" for d, nums in groups)
        story.append(p(f"现{verb}你单位对{what}{when}整改完毕，达到有关法律法规规章和标准规定的要求。"))
        story.append(p("整改期间，你单位应当采取措施，确保安全生产。对安全生产违法行为，将依法予以行政处罚。"))
        s = content["settings"]
        if doc_type == "rectification_order":
            story.append(p(f"如果不服本指令，可以依法在60日内向{s['reconsideration_body']}申请行政复议，或者在6个月内依法向"
                           f"{s['court']}提起行政诉讼，但本指令不停止执行，法律另有规定的除外。"))
        else:
            story.append(p(s["escalation_sentence"]))
    else:
        _reinspection_body(content, story, p)
    story.append(Spacer(1, 6 * mm))
    story.append(KeepTogether([_signature_table(content, signatures, p), Spacer(1, 4 * mm),
                               p(f"{content['unit_name']}（印章）\n{_cn_date(content.get('issue_date', ''))}", "no"),
                               Spacer(1, 3 * mm),
                               p("本文书一式两份：一份由检查单位存档，一份交被检查单位。", "small")]))
    if photos:
        story += _photo_appendix(content, doc_no, photos, p)

    def footer(c: rl_canvas.Canvas, page: int, total: int) -> None:
        c.setFont(font, 10)
        c.drawCentredString(A4[0] / 2, 1.5 * cm, f"共 {total} 页  第 {page} 页")
        if page_mark:
            page_mark(c, page, total)

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=3 * cm, rightMargin=3 * cm, topMargin=2.5 * cm,
                            bottomMargin=2.5 * cm, title=TITLES[doc_type], author=content["unit_name"])
    doc.build(story, canvasmaker=_numbered_canvas(font, footer))
    return buf.getvalue()


def _record_body(content: dict[str, Any], story: list[Any], p) -> None:
    ent, insp = content["enterprise"], content["inspection"]
    rows = [("被检查单位", ent["name"]), ("地址", ent["address"]),
            ("法定代表人（负责人）", f"{ent['principal']}    联系电话：{ent['phone']}"),
            ("检查场所", insp["place"] or ent["address"]),
            ("检查时间", f"{_cn_time(insp['started_at'])} 至 {_cn_time(insp['ended_at'] or insp['started_at'])}")]
    if insp.get("onsite_person"):
        rows.append(("现场负责人", insp["onsite_person"]))
    if insp.get("purpose"):
        rows.append(("检查目的", insp["purpose"]))
    for label, value in rows:
        story.append(p(f"{label}：{value}", "plain"))
    story.append(Spacer(1, 3 * mm))
    i1, i2 = content["inspectors"]
    story.append(p(f"我们是{content['unit_name']}的检查人员{i1['name']}、{i2['name']}，证件号码为{i1['cert_no']}、"
                   f"{i2['cert_no']}。这是我们的证件（出示证件）。现依法对你单位进行安全生产检查，请予以配合。"))
    story.append(p("检查情况：", "plain"))
    for n, c in enumerate(content.get("checklists") or [], 1):
        story.append(p(f"（{n}）按《{c['title']}》检查{c['total']}项：符合{c['complies']}项，不符合{c['fails']}项，"
                       f"不适用{c['not_applicable']}项。", "item"))
    if content["hazards"]:
        story.append(p("发现的问题和隐患：", "plain"))
        for n, h in enumerate(content["hazards"], 1):
            extra = "（重大事故隐患）" if h["severity"] == "major" else ""
            extra += "（已现场整改）" if h.get("handling") == "rectify_on_site" else ""
            story.append(p(f"{n}. {hazard_text(h)}{extra}", "item"))
    else:
        story.append(p("未发现事故隐患。", "item"))
    if content.get("unit_kind") == "supervision":
        story.append(p("本记录仅反映本次检查发现的问题，你单位仍应举一反三，全面排查整改同类隐患。"))


def _reinspection_body(content: dict[str, Any], story: list[Any], p) -> None:
    ref = content.get("refers_to") or {}
    story.append(p(f"{content['enterprise']['name']}：", "plain"))
    who = "本机关" if content.get("unit_kind") == "enforcement" else "本单位"
    story.append(p(f"{who}于{_cn_date(ref.get('issued_on', ''))}作出《{ref.get('title', '整改文书')}》，"
                   f"文号为{ref.get('doc_no', '')}。经对你单位整改情况进行复查，提出如下意见："))
    done = [(n, h) for n, h in enumerate(content["hazards"], 1) if h.get("result") == "pass"]
    open_ = [(n, h) for n, h in enumerate(content["hazards"], 1) if h.get("result") != "pass"]
    story.append(p("一、已整改并符合要求的隐患：", "plain"))
    for n, h in done:
        story.append(p(f"{n}. {hazard_text(h)}", "item"))
    if not done:
        story.append(p("无。", "item"))
    story.append(p("二、未整改或整改不符合要求的隐患：", "plain"))
    for n, h in open_:
        if h.get("result") != "fail":
            tail = "（尚未填写复查结论）"
        else:
            tail = f"须于{_cn_date(h['new_deadline'])}前整改完毕。" if h.get("new_deadline") else ""
            tail += h.get("next_step") or ""
        story.append(p(f"{n}. {hazard_text(h)}{tail}", "item"))
    if not open_:
        story.append(p("无。", "item"))


def _signature_table(content: dict[str, Any], signatures: dict[str, bytes | None], p) -> Table:
    rows = []
    sigs = content.get("signatures", {})
    for role in ("inspector1", "inspector2", "enterprise"):
        png = signatures.get(role)
        refused = sigs.get(role, {}).get("refused_witness")
        if role == "enterprise":
            label, right = ENTERPRISE_SIGNER[content["doc_type"]] + "（签名）：", ""
        else:
            ins = content["inspectors"][0 if role == "inspector1" else 1]
            label, right = "检查人员（签名）：", f"证号：{ins['cert_no']}"
        cell: Any = p(f"拒签（见证人：{refused}）", "plain") if refused else ""
        if png:
            img = Image(io.BytesIO(png))
            scale = min(4.2 * cm / img.imageWidth, 1.3 * cm / img.imageHeight)
            img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
            cell = img
        rows.append([p(label, "plain"), cell, p(right, "plain")])
    t = Table(rows, colWidths=[6.3 * cm, 4.6 * cm, FRAME_WIDTH - 10.9 * cm], rowHeights=[1.6 * cm] * len(rows))
    # FONT: an empty cell would otherwise reference reportlab's default, unembedded Helvetica
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT_NAME), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (1, 0), (1, -1), "CENTER"),
                           ("LINEBELOW", (1, 0), (1, -1), 0.5, "black"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def _photo_appendix(content: dict[str, Any], doc_no: str, photos: Callable[[str], bytes], p) -> list[Any]:
    """附页: per hazard, before and after photos side by side with captions."""
    blocks: list[Any] = []
    col_w = FRAME_WIDTH / 2
    for n, h in enumerate(content["hazards"], 1):
        before, after = h.get("before_photos") or [], h.get("after_photos") or []
        if not (before or after):
            continue
        rows: list[list[Any]] = []
        for b, a in zip_longest(before, after):
            rows.append([_photo(photos, b, col_w) if b else "", _photo(photos, a, col_w) if a else ""])
            rows.append([p("整改前" if b else "", "caption"), p("整改后" if a else "", "caption")])
        t = Table(rows, colWidths=[col_w, col_w])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT_NAME), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        blocks.append(KeepTogether([p(f"第{n}项  {hazard_text(h)}", "small"), Spacer(1, 1 * mm), t,
                                    Spacer(1, 4 * mm)]))
    if not blocks:
        return []
    return [PageBreak(), p("附页：隐患照片", "plain"), p(doc_no or "（草稿，未签发）", "small"), Spacer(1, 3 * mm)] + blocks


def _photo(photos: Callable[[str], bytes], sha: str, col_w: float) -> Image:
    img = Image(io.BytesIO(photos(sha)))
    scale = min((col_w - 0.6 * cm) / img.imageWidth, 5.2 * cm / img.imageHeight)
    img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
    return img


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
