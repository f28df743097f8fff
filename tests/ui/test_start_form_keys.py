"""The start form by keyboard: Enter in the enterprise box starts the visit (as 开始检查 does, with its message
when the form is incomplete; with the completer list open Enter picks the entry), and Tab goes down the form,
the suggested checklists before 开始检查, also after the suggestions are rebuilt for another enterprise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inspector_app.core import uscc
from tests.ui import ime


def target():
    """Where a key goes: an open popup (the completer's list), else the focused widget."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    return ime.focused()


def key(qtbot, k, mod=Qt.NoModifier):
    qtbot.keyClick(target(), k, mod)


def start_form(qtbot, window):
    """Ctrl+N: the start form, cursor in the enterprise box (its suggested checklists shown)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    key(qtbot, Qt.Key_N, Qt.ControlModifier)
    page = window.pages["inspection"]
    assert QApplication.focusWidget() is page.enterprise
    qtbot.waitUntil(lambda: page.check_boxes and all(cb.isVisible() for cb in page.check_boxes), timeout=3000)
    return page


def add_enterprise(col, name, tags, code="91370882MA3C4E5G8"):
    return col.enterprises.add({"township_id": col.profile.get()["township_id"], "name": name,
                                "uscc": uscc.make(code), "risk_tags": tags}).id


def assert_tab_order(qtbot, page):
    expected = [page.inspector2, page.inspector2_cert, page.place, page.kind, page.unannounced,
                *page.check_boxes, page.start_btn]
    for n, widget in enumerate(expected):
        key(qtbot, Qt.Key_Tab)
        assert QApplication.focusWidget() is widget, (n, QApplication.focusWidget(), widget)


def test_tab_goes_down_the_form_with_the_checklists_before_start(qtbot, col, enterprise, window):
    other = add_enterprise(col, "示例市永安冷库有限公司", ["涉氨制冷"])
    page = start_form(qtbot, window)
    assert len(page.check_boxes) >= 2
    assert_tab_order(qtbot, page)

    # Another enterprise chosen in the box (↓): the suggestions are built again, and Tab still goes down.
    for _ in range(len(page.check_boxes) + 6):
        key(qtbot, Qt.Key_Tab, Qt.ShiftModifier)
        if QApplication.focusWidget() is page.enterprise:
            break
    assert QApplication.focusWidget() is page.enterprise
    before = [cb for cb in page.check_boxes]
    key(qtbot, Qt.Key_Down if page.enterprise.currentData() != other else Qt.Key_Up)
    qtbot.waitUntil(lambda: all(cb.isVisible() for cb in page.check_boxes), timeout=3000)
    assert page.check_boxes and not set(page.check_boxes) & set(before)
    assert_tab_order(qtbot, page)
    key(qtbot, Qt.Key_Tab)
    assert QApplication.focusWidget() is page.resume_list         # then the list beside the form


def test_enter_in_the_enterprise_box_starts_the_visit(qtbot, col, enterprise, window):
    page = start_form(qtbot, window)
    assert page.enterprise.currentData() == enterprise["id"]
    for cb in page.check_boxes:                                  # the visit to the 3-item test list
        cb.setChecked(cb.property("checklist").checklist_id == "confined_space")
    key(qtbot, Qt.Key_Tab)
    key(qtbot, Qt.Key_Tab)
    key(qtbot, Qt.Key_Tab)
    qtbot.keyClicks(ime.focused(), "No. 2 pool")                 # 检查场所
    for _ in range(3):
        key(qtbot, Qt.Key_Tab, Qt.ShiftModifier)
    assert QApplication.focusWidget() is page.enterprise
    key(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=3000)
    insp = col.inspections.get(page.inspection_id)
    assert insp["enterprise_id"] == enterprise["id"] and insp["place"] == "No. 2 pool"
    assert len(page.items) == 3


def test_enter_with_no_enterprise_chosen_says_so_and_starts_nothing(qtbot, col, enterprise, window):
    page = start_form(qtbot, window)
    key(qtbot, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(ime.focused(), "zzz")                        # matches no enterprise: no list opens
    assert QApplication.activePopupWidget() is None
    key(qtbot, Qt.Key_Return)
    assert page.stack.currentIndex() == 0 and page.start_error.text() == "请从列表中选择企业"
    assert not col.inspections.in_progress()
    assert QApplication.focusWidget() is page.enterprise         # the user corrects it where they are


def test_enter_in_the_completer_list_picks_the_entry_and_the_next_starts(qtbot, col, enterprise, window):
    other = add_enterprise(col, "示例市宏远机械厂", ["涉爆粉尘"])
    page = start_form(qtbot, window)
    key(qtbot, Qt.Key_A, Qt.ControlModifier)
    key(qtbot, Qt.Key_Backspace)
    ime.compose("hongyuan", "宏远")                               # the name typed in Chinese
    popup = page.enterprise.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    key(qtbot, Qt.Key_Down)                                      # the entry 示例市宏远机械厂 in the list
    key(qtbot, Qt.Key_Return)                                    # picks it: no visit yet
    assert not popup.isVisible()
    assert page.stack.currentIndex() == 0 and not col.inspections.in_progress()
    assert page.start_error.text() == ""                         # nor a message: the form was not tried
    assert page.enterprise.currentData() == other and page.enterprise.currentText() == "示例市宏远机械厂"
    assert QApplication.focusWidget() is page.enterprise
    key(qtbot, Qt.Key_Return)                                    # the form is complete: Enter starts
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=3000)
    assert col.inspections.get(page.inspection_id)["enterprise_id"] == other
