"""Lay out one document's content (a dict, see service.build_content) as an A4 PDF with reportlab.

Every page has a bottom band: the signature lines again on each page that does not hold the signature
block (so no page goes unsigned), the QR's labelled line, the QR itself (issued documents) and
共 X 页 第 Y 页. Text is broken by 禁则 (cjktext).
"""

from __future__ import annotations

import hashlib
import io
from itertools import zip_longest
from typing import Any, Callable

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from inspector_app.core.documents.cjktext import CJKParagraph, keep
from inspector_app.core.documents.fonts import FONT_NAME, register

TITLES = {
    "inspection_record": "现场检查记录",
    "rectification_order": "责令限期整改指令书",
    "rectification_opinion": "限期整改意见书",
    "reinspection_opinion": "整改复查意见书",
    "onsite_measures_decision": "现场处理措施决定书",
}
ENTERPRISE_SIGNER = {
    "inspection_record": "被检查单位现场负责人",
    "rectification_order": "被检查单位负责人",
    "rectification_opinion": "被检查单位负责人",
    "reinspection_opinion": "被复查单位负责人",
    "onsite_measures_decision": "被检查单位负责人",
}
# Binary streams: ASCII85 makes every image and font stream a quarter larger and costs time to encode.
rl_config.useA85 = 0

FRAME_WIDTH = A4[0] - 6 * cm
BAND = 5.4 * cm          # bottom margin: signature lines, QR label, QR and page number live here
BAND_TEXT_RIGHT = 14.9 * cm


def inspector_label(content: dict[str, Any]) -> str:
    return "安全生产监管行政执法人员（签名）" if content.get("unit_kind") == "enforcement" else "检查人员（签名）"


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=font, fontSize=12, leading=21, firstLineIndent=24)
    return {
        "family": ParagraphStyle("family", base, fontSize=14, leading=22, alignment=TA_CENTER, firstLineIndent=0),
        "title": ParagraphStyle("title", base, fontSize=22, leading=34, alignment=TA_CENTER, firstLineIndent=0),
        "no": ParagraphStyle("no", base, alignment=TA_RIGHT, firstLineIndent=0),
        "body": base,
        "plain": ParagraphStyle("plain", base, firstLineIndent=0),
        "item": ParagraphStyle("item", base, firstLineIndent=-18, leftIndent=42),
        "label": ParagraphStyle("label", base, fontSize=10.5, leading=15, firstLineIndent=0),
        "small": ParagraphStyle("small", base, fontSize=10, leading=15, firstLineIndent=0),
        "caption": ParagraphStyle("caption", base, fontSize=10, leading=14, firstLineIndent=0, alignment=TA_CENTER),
    }


class _PageOf(Flowable):
    """Zero-size marker: records the page it lands on (the page that holds the signature block)."""

    def __init__(self, sink: list[int]):
        super().__init__()
        self.sink = sink

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        return 0, 0

    def draw(self) -> None:
        self.sink.append(self.canv.getPageNumber())


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
    """`place：description` without repeating the place when the description already starts with it as a place
    (`污水池：…`); a description that only begins with the same words (place 平台, `平台、通道临边…`) is kept whole."""
    place, desc = (h.get("place") or "").strip(), (h.get("description") or "").strip()
    if place and desc.startswith(place) and desc[len(place):][:1] in ("", "：", ":", " ", "，", ","):
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


def photo_count(content: dict[str, Any]) -> int:
    return sum(len(h.get("before_photos") or []) + len(h.get("after_photos") or []) for h in content["hazards"])


