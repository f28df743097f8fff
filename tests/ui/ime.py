"""Text typed through an input method (拼音), as an IME delivers it: QInputMethodEvents with a preedit string
growing as the syllables are typed (shown underlined in the field, not yet its text), then one event that
commits the chosen characters and clears the preedit. Sent with QCoreApplication.sendEvent to the widget that
has the focus, as Qt does with the platform's input context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is lost"
    return widget


def preedit(text: str, widget=None) -> None:
    """One preedit step: `text` is being composed (cursor at its end)."""
    cursor = QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.Cursor, len(text), 1, 0)
    QCoreApplication.sendEvent(widget or focused(), QInputMethodEvent(text, [cursor]))


def commit(text: str, widget=None) -> None:
    """The chosen characters go into the field; the preedit is cleared."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget or focused(), event)


def compose(pinyin: str, text: str, widget=None, check=None) -> None:
    """Type `pinyin` letter by letter as preedit, then commit `text`; `check()` runs while the preedit is
    complete (before the commit), for a test to look at the field in that state."""
    for n in range(1, len(pinyin) + 1):
        preedit(pinyin[:n], widget)
    if check is not None:
        check()
    commit(text, widget)
