"""The main window: pages are built when first shown (start-up time); navigation still reaches each."""

from __future__ import annotations


def test_pages_are_built_on_first_show(qtbot, col):
    from inspector_app.ui.main_window import PAGES, MainWindow
    from inspector_app.ui.pages.base import Page
    win = MainWindow(col)
    qtbot.addWidget(win)
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