def render(content: dict[str, Any], *, doc_no: str, signatures: dict[str, bytes | None],
           photos: Callable[[str], bytes] | None = None,
           page_mark: Callable[[rl_canvas.Canvas, int, int], None] | None = None,
           qr_label: Callable[[int, int], list[str]] | None = None) -> bytes:
    """The PDF. `signatures` maps inspector1/inspector2/enterprise/witness to PNG bytes; `page_mark`
    draws the page's QR; `qr_label` gives the human-readable lines printed beside it."""
    font = register()
    st = _styles(font)

    def p(text: str, style: str = "body") -> CJKParagraph:
        return CJKParagraph(text, st[style])

    doc_type = content["doc_type"]
    story: list[Any] = [p(content["family"], "family"), Spacer(1, 3 * mm),
                        p(TITLES[doc_type], "title"), p(keep(doc_no) if doc_no else "（草稿，未签发）", "no")]
    if content.get("replaces"):
        r = content["replaces"]
        story.append(p(f"本文书替代已作废的{keep(r['doc_no'])}（作废原因：{r['reason']}）。", "small"))
    story.append(Spacer(1, 4 * mm))
    if doc_type == "inspection_record":
        _record_body(content, story, p)
    elif doc_type in ("rectification_order", "rectification_opinion"):
        _notice_body(content, story, p)
    elif doc_type == "onsite_measures_decision":
        _decision_body(content, story, p)
    else:
        _reinspection_body(content, story, p)
    n_photos = photo_count(content) if photos else 0
    if n_photos:
        story.append(p(f"附：隐患照片{n_photos}张，见附页（附页为本文书的组成部分，与本文书一并签名）。"))
    sig_page: list[int] = []
    last = story.pop()  # the signature block stays with at least the last paragraph of the body
    story.append(KeepTogether([last, Spacer(1, 3 * mm), _PageOf(sig_page), *_signature_block(content, signatures, p, st),
                               Spacer(1, 4 * mm),
                               p(f"{content['unit_name']}（印章）", "no"),
                               p(_cn_date(content.get("issue_date", "")), "no"),
                               Spacer(1, 2 * mm),
                               p("本文书一式两份：一份由检查单位存档，一份交被检查单位。", "small")]))
    if photos and n_photos:
        story += _photo_appendix(content, doc_no, photos, p)

    def footer(c: rl_canvas.Canvas, page: int, total: int) -> None:
        c.saveState()
        if page not in sig_page:
            _signature_strip(c, content, signatures, font)
        if page_mark:
            page_mark(c, page, total)
        c.setFont(font, 7.5)
        for i, line in enumerate(qr_label(page, total) if qr_label else []):
            c.drawString(3 * cm, 2.55 * cm - i * 0.34 * cm, line)
        c.setFont(font, 10)
        c.drawCentredString(A4[0] / 2, 0.95 * cm, f"共 {total} 页  第 {page} 页")
        c.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=3 * cm, rightMargin=3 * cm, topMargin=2.5 * cm,
                            bottomMargin=BAND, title=TITLES[doc_type], author=content["unit_name"])
    doc.build(story, canvasmaker=_numbered_canvas(font, footer))
    return buf.getvalue()


def _notice_body(content: dict[str, Any], story: list[Any], p) -> None:
    doc_type, ent, hazards = content["doc_type"], content["enterprise"], content["hazards"]
    enforcement = doc_type == "rectification_order"
    story.append(p(f"{keep(ent['name'])}：", "plain"))
    story.append(p("经查，你单位存在下列问题："))
    for n, h in enumerate(hazards, 1):
        basis = f"依据：{h['legal_basis']}。" if h.get("legal_basis") else ""
        story.append(p(f"{n}. {hazard_text(h)}{basis}", "item"))
    majors = [str(n) for n, h in enumerate(hazards, 1) if h["severity"] == "major"]
    if majors:
        story.append(p(f"其中第{'、'.join(majors)}项属于重大事故隐患。"))
    verb = "责令" if enforcement else "要求"
    groups = deadline_groups(hazards)
    if len(groups) == 1:
        what = "上述问题" if len(hazards) == 1 else f"上述{_entries(groups[0][1], len(hazards))}问题"
        when = f"于{_cn_date(groups[0][0])}前"
    else:
        what = "上述"
        when = "，".join(f"{_entries(nums, len(hazards))}问题于{_cn_date(d)}前" for d, nums in groups)
    story.append(p(f"现{verb}你单位对{what}{when}整改完毕，达到有关法律法规规章和标准规定的要求。"
                   + ("由此造成事故的，依法追究有关人员的责任。" if enforcement else "")))
    suspended = [str(n) for n, h in enumerate(hazards, 1) if h.get("handling") == "suspend"]
    if suspended:
        nums = "、".join(suspended)
        if enforcement:
            story.append(p(f"第{nums}项隐患排除前或者排除过程中无法保证安全的，应当从危险区域内撤出作业人员，"
                           f"责令暂时停产停业或者停止使用相关设施、设备，具体措施见现场处理措施决定书。"))
        else:
            story.append(p(f"第{nums}项隐患排除前或者排除过程中无法保证安全的，你单位应当从危险区域内撤出作业人员，"
                           f"暂时停产停业或者停止使用相关设施、设备。"))
    story.append(p("整改期间，你单位应当采取措施，确保安全生产。"
                   + ("对安全生产违法行为，将依法予以行政处罚。" if enforcement else "")))
    s = content["settings"]
    if enforcement:
        story.append(p(f"如果不服本指令，可以依法在60日内向{s['reconsideration_body']}申请行政复议，或者在6个月内依法向"
                       f"{s['court']}提起行政诉讼，但本指令不停止执行，法律另有规定的除外。"))
    else:
        story.append(p(s["escalation_sentence"]))


