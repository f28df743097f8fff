"""A label that never asks for more room than it has: text wrapped to at most `lines` lines and elided
to its width, the full text as tooltip. Long enterprise names and questions cannot push buttons
off-screen, and a fixed height keeps what is below it in place."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QSizePolicy, QWidget


class ElidedLabel(QWidget):
    def __init__(self, text: str = "", parent=None, *, lines: int = 1, subdued: bool = False):
        super().__init__(parent)
        self._text = ""
        self.lines = lines
        self.subdued = subdued          # the palette's placeholder colour (readable light or dark)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.setText(text)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._text = text or ""
        self.setToolTip(self._text if len(self._text) > 20 else "")
        self.updateGeometry()
        self.update()

    def event(self, event) -> bool:
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self.updateGeometry()
        return super().event(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self.font())
        return QSize(fm.averageCharWidth() * 20, fm.lineSpacing() * self.lines + 6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(10, self.sizeHint().height())

    def visible_lines(self) -> list[str]:
        """The lines as drawn (the last one elided when the text is longer)."""
        fm = QFontMetrics(self.font())
        width = max(10, self.width())
        text = self._text.replace("\n", "\u2028")
        layout = QTextLayout(text, self.font())
        layout.beginLayout()
        spans = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            spans.append((line.textStart(), line.textLength()))
        layout.endLayout()
        out = []
        for i, (start, length) in enumerate(spans[:self.lines]):
            if i == self.lines - 1 and len(spans) > self.lines:
                out.append(fm.elidedText(text[start:].replace("\u2028", " "), Qt.ElideRight, width))
            else:
                out.append(text[start:start + length].replace("\u2028", ""))
        return out

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        role = QPalette.PlaceholderText if self.subdued else self.foregroundRole()
        painter.setPen(self.palette().color(role))
        painter.setFont(self.font())
        fm = QFontMetrics(self.font())
        y = 3 + fm.ascent()
        for line in self.visible_lines():
            painter.drawText(0, y, line)
            y += fm.lineSpacing()
