"""Writes queued on the database worker come before what the user does next. Each test holds the worker with
something else (as a running sync does), makes a change that queues behind it, does the next action at once,
then lets the worker go: the action must see the change, or land after it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QInputDialog

from inspector_app.ui import workers

LONG = 30000


@pytest.fixture
def held(qtbot):
    """Hold the database worker until the test releases it (always released at the end)."""
    release = threading.Event()

    def hold() -> threading.Event:
        workers.db_op(lambda: release.wait(10))
        return release

    yield hold
    release.set()


def idle(qtbot) -> None:
    qtbot.waitUntil(lambda: workers.in_flight() == 0, timeout=LONG)


def visit(qtbot, window, enterprise):
    page = window.show_page("inspection")
    page.new_visit()
    page.enterprise.setCurrentIndex(page.enterprise.findData(enterprise["id"]))
    page.start()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1 and bool(page.items), timeout=LONG)
    idle(qtbot)
    return page


def test_abandon_lands_after_the_answers_still_queued(qtbot, col, enterprise, window, held, real_threads,
                                                      monkeypatch):
    """放弃本次检查 right after answering: the answer and its note are kept with the abandoned inspection (it
    was abandoned at once on the GUI thread, then refused them as read-only: an error and the answer lost)."""
    page = visit(qtbot, window, enterprise)
    iid, (_cl, item) = page.inspection_id, page.items[page.pos]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("选错了检查表", True)))
    release = held()
    page.set_result("fails")
    page.note.setPlainText("盖板缺失")        # the 400 ms note timer is still running
    page.abandon()
    release.set()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0, timeout=LONG)
    idle(qtbot)
    assert not real_threads, real_threads
    assert col.inspections.get(iid)["status"] == "cancelled"
    answer = next(a for a in col.inspections.answers(iid) if a["item_id"] == item.id)
    assert answer["result"] == "fails" and answer["note"] == "盖板缺失"


def test_resumed_inspection_shows_the_answers_still_queued(qtbot, col, enterprise, window, held, real_threads):
    """Leave an inspection and resume it at once: the answers just given are shown and it resumes after them
    (the answers were read at once on the GUI thread: the last one showed as unanswered)."""
    page = visit(qtbot, window, enterprise)
    iid = page.inspection_id
    release = held()
    page.set_result("complies")
    page.leave()
    page.open_inspection(iid)
    release.set()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1 and page.inspection_id == iid, timeout=LONG)
    idle(qtbot)
    cl, item = page.items[0]
    assert (page.answers.get((cl.content_hash, item.id)) or {}).get("result") == "complies"
    assert page.item_list.item(0).text().startswith("✓") and page.pos == 1
    assert not real_threads, real_threads


def test_hazard_reopened_shows_the_event_still_queued(qtbot, col, enterprise, window, held, real_threads):
    """Record a rectification report, close 隐患处理 and reopen it at once: the report is in its history and
    the hazard awaits re-inspection (the new dialog read the hazard at once, before the event was written)."""
    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    insp = col.inspections.start(enterprise["id"]).id
    hid = col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "place": "仓库",
                              "description": "灭火器过期", "deadline": "2030-01-15"}).id
    first = HazardActionsDialog(col, hid, window)
    idle(qtbot)
    first.report_measures.setPlainText("已更换灭火器")
    release = held()
    first.submit_report()
    first.reject()
    again = HazardActionsDialog(col, hid, window)
    release.set()
    idle(qtbot)
    history = [again.history.item(r).text() for r in range(again.history.count())]
    assert any("企业报告整改完成" in line for line in history), history
    assert again.hazard["state"] == "awaiting_reinspection" and "待复查" in again.info.text()
    assert not real_threads, real_threads


def test_onsite_measures_decision_is_drafted_on_the_worker(qtbot, col, enterprise, window, real_threads):
    """起草现场处理措施决定书 drafts once, on the database worker, with no error (it was written on the GUI thread
    and its result then run as the work: a TypeError shown after every draft)."""
    insp = col.inspections.start(enterprise["id"]).id
    stop = col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "place": "污水池",
                               "description": "有限空间作业未检测", "handling": "suspend",
                               "deadline": "2030-01-15"}).id
    col.inspections.complete(insp)
    prof = col.profile.get()
    col.profile.init(role="inspector", name=prof["inspector_name"], cert_no=prof["cert_no"], unit=prof["unit_name"],
                     township="城关街道", unit_short=prof["unit_short"], unit_kind="enforcement")
    page = window.show_page("documents")
    page.select_inspection(insp)
    page.action("draft_decision")
    idle(qtbot)
    assert not real_threads, real_threads
    docs = [d for d in col.documents.for_inspection(insp) if d["doc_type"] == "onsite_measures_decision"]
    assert len(docs) == 1 and col.documents.get(docs[0]["id"])["content"]["hazard_ids"] == [stop]
    assert page.doc_id == docs[0]["id"]


def test_finish_waits_for_the_photo_still_being_imported(qtbot, col, enterprise, window, real_threads, tmp_path,
                                                         monkeypatch):
    """A photo dropped just before 完成检查 is attached before the inspection is completed (its import, on the
    global pool, ended after the completion: its answer was refused as read-only, the photo lost with an error)."""
    from PIL import Image
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    page = visit(qtbot, window, enterprise)
    iid, (_cl, item) = page.inspection_id, page.items[page.pos]
    photo = tmp_path / "现场.jpg"
    Image.new("RGB", (64, 48), (200, 80, 40)).save(photo)
    completed = threading.Event()
    attachments_cls = type(col.attachments)
    original = attachments_cls.import_photo

    def slow_import(self, source, original_name=""):
        completed.wait(3)          # the import outlasts the review unless finishing waits for it
        return original(self, source, original_name)

    monkeypatch.setattr(attachments_cls, "import_photo", slow_import)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: completed.set()))

    def review():
        dlg = QApplication.activeModalWidget()
        if type(dlg).__name__ == "HazardReviewDialog" and dlg.isVisible() and not getattr(dlg, "_creating", False):
            dlg.create()

    watcher = QTimer()
    watcher.timeout.connect(review)
    watcher.start(50)
    page.set_result("fails")
    page.add_photos([str(photo)])
    page.finish()
    qtbot.waitUntil(completed.is_set, timeout=LONG)
    watcher.stop()
    idle(qtbot)
    assert not real_threads, real_threads
    assert col.inspections.get(iid)["status"] == "completed"
    answer = next(a for a in col.inspections.answers(iid) if a["item_id"] == item.id)
    assert answer["result"] == "fails" and len(answer["photos"]) == 1
    assert len(col.hazards.ids_for_inspection(iid)) == 1


def test_closing_waits_for_every_queued_write(qtbot, col, enterprise, real_threads):
    """The app closes while a long sync holds the database worker: the edit queued behind it is written before
    the collection closes (the wait gave up after 10 s and closed the database under it: the edit was lost)."""
    from inspector_app.core.collection import Collection
    from inspector_app.ui.app import shutdown
    own = Collection(col.data_dir)          # the app's collection, closed by its shutdown
    eid = enterprise["id"]
    release = threading.Event()
    threading.Timer(10.5, release.set).start()
    workers.db_op(lambda: release.wait(30))
    workers.db_op(lambda: own.enterprises.update(eid, {"address": "城关街道新港路9号"}))
    shutdown(own)
    idle(qtbot)                             # a write refused by the closed database is reported meanwhile
    assert not real_threads, real_threads
    assert col.enterprises.get(eid)["address"] == "城关街道新港路9号"