def _decision_body(content: dict[str, Any], story: list[Any], p) -> None:
    """现场处理措施决定书 (enforcement units): stop work and withdraw workers for the hazards handled by suspension."""
    ent, hazards, s = content["enterprise"], content["hazards"], content["settings"]
    story.append(p(f"{keep(ent['name'])}：", "plain"))
    story.append(p(f"本机关于{_cn_date(content['inspection']['started_at'])}在现场检查中发现你单位存在下列事故隐患："))
    for n, h in enumerate(hazards, 1):
        basis = f"依据：{h['legal_basis']}。" if h.get("legal_basis") else ""
        story.append(p(f"{n}. {hazard_text(h)}{basis}", "item"))
    majors = [str(n) for n, h in enumerate(hazards, 1) if h["severity"] == "major"]
    if majors:
        story.append(p(f"其中第{'、'.join(majors)}项属于重大事故隐患。"))
    story.append(p("上述事故隐患排除前或者排除过程中无法保证安全。"
                   + (f"依据{s['onsite_measures_basis']}的规定，" if s.get("onsite_measures_basis") else "")
                   + "现作出如下现场处理决定："))
    places = "、".join(dict.fromkeys(h["place"] for h in hazards if h.get("place")))
    story.append(p("一、立即从危险区域内撤出作业人员；", "body"))
    story.append(p(f"二、{places + '：' if places else ''}暂时停产停业或者停止使用相关设施、设备；", "body"))
    story.append(p("三、隐患排除后，经本机关审查同意，方可恢复生产经营和使用。", "body"))
    story.append(p(f"如果不服本决定，可以依法在60日内向{s['reconsideration_body']}申请行政复议，或者在6个月内依法向"
                   f"{s['court']}提起行政诉讼，但本决定不停止执行，法律另有规定的除外。"))


def _record_body(content: dict[str, Any], story: list[Any], p) -> None:
    ent, insp = content["enterprise"], content["inspection"]
    principal = keep(ent["principal"]) if ent["principal"] else "        "
    rows = [("被检查单位", keep(ent["name"])), ("地址", ent["address"]),
            ("法定代表人（负责人）", f"{principal}    职务：{ent.get('principal_title') or '        '}    "
                                  f"联系电话：{ent['phone']}"),
            ("检查场所", insp["place"] or ent["address"]),
            ("检查时间", f"{_cn_time(insp['started_at'])}至{_cn_time(insp['ended_at'] or insp['started_at'])}")]
    if insp.get("onsite_person"):
        rows.append(("现场负责人", keep(insp["onsite_person"])))
    if insp.get("purpose"):
        rows.append(("检查目的", insp["purpose"]))
    for label, value in rows:
        story.append(p(f"{label}：{value}", "plain"))
    story.append(Spacer(1, 3 * mm))
    i1, i2 = content["inspectors"]
    who = "行政执法人员" if content.get("unit_kind") == "enforcement" else "检查人员"
    story.append(p(f"我们是{keep(content['unit_name'])}的{who}{keep(i1['name'])}、{keep(i2['name'])}，证件号码为"
                   f"{keep(i1['cert_no'])}、{keep(i2['cert_no'])}。这是我们的证件（出示证件）。"
                   "现依法对你单位进行现场检查，请予以配合。"))
    story.append(p("检查情况：", "plain"))
    for n, c in enumerate(content.get("checklists") or [], 1):
        story.append(p(f"（{n}）按《{c['title']}》检查{c['total']}项：符合{c['complies']}项，不符合{c['fails']}项，"
                       f"不适用{c['not_applicable']}项。", "item"))
    for r in content.get("readings") or []:
        story.append(_readings_table(r, p))
    if content["hazards"]:
        story.append(p("发现的问题和隐患：", "plain"))
        for n, h in enumerate(content["hazards"], 1):
            extra = "（重大事故隐患）" if h["severity"] == "major" else ""
            extra += "（已现场整改）" if h.get("handling") == "rectify_on_site" else ""
            extra += "（须撤出作业人员、暂时停产停业）" if h.get("handling") == "suspend" else ""
            story.append(p(f"{n}. {hazard_text(h)}{extra}", "item"))
    else:
        story.append(p("未发现事故隐患。", "item"))
    if content.get("unit_kind") == "supervision":
        story.append(p("本记录仅反映本次检查发现的问题，你单位仍应举一反三，全面排查整改同类隐患。"))


