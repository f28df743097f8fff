"""Navigation and menu icons: outlines rendered once to resources/icons/nav/*.png (build/make_nav_icons.py)
and tinted with the palette's text colours here, so they read in light and dark themes alike (no
hard-coded colours) without loading QtSvg at start-up."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPalette, QPixmap


def _tinted(image: QImage, color) -> QPixmap:
    out = QImage(image.size(), QImage.Format_ARGB32_Premultiplied)
    out.fill(Qt.transparent)
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.setCompositionMode(QPainter.CompositionMode_SourceIn)
    painter.fillRect(out.rect(), color)
    painter.end()
    pm = QPixmap.fromImage(out)
    pm.setDevicePixelRatio(2)      # 48-pixel art shown at 24 logical pixels: sharp on high-DPI screens
    return pm


@lru_cache(maxsize=32)
def _icon(key: str, normal: str, selected: str, disabled: str) -> QIcon:
    from inspector_app.core.resources import resource_path
    image = QImage(str(resource_path("icons", "nav", f"{key}.png")))
    if image.isNull():
        return QIcon()
    result = QIcon()
    for mode, color in ((QIcon.Normal, normal), (QIcon.Selected, selected), (QIcon.Disabled, disabled)):
        result.addPixmap(_tinted(image, color), mode)
    return result


def icon(key: str, palette: QPalette | None = None) -> QIcon:
    """The icon for a page key (an empty icon for an unknown key), in the palette's colours: window text,
    and highlighted text for the selected navigation entry."""
    from PySide6.QtWidgets import QApplication
    pal = palette or QApplication.palette()
    return _icon(key, pal.color(QPalette.WindowText).name(), pal.color(QPalette.HighlightedText).name(),
                 pal.color(QPalette.PlaceholderText).name())


def mark(key: str, color) -> QIcon:
    """The icon of `key` in one colour (a table cell's mark, e.g. the overdue sign in theme.color("error"))."""
    name = color.name() if hasattr(color, "name") else str(color)
    return _icon(key, name, name, name)
