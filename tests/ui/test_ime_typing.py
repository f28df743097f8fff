"""Chinese typed through an input method, in the fields an inspector types Chinese into during a visit: the
pinyin is composed as preedit (not yet the field's text: nothing searches, saves or moves on because of it),
then the characters are committed and the field acts on them as on typed text. Events go to the focused widget
as the platform's input context sends them (tests/ui/ime.py); Enter and Tab are real key clicks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui import ime
from tests.ui.test_start_form_keys import add_enterprise, key, start_form


def expect(condition: bool) -> None:
    assert condition


def test_start_form_enterprise_second_inspector_and_place(qtbot, col, enterprise, window):
    other = add_enterprise(col, "示例市宏远机械厂", ["涉爆粉尘"])
    page = start_form(qtbot, window)
    popup = page.enterprise.completer().popup()
    key(qtbot, Qt.Key_A, Qt.ControlModifier)
    key(qtbot, Qt.Key_Backspace)

    completer = page.enterprise.completer()

    def composing():                    # the pinyin is not the box's text: the list is not filtered by it
        assert page.enterprise.lineEdit().text() == ""
        assert not any(letter in completer.completionPrefix() for letter in "hongyuan"), completer.completionPrefix()
    ime.compose("hongyuan", "宏远", check=composing)
    assert page.enterprise.lineEdit().text() == "宏远"
    qtbot.waitUntil(popup.isVisible, timeout=3000)                # the committed text is searched
    assert completer.completionPrefix() == "宏远"
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == ["示例市宏远机械厂"]
    key(qtbot, Qt.Key_Down)
    key(qtbot, Qt.Key_Return)
    assert page.enterprise.currentData() == other and page.start_error.text() == ""

    key(qtbot, Qt.Key_Tab)                                        # 第二检查员
    key(qtbot, Qt.Key_A, Qt.ControlModifier)
    key(qtbot, Qt.Key_Backspace)
    ime.compose("wangfang", "王芳", check=lambda: expect(page.inspector2.text() == ""))
    key(qtbot, Qt.Key_Tab)                                        # 证号 (digits, typed)
    qtbot.keyClicks(ime.focused(), "37088120002")
    key(qtbot, Qt.Key_Tab)                                        # 检查场所, in two words
    ime.compose("wushui", "污水")
    ime.compose("chulichi", "处理池", check=lambda: expect(page.place.text() == "污水"))
    assert page.place.text() == "污水处理池"
    key(qtbot, Qt.Key_Return)                                     # Enter in the form starts the visit
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=3000)
    insp = col.inspections.get(page.inspection_id)
    assert (insp["enterprise_id"], insp["inspector2_name"], insp["inspector2_cert"], insp["place"]) == (
        other, "王芳", "37088120002", "污水处理池")


def test_finding_note_is_saved_as_committed_and_enter_goes_on(qtbot, col, enterprise, window):
    from tests.ui.test_inspection_flow import start_visit
    page = start_visit(window, enterprise, qtbot)
    insp = page.inspection_id
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.reading_edits[("", "o2")], timeout=3000)
    qtbot.keyClicks(ime.focused(), "20.9")
    key(qtbot, Qt.Key_Return)                                     # item 2
    key(qtbot, Qt.Key_2)                                          # 不符合: the cursor in the note
    assert QApplication.focusWidget() is page.note

    def note():
        return {a["item_id"]: a for a in col.inspections.answers(insp)}["cs02"].get("note") or ""

    def composing():
        layout = page.note.textCursor().block().layout()
        assert layout.preeditAreaText() == "weishezhi"           # shown in the note, underlined...
        assert page.note.toPlainText() == ""                      # ...but not its text
        qtbot.wait(600)                                           # past the autosave delay: nothing half-typed
        assert note() == "" and page.pos == 1
    ime.compose("weishezhi", "未设置", check=composing)
    ime.compose("anquan", "安全")
    ime.compose("jingshibiaozhi", "警示标志")
    ime.commit("，3")                                             # punctuation and a digit from the IME
    assert page.note.toPlainText() == "未设置安全警示标志，3" and page.pos == 1   # a committed 3 answers nothing
    key(qtbot, Qt.Key_Return)                                     # keeps the note and goes on
    assert page.pos == 2
    answer = {a["item_id"]: a for a in col.inspections.answers(insp)}["cs02"]
    assert answer["result"] == "fails" and answer["note"] == "未设置安全警示标志，3"


def test_ledger_text_filter_searches_the_committed_text(qtbot, col, enterprise, window):
    for text in ("未设置安全警示标志", "安全带未系挂", "配电箱未接地", "护栏缺失"):
        col.hazards.create({"enterprise_id": enterprise["id"], "description": text,
                            "deadline": (dt.date.today() + dt.timedelta(days=10)).isoformat()})
    page = window.show_page("hazards")
    window.activateWindow()
    page.text.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.text, timeout=3000)
    assert page.model.rowCount() == 4

    def composing():
        assert page.text.text() == "" and page.model.filter.text == ""
    ime.compose("anquan", "安全", check=composing)
    key(qtbot, Qt.Key_Return)
    assert page.model.filter.text == "安全"
    rows = sorted(page.model.index(r, 4).data() for r in range(page.model.rowCount()))
    assert rows == ["安全带未系挂", "未设置安全警示标志"], rows
    assert "共 2 条" in page.summary.text()


def test_enterprise_search_runs_on_the_committed_text(qtbot, col, enterprise, window):
    add_enterprise(col, "示例市宏远机械厂", ["涉爆粉尘"])
    page = window.show_page("enterprises")
    window.activateWindow()
    page.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search, timeout=3000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)

    def composing():
        assert page.search.text() == "" and not page.timer.isActive()
    ime.compose("hongyuan", "宏远", check=composing)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert "宏远" in page.model.index(0, 0).data()


def test_hazard_review_description_typed_into_a_cell(qtbot, col, enterprise, window):
    """完成检查's review table: the IME opens the cell's editor on the first preedit and keeps composing in it."""
    from inspector_app.ui.dialogs.hazard_review import COLUMNS, HazardReviewDialog
    iid = col.inspections.start(enterprise["id"], place="仓库").id
    dlg = HazardReviewDialog(col, iid, [])
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.add_free()
    table, column = dlg.table, COLUMNS.index("description")
    table.setCurrentCell(0, column)
    table.setFocus()
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=3000)
    ime.compose("hulan", "护栏", check=lambda: expect(table.item(0, column).text() == ""))
    editor = QApplication.focusWidget()
    assert editor is not table and editor.text() == "护栏"
    ime.compose("queshi", "缺失")
    key(qtbot, Qt.Key_Tab)                                        # leaves the cell: the text is the item's
    assert table.item(0, column).text() == "护栏缺失"
    dlg.create()
    assert [col.hazards.get(h)["description"] for h in dlg.created_ids] == ["护栏缺失"]


def test_reinspection_opinion_typed_then_enter_records_it(qtbot, col, enterprise):
    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    hid = col.hazards.create({"enterprise_id": enterprise["id"], "description": "护栏缺失"}).id
    col.hazards.add_event(hid, "rectification_reported", data={"date": dt.date.today().isoformat()})
    dlg = HazardActionsDialog(col, hid)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.tabs.setCurrentWidget(dlg.reinspect_button.parentWidget().parentWidget())
    dlg.activateWindow()
    dlg.reinspect_note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.reinspect_note, timeout=3000)
    ime.compose("hulan", "护栏", check=lambda: expect(dlg.reinspect_note.text() == ""))
    ime.compose("yihuifu", "已恢复")
    assert dlg.reinspect_note.text() == "护栏已恢复"
    key(qtbot, Qt.Key_Return)
    assert col.hazards.get(hid)["state"] == "closed"
    assert col.hazards.events(hid)[-1]["reason"] == "护栏已恢复"


def test_a_reading_committed_in_full_width_is_a_number(qtbot, col, enterprise, window):
    """With the Chinese IME on, digits may come in full width and the decimal point as 。: the field takes
    them as the ASCII number, judged at once and saved by Enter."""
    from tests.ui.test_inspection_flow import start_visit
    page = start_visit(window, enterprise, qtbot)
    window.activateWindow()
    o2 = page.reading_edits[("", "o2")]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is o2, timeout=3000)
    assert o2.inputMethodHints() & Qt.ImhFormattedNumbersOnly      # the IME is asked for digits
    ime.commit("１８。２")
    assert o2.text() == "18.2" and o2.property("judged") == "bad"
    key(qtbot, Qt.Key_Return)
    answer = {a["item_id"]: a for a in col.inspections.answers(page.inspection_id)}["cs01"]
    assert answer["readings"] == {"o2": 18.2} and answer["result"] == "fails"


def test_ascii_number_text():
    from inspector_app.ui.widgets.reading_grid import ascii_number_text
    assert [ascii_number_text(t) for t in ("２０。９", "２０．９", "－５", "20.9", "无")] == [
        "20.9", "20.9", "-5", "20.9", "无"]
