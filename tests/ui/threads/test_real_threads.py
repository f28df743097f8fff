"""The inspector's day and the district desk through the real widgets with the real thread pool, while
automatic sync runs every 100 ms against a folder that keeps receiving bundles. No error dialog may
appear; every edit must be in the database and in the sync operation log; nothing recorded twice."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "core"))
from sync_support import make_district, make_laptop, new_uscc  # noqa: E402

from tests.ui.conftest import close_window  # noqa: E402
from tests.ui.threads.conftest import FolderFeeder  # noqa: E402

LONG = 30000


def _ops(col, table: str, row_id: str) -> int:
    return col.db.execute("SELECT count(*) FROM sync_ops WHERE tbl = ? AND row_id = ? AND origin = ?",
                          [table, row_id, col.device_id]).fetchone()[0]


def _audit(col, action: str, row_id: str | None = None) -> int:
    sql, args = "SELECT count(*) FROM audit_log WHERE action = ?", [action]
    if row_id:
        sql, args = sql + " AND row_id = ?", args + [row_id]
    return col.db.execute(sql, args).fetchone()[0]


def _sign_with_strokes(monkeypatch):
    from inspector_app.ui.widgets import signature_pad

    def fake_exec(dlg):
        pad = dlg.pad
        pad.begin_stroke(QPointF(20, 80))
        for x in range(20, 300, 15):
            pad.extend_stroke(QPointF(x, 80 + (x % 45)))
        pad.end_stroke()
        dlg._accept()
        return dlg.result()

    monkeypatch.setattr(signature_pad.SignatureDialog, "exec", fake_exec)


def test_inspector_day_with_real_threads_and_auto_sync(qtbot, tmp_path, monkeypatch, real_threads):
    shown = real_threads
    district = make_district(tmp_path)
    col = make_laptop(tmp_path, district, "张伟")
    col.keys.init("secret123")
    township = col.profile.get()["township_id"]
    eid = col.enterprises.add({"township_id": township, "name": "示例市宏达化工有限公司", "uscc": new_uscc(),
                               "address": "工业路18号", "risk_tags": ["涉有限空间"]}).id
    folder = tmp_path / "shared"
    folder.mkdir()
    col.sync.add_location(path=str(folder))
    from inspector_app.ui.main_window import MainWindow
    win = MainWindow(col)
    win.show()
    qtbot.waitExposed(win)
    try:
        with FolderFeeder(district, township, folder) as feeder:
            _walk_the_day(qtbot, win, col, eid, tmp_path, monkeypatch)
            qtbot.waitUntil(lambda: feeder.passes >= 3, timeout=LONG)
        assert not feeder.errors, feeder.errors
        win.pages["sync"].timer.stop()
        qtbot.waitUntil(lambda: not win.pages["sync"].busy and not win.pages["sync"].scanning, timeout=LONG)
        from inspector_app.ui import workers
        workers.wait_idle(LONG)
        assert not shown, shown
        _check_recorded_once(col, eid)
        # Automatic sync really ran meanwhile: the district's enterprises arrived.
        assert col.db.execute("SELECT count(*) FROM enterprises WHERE name LIKE '区级登记企业%'").fetchone()[0] >= 1
    finally:
        close_window(win)
        col.close()
        district.close()


def _walk_the_day(qtbot, win, col, eid, tmp_path, monkeypatch):
    # 企业 → 开始检查
    ents = win.show_page("enterprises")
    qtbot.waitUntil(lambda: any(ents.model.index(r, 0).data(Qt.UserRole) == eid
                                for r in range(ents.model.rowCount())), timeout=LONG)
    row = next(r for r in range(ents.model.rowCount()) if ents.model.index(r, 0).data(Qt.UserRole) == eid)
    ents.table.selectRow(row)
    qtbot.waitUntil(lambda: "宏达化工" in ents.detail.toHtml(), timeout=LONG)
    qtbot.mouseClick(ents.inspect_btn, Qt.LeftButton)
    page = win.pages["inspection"]
    assert page.isVisible()
    for cb in page.check_boxes:
        cb.setChecked(cb.property("checklist").checklist_id == "confined_space")
    page.inspector2.setText("王芳")
    page.inspector2_cert.setText("37088120002")
    page.place.setText("污水处理池")
    qtbot.mouseClick(page.start_btn, Qt.LeftButton)
    qtbot.mouseClick(page.start_btn, Qt.LeftButton)       # a double click starts one inspection
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=LONG)
    iid = page.inspection_id
    n = len(page.items)
    assert n >= 12
    # Every item (twelve or more) by keyboard, as an inspector does it: 2 (不符合) on the first two
    # items without readings, then the note and Enter; 1 (符合) on the others, which moves on by
    # itself; readings typed field by field, Enter after each (the last one moves on).
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=LONG)   # shortcuts need it
    page.setFocus()
    answer_widget = page.stack.currentWidget()
    fails = 0
    typed = []
    for i in range(n):
        qtbot.waitUntil(lambda i=i: page.pos == i, timeout=LONG)
        if page.reading_edits:
            for (_position, key), edit in list(page.reading_edits.items()):
                qtbot.waitUntil(edit.hasFocus, timeout=LONG)
                qtbot.keyClicks(edit, "20.9" if key == "o2" else "0")
                qtbot.keyClick(edit, Qt.Key_Return)
                typed.append((_position, key))
        elif fails < 2:
            fails += 1
            qtbot.keyClick(answer_widget, Qt.Key_2)
            qtbot.waitUntil(page.note.hasFocus, timeout=LONG)
            qtbot.keyClicks(page.note, "no gas detector on site")
            qtbot.keyClick(page.note, Qt.Key_Return)
        else:
            qtbot.keyClick(answer_widget, Qt.Key_1)
    # After the last item the finish bar asks to complete; Esc leaves it to add a photo first.
    qtbot.waitUntil(page.finish_bar.isVisible, timeout=LONG)
    qtbot.keyClick(page.finish_now, Qt.Key_Escape)
    page.go(n - 1)
    # A photo on the current item (the last one).
    photo = tmp_path / "pool.jpg"
    Image.new("RGB", (640, 480), (90, 120, 160)).save(photo)
    page.photos.files_dropped.emit([str(photo)])
    qtbot.waitUntil(lambda: page.photos.list.count() == 1, timeout=LONG)
    qtbot.waitUntil(lambda: sum(1 for a in col.inspections.answers(iid) if a["result"]) == n
                    and any(a["photos"] for a in col.inspections.answers(iid)), timeout=LONG)
    # The gas item asks for 上/中/下部位: four gases at each of the three heights, typed row by row.
    assert typed[:4] == [("upper", "o2"), ("upper", "lel"), ("upper", "h2s"), ("upper", "co")] and len(typed) == 12
    gas = next(a for a in col.inspections.answers(iid) if a["item_id"] == "cs08")
    assert gas["readings"] == {p: {"o2": 20.9, "lel": 0, "h2s": 0, "co": 0} for p in ("upper", "middle", "lower")}
    assert gas["result"] == "complies"
    # 完成检查: confirm the proposed hazards (the dialog's create runs on the worker).
    from inspector_app.ui.dialogs import hazard_review
    confirmed = {}

    def review(dlg):
        assert dlg.table.rowCount() == 2
        dlg.create()
        dlg.create()                                      # submitted twice: recorded once
        qtbot.waitUntil(lambda: dlg.result() == QDialog.Accepted, timeout=LONG)
        confirmed["ids"] = dlg.created_ids
        return dlg.result()

    monkeypatch.setattr(hazard_review.HazardReviewDialog, "exec", review)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.Ok))
    qtbot.mouseClick(page.finish_btn, Qt.LeftButton)
    docs = win.pages["documents"]
    qtbot.waitUntil(lambda: docs.isVisible() and docs.inspection.currentData() == iid, timeout=LONG)
    assert len(confirmed["ids"]) == 2
    # 文书: draft the record and the notice, set the deadline, three signatures, issue, print preview.
    docs.action("draft_record")
    qtbot.waitUntil(lambda: len(col.documents.for_inspection(iid)) == 1 and bool(docs.doc_id), timeout=LONG)
    docs.action("draft_notice")
    qtbot.waitUntil(lambda: len(col.documents.for_inspection(iid)) == 2, timeout=LONG)
    qtbot.waitUntil(lambda: bool(docs.doc_id) and col.documents.get(docs.doc_id)["doc_type"].startswith("rectification"),
                    timeout=LONG)
    notice = docs.doc_id
    deadline = (dt.date.today() + dt.timedelta(days=20)).isoformat()
    from PySide6.QtCore import QDate

    from inspector_app.ui.dialogs import deadlines

    def pick(dlg):                              # one calendar per hazard, each set to the same day
        for edit in dlg.edits:
            edit.setDate(QDate.fromString(deadline, "yyyy-MM-dd"))
        return QDialog.Accepted
    monkeypatch.setattr(deadlines.DeadlinesDialog, "exec", pick)
    qtbot.waitUntil(lambda: docs.buttons["deadline"].isEnabled(), timeout=LONG)
    docs.buttons["deadline"].click()
    qtbot.waitUntil(lambda: all(col.documents.get(notice)["content"]["extra"].get("deadlines", {}).get(h) == deadline
                                for h in confirmed["ids"]), timeout=LONG)
    _sign_with_strokes(monkeypatch)
    for role in ("inspector1", "inspector2", "enterprise"):
        qtbot.waitUntil(lambda role=role: docs.buttons["sign_" + role].isEnabled(), timeout=LONG)
        docs.buttons["sign_" + role].click()
        qtbot.waitUntil(lambda role=role: bool((col.documents.get(notice)["content"]["signatures"].get(role) or {})
                                               .get("png")), timeout=LONG)
    qtbot.waitUntil(lambda: docs.missing.text() == "可以签发。", timeout=LONG)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("secret123", True)))
    docs.buttons["issue"].click()
    docs.buttons["issue"].click()                          # disabled while issuing: no second issue
    qtbot.waitUntil(lambda: col.documents.get(notice)["state"] == "issued", timeout=LONG)
    qtbot.waitUntil(lambda: docs.buttons["print"].isEnabled() and docs.doc_id == notice, timeout=LONG)
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    printed = tmp_path / "printed.pdf"

    def preview(dlg):
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(printed))
        dlg.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview)
    docs.buttons["print"].click()
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 10000, timeout=LONG)
    # Switching the inspection and back while previews render drops stale results.
    docs.refresh()
    qtbot.waitUntil(lambda: len(docs.images) >= 1, timeout=LONG)
    confirmed["inspection"], confirmed["notice"] = iid, notice
    win.confirmed = confirmed


def _check_recorded_once(col, eid):
    iid = col.db.execute("SELECT id FROM inspections WHERE enterprise_id = ?", [eid]).fetchall()
    assert len(iid) == 1, "one inspection for one 开始检查 (a double click starts one)"
    iid = iid[0][0]
    answers = col.db.execute("SELECT id, result, photos FROM answers WHERE inspection_id = ?", [iid]).fetchall()
    assert len(answers) >= 12 and all(r for _i, r, _p in answers)
    assert sum(1 for _i, r, _p in answers if r == "fails") == 2
    for aid, _r, _p in answers:
        assert _ops(col, "answers", aid) >= 1, "every answer is in the sync operation log"
    hazards = [r[0] for r in col.db.execute("SELECT id FROM hazards WHERE inspection_id = ?", [iid])]
    assert len(hazards) == 2
    for h in hazards:
        assert _ops(col, "hazards", h) >= 1 and _audit(col, "hazard.create", h) == 1
        created = col.db.execute("SELECT count(*) FROM hazard_events WHERE hazard_id = ? AND kind = 'created'",
                                 [h]).fetchone()[0]
        issued = col.db.execute("SELECT count(*) FROM hazard_events WHERE hazard_id = ? AND kind = 'notice_issued'",
                                [h]).fetchone()[0]
        assert (created, issued) == (1, 1)
        assert col.hazards.get(h)["state"] == "awaiting_rectification"
    docs = col.db.execute("SELECT id, doc_type, state FROM documents WHERE inspection_id = ?", [iid]).fetchall()
    assert sorted(t for _i, t, _s in docs) == ["inspection_record", "rectification_opinion"] or \
        sorted(t for _i, t, _s in docs) == ["inspection_record", "rectification_order"]
    for doc, _t, _s in docs:
        assert _ops(col, "documents", doc) >= 1
    assert _audit(col, "document.issue") == 1
    assert _audit(col, "inspection.start") == 1 and _audit(col, "inspection.complete") == 1


def test_district_desk_approves_a_laptop_with_real_threads(qtbot, tmp_path, monkeypatch, real_threads):
    shown = real_threads
    district = make_district(tmp_path)
    laptop = make_laptop(tmp_path, district, "李娜", approve=False)
    folder = tmp_path / "inbox"
    folder.mkdir()
    district.sync.add_location(path=str(folder))
    laptop.sync.sync_folder(folder)                       # the laptop's enrolment request arrives
    from inspector_app.ui.main_window import MainWindow
    win = MainWindow(district)
    win.show()
    feeder = FolderFeeder(laptop, laptop.profile.get()["township_id"], folder, name="笔记本登记企业")
    try:
        feeder.__enter__()                                # the laptop keeps sending bundles meanwhile
        desk = win.show_page("district")
        qtbot.waitUntil(lambda: any(desk.devices.item(i).data(Qt.UserRole) == laptop.device_id
                                    for i in range(desk.devices.count())), timeout=LONG)
        item = next(desk.devices.item(i) for i in range(desk.devices.count())
                    if desk.devices.item(i).data(Qt.UserRole) == laptop.device_id)
        desk.devices.setCurrentItem(item)
        # Periodic refreshes (auto sync every 100 ms) keep the selection.
        for _ in range(3):
            desk.refresh()
            qtbot.wait(150)
            assert desk.devices.currentItem() is not None
            assert desk.devices.currentItem().data(Qt.UserRole) == laptop.device_id
        monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Yes))
        desk.approve_button.click()
        desk.approve_button.click()                       # disabled while approving
        qtbot.waitUntil(lambda: "已批准" in desk.message.text(), timeout=LONG)
        status = {d["id"]: d["status"] for d in district.sync.devices()}
        assert status[laptop.device_id] == "approved"
        assert _audit(district, "device.approve") <= 1
        # Bundles the laptop sent before and after approval reach the district's register.
        qtbot.waitUntil(lambda: district.db.execute(
            "SELECT count(*) FROM enterprises WHERE name LIKE '笔记本登记企业%'").fetchone()[0] >= 2, timeout=LONG)
        feeder.__exit__(None, None, None)
        assert not feeder.errors, feeder.errors
        win.pages["sync"].timer.stop()
        qtbot.waitUntil(lambda: not win.pages["sync"].busy and not win.pages["sync"].scanning, timeout=LONG)
        assert not shown, shown
    finally:
        feeder.__exit__(None, None, None)
        close_window(win)
        laptop.close()
        district.close()


def test_long_work_shows_progress_and_cancel_stops_it(qtbot, col, real_threads):
    """The shared progress dialog: steps move the bar from the worker thread; 取消 stops the work at its
    next step, which is reported as a status message, not as an error."""
    import threading

    from PySide6.QtWidgets import QProgressDialog, QWidget

    from inspector_app.core.progress import Cancelled
    from inspector_app.ui.signals import bus
    from inspector_app.ui.widgets.progress import run_with_progress
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    started, steps, outcome, messages = threading.Event(), [], {}, []
    bus.status_message.connect(messages.append)

    def work(progress):
        for i in range(200):
            progress.step(i, 200, f"第 {i} 项")
            steps.append(i)
            started.set()
            threading.Event().wait(0.02)
        return "finished"

    run_with_progress(parent, "测试", work, lambda r: outcome.setdefault("done", r),
                      lambda e: outcome.setdefault("error", e))
    qtbot.waitUntil(started.is_set, timeout=LONG)
    dlg = parent.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dlg.maximum() == 200 and dlg.value() >= 1, timeout=LONG)
    from PySide6.QtWidgets import QPushButton
    [b for b in dlg.findChildren(QPushButton) if b.text() == "取消"][0].click()
    qtbot.waitUntil(lambda: "error" in outcome or "done" in outcome, timeout=LONG)
    assert isinstance(outcome.get("error"), Cancelled) and "done" not in outcome
    assert len(steps) < 200 and any("取消" in m for m in messages)
    assert not real_threads


def test_ledger_rows_first_then_counts_from_the_worker(qtbot, col, enterprise, real_threads):
    """A filter change shows its rows at once and the per-state counts when the database worker has them;
    a text typed while counts are on their way gets its own, and an older filter's counts never show."""
    from inspector_app.core.ledger import Ledger, LedgerFilter
    from inspector_app.ui.pages.hazards_ledger import HazardsPage
    for i in range(30):
        col.hazards.create({"enterprise_id": enterprise["id"], "description": ("储罐区" if i % 3 else "电焊") + f"隐患{i}",
                            "severity": "major" if i % 5 == 0 else "general"})
    page = HazardsPage(col)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: "未整改 30" in page.summary.text(), timeout=LONG)

    results = {}
    release = __import__("threading").Event()
    real_summary = page.ledger.summary

    def slow_summary(flt, today=None):   # the first text's counts are held back until the second is typed
        if flt.text == "储罐":
            release.wait(10)
        results[flt.text] = real_summary(flt, today)
        return results[flt.text]
    page.ledger.summary = slow_summary
    shown = []
    show = page._show_summary
    page._show_summary = lambda s: (shown.append(s["total"]), show(s))
    page.text.setText("储罐")
    page.apply()
    assert page.model.rowCount() == 20 and "正在统计" in page.summary.text()   # rows before the counts
    page.text.setText("电焊")
    page.apply()
    assert page.model.rowCount() == 10
    release.set()
    qtbot.waitUntil(lambda: "电焊" in results and "储罐" in results, timeout=LONG)
    qtbot.waitUntil(lambda: "正在统计" not in page.summary.text(), timeout=LONG)
    workers_done = page.summary.text()
    assert workers_done.startswith("共 10 条：未整改 10") and "重大 2" in workers_done    # 电焊 (储罐 has 重大 4)
    assert results["电焊"] == Ledger(col).summary(LedgerFilter(text="电焊"))
    assert shown == [10]      # 储罐's counts (20) arrived first and were dropped
    assert not real_threads


