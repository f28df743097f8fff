"""The sync page moves data between two data directories through a folder; the district
approves the laptop on its page."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from inspector_app.ui import theme
from inspector_app.core.collection import Collection

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_support import add_enterprise, make_district  # noqa: E402


def test_sync_page_round_trip_with_district_approval(qtbot, tmp_path, monkeypatch):
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
    from PySide6.QtWidgets import QMessageBox
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: (asked.append(a[2]), QMessageBox.No)[1]))
    apage.sync_folder(folder)                        # the card is shown with its fingerprint; refused: not trusted
    assert a.sync.district() is None and "指纹" in asked[-1]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Yes))
    apage.sync_folder(folder)                        # confirmed: trusted, then the pass exports
    assert "示例区" in apage.status_line.text()
    dpage.sync_folder(folder)
    assert "拒收" in dpage.history.item(0).text() or any("拒收" in dpage.history.item(i).text()
                                                        for i in range(dpage.history.count()))
    assert "隔离的数据包：1" in dpage.status_line.text() and dpage.quarantine.count() == 1
    # The district approves the laptop on its workbench; the held bundle is then applied.
    from inspector_app.ui.pages.district import DistrictPage
    assert DistrictPage.visible_for(d) and not DistrictPage.visible_for(a)
    work = DistrictPage(d)
    qtbot.addWidget(work)
    work.show()
    pending = [work.devices.item(i) for i in range(work.devices.count())
               if work.devices.item(i).data(Qt.UserRole) == a.device_id]
    assert pending and "待审批" in pending[0].text()
    work.devices.setCurrentItem(pending[0])
    assert work.approve_button.isEnabled() and not work.revoke_button.isEnabled()
    # The laptop shows its device id and key fingerprint; the district's list and confirmation show the same.
    from PySide6.QtWidgets import QMessageBox
    from inspector_app.core.sync.fingerprint import fingerprint
    fp = fingerprint(a.sync.keys.sign_public)
    assert fp in pending[0].text() and a.device_id[:8] in pending[0].text()
    apage.refresh()
    assert fp in apage.status_line.text()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda _p, _t, text, *a, **k: (
        asked.append(text), QMessageBox.No)[1]))
    work.approve_button.click()
    assert asked and fp in asked[0] and a.device_id in asked[0]
    assert "待审批" in [work.devices.item(i) for i in range(work.devices.count())
                     if work.devices.item(i).data(Qt.UserRole) == a.device_id][0].text()
    work.refresh()   # a periodic refresh keeps the selection
    assert work.devices.currentItem() and work.devices.currentItem().data(Qt.UserRole) == a.device_id
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Yes))
    work.approve_button.click()
    assert d.enterprises.get(ent)["name"] == "宏达化工"
    assert "已批准" in work.message.text()
    approved = [work.devices.item(i) for i in range(work.devices.count())
                if work.devices.item(i).data(Qt.UserRole) == a.device_id][0]
    assert "已批准" in approved.text() and "文号段" in approved.text()
    dpage.sync_folder(folder)
    apage.sync_folder(folder)
    assert a.sync.serial_blocks()
    # Import history: the bundles applied on the laptop are listed with their sender.
    assert any("导入数据包" in apage.history.item(i).text() for i in range(apage.history.count()))
    a.close()
    d.close()


def test_export_and_import_buttons_move_a_bundle_without_a_sync_folder(qtbot, tmp_path):
    """A laptop enrols by exporting a bundle anywhere; the district imports it (held until approval);
    a damaged file is rejected with its reason in the history."""
    from inspector_app.ui.pages.sync_page import SyncPage
    d = make_district(tmp_path)
    a = Collection(tmp_path / "laptop")
    a.profile.init(role="inspector", name="张伟", cert_no="C1", unit="城关街道应急办", township="城关街道",
                   district="示例区", township_code="370882001")
    card = d.sync.write_card(tmp_path / "district-card.json")
    a.sync.trust_district(card)
    apage, dpage = SyncPage(a), SyncPage(d)
    for p in (apage, dpage):
        qtbot.addWidget(p)
        p.timer.stop()
        p.show()
    out = tmp_path / "stick"
    out.mkdir()
    apage.export_to(str(out))
    bundles = list(out.glob("*.isb"))
    assert len(bundles) == 1 and "已导出数据包" in apage.history.item(0).text()
    bad = tmp_path / "broken.isb"
    bad.write_bytes(b"not a bundle")
    dpage.import_files([str(bundles[0]), str(bad)])
    texts = [dpage.history.item(i).text() for i in range(dpage.history.count())]
    assert any("已隔离" in t for t in texts)
    assert any("拒收 broken.isb" in t for t in texts)
    assert dpage.sync_button.isEnabled()                 # idle again after the work finished
    a.close()
    d.close()


def test_sync_now_without_a_location_says_what_to_do(qtbot, col):
    from inspector_app.ui.pages.sync_page import SyncPage
    page = SyncPage(col)
    qtbot.addWidget(page)
    page.timer.stop()
    page.show()
    page.sync_button.click()
    assert "U 盘" in page.history.item(0).text()


def test_district_summary_counts_per_township(qtbot, col, enterprise):
    import datetime as dt
    from inspector_app.ui.pages.district import DistrictPage
    past = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    col.inspections.start(enterprise["id"])
    h1 = col.hazards.create({"enterprise_id": enterprise["id"], "description": "a", "deadline": past,
                             "severity": "major"}).id
    col.hazards.add_event(h1, "listed_supervision", data={"level": "县（区）级", "unit": "区应急局"})
    h2 = col.hazards.create({"enterprise_id": enterprise["id"], "description": "b", "deadline": "2099-01-01"}).id
    col.hazards.add_event(h2, "closed_on_site")
    rows = {r["township"]: r for r in col.summary.townships()}
    r = rows["城关街道"]
    assert (r["inspections_month"], r["open"], r["overdue"], r["closed"], r["major_supervised"]) == (1, 1, 1, 1, 1)
    page = DistrictPage(col)
    qtbot.addWidget(page)
    col.profile.init(role="district", name="王局", cert_no="D1", unit="示例区应急管理局", district="示例区")
    page.show()
    page.refresh()
    assert page.summary.rowCount() >= 1 and page.chart.rows
    img = page.chart.grab()                               # the chart paints without error
    assert not img.isNull()


def test_conflict_shown_side_by_side_and_resolved(qtbot, col, enterprise):
    from inspector_app.ui.pages.sync_page import SyncPage
    e = enterprise["id"]
    hlc = col.db.execute("SELECT hlc FROM sync_control").fetchone()[0]
    for op, origin, tick, phone in (("op1", "laptop-a", 20, "13900000001"), ("op2", "laptop-b", 10, "13900000002")):
        col.db.execute("INSERT INTO sync_ops (op_id, origin, oseq, hlc, tbl, row_id, kind, fields, prev, scope) "
                       "VALUES (?, ?, 1, ?, 'enterprises', ?, 'update', ?, '{}', '')",
                       [op, origin, hlc + tick, e, f'{{"phone": "{phone}"}}'])
    col.db.execute("INSERT INTO sync_conflicts (id, tbl, row_id, field, winner_value, winner_op, other_value,"
                   " other_op, detected_at) VALUES ('c1', 'enterprises', ?, 'phone', '13900000001', 'op1',"
                   " '13900000002', 'op2', '2026-11-01T08:00:00')", [e])
    page = SyncPage(col)
    qtbot.addWidget(page)
    page.timer.stop()
    page.show()
    assert page.conflicts.rowCount() == 1
    assert [page.conflicts.item(0, i).text() for i in (2, 3)] == ["13900000001", "13900000002"]
    page.conflicts.selectRow(0)
    page.keep_winner_button.click()
    assert page.conflicts.rowCount() == 0 and not col.sync.conflicts()
    assert col.enterprises.get(e)["phone"] == "13900000001"


def test_refused_bundles_are_listed_after_a_restart_once_each(qtbot, tmp_path):
    """A damaged bundle in the sync folder is refused; the reason is in the history, and still
    there when the page is opened again (a restart); automatic passes do not add it again."""
    from inspector_app.ui.pages.sync_page import SyncPage
    d = make_district(tmp_path)
    folder = tmp_path / "inbox"
    folder.mkdir()
    bad = folder / f"abcd1234-to-{d.device_id}-1-3-20260101.isb"
    bad.write_bytes(b"PK\x03\x04 this is no bundle")
    page = SyncPage(d)
    qtbot.addWidget(page)
    page.timer.stop()
    page.add_folder(str(folder))
    page.show()
    page.poll()                                   # an automatic pass
    page.poll()
    page.poll()
    texts = [page.history.item(i).text() for i in range(page.history.count())]
    refused = [t for t in texts if "拒收 " + bad.name in t]
    assert len(refused) == 1 and "数据包被拒绝" in refused[0]
    page.close()
    d.close()
    d = Collection(tmp_path / "district")         # restart: a fresh collection and page
    again = SyncPage(d)
    qtbot.addWidget(again)
    again.timer.stop()
    again.show()
    items = [again.history.item(i) for i in range(again.history.count())]
    refused = [it for it in items if "拒收 " + bad.name in it.text()]
    assert len(refused) == 1 and "数据包被拒绝" in refused[0].text()
    assert refused[0].foreground().color() == theme.color("error") and "SHA-256" in refused[0].toolTip()
    d.close()


def test_remove_button_forgets_the_selected_location(qtbot, col, tmp_path):
    from inspector_app.ui.pages.sync_page import SyncPage
    page = SyncPage(col)
    qtbot.addWidget(page)
    page.timer.stop()
    page.show()
    page.add_folder(str(tmp_path))
    col.sync.add_location(label="INSPECT01")
    page.refresh()
    assert not page.remove_button.isEnabled()                  # nothing selected yet
    usb = [page.locations.item(i) for i in range(page.locations.count())
           if "INSPECT01" in page.locations.item(i).text()][0]
    page.locations.setCurrentItem(usb)
    assert page.remove_button.isEnabled()
    page.remove_button.click()
    assert col.profile.get()["settings"]["sync_locations"] == [{"kind": "folder", "path": str(tmp_path)}]
    assert not any("INSPECT01" in page.locations.item(i).text() for i in range(page.locations.count()))
    assert "已移除同步位置" in page.history.item(0).text() and tmp_path.is_dir()
    page.locations.setCurrentRow(0)
    page.remove_button.click()
    assert col.profile.get()["settings"]["sync_locations"] == []
    assert "还没有同步位置" in page.locations.item(0).text()
    page.locations.setCurrentRow(0)
    assert not page.remove_button.isEnabled()                  # the hint line is not a location
