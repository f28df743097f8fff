"""The monthly report as a PDF (tables, a bar chart per township, a 12-month trend) and as XLSX (the same
figures, typed numbers and dates, one sheet per table) for the 月通报."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from inspector_app.core import clock
from inspector_app.core.reports import DOC_TYPES, KIND_NAMES, LABELS, MEASURES, MonthlyReport

_BLUE, _GREEN, _RED, _GREY = "#3b6ea5", "#2e7d32", "#c62828", "#9e9e9e"


def _rate(done: int, planned: int) -> str:
    return f"{100 * done / planned:.0f}%" if planned else "—"


def _bar_chart(rep: MonthlyReport, font: str, width: float, height: float) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    d = Drawing(width, height)
    d.initialFontName = font  # else the renderer's initial state references reportlab's unembedded Helvetica
    d.add(String(0, height - 12, "各乡镇计划与完成检查、发现隐患", fontName=font, fontSize=10))
    rows = rep.townships or [{"township": "—", "planned": 0, "done": 0, "found": 0}]
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 36, 40, width - 150, height - 70
    chart.data = [[r["planned"] for r in rows], [r["done"] for r in rows], [r["found"] for r in rows]]
    chart.categoryAxis.categoryNames = [r["township"] for r in rows]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(rows) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(rows) > 6 else "n"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    peak = max([max(s) for s in chart.data] + [1])
    chart.valueAxis.valueMax = peak * 1.15 if peak > 4 else 5
    chart.valueAxis.valueStep = max(1, round(chart.valueAxis.valueMax / 5))
    for i, c in enumerate((_GREY, _BLUE, _RED)):
        chart.bars[i].fillColor = colors.HexColor(c)
        chart.bars[i].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 105, height - 30
    legend.fontName, legend.fontSize = font, 8
    legend.alignment = "right"
    legend.colorNamePairs = [(colors.HexColor(_GREY), "计划检查"), (colors.HexColor(_BLUE), "完成检查"),
                             (colors.HexColor(_RED), "发现隐患")]
    d.add(legend)
    return d


def _trend_chart(rep: MonthlyReport, font: str, width: float, height: float) -> Any:
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    d = Drawing(width, height)
    d.initialFontName = font
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 36, 30, width - 150, height - 60
    chart.data = [[t["done"] for t in rep.trend], [t["found"] for t in rep.trend], [t["rectified"] for t in rep.trend]]
    chart.categoryAxis.categoryNames = [t["month"][2:].replace("-", "/") for t in rep.trend]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    peak = max([max(s) for s in chart.data] + [1])
    chart.valueAxis.valueMax = peak * 1.1 if peak > 4 else 5
    chart.valueAxis.valueStep = max(1, round(chart.valueAxis.valueMax / 5))
    for i, c in enumerate((_BLUE, _RED, _GREEN)):
        chart.lines[i].strokeColor = colors.HexColor(c)
        chart.lines[i].strokeWidth = 1.5
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 105, height - 30
    legend.fontName, legend.fontSize = font, 8
    legend.alignment = "right"
    legend.colorNamePairs = [(colors.HexColor(_BLUE), "完成检查"), (colors.HexColor(_RED), "发现隐患"),
                             (colors.HexColor(_GREEN), "整改销号")]
    d.add(legend)
    return d


def render_pdf(rep: MonthlyReport, unit: str = "") -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from inspector_app.core.documents import fonts
    font = fonts.register()
    title = ParagraphStyle("t", fontName=font, fontSize=16, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName=font, fontSize=11.5, leading=16, spaceBefore=6, spaceAfter=3)
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=14, wordWrap="CJK")
    y, m = rep.month[:4], int(rep.month[5:])
    story: list[Any] = [Paragraph(f"{y}年{m}月安全生产执法检查情况通报", title)]
    story.append(Paragraph(f"{unit + '　' if unit else ''}统计截至 {rep.as_of}　生成于 {clock.today().isoformat()}",
                           ParagraphStyle("sub", parent=body, alignment=1, textColor=colors.grey)))
    story.append(Spacer(1, 3 * mm))
    t = rep.totals
    if rep.empty:
        story.append(Paragraph(f"本月（{y}年{m}月）没有检查、隐患、文书或举报记录。"
                               "以下各表均为零，如实反映本月无数据。", body))
    else:
        kinds = "、".join(f"{KIND_NAMES[k]} {n} 次" for k, n in rep.kinds.items() if n) or "无"
        story.append(Paragraph(
            f"本月计划检查 {t['planned']} 次，完成检查 {t['done']} 次（{kinds}；其中“四不两直” {rep.unannounced} 次），"
            f"计划检查已完成 {t['planned_done']} 次，计划完成率 {_rate(t['planned_done'], t['planned'])}。"
            f"发现隐患 {t['found']} 条，其中重大隐患 {t['major']} 条；整改销号 {t['rectified']} 条；"
            f"截至 {rep.as_of} 逾期未整改 {t['overdue']} 条；挂牌督办 {t['supervised']} 条；"
            f"出具执法文书 {t['documents']} 份。收到举报 {rep.complaints.get('received', 0)} 件，"
            f"答复 {rep.complaints.get('replied', 0)} 件，逾期未答复 {rep.complaints.get('overdue', 0)} 件。", body))
    grid = [("FONT", (0, 0), (-1, -1), font, 8.5), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f4f4f4"))]

    head_style = ParagraphStyle("th", fontName=font, fontSize=8, leading=10, alignment=1, wordWrap="CJK")

    def table(first_col: str, rows: list[dict[str, Any]], name_key: str) -> Table:
        head = [first_col, LABELS["planned"], LABELS["planned_done"], "计划完成率"] + [LABELS[k] for k in MEASURES[2:]]
        data: list[list[Any]] = [[Paragraph(h, head_style) for h in head]]
        for r in rows + [dict(t, **{name_key: "合计"})]:
            data.append([r[name_key], r["planned"], r["planned_done"], _rate(r["planned_done"], r["planned"])]
                        + [r[k] for k in MEASURES[2:]])
        tb = Table(data, repeatRows=1, colWidths=[26 * mm] + [15.4 * mm] * 10)
        style = list(grid)
        over = head.index(LABELS["overdue"])
        for i, r in enumerate(rows, start=1):
            if r["overdue"]:
                style.append(("TEXTCOLOR", (over, i), (over, i), colors.HexColor(_RED)))
        tb.setStyle(TableStyle(style))
        return tb

    story += [Paragraph("一、分乡镇（街道）情况", h2), table("乡镇（街道）", rep.townships, "township"),
              Spacer(1, 2 * mm), _bar_chart(rep, font, 180 * mm, 62 * mm),
              Paragraph("二、分行业领域情况", h2), table("行业领域", rep.sectors, "label"),
              Paragraph("三、专项整治", h2)]
    camp = [["专项整治", "发现隐患", "整改销号", "逾期未整改"]]
    camp += [[c["label"], c["found"], c["rectified"], c["overdue"]] for c in rep.campaigns]
    camp.append(["合计", *(sum(c[k] for c in rep.campaigns) for k in ("found", "rectified", "overdue"))])
    ct = Table(camp, colWidths=[60 * mm, 25 * mm, 25 * mm, 25 * mm])
    ct.setStyle(TableStyle(grid))
    story.append(ct)
    docs = [["文书", "份数"]] + [[DOC_TYPES[k], n] for k, n in rep.documents.items()]
    docs.append(["合计", sum(rep.documents.values())])
    kinds_t = [["检查方式", "次数"]] + [[KIND_NAMES[k], n] for k, n in rep.kinds.items()]
    kinds_t.append(["其中四不两直", rep.unannounced])
    dt_ = Table(docs, colWidths=[45 * mm, 18 * mm])
    dt_.setStyle(TableStyle(grid))
    kt = Table(kinds_t, colWidths=[35 * mm, 18 * mm])
    kt.setStyle(TableStyle(grid[:4]))
    pair = Table([[dt_, kt]], colWidths=[75 * mm, 70 * mm])
    pair.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [KeepTogether([Paragraph("四、执法文书与检查方式", h2), pair]),
              KeepTogether([Paragraph("五、近12个月趋势（完成检查、发现隐患、整改销号）", h2),
                            _trend_chart(rep, font, 180 * mm, 62 * mm)])]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"{y}年{m}月通报 · 第 {doc.page} 页")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
                            bottomMargin=16 * mm, title=f"{rep.month} 月通报", initialFontName=font)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def render_xlsx(rep: MonthlyReport) -> bytes:
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    bold = Font(bold=True)

    def sheet(ws, head: list[str], rows: list[list[Any]]) -> None:
        ws.append(head)
        for c in ws[1]:
            c.font = bold
        for r in rows:
            ws.append(r)
        ws.column_dimensions["A"].width = 24
        ws.freeze_panes = "B2"
        ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{ws.max_row}"   # sort and filter at once

    head = ["乡镇（街道）"] + [LABELS[k] for k in MEASURES] + ["计划完成率"]

    def rate(r: dict[str, Any]) -> float | None:
        return round(r["planned_done"] / r["planned"], 4) if r["planned"] else None

    ws = wb.active
    ws.title = "分乡镇"
    rows = [[r["township"], *(r[k] for k in MEASURES), rate(r)] for r in rep.townships]
    rows.append(["合计", *(rep.totals[k] for k in MEASURES), rate(rep.totals)])
    sheet(ws, head, rows)
    for row in ws.iter_rows(min_row=2, min_col=len(head), max_col=len(head)):
        row[0].number_format = "0%"
    ws2 = wb.create_sheet("分行业")
    sheet(ws2, ["行业领域"] + head[1:], [[r["label"], *(r[k] for k in MEASURES), rate(r)] for r in rep.sectors])
    ws3 = wb.create_sheet("专项整治")
    sheet(ws3, ["专项整治", "发现隐患", "整改销号", "逾期未整改"],
          [[c["label"], c["found"], c["rectified"], c["overdue"]] for c in rep.campaigns])
    ws4 = wb.create_sheet("文书与检查方式")
    sheet(ws4, ["项目", "数量"], [[DOC_TYPES[k], n] for k, n in rep.documents.items()]
          + [[f"检查：{KIND_NAMES[k]}", n] for k, n in rep.kinds.items()] + [["检查：其中四不两直", rep.unannounced]]
          + [["举报：收到", rep.complaints.get("received", 0)], ["举报：已答复", rep.complaints.get("replied", 0)],
             ["举报：逾期未答复", rep.complaints.get("overdue", 0)]])
    ws5 = wb.create_sheet("近12个月")
    sheet(ws5, ["月份", "完成检查", "发现隐患", "整改销号"],
          [[dt.date(int(t["month"][:4]), int(t["month"][5:]), 1), t["done"], t["found"], t["rectified"]]
           for t in rep.trend])
    for row in ws5.iter_rows(min_row=2, max_col=1):
        row[0].number_format = "yyyy-mm"
    info = wb.create_sheet("说明")
    info.append(["月份", rep.month])
    info.append(["统计截至", dt.date.fromisoformat(rep.as_of)])
    info["B2"].number_format = "yyyy-mm-dd"
    info.append(["口径", "完成检查=本月开始且已完成的检查；发现=本月发现；整改销号=本月销号；"
                 "逾期=截至统计日已过期限且未销号；挂牌督办=本月挂牌；文书=本月签发"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
