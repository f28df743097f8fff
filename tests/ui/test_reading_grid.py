"""The readings grid for an item that asks for 上/中/下部位: a row per position, a column per gas, each value judged
as it is typed and each out-of-limit value marked and named; Enter, Tab and the arrow keys move field by field;
stored per position; fits a 1366×768 window in Chinese and English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import DATA

POSITIONS = ("upper", "middle", "lower")


def start_gas_visit(window, col, enterprise, qtbot):
    col.checklists.install(DATA / "ui_gas_positions.toml")
    page = window.show_page("inspection")
    page.choose_enterprise(enterprise["id"])
    for cb in page.check_boxes:
        cb.setChecked(cb.property("checklist").checklist_id == "gas_positions")
    page.inspector2.setText("王芳")
    qtbot.mouseClick(page.start_btn, Qt.LeftButton)
    assert page.stack.currentIndex() == 1 and page.items[0][1].id == "gp01"
    return page


def _answer(col, page, item_id):
    return {a["item_id"]: a for a in col.inspections.answers(page.inspection_id)}.get(item_id) or {}


def test_grid_has_a_row_per_position_and_a_column_per_gas(qtbot, col, enterprise, window):
    page = start_gas_visit(window, col, enterprise, qtbot)
    assert list(page.reading_edits) == [(p, g) for p in POSITIONS for g in ("o2", "h2s")]
    grid = page.reading_grid.grid_host.layout()
    labels = {grid.itemAtPosition(r, 0).widget().text() for r in range(1, 4)}
    assert labels == {"上部", "中部", "下部"}


def test_values_judged_as_typed_by_keyboard_and_stored_per_position(qtbot, col, enterprise, window):
    page = start_gas_visit(window, col, enterprise, qtbot)
    window.activateWindow()
    edits = page.reading_edits
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edits[("upper", "o2")], timeout=3000)

    def type_(text):
        qtbot.keyClicks(QApplication.focusWidget(), text)

    type_("20.9")
    assert edits[("upper", "o2")].property("judged") == "ok" and page.reading_grid.marks[("upper", "o2")].text() == "✓"
    assert page.verdict.text() == ""                                 # one value of six: no verdict yet
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)        # Enter: the next gas at the same height
    assert QApplication.focusWidget() is edits[("upper", "h2s")]
    type_("0")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)           # Tab: the same order
    assert QApplication.focusWidget() is edits[("middle", "o2")]
    type_("20.5")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Down)          # Down: the same gas one height lower
    assert QApplication.focusWidget() is edits[("lower", "o2")]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Up)
    assert QApplication.focusWidget() is edits[("middle", "o2")]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    type_("1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    type_("20.8")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert QApplication.focusWidget() is edits[("lower", "h2s")]
    type_("15")                                                      # judged before Enter: marked and named
    assert edits[("lower", "h2s")].property("judged") == "bad"
    assert page.reading_grid.marks[("lower", "h2s")].text() == "✗"
    assert all(e.property("judged") == "ok" for k, e in edits.items() if k != ("lower", "h2s"))
    assert "不符合" in page.verdict.text() and "✗ 下部 硫化氢 15 ppm（要求 ≤7 ppm）" in page.verdict.text()
    assert "上部" not in page.verdict.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)        # the last field: saved, next item
    assert page.pos == 1
    ans = _answer(col, page, "gp01")
    assert ans["readings"] == {"upper": {"o2": 20.9, "h2s": 0}, "middle": {"o2": 20.5, "h2s": 1},
                               "lower": {"o2": 20.8, "h2s": 15}}
    assert ans["result"] == "fails"
    (prop,) = [p for p in col.checklists.propose_hazards(page.inspection_id) if p["item_id"] == "gp01"]
    assert "下部 硫化氢 15 ppm（要求 ≤7 ppm）" in prop["description"]
    # Back to the item: the grid shows what is stored, each cell judged again.
    page.go(0)
    assert edits is not page.reading_edits and page.reading_edits[("middle", "o2")].text() == "20.5"
    assert page.reading_edits[("lower", "h2s")].property("judged") == "bad"


def test_moving_on_into_a_reading_item_puts_the_cursor_in_its_first_field(qtbot, col, enterprise, window):
    page = start_gas_visit(window, col, enterprise, qtbot)
    window.activateWindow()
    page.go(1)
    qtbot.keyClick(page.stack.currentWidget(), Qt.Key_1)             # the last item; the first is unanswered
    assert page.pos == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.reading_edits[("upper", "o2")], timeout=3000)
    qtbot.wait(50)                                                   # and it stays there
    assert QApplication.focusWidget() is page.reading_edits[("upper", "o2")]


def test_every_position_within_limits_complies_and_a_missing_one_decides_nothing(qtbot, col, enterprise, window):
    page = start_gas_visit(window, col, enterprise, qtbot)
    edits = page.reading_edits
    for p in ("upper", "middle"):
        edits[(p, "o2")].setText("20.9")
        edits[(p, "h2s")].setText("0")
    page._readings_changed()
    assert page.verdict.text() == "" and not _answer(col, page, "gp01").get("result")
    edits[("lower", "o2")].setText("21")
    edits[("lower", "h2s")].setText("2")
    edits[("lower", "h2s")].editingFinished.emit()
    assert "符合" in page.verdict.text() and _answer(col, page, "gp01")["result"] == "complies"
    edits[("middle", "o2")].setText("abc")                          # not a number: said, not saved
    page._readings_changed()
    assert "须为数字" in page.verdict.text() and edits[("middle", "o2")].property("judged") == "bad"
    assert _answer(col, page, "gp01")["readings"]["middle"]["o2"] == 20.9


def test_old_single_value_answer_shows_as_one_row(qtbot, col, enterprise, window):
    """An answer stored with one value per gas (before positions) is shown, judged and kept as it was."""
    page = start_gas_visit(window, col, enterprise, qtbot)
    cl, it, _ans = page.current()
    col.inspections.set_answer(page.inspection_id, cl.content_hash, it.id, readings={"o2": 18.0, "h2s": 1},
                               result="fails")
    page.open_inspection(page.inspection_id)
    page.go(0)
    assert list(page.reading_edits) == [("", "o2"), ("", "h2s")]
    assert page.reading_edits[("", "o2")].property("judged") == "bad" and "不符合" in page.verdict.text()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_grid_fits_1366_by_768(qtbot, col, enterprise, checklists, lang):
    from PySide6.QtCore import QLocale
    from inspector_app.core.i18n import set_language
    from inspector_app.ui.app import install_translators, remove_translators
    from inspector_app.ui.main_window import MainWindow
    from tests.ui.conftest import close_window
    app, locale = QApplication.instance(), QLocale()
    translators = install_translators(app, lang)
    try:
        win = MainWindow(col)
        win.show()
        win.resize(1366, 768)
        page = start_gas_visit(win, col, enterprise, qtbot)
        for (_p, g), e in page.reading_edits.items():
            e.setText("15" if g == "h2s" else "18")               # every value out of limits: the longest text
        page._readings_changed(save=False)
        qtbot.wait(50)
        assert win.width() <= 1366 and win.minimumSizeHint().height() <= 768 - 60   # less frame, title bar, taskbar
        for w in list(page.reading_edits.values()) + [page.verdict, page.note]:
            bottom_right = w.mapTo(win, w.rect().bottomRight())
            assert bottom_right.x() <= win.width() and bottom_right.y() <= win.height(), w
        named = "Bottom Hydrogen sulphide 15 ppm" if lang == "en" else "下部 硫化氢 15 ppm"
        assert named in page.verdict.text() and page.verdict.text().count("✗") == 6
        close_window(win)
    finally:
        remove_translators(app, translators)
        set_language("zh_CN")
        QLocale.setDefault(locale)


def test_amending_readings_of_a_completed_inspection_asks_for_the_reason(qtbot, col, enterprise, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    page = start_gas_visit(window, col, enterprise, qtbot)
    cl, it, _ans = page.current()
    ok = {"o2": 20.9, "h2s": 0}
    col.inspections.set_answer(page.inspection_id, cl.content_hash, it.id, result="complies",
                               readings={p: dict(ok) for p in POSITIONS})
    col.db.execute("UPDATE inspections SET status='completed' WHERE id=?", [page.inspection_id])
    page.open_inspection(page.inspection_id)
    page.go(0)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: asked.append(1) or ("复测下部", True)))
    page.reading_edits[("lower", "h2s")].setText("9")
    page.reading_edits[("lower", "h2s")].editingFinished.emit()
    ans = _answer(col, page, "gp01")
    assert asked == [1] and ans["amend_reason"] == "复测下部" and ans["result"] == "fails"
    assert ans["readings"]["lower"] == {"o2": 20.9, "h2s": 9} and ans["readings"]["upper"] == ok


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_limits_name_the_reading_they_depend_on_by_its_label(qtbot, col, lang, qapp):
    """The hot-work gas analysis: 'LEL of the gas ≥4 %VOL', never the key gas_lel, on the grid and in the verdict."""
    from inspector_app.core.i18n import set_language
    from inspector_app.ui.app import install_translators, remove_translators
    from PySide6.QtWidgets import QLabel
    from inspector_app.ui.widgets.reading_grid import ReadingGrid
    item = next(it for cl in col.checklists.available() for it in cl.items
                if any(r.max_when for r in it.readings))
    translators = install_translators(qapp, lang)
    try:
        grid = ReadingGrid()
        qtbot.addWidget(grid)
        grid.set_item(item, {"conc": 0.6, "gas_lel": 5})          # above even the 0.5 % allowed at LEL ≥ 4 %
        shown = " ".join([w.text() for w in grid.grid_host.findChildren(QLabel)] + [grid.summary.text()]
                         + [e.placeholderText() for e in grid.edits.values()])
        assert "gas_lel" not in shown
        assert ("LEL of the gas ≥4 %VOL" if lang == "en" else "被测气体爆炸下限 ≥4 %VOL 时") in shown
    finally:
        remove_translators(qapp, translators)
        set_language("zh_CN")
