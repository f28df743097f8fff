"""The laptop's 同步 page and 今日 list the changes the district refused (what, why, what to do), and
重新发送 sends them again once the cause is fixed."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_support import add_enterprise, make_district, make_laptop, new_uscc, send  # noqa: E402
from tests.ui.conftest import close_window  # noqa: E402


def test_refused_changes_listed_on_sync_page_and_today(qtbot, tmp_path):
    from inspector_app.ui.main_window import MainWindow
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    other = a.townships.ensure("370882999", "别的镇", "示例区")
    d.townships.ensure("370882999", "别的镇", "示例区")
    wrong = a.enterprises.add({"township_id": other, "name": "登记错乡镇的企业", "uscc": new_uscc()}).id
    add_enterprise(a, "本镇企业")
    assert send(a, d, tmp_path).refused == 1
    send(d, a, tmp_path)
    win = MainWindow(a)
    win.show()
    try:
        page = win.show_page("sync")
        page.refresh()
        rows = [[page.refused.item(r, c).text() for c in range(3)] for r in range(page.refused.rowCount())]
        assert rows == [["企业 登记错乡镇的企业", rows[0][1], rows[0][2]]]
        assert "其他乡镇" in rows[0][1] and "划转" in rows[0][2]
        assert "未被接收的更改：1" in page.status_line.text() and page.resend_button.isEnabled()
        page.grab().save("/tmp/w12-sync-refused.png")
        today = win.show_page("today")
        today.refresh()
        text = today.sync_label.text()
        assert "未被接收的更改 1 条" in text and "登记错乡镇的企业" in text and "划转" in text
        today.grab().save("/tmp/w12-today-refused.png")
        page = win.show_page("sync")
        page.refused.selectRow(0)
        page.resend_selected()
        assert page.refused.rowCount() == 0 and not page.resend_button.isEnabled()
        assert a.db.execute("SELECT resent_at FROM sync_refused WHERE row_id = ?", [wrong]).fetchone()[0]
    finally:
        close_window(win)      # destroyed, so the global bus no longer reaches it once its collection closes
        for c in (a, d):
            c.close()
