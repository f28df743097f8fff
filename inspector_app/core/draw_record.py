"""The 双随机 draw as a PDF for 公示: the seed, the method, the pool, the drawn enterprises and inspector pairs,
when and by whom it was drawn. Rendered from the stored draw, so it can be printed again at any time."""

from __future__ import annotations

import io

from inspector_app.core.clock import local_text
from inspector_app.core.plans import CLASS_WEIGHTS, MAX_MONTHS, NEVER_VISITED_MONTHS, DrawResult


def render_draw(result: DrawResult, unit: str = "") -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from inspector_app.core.documents import fonts
    font = fonts.register()
    title = ParagraphStyle("t", fontName=font, fontSize=16, leading=22, alignment=1)
    body = ParagraphStyle("b", fontName=font, fontSize=10, leading=15, wordWrap="CJK")
    small = ParagraphStyle("s", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK")
    year, month = result.month[:4], int(result.month[5:])
    story = [Paragraph(f"{year}年{month}月“双随机、一公开”抽查结果公示", title), Spacer(1, 4 * mm)]
    facts = [
        ("抽查范围", f"{result.township}名录库（{result.pool} 家企业）；执法人员名录库 {result.roster} 人"),
        ("抽取数量", f"{result.count} 家企业，每家随机选派 2 名执法人员"
                     + ("；按“四不两直”方式检查" if result.unannounced else "")),
        ("随机种子", result.seed),
        ("抽取时间", local_text(result.drawn_at, seconds=True)),
        ("抽取人", result.drawn_by + (f"（{unit}）" if unit else "")),
    ]
    ft = Table([[Paragraph(k, body), Paragraph(v, body)] for k, v in facts], colWidths=[28 * mm, 150 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey)]))
    story += [ft, Spacer(1, 3 * mm)]
    weights = "、".join(f"{k}类 {v:g}" for k, v in CLASS_WEIGHTS.items() if k)
    story.append(Paragraph(
        f"抽取方法：名录库企业按统一社会信用代码排序，以“月份|随机种子”初始化 Python random.Random 伪随机数发生器，"
        f"按权重不放回抽样（每家企业取 u^(1/w)，取最大的 {result.count} 家）。权重 w = 分级系数 × "
        f"(1 + 2 × 距上次检查月数 / {MAX_MONTHS})，分级系数 {weights}、未分级 1；"
        f"距上次检查月数最多计 {MAX_MONTHS} 个月，"
        f"从未检查的按 {NEVER_VISITED_MONTHS} 个月计。执法人员按执法证号排序后用同一发生器打乱，"
        f"依次选派当前任务最少的两人。持有相同名录库和种子的任何人都可复现本结果"
        f"（inspector plan draw --month {result.month} --count {result.count} --seed {result.seed} "
        "--dry-run）。", small))
    story.append(Spacer(1, 3 * mm))
    head = ["序号", "企业名称", "统一社会信用代码", "乡镇（街道）", "分级", "上次检查", "检查人员"]
    rows = [[Paragraph(h, small) for h in head]]
    for i, e in enumerate(result.enterprises, start=1):
        pair = "、".join(p["name"] for p in e["pair"])
        rows.append([Paragraph(str(i), small), Paragraph(e["name"], small), Paragraph(e["uscc"], small),
                     Paragraph(e["township"], small), Paragraph(e["class"] or "—", small),
                     Paragraph(e["last_visit"] or "从未", small), Paragraph(pair, small)])
    table = Table(rows, colWidths=[10 * mm, 50 * mm, 36 * mm, 22 * mm, 10 * mm, 20 * mm, 30 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [table, Spacer(1, 5 * mm),
              Paragraph("以上抽查结果予以公示。检查结果将在检查完成后依法向社会公开。", body)]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"第 {doc.page} 页 · 抽取记录 {(result.id or '')[:8]}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=18 * mm, title=f"{result.month} 双随机抽查结果公示", initialFontName=font)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
