"""Every list that opens something on double-click also opens it with Enter on the selected row (Qt's
`activated`): the 今日 lists, the unfinished inspections to resume and the hazard ledger."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _enter_on(qtbot, view, row: int = 0) -> None:
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key_Return)


def test_enter_resumes_an_inspection_from_today(qtbot, window, col, enterprise):
    insp = col.inspections.start(enterprise["id"]).id
    page = window.show_page("today")
    page.refresh()
    qtbot.waitUntil(lambda: page.in_progress.count() == 1, timeout=3000)
    window.activateWindow()
    _enter_on(qtbot, page.in_progress)
    assert window.pages["inspection"].inspection_id == insp
    assert window.stack.currentWidget() is window.pages["inspection"]


def test_enter_resumes_an_inspection_from_the_start_form(qtbot, window, col, enterprise):
    insp = col.inspections.start(enterprise["id"]).id
    page = window.show_page("inspection")
    page.new_visit()
    assert page.resume_list.count() == 1
    _enter_on(qtbot, page.resume_list)
    assert page.inspection_id == insp and page.stack.currentIndex() == 1


def test_enter_opens_a_hazard_from_the_ledger(qtbot, window, col, enterprise, monkeypatch):
    from inspector_app.ui.pages import hazard_actions
    col.hazards.create({"enterprise_id": enterprise["id"], "description": "灭火器过期"})
    opened = []
    monkeypatch.setattr(hazard_actions.HazardActionsDialog, "exec", lambda dlg: opened.append(dlg.hazard_id) or 0)
    page = window.show_page("hazards")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    _enter_on(qtbot, page.view)
    assert len(opened) == 1
    assert QApplication.activeModalWidget() is None


def test_double_click_still_resumes(qtbot, window, col, enterprise):
    insp = col.inspections.start(enterprise["id"]).id
    page = window.show_page("inspection")
    page.new_visit()
    qtbot.waitExposed(window)
    rect = page.resume_list.visualItemRect(page.resume_list.item(0))
    qtbot.mouseClick(page.resume_list.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.resume_list.viewport(), Qt.LeftButton, pos=rect.center())
    assert page.inspection_id == insp


def test_a_documents_button_keeps_the_focus_after_its_work(qtbot, col, enterprise, window, signing, monkeypatch):
    """The page disables its buttons while the database works; the focus used to fall to the preview, so
    every next action needed eight Tabs. It comes back to the button pressed (or moves on when that one is
    no longer available)."""
    from tests.ui.test_documents_page import sign_with_strokes
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="37088120002").id
    col.inspections.complete(insp)
    page = window.show_page("documents")
    page.select_inspection(insp)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    page.buttons["draft_record"].setFocus()
    qtbot.keyClick(page.buttons["draft_record"], Qt.Key_Space)
    assert page.doc_id and QApplication.focusWidget() is page.buttons["draft_record"]
    sign_with_strokes(monkeypatch)
    page.buttons["sign_inspector1"].setFocus()
    qtbot.keyClick(page.buttons["sign_inspector1"], Qt.Key_Space)
    assert QApplication.focusWidget() is page.buttons["sign_inspector1"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is page.buttons["sign_inspector2"]


def test_focus_comes_back_after_an_action_that_asks_in_a_dialog_first(qtbot, col, enterprise, window, signing,
                                                                       monkeypatch, immediate_workers):
    """设定整改期限… and 签发 ask in a dialog before the work. When the dialog closes the main window is not
    active yet (the window manager gives the activation back a moment later), so the button does not
    `hasFocus()`; it is still the window's focus widget and gets the focus back all the same."""
    from inspector_app.ui.dialogs import deadlines
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="37088120002").id
    col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "description": "灭火器过期"})
    col.inspections.complete(insp)
    page = window.show_page("documents")
    page.select_inspection(insp)
    page.action("draft_notice")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    button = page.buttons["deadline"]
    assert button.isEnabled(), page.missing.text()
    button.setFocus()
    ran = []

    def dialog_closed_window_not_yet_active(_dlg):
        QApplication.setActiveWindow(None)
        ran.append(QApplication.focusWidget())
        return 1
    monkeypatch.setattr(deadlines.DeadlinesDialog, "exec", dialog_closed_window_not_yet_active)
    qtbot.keyClick(button, Qt.Key_Space)
    assert not immediate_workers, immediate_workers
    assert ran == [None] and window.focusWidget() is button
    QApplication.setActiveWindow(window)
    assert QApplication.focusWidget() is button