def test_finish_proposes_the_answers_still_queued_on_the_worker(qtbot, col, enterprise, window, real_threads):
    """An answer typed just before 完成检查 may still wait on the database worker: the hazards proposed at
    finishing include it (they were read at once on the GUI thread, and a failed item proposed nothing)."""
    import threading

    from inspector_app.ui.workers import db_op
    page = window.show_page("inspection")
    page.new_visit()
    page.enterprise.setCurrentIndex(page.enterprise.findData(enterprise["id"]))
    page.start()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1 and bool(page.items), timeout=LONG)
    item = page.items[page.pos][1]
    release = threading.Event()
    db_op(lambda: release.wait(10))           # the worker is busy with something else
    page.set_result("fails")                  # queued behind it
    reviewed = {}

    def look():
        dlg = QApplication.activeModalWidget()
        if dlg is not None and type(dlg).__name__ == "HazardReviewDialog" and "rows" not in reviewed:
            reviewed["rows"] = [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())]
            dlg.reject()

    from PySide6.QtCore import QTimer
    watcher = QTimer()
    watcher.timeout.connect(look)
    watcher.start(50)
    page.finish()
    release.set()
    qtbot.waitUntil(lambda: "rows" in reviewed, timeout=LONG)
    watcher.stop()
    assert len(reviewed["rows"]) == 1, reviewed
    finding = getattr(item, "finding_zh", "") or item.question_zh
    assert finding.rstrip("。")[:6] in reviewed["rows"][0]
    assert not real_threads
