"""Saving from the GUI: the dialog suggests a name from the filter, and a missing extension is added."""

from __future__ import annotations

from openpyxl import load_workbook


def test_ledger_export_suggests_a_name_and_adds_the_extension(qtbot, col, enterprise, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    from inspector_app.ui.pages.hazards_ledger import HazardsPage
    from inspector_app.ui import preferences as prefs
    prefs.remember_export_folder(str(tmp_path))
    col.hazards.create({"enterprise_id": enterprise["id"], "description": "未设置警示标志", "campaign": "welding"})
    page = HazardsPage(col)
    qtbot.addWidget(page)
    page.show()
    page.overdue.setChecked(False)
    asked = []

    def fake_dialog(parent, title, suggested, filt):
        asked.append(suggested)
        return str(tmp_path / "台账1"), filt          # the user typed a name without extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    page.export("xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "台账1.xlsx").exists(), timeout=5000)
    assert asked[0].startswith(str(tmp_path / "隐患台账_")) and asked[0].endswith(".xlsx")
    ws = load_workbook(tmp_path / "台账1.xlsx").active
    assert ws.auto_filter.ref and ws.cell(row=2, column=10).value == "违规电气焊作业和违规施工"
