"""The hazard ledger page — filters against known counts, overdue marking, XLSX/CSV export."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from inspector_app.core.ledger import Ledger, LedgerFilter


def in_a_month() -> str:
    return (dt.date.today() + dt.timedelta(days=30)).isoformat()


@pytest.fixture
def hazards(col, enterprise):
    """12 hazards: 4 major; 5 past deadline of which 2 closed... built through col.hazards."""
    today = dt.date.today()
    past = (today - dt.timedelta(days=10)).isoformat()
    future = (today + dt.timedelta(days=10)).isoformat()
    ids = []
    for i in range(12):
        ch = col.hazards.create({
            "enterprise_id": enterprise["id"], "description": f"未设置警示标志{i}",
            "severity": "major" if i % 3 == 0 else "general", "campaign": "有限空间" if i < 6 else "",
            "deadline": past if i < 5 else future, "found_on": f"2026-0{1 + i % 9}-15",
        })
        ids.append(ch.id)
    for hid in ids[1:3]:  # close two of the past-deadline ones (general: a major is never closed on site)
        col.hazards.add_event(hid, "closed_on_site", data={})
    return ids


def test_ledger_filters_match_known_counts(col, hazards):
    led = Ledger(col)
    assert led.count(LedgerFilter()) == 12
    assert led.count(LedgerFilter(severity="major")) == 4
    assert led.count(LedgerFilter(overdue=True)) == 3
    assert led.count(LedgerFilter(state="closed")) == 2
    assert led.count(LedgerFilter(campaign="有限空间")) == 6
    assert led.count(LedgerFilter(date_from="2026-03-01", date_to="2026-04-30")) == 3
    s = led.summary(LedgerFilter())
    assert (s["total"], s["closed"], s["overdue"], s["major"]) == (12, 2, 3, 4)


def test_ledger_page_filters_marks_overdue_and_exports(qtbot, col, hazards, tmp_path):
    from PySide6.QtCore import Qt
    from inspector_app.ui.pages.hazards_ledger import HazardsPage
    page = HazardsPage(col)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 12
    page.overdue.setChecked(True)
    assert page.model.rowCount() == 3
    assert "逾期 3" in page.summary.text()
    idx = page.model.index(0, 8)
    assert page.model.data(idx) == "逾期"
    assert page.model.data(idx, Qt.BackgroundRole) is not None
    page.severity.setCurrentIndex(page.severity.findData("major"))
    n = page.model.rowCount()
    assert n == page.ledger.count(page.current_filter()) and 0 < n < 3

    page.overdue.setChecked(False)
    page.severity.setCurrentIndex(0)
    out = tmp_path / "台账.xlsx"
    page.export("xlsx", str(out))
    ws = load_workbook(out).active
    assert ws["A1"].value == "隐患编号" and ws.freeze_panes == "A2"
    assert ws.max_row == 13
    assert sum(1 for r in ws.iter_rows(min_row=2, values_only=True) if r[8] == "是") == 3
    csv_path = tmp_path / "台账.csv"
    page.export("csv", str(csv_path))
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "未设置警示标志" in raw.decode("utf-8-sig")


def test_ledger_model_pages_lazily(qtbot, col, enterprise, monkeypatch):
    from inspector_app.ui.pages import hazards_ledger
    from inspector_app.ui.widgets import paged_model
    monkeypatch.setattr(paged_model, "PAGE_SIZE", 5)
    for i in range(12):
        col.hazards.create({"enterprise_id": enterprise["id"], "description": f"隐患{i}"})
    model = hazards_ledger.LedgerModel(Ledger(col))
    model.set_filter(LedgerFilter())
    assert model.rowCount() == 5 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 12 and not model.canFetchMore()


def test_reinspection_to_closure_through_dialog(qtbot, col, enterprise):
    """Completion report → failed re-inspection with new deadline → extension → passed (销号);
    invalid input writes nothing."""
    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    hid = col.hazards.create({"enterprise_id": enterprise["id"], "description": "有限空间未设警示标志",
                              "deadline": "2030-01-01"}).id
    dlg = HazardActionsDialog(col, hid)
    qtbot.addWidget(dlg)
    n_events = len(col.hazards.events(hid))
    dlg.report_measures.setPlainText("")
    dlg.report_button.click()
    assert "整改措施" in dlg.error.text() and len(col.hazards.events(hid)) == n_events
    dlg.report_measures.setPlainText("已设置警示标志和通风设备")
    dlg.report_money.setText("abc")
    dlg.report_button.click()
    assert len(col.hazards.events(hid)) == n_events
    dlg.report_money.setText("1200")
    dlg.report_button.click()
    assert col.hazards.get(hid)["state"] == "awaiting_reinspection"

    dlg.reinspect_result.setCurrentIndex(dlg.reinspect_result.findData("failed"))
    dlg.reinspect_button.click()          # no new deadline: refused
    assert col.hazards.get(hid)["state"] == "awaiting_reinspection"
    new_deadline = (dt.date.today() + dt.timedelta(days=15)).isoformat()
    dlg.reinspect_deadline.set_iso(new_deadline)
    dlg.reinspect_button.click()
    h = col.hazards.get(hid)
    assert h["state"] == "awaiting_rectification" and h["deadline"] == new_deadline

    dlg.extension_kind.setCurrentIndex(dlg.extension_kind.findData("extension_approved"))
    dlg.extension_deadline.set_iso("2031-06-30")
    dlg.extension_button.click()
    assert col.hazards.get(hid)["deadline"] == "2031-06-30"

    dlg.report_button.click()
    dlg.reinspect_result.setCurrentIndex(dlg.reinspect_result.findData("passed"))
    dlg.reinspect_button.click()
    h = col.hazards.get(hid)
    assert h["state"] == "closed" and h["closed_on"]
    assert not dlg.report_button.isEnabled()
    kinds = [e["kind"] for e in col.hazards.events(hid)]
    assert kinds[-1] == "reinspection_passed" and "reinspection_failed" in kinds


def test_listed_supervision_validates_in_place(qtbot, col, enterprise):
    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    hid = col.hazards.create({"enterprise_id": enterprise["id"], "description": "重大隐患", "severity": "major"}).id
    dlg = HazardActionsDialog(col, hid)
    qtbot.addWidget(dlg)
    dlg.sup_unit.setText("示例区应急管理局")
    dlg.sup_button.click()
    assert "文号" in dlg.error.text()
    assert [e["kind"] for e in col.hazards.events(hid)] == ["created"]
    dlg.sup_doc_no.setText("示应急督〔2026〕3号")
    dlg.sup_deadline.set_iso(in_a_month())
    dlg.sup_button.click()
    ev = col.hazards.events(hid)[-1]
    assert ev["kind"] == "listed_supervision"


def test_pdf_ledger_export_has_chinese_rows(qtbot, col, hazards, tmp_path):
    import subprocess
    from inspector_app.ui.pages.hazards_ledger import HazardsPage
    page = HazardsPage(col)
    qtbot.addWidget(page)
    page.show()
    page.overdue.setChecked(True)
    out = tmp_path / "台账.pdf"
    page.export("pdf", str(out))
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "隐患台账" in text and "逾期 3" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert all(" yes " in line for line in fonts.splitlines()[2:]), f"a font is not embedded:\n{fonts}"
    assert sum(text.count(f"未设置警示标志{i}") for i in range(12)) == 3


def test_ledger_filters_by_enterprise_and_calendar_dates(qtbot, col, hazards):
    from inspector_app.core import uscc
    from inspector_app.ui.pages.hazards_ledger import HazardsPage
    prof = col.profile.get()
    other = col.enterprises.add({"township_id": prof["township_id"], "name": "示例市另一家机械厂",
                                 "uscc": uscc.make("91370882MA3C4E5G7"), "risk_tags": []}).id
    col.hazards.create({"enterprise_id": other, "description": "配电箱无防护", "deadline": "2030-01-01"})
    page = HazardsPage(col)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 13
    page.enterprise.setCurrentIndex(page.enterprise.findData(other))
    assert page.model.rowCount() == 1 and page.model.rows[0]["description"] == "配电箱无防护"
    page.enterprise.setCurrentIndex(0)
    assert page.date_from.text() == "不限" and page.date_from.iso() is None
    page.date_from.set_iso("2026-05-01")                   # a calendar pick filters at once
    assert page.filter_error.text() == "" and 0 < page.model.rowCount() < 13
    page.date_to.set_iso("2026-04-30")                     # an empty range is explained, not an error
    assert "晚于" in page.filter_error.text() and page.model.rowCount() == 0
    page.clear_dates.click()                               # back to 不限 on both ends
    assert (page.date_from.iso(), page.date_to.iso()) == (None, None)
    assert page.filter_error.text() == "" and page.model.rowCount() == 13


def test_on_site_fix_needs_measures_and_a_photo_then_closes(qtbot, col, enterprise, tmp_path):
    """当场整改: refused without measures or an after-photo (nothing written); a corrupt photo is
    reported in the dialog; with both, the hazard is closed on the spot with the photo on its event."""
    from PIL import Image
    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    hid = col.hazards.create({"enterprise_id": enterprise["id"], "description": "灭火器压力不足"}).id
    dlg = HazardActionsDialog(col, hid)
    qtbot.addWidget(dlg)
    assert dlg.on_site_button.isEnabled()
    n_events = len(col.hazards.events(hid))
    dlg.on_site_button.click()
    assert "整改措施" in dlg.error.text()
    dlg.on_site_note.setText("当场更换灭火器")
    dlg.on_site_button.click()
    assert "照片" in dlg.error.text() and len(col.hazards.events(hid)) == n_events
    bad = tmp_path / "坏.jpg"
    bad.write_bytes(b"not a photo")
    dlg.add_on_site_photos([str(bad)])
    assert "坏.jpg" in dlg.error.text() and dlg.on_site_photos == []
    good = tmp_path / "after.jpg"
    Image.new("RGB", (640, 480), (20, 160, 20)).save(good)
    dlg.add_on_site_photos([str(good)])
    photos = list(dlg.on_site_photos)
    assert len(photos) == 1
    dlg.on_site_button.click()
    h = col.hazards.get(hid)
    assert h["state"] == "closed" and h["closed_on"]
    last = col.hazards.events(hid)[-1]
    assert last["kind"] == "closed_on_site" and last["photos"] == photos
    assert not dlg.on_site_button.isEnabled()


def test_selection_survives_a_refresh(qtbot, col, enterprise, window):
    from PySide6.QtCore import Qt
    ids = [col.hazards.create({"enterprise_id": enterprise["id"], "description": f"隐患{i}"}).id for i in range(5)]
    page = window.show_page("hazards")
    page.apply()
    row = next(r for r in range(page.model.rowCount()) if page.model.data(page.model.index(r, 0), Qt.UserRole) == ids[2])
    page.view.selectRow(row)
    col.hazards.create({"enterprise_id": enterprise["id"], "description": "新隐患"})
    page.apply()   # what a data change does
    current = page.view.currentIndex()
    assert current.isValid() and page.model.data(current, Qt.UserRole) == ids[2]
