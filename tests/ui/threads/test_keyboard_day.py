"""The visit by keyboard with the real worker threads, beyond tests/ui/test_keyboard_visit.py: Ctrl+N and Tab
down the start form (its checklists, then 开始检查), every item by digit or reading, the hazard review dialog
(a deadline moved into the past is refused in place, Enter registers), the information box by Enter, then 文书
where each button keeps the focus after its work. The offscreen platform has no window manager: after a modal
dialog closes the test activates the main window again, as the desktop does."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

LONG = 30000


def key(qtbot, k, mod=Qt.NoModifier):
    focus = QApplication.focusWidget()
    assert focus is not None, "the keyboard focus is lost"
    qtbot.keyClick(focus, k, mod)


def key_later(k, mod=Qt.NoModifier):
    """For a key that opens a modal dialog: sent from the event loop, so the test goes on inside it."""
    from PySide6.QtTest import QTest
    target = QApplication.focusWidget()
    QTimer.singleShot(0, lambda: QTest.keyClick(target, k, mod))


def tab_to(qtbot, widget, limit=12) -> int:
    for n in range(limit):
        if QApplication.focusWidget() is widget:
            return n
        key(qtbot, Qt.Key_Tab)
    raise AssertionError(f"{widget.text()} not reached by Tab")


def inside(rule) -> str:
    """A value within a reading's own limits (the stricter conditional limits start beyond them)."""
    if rule.min is not None and rule.max is not None:
        return f"{(rule.min + rule.max) / 2:g}"
    if rule.max is not None:
        return f"{rule.max / 2:g}"
    return f"{(rule.min or 0) + 1:g}"


def reactivate(qtbot, win):
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=LONG)


def test_visit_to_notice_draft_by_keyboard(qtbot, col, enterprise, window, real_threads):
    shown = real_threads
    reactivate(qtbot, window)
    key(qtbot, Qt.Key_N, Qt.ControlModifier)
    page = window.pages["inspection"]
    assert QApplication.focusWidget() is page.enterprise
    qtbot.waitUntil(lambda: page.check_boxes and all(cb.isVisible() for cb in page.check_boxes), timeout=LONG)
    for _ in range(len(page.check_boxes) + 6):      # down the form: only the 3-item test checklist stays ticked
        key(qtbot, Qt.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is page.start_btn:
            break
        if focus in page.check_boxes and focus.isChecked() != (
                focus.property("checklist").checklist_id == "confined_space"):
            key(qtbot, Qt.Key_Space)
    assert QApplication.focusWidget() is page.start_btn
    key(qtbot, Qt.Key_Space)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=LONG)
    fails = 0
    for _ in range(100):
        if page.finish_bar.isVisible():
            break
        if page.reading_edits:
            rules = {rd.key: rd for rd in page.items[page.pos][1].readings}
            for _position, reading in list(page.reading_edits):
                focus = QApplication.focusWidget()
                assert focus is not None, "the keyboard focus is lost"
                qtbot.keyClicks(focus, inside(rules[reading]))
                key(qtbot, Qt.Key_Return)
        elif fails == 0:
            key(qtbot, Qt.Key_2)
            assert QApplication.focusWidget() is page.note
            qtbot.keyClicks(page.note, "No sign at entry")
            key(qtbot, Qt.Key_Return, Qt.ControlModifier)
            fails += 1
        else:
            key(qtbot, Qt.Key_1)
    assert page.finish_bar.isVisible() and QApplication.focusWidget() is page.finish_now
    insp = page.inspection_id
    review = {}

    def in_review(dlg):
        review["rows"] = [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())]
        for _ in range(8):
            if type(QApplication.focusWidget()).__name__ == "DateEdit":
                break
            key(qtbot, Qt.Key_Tab)
        edit = QApplication.focusWidget()
        key(qtbot, Qt.Key_Down)                     # the year section: a year ago
        review["refused"] = dlg.error.text()
        key(qtbot, Qt.Key_Up)
        review["cleared"] = dlg.error.text()
        review["deadline"] = edit.date().toString("yyyy-MM-dd")
        key_later(Qt.Key_Return)                    # 登记隐患 (the default button)

    boxes = []

    def answer_box():                               # the review, then the information box closed by Enter
        box = QApplication.activeModalWidget()
        if (type(box).__name__ == "HazardReviewDialog" and box.isVisible() and "rows" not in review
                and QApplication.activeWindow() is box):   # the keys go to the dialog once it is active
            in_review(box)
        elif type(box).__name__ == "QMessageBox" and box.isVisible() and not boxes:
            boxes.append(box.text())
            key_later(Qt.Key_Return)

    watcher = QTimer()
    watcher.timeout.connect(answer_box)
    watcher.start(100)
    key_later(Qt.Key_Return)                        # finish: the review dialog opens
    qtbot.waitUntil(lambda: bool(boxes) and QApplication.activeModalWidget() is None, timeout=LONG)
    watcher.stop()
    assert len(review["rows"]) == 1 and "不能早于今天" in review["refused"] and review["cleared"] == ""
    assert "已登记 1 条隐患" in boxes[0]
    assert col.inspections.get(insp)["status"] == "completed"
    hazard = col.hazards.get(col.hazards.ids_for_inspection(insp)[0])
    assert hazard["deadline"] == review["deadline"]
    docs = window.pages["documents"]
    assert window.stack.currentWidget() is docs and docs.inspection.currentData() == insp
    reactivate(qtbot, window)
    assert tab_to(qtbot, docs.buttons["draft_notice"]) <= 8
    key(qtbot, Qt.Key_Space)
    qtbot.waitUntil(lambda: docs.doc_id is not None and docs.buttons["deadline"].isEnabled(), timeout=LONG)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is docs.buttons["draft_notice"], timeout=LONG)
    key(qtbot, Qt.Key_Tab)
    assert QApplication.focusWidget() is docs.buttons["deadline"]
    assert not shown, shown