def _readings_table(r: dict[str, Any], p) -> KeepTogether:
    """实测读数 of one item: a column per reading (name and limits), a row per position (上部/中部/下部), each
    out-of-limit value followed by （超限）."""
    verdict = {"complies": "符合", "fails": "不符合", "not_applicable": "不适用"}.get(r.get("result") or "", "")
    caption = f"《{r['checklist']}》第{r['number']}项实测读数" + (f"（判定：{verdict}）" if verdict else "") + "："
    positioned = any(row["position"] for row in r["rows"])
    header = ([p("部位", "caption")] if positioned else []) + [
        p(f"{c['label']}\n{c['limits']}", "caption") for c in r["columns"]]
    rows = [header]
    for row in r["rows"]:
        cells = [p(c["value"] + ("（超限）" if c["out"] else "") if c["value"] else "—", "caption") for c in row["cells"]]
        rows.append(([p(row["position"] or "", "caption")] if positioned else []) + cells)
    first = 2.0 * cm if positioned else 0.0
    n = max(1, len(r["columns"]))
    t = Table(rows, colWidths=([first] if positioned else []) + [(FRAME_WIDTH - 42 - first) / n] * n, hAlign="RIGHT")
    style = [("FONT", (0, 0), (-1, -1), FONT_NAME), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    style += [("BOX", (c + int(positioned), i), (c + int(positioned), i), 1.5, colors.black)
              for i, row in enumerate(r["rows"], 1) for c, cell in enumerate(row["cells"]) if cell["out"]]
    t.setStyle(TableStyle(style))
    return KeepTogether([p(caption, "item"), Spacer(1, 1 * mm), t, Spacer(1, 2 * mm)])


def _reinspection_body(content: dict[str, Any], story: list[Any], p) -> None:
    ref = content.get("refers_to") or {}
    story.append(p(f"{keep(content['enterprise']['name'])}：", "plain"))
    who = "本机关" if content.get("unit_kind") == "enforcement" else "本单位"
    story.append(p(f"{who}于{_cn_date(ref.get('issued_on', ''))}作出《{ref.get('title', '整改文书')}》，"
                   f"文号为{keep(ref.get('doc_no', ''))}。经对你单位整改情况进行复查，提出如下意见："))
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


def _sig_image(png: bytes, max_w: float, max_h: float) -> Image:
    img = Image(io.BytesIO(png))
    scale = min(max_w / img.imageWidth, max_h / img.imageHeight)
    img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
    return img


def _signature_block(content: dict[str, Any], signatures: dict[str, bytes | None], p,
                     st: dict[str, ParagraphStyle]) -> list[Any]:
    """Inspectors ×2 with 证号, the enterprise's signer; for 拒签 the refusal, its time and reason and the
    witness's signature, each in its own row so no length of text can overlap another."""
    rows: list[list[Any]] = []
    sigs = content.get("signatures", {})
    for role in ("inspector1", "inspector2"):
        ins = content["inspectors"][0 if role == "inspector1" else 1]
        png = signatures.get(role)
        rows.append([p(keep(inspector_label(content)) + "：", "label"), _sig_image(png, 3.4 * cm, 1.0 * cm) if png else "",
                     p(f"证号：{keep(ins['cert_no'])}", "label")])
    refusal = sigs.get("enterprise", {}) or {}
    png = signatures.get("enterprise")
    label = keep(ENTERPRISE_SIGNER[content["doc_type"]] + "（签名）") + "："
    rows.append([p(label, "label"), _sig_image(png, 3.4 * cm, 1.0 * cm) if png else
                 (p("拒签", "label") if refusal.get("refused_witness") else ""), ""])
    t = Table(rows, colWidths=[7.0 * cm, 3.6 * cm, FRAME_WIDTH - 10.6 * cm])
    # FONT: an empty cell would otherwise reference reportlab's default, unembedded Helvetica
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT_NAME), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("ALIGN", (1, 0), (1, -1), "CENTER"), ("LINEBELOW", (1, 0), (1, -1), 0.5, "black"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    out: list[Any] = [t]
    if refusal.get("refused_witness"):
        when = _cn_time(refusal.get("refused_at") or "")
        reason = (refusal.get("refused_reason") or "").strip() or "未说明"
        out += [Spacer(1, 3 * mm),
                p(f"{ENTERPRISE_SIGNER[content['doc_type']]}拒绝签名。拒签时间：{when or '未记录'}；拒签理由：{reason}"
                  f"{'' if reason.endswith('。') else '。'}见证人：{keep(refusal['refused_witness'])}。", "label")]
        wpng = signatures.get("witness")
        w = Table([[p("见证人（签名）：", "label"), _sig_image(wpng, 3.4 * cm, 1.0 * cm) if wpng else "", ""]],
                  colWidths=[7.0 * cm, 3.6 * cm, FRAME_WIDTH - 10.6 * cm])
        w.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT_NAME), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("ALIGN", (1, 0), (1, -1), "CENTER"), ("LINEBELOW", (1, 0), (1, -1), 0.5, "black"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        out.append(w)
    return out


def _signature_strip(c: rl_canvas.Canvas, content: dict[str, Any], signatures: dict[str, bytes | None],
                     font: str) -> None:
    """The signature lines repeated in the band of a page without the signature block (two rows)."""
    refusal = (content.get("signatures", {}).get("enterprise") or {}).get("refused_witness")
    rows = [(inspector_label(content) + "：", [signatures.get("inspector1"), signatures.get("inspector2")]),
            (ENTERPRISE_SIGNER[content["doc_type"]] + "（签名）：", [signatures.get("enterprise")])]
    c.setFont(font, 9)
    for i, (label, pngs) in enumerate(rows):
        y = 4.55 * cm - i * 0.95 * cm
        c.drawString(3 * cm, y, label)
        x = 3 * cm + c.stringWidth(label, font, 9) + 0.2 * cm
        for png in pngs:
            c.line(x, y - 0.08 * cm, x + 2.6 * cm, y - 0.08 * cm)
            if png:
                r = ImageReader(io.BytesIO(png))
                iw, ih = r.getSize()
                s = min(2.5 * cm / iw, 0.75 * cm / ih)
                c.drawImage(r, x + (2.6 * cm - iw * s) / 2, y - 0.05 * cm, iw * s, ih * s, mask="auto")
            elif i == 1 and refusal:
                c.drawString(x + 0.3 * cm, y + 0.05 * cm, "拒签")
            x += 2.8 * cm


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
            ev = content.get("photo_evidence") or {}
            rows.append([p(("整改前" + (f"\n{ev[b]}" if b in ev else "")) if b else "", "caption"),
                         p(("整改后" + (f"\n{ev[a]}" if a in ev else "")) if a else "", "caption")])
        t = Table(rows, colWidths=[col_w, col_w])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT_NAME), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        blocks.append(KeepTogether([p(f"第{n}项  {hazard_text(h)}", "small"), Spacer(1, 1 * mm), t,
                                    Spacer(1, 4 * mm)]))
    if not blocks:
        return []
    return [PageBreak(), p("附页：隐患照片", "plain"), p(keep(doc_no) if doc_no else "（草稿，未签发）", "small"),
            Spacer(1, 3 * mm)] + blocks


class _JpegReader(ImageReader):
    """A JPEG photo, embedded as it is (DCTDecode). reportlab names an image by the digest of its decoded
    pixels, which decodes every photo in full only to name it; the digest of the file names it as well."""

    def __init__(self, data: bytes):
        super().__init__(io.BytesIO(data))
        self._name = hashlib.sha256(data).digest()
        self._dataA = None   # no alpha channel in a JPEG (set by getRGBData for other images)

    def getRGBData(self) -> bytes:  # noqa: N802 - reportlab API; only the name is taken from it for a JPEG
        return self._name


def _photo(photos: Callable[[str], bytes], sha: str, col_w: float) -> Image:
    data = photos(sha)
    img = Image(io.BytesIO(data))
    if data[:2] == b"\xff\xd8" and img._img.jpeg_fh():
        img._img = _JpegReader(data)
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
