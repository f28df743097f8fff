"""GUI test fixtures: offscreen, work runs immediately on the calling thread (Picard's fake pool),
error dialogs are recorded instead of shown."""

from __future__ import annotations

import pytest

from inspector_app.ui import workers


@pytest.fixture(autouse=True)
def immediate_workers(monkeypatch):
    workers.set_immediate(True)
    shown: list[BaseException] = []
    monkeypatch.setattr("inspector_app.ui.errors.show_error", lambda exc, parent=None: shown.append(exc))
    yield shown
    workers.set_immediate(False)


@pytest.fixture
def checklists(col):
    """The API-shaped fake (tests/ui/fakes.py) with a known three-item confined-space checklist, so
    the flow tests do not depend on the shipped checklist content; it replaces col.checklists."""
    from tests.ui.fakes import FakeChecklists
    col.checklists = FakeChecklists(col)
    return col.checklists


@pytest.fixture
def window(qtbot, col, checklists):
    from inspector_app.ui.main_window import MainWindow
    win = MainWindow(col)
    win.show()
    yield win
    close_window(win)


def close_window(win):
    """Destroy a window (and its pending timers) before its collection closes."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import isValid
    if isValid(win):
        win.close()
        win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
