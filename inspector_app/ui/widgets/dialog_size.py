"""Dialog sizes that fit the screen they open on (a 1366×768 laptop leaves about 1350×700 under the title bar
and the taskbar)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = (16, 60)   # window frame and title bar, taskbar


def room(widget: QWidget | None = None) -> tuple[int, int]:
    """Width and height a window's contents may take on `widget`'s screen (else the primary screen)."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    avail = screen.availableGeometry()
    return avail.width() - FRAME[0], avail.height() - FRAME[1]


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to width × height, or less where the screen is smaller."""
    w, h = room(widget)
    widget.resize(min(width, w), min(height, h))


def open_size(widget: QWidget, width: int, height: int) -> None:
    """Resize a dialog whose layout is built to width × height, but never smaller than its content asks for
    (its layout's size hint, height for that width: longer English labels, a tall tab page), within the screen."""
    lay = widget.layout()
    if lay is not None:
        lay.activate()
        hint = lay.totalSizeHint()
        width = max(width, hint.width())
        height = max(height, lay.totalHeightForWidth(width) if lay.hasHeightForWidth() else hint.height())
    resize_within_screen(widget, width, height)
