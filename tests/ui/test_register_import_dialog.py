"""导入企业名录 dialog: preview lists the bad rows, import adds the valid ones, a bad file says why."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_register_import import _rows, _xlsx, make_district  # noqa: E402


def test_preview_then_import(qtbot, tmp_path):
    from inspector_app.ui.pages.district import DistrictPage
    d = make_district(tmp_path / "d")
    try:
        page = DistrictPage(d)
        qtbot.addWidget(page)
        dlg = page.import_register()
        dlg.preview(str(_xlsx(tmp_path / "r.xlsx", _rows())))
        assert dlg.table.rowCount() == 6 and dlg.table.item(0, 0).text() == "4"
        assert "校验位错误" in dlg.table.item(0, 3).text()
        assert dlg.import_button.isEnabled() and d.enterprises.count() == 0
        dlg.import_button.click()
        assert d.enterprises.count() == 2 and "已导入 2 行" in dlg.summary.text()
        assert not dlg.import_button.isEnabled()
        bad = tmp_path / "bad.xlsx"
        bad.write_bytes(b"not a workbook")
        dlg.preview(str(bad))
        assert "不是有效的 .xlsx" in dlg.summary.text() and not dlg.import_button.isEnabled()
        dlg.close()
    finally:
        d.close()
