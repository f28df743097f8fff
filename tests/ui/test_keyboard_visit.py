"""The whole visit without the mouse (QTest key clicks to the focused widget): readings judged as typed,
digits answer and go on, 2 opens the note, Enter keeps it and goes on, a finish bar after the last item,
Esc back to the list; the answer buttons stay in place from item to item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_inspection_flow import start_visit


def keys(qtbot, *seq):
    for k in seq:
        qtbot.keyClick(QApplication.focusWidget(), k)


def test_keyboard_only_visit(qtbot, col, enterprise, window, monkeypatch):
    page = start_visit(window, enterprise, qtbot)
    insp = page.inspection_id
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.reading_edits[("", "o2")], timeout=3000)
    button_y = page.result_buttons["complies"].mapTo(page, page.result_buttons["complies"].rect().topLeft()).y()

    # Item 1, a reading: the cursor is in it; the value is judged as typed, before Enter.
    qtbot.keyClicks(QApplication.focusWidget(), "18.2")
    assert page.reading_edits[("", "o2")].property("judged") == "bad"
    assert page.reading_grid.marks[("", "o2")].text() == "✗" and "不符合" in page.verdict.text()
    assert "✗ 氧气浓度 18.2 %VOL（要求 ≥19.5 ≤23.5 %VOL）" in page.reading_grid.summary.text()
    keys(qtbot, Qt.Key_Return)                                   # saved, next item
    ans = {a["item_id"]: a for a in col.inspections.answers(insp)}
    assert ans["cs01"]["result"] == "fails" and ans["cs01"]["readings"] == {"o2": 18.2}
    assert page.pos == 1

    # Item 2: 2 = 不符合 and the cursor goes to the note; Shift+Enter is a new line, Enter goes on.
    keys(qtbot, Qt.Key_2)
    assert QApplication.focusWidget() is page.note
    qtbot.keyClicks(page.note, "No sign at entry")            # QTest types Latin-1 only (Chinese comes via the IME)
    qtbot.keyClick(page.note, Qt.Key_Return, Qt.ShiftModifier)
    qtbot.keyClicks(page.note, "photo 3")
    keys(qtbot, Qt.Key_Return)
    assert page.pos == 2
    ans = {a["item_id"]: a for a in col.inspections.answers(insp)}
    assert ans["cs02"]["result"] == "fails" and ans["cs02"]["note"] == "No sign at entry\nphoto 3"

    # The answer buttons did not move between a reading item and a plain one.
    assert page.result_buttons["complies"].mapTo(page, page.result_buttons["complies"].rect().topLeft()).y() == button_y

    # Item 3, the last: 1 answers; every item is answered, so the finish bar asks.
    keys(qtbot, Qt.Key_1)
    assert page.finish_bar.isVisible() and "3" in page.finish_text.text()
    keys(qtbot, Qt.Key_Escape)                                   # stay and change something
    assert not page.finish_bar.isVisible() and page.stack.currentIndex() == 1
    keys(qtbot, Qt.Key_Up, Qt.Key_3)                             # item 2 becomes 不适用, then on to item 3
    assert {a["item_id"]: a for a in col.inspections.answers(insp)}["cs02"]["result"] == "not_applicable"
    assert page.pos == 2
    keys(qtbot, Qt.Key_Return)                                   # past the last item: the bar again
    assert page.finish_bar.isVisible()

    from inspector_app.ui.dialogs import hazard_review
    from PySide6.QtWidgets import QMessageBox
    reviewed = []

    def review(dlg):
        reviewed.append(dlg.table.rowCount())
        dlg.create()
        return dlg.result()
    monkeypatch.setattr(hazard_review.HazardReviewDialog, "exec", review)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    keys(qtbot, Qt.Key_Return)                                   # finish
    assert reviewed == [1] and col.inspections.get(insp)["status"] == "completed"


def test_escape_returns_to_the_list_and_keeps_the_visit(qtbot, col, enterprise, window):
    page = start_visit(window, enterprise, qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.reading_edits[("", "o2")], timeout=3000)
    keys(qtbot, Qt.Key_Escape)                                   # out of the reading field
    assert QApplication.focusWidget() is page.item_list and page.stack.currentIndex() == 1
    keys(qtbot, Qt.Key_Escape)                                   # back to the list
    assert page.stack.currentIndex() == 0 and page.resume_list.count() == 1


def test_long_enterprise_name_keeps_the_answer_buttons_on_screen(qtbot, col, checklists, window):
    from inspector_app.core import uscc
    name = "示例市" + "宏达精细化工新材料科技研发制造及进出口贸易" * 4 + "有限公司"
    assert len(name) >= 89
    eid = col.enterprises.add({"township_id": col.profile.get()["township_id"], "name": name,
                               "uscc": uscc.make("91370882MA3C4E5F7"), "risk_tags": ["涉有限空间"]}).id
    window.resize(1280, 720)
    start_visit(window, col.enterprises.get(eid), qtbot)
    page = window.pages["inspection"]
    qtbot.wait(50)
    assert window.width() <= 1366
    for b in page.result_buttons.values():
        right = b.mapTo(window, b.rect().topRight()).x()
        assert 0 < right <= window.width(), "answer button off-screen"
    assert page.title_label.toolTip() == "检查：" + name


def test_abandon_an_inspection_started_by_mistake(qtbot, col, enterprise, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox
    page = start_visit(window, enterprise, qtbot)
    insp = page.inspection_id
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("选错了企业", True)))
    page.abandon()
    assert col.inspections.get(insp)["status"] == "cancelled" and page.stack.currentIndex() == 0
    assert page.resume_list.count() == 0
    entry = col.db.execute("SELECT action, detail FROM audit_log WHERE row_id=? ORDER BY seq DESC LIMIT 1",
                           [insp]).fetchone()
    assert entry[0] == "inspection.abandon" and "选错了企业" in entry[1]
    # One with a hazard cannot be abandoned: said, nothing changed.
    other = col.inspections.start(enterprise["id"]).id
    col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": other, "description": "灭火器过期"})
    page.open_inspection(other)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text)))
    page.abandon()
    assert "隐患" in warned[0] and col.inspections.get(other)["status"] == "in_progress"
