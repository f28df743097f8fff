"""GUI part 2: the sync page moves data between two data directories through a folder; the district
approves the laptop on its page."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from inspector_app.core.collection import Collection

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_support import add_enterprise, make_district  # noqa: E402


def test_sync_page_round_trip_with_district_approval(qtbot, tmp_path):
    from inspector_app.ui.pages.sync_page import SyncPage
    folder = tmp_path / "usb" / "inspector-sync"
    d = make_district(tmp_path)
    a = Collection(tmp_path / "laptop")
    a.profile.init(role="inspector", name="张伟", cert_no="C1", unit="城关街道应急办", township="城关街道",
                   district="示例区", township_code="370882001")
    ent = add_enterprise(a, "宏达化工")
    dpage, apage = SyncPage(d), SyncPage(a)
    for p in (dpage, apage):
        qtbot.addWidget(p)
        p.timer.stop()
        p.add_folder(str(folder))
        p.show()
    dpage.sync_folder(folder)
    apage.sync_folder(folder)
    assert "示例区" in apage.status_line.text()
    dpage.sync_folder(folder)
    assert "拒收" in dpage.history.item(0).text() or any("拒收" in dpage.history.item(i).text()
                                                        for i in range(dpage.history.count()))
    assert dpage.devices.isVisibleTo(dpage) and not apage.devices.isVisibleTo(apage)
    pending = [dpage.devices.item(i) for i in range(dpage.devices.count())
               if dpage.devices.item(i).data(Qt.UserRole) == a.device_id]
    assert pending and "待审批" in pending[0].text()
    dpage.devices.setCurrentItem(pending[0])
    dpage.approve_button.click()
    assert d.enterprises.get(ent)["name"] == "宏达化工"
    dpage.sync_folder(folder)
    apage.sync_folder(folder)
    assert a.sync.serial_blocks()
    a.close()
    d.close()


def test_conflict_shown_side_by_side_and_resolved(qtbot, col):
    from inspector_app.ui.pages.sync_page import SyncPage
    col.db.execute("INSERT INTO sync_conflicts (id, tbl, row_id, field, winner_value, winner_op, other_value,"
                   " other_op, detected_at) VALUES ('c1', 'enterprises', 'e1', 'phone', '13900000001', 'op1',"
                   " '13900000002', 'op2', '2026-11-01T08:00:00')")
    page = SyncPage(col)
    qtbot.addWidget(page)
    page.timer.stop()
    page.show()
    assert page.conflicts.rowCount() == 1
    assert [page.conflicts.item(0, i).text() for i in (2, 3)] == ["13900000001", "13900000002"]
    page.conflicts.selectRow(0)
    page.keep_winner_button.click()
    assert page.conflicts.rowCount() == 0 and not col.sync.conflicts()
