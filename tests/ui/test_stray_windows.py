"""No widget flashes up as a window of its own while a page or dialog is built. A child widget show()n
before it has a parent is a top-level window for that moment: on a desktop it takes the activation from the
main window, and the keyboard user's cursor is gone (Tab does nothing until the window is clicked)."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


@contextmanager
def windows_shown():
    shown: list[str] = []

    class Spy(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Show and obj.isWidgetType() and obj.isWindow():
                shown.append(type(obj).__name__)
            return False

    spy = Spy()
    QApplication.instance().installEventFilter(spy)
    try:
        yield shown
    finally:
        QApplication.instance().removeEventFilter(spy)


def test_first_ctrl_n_keeps_the_main_window_active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    with windows_shown() as shown:
        window.show_page("inspection").new_visit()      # the page (and its photo strip) is built here
        qtbot.wait(50)
    assert shown == []
    assert QApplication.activeWindow() is window
    assert QApplication.focusWidget() is window.pages["inspection"].enterprise


def test_signature_dialog_with_refusal_shows_only_itself(qtbot):
    from inspector_app.ui.widgets.signature_pad import SignatureDialog
    with windows_shown() as shown:
        dlg = SignatureDialog("企业负责人", allow_refusal=True)
        qtbot.addWidget(dlg)
    assert shown == []
    dlg.show()
    assert dlg.refused.isVisible()
    plain = SignatureDialog("检查员", allow_refusal=False)
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.refused.isVisible()
