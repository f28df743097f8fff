"""The main window: pages are built when first shown (start-up time); navigation still reaches each;
menus with shortcuts; geometry and table headers restored; palette colours."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHeaderView  # noqa: F401

from tests.ui.conftest import close_window


@pytest.fixture
def windows(col):
    """Make main windows; every one is closed before the collection, even when a test fails."""
    made = []

    def make():
        from inspector_app.ui.main_window import MainWindow
        made.append(MainWindow(col))
        return made[-1]
    yield make
    for w in made:
        close_window(w)


def test_pages_are_built_on_first_show(qtbot, col, windows):
    from inspector_app.ui.main_window import PAGES
    from inspector_app.ui.pages.base import Page
    win = windows()
    win.show()
    assert list(win.pages) == ["today"]                       # only the page on screen
    assert win.stack.count() == len(PAGES)
    win.nav.setCurrentRow(3)                                   # 隐患台账 by the navigation list
    ledger = win.stack.currentWidget()
    assert isinstance(ledger, Page) and ledger.key == "hazards" and win.pages["hazards"] is ledger
    docs = win.show_page("documents")                          # by code, as pages link to each other
    assert win.stack.currentWidget() is docs and win.nav.currentRow() == win.stack.indexOf(docs)
    assert win.show_page("hazards") is ledger                  # built once
    assert win.stack.count() == len(PAGES)
    close_window(win)


def test_window_fits_a_small_screen_and_restores_its_state(qtbot, col, windows):
    win = windows()
    win.show()
    avail = win.screen().availableGeometry()                  # the offscreen test screen is small
    assert win.height() <= min(760, avail.height())
    assert win.width() <= max(min(1280, avail.width()), win.minimumSizeHint().width())
    win.resize(700, 500)
    ledger = win.show_page("hazards")
    header = ledger.view.horizontalHeader()
    header.resizeSection(3, 333)
    win.close()                                              # saves geometry, splitters and headers
    close_window(win)
    again = windows()
    again.show()
    assert again.height() == 500                             # (the test screen is too narrow to test the width)
    assert again.show_page("hazards").view.horizontalHeader().sectionSize(3) == 333
    close_window(again)


def test_a_state_saved_for_older_columns_is_not_restored(qtbot, col, windows):
    """The ledger's columns changed (state_version 2): widths saved by the previous version, with the
    逾期 column shown, would push the ledger off a 1366-pixel screen; they are left unused."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItemModel
    from inspector_app.ui import preferences as prefs
    from inspector_app.ui.pages.hazards_ledger import OVERDUE
    old = QHeaderView(Qt.Orientation.Horizontal)
    model = QStandardItemModel(0, 11)
    old.setModel(model)
    for i in range(11):
        old.resizeSection(i, 333)
    prefs.preferences().setValue("window/zh_CN/hazards/header0", old.saveState())   # as the last version saved
    win = windows()
    win.show()
    header = win.show_page("hazards").view.horizontalHeader()
    assert header.sectionSize(3) != 333 and header.isSectionHidden(OVERDUE)
    header.resizeSection(3, 222)
    win.close()
    close_window(win)
    again = windows()
    again.show()
    assert again.show_page("hazards").view.horizontalHeader().sectionSize(3) == 222   # its own state still kept
    close_window(again)


def test_menu_bar_offers_the_actions_with_shortcuts(qtbot, col, windows):
    win = windows()
    win.show()
    actions = {a.text(): a for m in win.menuBar().actions() for a in m.menu().actions() if a.text()}
    assert actions["新建检查"].shortcut().toString() == "Ctrl+N"
    assert actions["同步…"].shortcut().toString() == "F5"
    assert win.go_actions[3].shortcut().toString() == "Alt+4"
    actions["新建检查"].trigger()
    assert win.stack.currentWidget() is win.pages["inspection"]
    win.go_actions[3].trigger()
    assert win.stack.currentWidget() is win.pages["hazards"]
    assert all(not win.nav.item(i).icon().isNull() for i in range(win.nav.count()))
    close_window(win)


def test_navigation_reads_under_a_dark_palette(qtbot, col, windows):
    """Colours come from the palette: under a dark palette the navigation text is light on dark."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    old = app.palette()
    dark = QPalette()
    for role, color in ((QPalette.Window, "#202124"), (QPalette.WindowText, "#e8eaed"), (QPalette.Base, "#17181a"),
                        (QPalette.AlternateBase, "#2a2b2e"), (QPalette.Text, "#e8eaed"),
                        (QPalette.Highlight, "#3a6fd8"), (QPalette.HighlightedText, "#ffffff")):
        dark.setColor(role, QColor(color))
    app.setPalette(dark)
    try:
        win = windows()
        win.show()
        img = win.nav.grab().toImage()
        bg = img.pixelColor(img.width() - 3, img.height() - 3)
        assert bg.lightness() < 80, "navigation background follows the dark palette"
        close_window(win)
    finally:
        app.setPalette(old)
