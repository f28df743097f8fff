"""区级工作台 → 计划、通报与举报: per-township progress and overdue work on the district demo, drill-down,
the draw with its PDF, the monthly report PDF + XLSX."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_app.core.collection import Collection
from inspector_app.core.demo import generate


@pytest.fixture
def district(tmp_path):
    c = Collection(tmp_path / "d")
    c.profile.init(role="district", name="王局长", cert_no="D0001", unit="示例区应急管理局", district="示例区")
    generate(c, "district-year", 2)
    yield c
    c.close()


def test_progress_drill_down_draw_and_report(qtbot, district, tmp_path):
    from inspector_app.ui.pages.district import DistrictPage
    page = DistrictPage(district)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    panel = page.month_panel
    assert panel.table.rowCount() == 5
    overdue_hazards = sum(int(panel.table.item(i, 4).text()) for i in range(5))
    assert overdue_hazards == district.db.execute(
        "SELECT count(*) FROM hazards WHERE state!='closed' AND deadline < ?", [dt.date.today().isoformat()]).fetchone()[0]
    panel.table.selectRow(0)
    name = panel.table.item(0, 0).text()
    assert name in panel.details_title.text()
    tid = panel.table.item(0, 0).data(0x0100)
    n_planned = district.db.execute("SELECT count(*) FROM planned_inspections WHERE township_id=?", [tid]).fetchone()[0]
    assert panel.planned.rowCount() == n_planned > 0
    assert panel.hazards.rowCount() == int(panel.table.item(0, 4).text())
    # A draw for next year's January: recorded, PDF written, message says so; the selection survives refresh.
    pdf = tmp_path / "draw.pdf"
    panel.draw({"month": f"{dt.date.today().year + 1}-01", "count": 3, "seed": "99", "township": name,
                "unannounced": True}, str(pdf))
    assert pdf.read_bytes()[:5] == b"%PDF-" and "已抽取 3 家企业" in panel.message.text()
    panel.draw({"month": "2026-13", "count": 3, "seed": "99", "township": None, "unannounced": False}, None)
    assert "YYYY-MM" in panel.message.text()
    panel.refresh()
    assert panel.selected_township() == tid
    out = tmp_path / "月报.pdf"
    panel.report(dt.date.today().isoformat()[:7], str(out))
    assert out.exists() and out.with_suffix(".xlsx").exists() and "月度通报" in panel.message.text()
    page.tabs.setCurrentIndex(1)
    page.resize(1200, 800)
    page.grab().save(str(tmp_path / "desk.png"))


def test_complaint_from_the_desk(qtbot, district):
    from inspector_app.ui.pages.district import DistrictPage
    page = DistrictPage(district)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    panel = page.month_panel
    panel.table.selectRow(0)
    tid = panel.selected_township()
    ent = district.db.execute("SELECT uscc, name FROM enterprises WHERE township_id=? LIMIT 1", [tid]).fetchone()
    before = panel.complaints.rowCount()
    panel.add_complaint({"content": "反映夜间违规动火", "source": "online", "township_id": tid, "uscc": ent[0],
                         "complainant": "", "received_on": dt.date.today().isoformat()})
    assert "答复期限" in panel.message.text() and panel.complaints.rowCount() == before + 1
    panel.add_complaint({"content": "x", "source": "online", "township_id": tid, "uscc": "91370882MA0000000X",
                         "received_on": ""})
    assert "没有统一社会信用代码" in panel.message.text()
    panel.complaint_step("dispatch")
    assert "请先" in panel.message.text()
    row = next(i for i in range(panel.complaints.rowCount()) if panel.complaints.item(i, 2).text() == "反映夜间违规动火")
    panel.complaints.selectRow(row)
    panel.complaint_step("reply", "已处理")
    assert "核查" in panel.message.text()                # refused: not verified yet
    panel.complaints.selectRow(row)
    panel.complaint_step("dispatch")
    assert "已派出" in panel.message.text()
    cid = district.db.execute("SELECT id FROM complaints WHERE content='反映夜间违规动火'").fetchone()[0]
    assert district.db.execute("SELECT kind FROM planned_inspections WHERE complaint_id=?", [cid]).fetchone() == \
        ("complaint",)
    row = next(i for i in range(panel.complaints.rowCount()) if panel.complaints.item(i, 2).text() == "反映夜间违规动火")
    panel.complaints.selectRow(row)
    panel.complaint_step("verify", "情况属实", True)
    panel.complaints.selectRow(row)
    panel.complaint_step("reply", "已依法处理")
    assert district.complaints.get(cid)["status"] == "replied"


def test_report_and_draw_saved_in_the_export_folder_with_pdf_added(qtbot, district, tmp_path, monkeypatch):
    """The save dialogs open in the folder last exported to (not the program's working folder), and a name
    typed without .pdf gets it: the monthly report PDF beside its XLSX, the draw's public notice."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    from inspector_app.ui import preferences as prefs
    from inspector_app.ui.pages.district import DistrictPage
    from inspector_app.ui.widgets import district_month
    out = tmp_path / "exports"
    out.mkdir()
    prefs.remember_export_folder(str(out))
    suggested = []

    def save_as(_parent, _title, start, _filter):
        suggested.append(start)
        return str(out / ("report1" if len(suggested) == 1 else "draw1")), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    month = dt.date.today().isoformat()[:7]
    monkeypatch.setattr(district_month, "ask_month", lambda *a, **k: month)
    page = DistrictPage(district)
    qtbot.addWidget(page)
    page.refresh()
    panel = page.month_panel
    panel.ask_report()
    assert suggested[0] == str(out / f"月度通报-{month}.pdf")
    assert (out / "report1.pdf").read_bytes()[:5] == b"%PDF-" and (out / "report1.xlsx").exists()
    assert not (out / "report1").exists()

    class Draw:
        def __init__(self, *_a):
            pass

        def exec(self):
            return QDialog.Accepted

        def values(self):
            return {"month": f"{dt.date.today().year + 1}-02", "count": 2, "seed": "7", "township": None,
                    "unannounced": False}
    monkeypatch.setattr(district_month, "DrawDialog", Draw)
    panel.ask_draw()
    assert suggested[1] == str(out / f"双随机抽取-{dt.date.today().year + 1}-02.pdf")
    assert (out / "draw1.pdf").read_bytes()[:5] == b"%PDF-"
