"""Signature pad: strokes by mouse, pen or touch drawn as QPainterPaths; exported as a transparent PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from inspector_app.ui import theme


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(560, 220)
        self.setAttribute(Qt.WA_AcceptTouchEvents, True)
        self.strokes: list[QPainterPath] = []
        self.undone: list[QPainterPath] = []
        self._current: QPainterPath | None = None
        self.setCursor(Qt.CrossCursor)

    # Input -----------------------------------------------------------------------------------
    def begin_stroke(self, p: QPointF) -> None:
        self._current = QPainterPath(p)
        self.strokes.append(self._current)
        self.undone.clear()

    def extend_stroke(self, p: QPointF) -> None:
        if self._current is not None:
            self._current.lineTo(p)
            self.update()

    def end_stroke(self) -> None:
        if self._current is not None and self._current.elementCount() == 1:
            self._current.lineTo(self._current.currentPosition() + QPointF(0.5, 0.5))  # a dot
        self._current = None
        self.update()
        self.changed.emit()

    def mousePressEvent(self, e):  # noqa: N802  (tablets and touch arrive as synthesized mouse events too)
        self.begin_stroke(e.position())

    def mouseMoveEvent(self, e):  # noqa: N802
        self.extend_stroke(e.position())

    def mouseReleaseEvent(self, e):  # noqa: N802
        self.end_stroke()

    def tabletEvent(self, e):  # noqa: N802
        t = e.type()
        if t == e.Type.TabletPress:
            self.begin_stroke(e.position())
        elif t == e.Type.TabletMove:
            self.extend_stroke(e.position())
        elif t == e.Type.TabletRelease:
            self.end_stroke()
        e.accept()

    # Editing ---------------------------------------------------------------------------------
    def clear(self) -> None:
        self.strokes.clear()
        self.undone.clear()
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        if self.strokes:
            self.undone.append(self.strokes.pop())
            self.update()
            self.changed.emit()

    def redo(self) -> None:
        if self.undone:
            self.strokes.append(self.undone.pop())
            self.update()
            self.changed.emit()

    def is_empty(self) -> bool:
        return not self.strokes

    # Drawing ---------------------------------------------------------------------------------
    def _pen(self, scale: float = 1.0) -> QPen:
        pen = QPen(theme.INK, 3.0 * scale, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
        return pen

    def paintEvent(self, _e):  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), theme.PAPER)
        p.setPen(QPen(theme.GUIDE, 1, Qt.DashLine))
        y = self.height() * 0.75
        p.drawLine(20, int(y), self.width() - 20, int(y))
        p.setRenderHint(QPainter.Antialiasing)
        p.setPen(self._pen())
        for path in self.strokes:
            p.drawPath(path)

    def to_png(self, scale: float = 2.0) -> bytes:
        """The strokes on a transparent background, cropped to their bounds with a margin."""
        bounds = QPainterPath()
        for path in self.strokes:
            bounds.addPath(path)
        rect = bounds.boundingRect().adjusted(-8, -8, 8, 8)
        img = QImage(int(rect.width() * scale) + 1, int(rect.height() * scale) + 1, QImage.Format_ARGB32)
        img.fill(Qt.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.Antialiasing)
        p.scale(scale, scale)
        p.translate(-rect.topLeft())
        p.setPen(self._pen())
        for path in self.strokes:
            p.drawPath(path)
        p.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.WriteOnly)
        img.save(buf, "PNG")
        return bytes(data)


class SignatureDialog(QDialog):
    """Sign for one role, or (for the enterprise) record a refusal to sign with a witness."""

    def __init__(self, role_label: str, allow_refusal: bool = False, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("签名：{0}").format(role_label))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("请在下方框内签名（鼠标、手写笔或手指）。")))
        self.pad = SignaturePad(self)
        lay.addWidget(self.pad, 1)
        row = QHBoxLayout()
        for text, slot in ((self.tr("清除"), self.pad.clear), (self.tr("撤销"), self.pad.undo),
                           (self.tr("重做"), self.pad.redo)):
            b = QPushButton(text)
            b.setMinimumHeight(36)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch()
        lay.addLayout(row)
        self.refused = QCheckBox(self.tr("拒签（由见证人签名）"))
        self.witness = QLineEdit()
        self.witness.setPlaceholderText(self.tr("见证人姓名（见证人在上方框内签名）"))
        self.witness.setMaxLength(60)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("拒签理由（被检查单位所述；未说明可留空）"))
        if not allow_refusal:     # never show() before it has a parent: it would flash up as its own window
            self.refused.hide()
        for w in (self.witness, self.reason):
            w.setVisible(False)
            self.refused.toggled.connect(w.setVisible)
        lay.addWidget(self.refused)
        lay.addWidget(self.witness)
        lay.addWidget(self.reason)
        self.error = QLabel()
        self.error.setStyleSheet(theme.style("error"))
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(640, 400)

    def _accept(self) -> None:
        if self.refused.isChecked():
            if not self.witness.text().strip():
                self.error.setText(self.tr("拒签时须填写见证人姓名"))
                return
            if self.pad.is_empty():
                self.error.setText(self.tr("请见证人在框内签名"))
                return
        elif self.pad.is_empty():
            self.error.setText(self.tr("请先签名"))
            return
        self.accept()

    def result_value(self) -> tuple[bytes | None, str | None]:
        """(png, None) for a signature; (the witness's signature, witness name) for a refusal."""
        if self.refused.isChecked():
            return (None if self.pad.is_empty() else self.pad.to_png(), self.witness.text().strip())
        return self.pad.to_png(), None

    def refusal_reason(self) -> str:
        return self.reason.text().strip() if self.refused.isChecked() else ""
