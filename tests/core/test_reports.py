"""The monthly report: totals equal independent SQL counts on demo data; PDF with charts; XLSX typed; empty month."""

from __future__ import annotations

import datetime as dt
import subprocess

import openpyxl
import pytest

from inspector_app.cli import main
from inspector_app.core.collection import Collection
from inspector_app.core.demo import generate
from inspector_app.core.report_render import render_pdf, render_xlsx

TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The district demo: several townships, plans, draws, complaints."""
    c = Collection(tmp_path_factory.mktemp("rep") / "data")
    c.profile.init(role="district", name="王局长", cert_no="D0001", unit="示例区应急管理局", district="示例区")
    generate(c, "district-year", 3, today=TODAY)
    yield c
    c.close()


def _sql(c, sql, args):
    return c.db.execute(sql, args).fetchone()[0]


def test_totals_match_sql(demo):
    month = "2026-10"
    rep = demo.reports.monthly(month, today=TODAY.isoformat())
    t = rep.totals
    first, last = "2026-10-01", "2026-10-31"
    assert t["done"] == _sql(demo, "SELECT count(*) FROM inspections WHERE status='completed' "
                                   "AND started_at >= ? AND started_at < ?", [first, "2026-11-01"]) > 0
    assert t["planned"] == _sql(demo, "SELECT count(*) FROM planned_inspections WHERE month=? AND status != 'cancelled'",
                                [month]) > 0
    assert 0 < t["planned_done"] == _sql(demo, "SELECT count(*) FROM planned_inspections p JOIN inspections i "
                                         "ON i.id=p.inspection_id WHERE p.month=? AND i.planned_id=p.id", [month])
    assert len(rep.townships) == 5 and all(r["done"] for r in rep.townships)
    assert t["supervised"] == _sql(demo, "SELECT count(DISTINCT hazard_id) FROM hazard_events WHERE kind='listed_supervision' "
                                   "AND at LIKE '2026-10-%'", [])
    assert rep.complaints["received"] == _sql(demo, "SELECT count(*) FROM complaints WHERE received_on LIKE '2026-10-%'", [])
    assert t["found"] == _sql(demo, "SELECT count(*) FROM hazards WHERE found_on >= ? AND found_on <= ?",
                              [first, last]) > 0
    assert t["major"] == _sql(demo, "SELECT count(*) FROM hazards WHERE severity='major' AND found_on LIKE '2026-10-%'", [])
    assert t["rectified"] == _sql(demo, "SELECT count(*) FROM hazards WHERE closed_on LIKE '2026-10-%'", []) > 0
    # Overdue at the end of October, recomputed from the events rather than the cached columns.
    overdue = 0
    for (hid,) in demo.db.execute("SELECT id FROM hazards WHERE found_on <= ?", [last]).fetchall():
        from inspector_app.core.hazards import derive
        events = [e for e in demo.hazards.events(hid) if e["at"][:10] <= last]
        d = derive(events)
        if d.state != "closed" and d.deadline and d.deadline < last:
            overdue += 1
    assert t["overdue"] == overdue
    assert sum(r["found"] for r in rep.sectors) == t["found"]
    assert sum(c["found"] for c in rep.campaigns) == _sql(
        demo, "SELECT count(*) FROM hazards WHERE campaign != '' AND found_on LIKE '2026-10-%'", [])
    assert rep.trend[-1] == {"month": month, "done": t["done"], "found": t["found"], "rectified": t["rectified"]}
    assert len(rep.trend) == 12 and rep.trend[0]["month"] == "2025-11"


def test_campaign_figures_match_a_scan_of_every_hazard(demo):
    """Per campaign found / rectified / overdue at month end (read through hazards_closed_on) equal one plain
    pass over all hazards."""
    first, last = "2026-10-01", "2026-10-31"
    rep = demo.reports.monthly("2026-10", today=TODAY.isoformat())
    expected: dict[str, list[int]] = {}
    for c, found_on, closed_on, deadline in demo.db.execute(
            "SELECT campaign, found_on, closed_on, deadline FROM hazards NOT INDEXED WHERE campaign != ''"):
        row = expected.setdefault(c, [0, 0, 0])
        row[0] += first <= found_on <= last
        row[1] += bool(closed_on) and first <= closed_on <= last
        row[2] += found_on <= last and bool(deadline) and deadline < last and (not closed_on or closed_on > last)
    got = {c["campaign"]: [c["found"], c["rectified"], c["overdue"]] for c in rep.campaigns}
    assert {c: v for c, v in got.items() if any(v)} == {c: v for c, v in expected.items() if any(v)}
    assert sum(v[2] for v in expected.values()) > 0 and sum(v[1] for v in expected.values()) > 0


def test_pdf_has_charts_and_the_figures(demo, tmp_path):
    rep = demo.reports.monthly("2026-10", today=TODAY.isoformat())
    pdf = tmp_path / "m.pdf"
    pdf.write_bytes(render_pdf(rep, "示例区应急管理局"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "2026年10月安全生产执法检查情况通报" in text and "分乡镇" in text and "专项整治" in text and "有限空间作业" in text
    assert f"发现隐患 {rep.totals['found']} 条" in text.replace("\n", "")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert all(" yes " in ln for ln in fonts.splitlines()[2:])
    # Charts are vector drawings: the bar chart's legend and the trend's month labels are on the page.
    assert "计划检查" in text and "26/10" in text and "25/11" in text


def test_xlsx_same_figures_typed(demo, tmp_path):
    rep = demo.reports.monthly("2026-10", today=TODAY.isoformat())
    f = tmp_path / "m.xlsx"
    f.write_bytes(render_xlsx(rep))
    wb = openpyxl.load_workbook(f)
    ws = wb["分乡镇"]
    head = [c.value for c in ws[1]]
    total = [c.value for c in ws[ws.max_row]]
    assert total[0] == "合计" and total[head.index("发现隐患")] == rep.totals["found"]
    assert isinstance(total[head.index("完成检查（全部）")], int)
    assert total[head.index("计划完成率")] == round(rep.totals["planned_done"] / rep.totals["planned"], 4)
    trend = wb["近12个月"]
    assert isinstance(trend["A2"].value, dt.datetime) and trend.max_row == 13
    for sheet in wb.worksheets[:-1]:   # the tables (not 说明): a header to sort and filter by, kept in view
        assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(sheet.max_column)}{sheet.max_row}"
        assert sheet.freeze_panes == "B2"


def test_empty_month_is_an_honest_empty_report(tmp_path, capsys):
    c = Collection(tmp_path / "empty")
    c.profile.init(role="district", name="王区", cert_no="D1", unit="示例区应急管理局", district="示例区")
    c.townships.add("370882001", "城关街道")
    rep = c.reports.monthly("2026-10", today=TODAY.isoformat())
    assert rep.empty and rep.totals["done"] == 0
    pdf = tmp_path / "e.pdf"
    pdf.write_bytes(render_pdf(rep))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "没有检查、隐患、文书或举报记录" in text
    data_dir = str(c.data_dir)
    c.close()
    assert main(["--data-dir", data_dir, "report", "monthly", "--month", "2026-10", "--out", str(pdf),
                 "--xlsx", str(tmp_path / "e.xlsx")]) == 0
    assert main(["--data-dir", data_dir, "report", "monthly", "--month", "2026-13", "--out", str(pdf)]) == 1
    assert "YYYY-MM" in capsys.readouterr().err
