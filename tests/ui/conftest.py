"""GUI test fixtures: offscreen, work runs immediately on the calling thread (Picard's fake pool),
error dialogs are recorded instead of shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.ui import workers


@pytest.fixture(autouse=True, scope="session")
def shipped_font(qapp, tmp_path_factory):
    """Widgets measure and draw with the font the app ships, as they do in `inspector`; preferences
    (QSettings) go to a temporary folder, never the developer's own."""
    from PySide6.QtCore import QSettings
    from inspector_app.ui.app import setup_application
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings")))
    setup_application(qapp)


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    """GUI preferences (QSettings) go to the test's own folder, never the user's."""
    from PySide6.QtCore import QSettings
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture(autouse=True)
def immediate_workers(monkeypatch):
    workers.set_immediate(True)
    shown: list[BaseException] = []
    monkeypatch.setattr("inspector_app.ui.errors.show_error", lambda exc, parent=None: shown.append(exc))
    yield shown
    workers.set_immediate(False)


@pytest.fixture(autouse=True)
def session_password(monkeypatch):
    """The user's one password (signing key and sync keys) given by INSPECTOR_PASSWORD, so no dialog asks;
    tests of the password dialog delete the variable."""
    monkeypatch.setenv("INSPECTOR_PASSWORD", "secret123")


DATA = Path(__file__).parent / "data"


@pytest.fixture
def checklists(col):
    """The real checklists service with a known three-item confined-space checklist installed (as the
    district publishes one), so the flow tests do not depend on the shipped checklist content."""
    col.checklists.install(DATA / "ui_confined_space.toml")
    return col.checklists


@pytest.fixture
def signing(col):
    """A signing key (password secret123) and a serial block, so documents can be issued for real."""
    col.keys.init("secret123")
    col.keys.lock()  # as after a restart: the first issue asks for the password
    col.documents.set_serial_block(1, 50)
    return col


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
