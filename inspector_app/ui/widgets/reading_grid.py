"""The readings of one checklist item as a compact grid: a column per reading (name, unit, limits), a row per
position (上部/中部/下部) or a single row. Each value is judged as it is typed (core/checklists/readings.py) and
an out-of-limit value is marked in its cell and named below the grid, so the inspector sees which one it is.
Keyboard order is row by row (all gases at one height, then the next), as a detector is read."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from inspector_app.core.checklists import readings as rr
from inspector_app.core.i18n import language
from inspector_app.ui import theme

CELL_WIDTH = 96
CELL_HEIGHT = 23      # a little lower than a default line edit: three positions and the page fit 768 pixels


def _label(zh: str, en: str) -> str:
    return en if language() == "en" and en else zh


def ascii_number_text(text: str) -> str:
    """What a Chinese input method commits in full-width mode ('２０。９', '－５', '２０．９') as the ASCII a
    number is typed with ('20.9'); other text unchanged."""
    return unicodedata.normalize("NFKC", text).replace("。", ".")


class _ValueEdit(QLineEdit):
    """A reading's field: the input method is asked for digits, and what it commits in full width (the Chinese
    punctuation mode's 。 for the decimal point included) goes in as ASCII, so 20。9 is not 'not a number'."""

    def __init__(self, text: str):
        super().__init__(text)
        self.setInputMethodHints(Qt.ImhFormattedNumbersOnly | Qt.ImhPreferLatin)

    def inputMethodEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.commitString():
            event.setCommitString(ascii_number_text(event.commitString()))
        super().inputMethodEvent(event)


class _OneLine(QLabel):
    """A one-line label elided to its width; the whole text is its tooltip."""

    def __init__(self):
        super().__init__()
        self._full = ""
        self.setMinimumWidth(1)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        super().setText(self.fontMetrics().elidedText(self._full, Qt.ElideRight, max(10, self.width())))


class ReadingGrid(QWidget):
    """`edits` maps (position key, or "" for a single row; reading key) to its field, in keyboard order."""

    edited = Signal()       # a value typed: judge, do not save yet
    committed = Signal()    # a field left: save

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(1)
        self.grid_host = QWidget()
        outer.addWidget(self.grid_host)
        # One line (the verdict, then the values out of limits), elided to the width with the whole text as
        # tooltip: however many values are out, the grid keeps its height and the page fits 768 pixels.
        self.summary = _OneLine()
        outer.addWidget(self.summary)
        self.item = None
        self.edits: dict[tuple[str, str], QLineEdit] = {}
        self.marks: dict[tuple[str, str], QLabel] = {}
        self.rows: list[str] = []

    # -- building ----------------------------------------------------------------------------------
    def set_item(self, item, readings: dict | None) -> None:
        """Show the item's readings (an empty grid for an item without readings)."""
        for edit in self.edits.values():
            edit.blockSignals(True)        # removing the fields must not save into the next item
        old = self.grid_host
        self.grid_host = QWidget()
        self.layout().replaceWidget(old, self.grid_host)
        old.hide()
        old.deleteLater()
        self.item, self.edits, self.marks, self.rows = item, {}, {}, []
        self.summary.setText("")
        if item is None or not item.readings:
            self.hide()
            return
        grid = QGridLayout(self.grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(1)
        sets = rr.reading_sets(item, readings)
        named = any(s.position is not None for s in sets)
        first = 1 if named else 0
        if named:
            corner = QLabel(self.tr("部位"))
            corner.setAlignment(Qt.AlignBottom | Qt.AlignLeft)
            grid.addWidget(corner, 0, 0)
        for c, r in enumerate(item.readings):
            head = QLabel(_label(r.label_zh, r.label_en))
            limits = QLabel(self._limits(r) or r.unit_text(language()))      # the limits carry the unit
            limits.setForegroundRole(QPalette.PlaceholderText)
            limits.setStyleSheet("font-size: 9pt;")
            box = QHBoxLayout()
            box.setSpacing(4)
            box.addWidget(head)
            box.addWidget(limits)
            box.addStretch()
            grid.addLayout(box, 0, first + c, Qt.AlignBottom)
        for row, s in enumerate(sets, 1):
            pos = s.position.key if s.position else ""
            self.rows.append(pos)
            if named:
                grid.addWidget(QLabel(s.label("en" if language() == "en" else "zh_CN") or self.tr("实测")), row, 0)
            for c, r in enumerate(item.readings):
                value = s.values.get(r.key, "")
                edit = _ValueEdit("" if value is None else (f"{value:g}" if isinstance(value, float) else str(value)))
                edit.setFixedSize(CELL_WIDTH, CELL_HEIGHT)
                edit.setPlaceholderText(self._limits(r) if not named else "")
                edit.setAccessibleName(" ".join(x for x in (s.label(language()), _label(r.label_zh, r.label_en)) if x))
                edit.textEdited.connect(lambda _t: self.edited.emit())
                edit.editingFinished.connect(self.committed.emit)
                mark = QLabel()
                mark.setFixedWidth(18)
                cell = QWidget()
                lay = QVBoxLayout(cell)
                lay.setContentsMargins(0, 0, 0, 0)
                h = QHBoxLayout()
                h.setContentsMargins(0, 0, 0, 0)
                h.setSpacing(2)
                h.addWidget(edit)
                h.addWidget(mark)
                h.addStretch()
                lay.addLayout(h)
                grid.addWidget(cell, row, first + c)
                self.edits[(pos, r.key)] = edit
                self.marks[(pos, r.key)] = mark
        grid.setColumnStretch(first + len(item.readings), 1)
        self.grid_host.show()
        self.show()
        edits = list(self.edits.values())
        for a, b in zip(edits, edits[1:]):
            QWidget.setTabOrder(a, b)       # Tab follows the keyboard order (row by row), once shown
        self.judge()

    # -- values and judgement ----------------------------------------------------------------------
    def values(self) -> dict:
        """What is typed, shaped as stored: {reading: value} for one row, {position: {reading: value}} per
        position; numbers as numbers, anything else as typed (judged 'not a number')."""
        out: dict = {}
        for (pos, key), edit in self.edits.items():
            text = edit.text().strip()
            if not text:
                continue
            n = rr.number(text)
            value = text if n is None else n
            if pos:
                out.setdefault(pos, {})[key] = value
            else:
                out[key] = value
        return out

    def next_field(self, edit: QLineEdit, step: int = 1) -> QLineEdit | None:
        edits = list(self.edits.values())
        i = edits.index(edit) + step
        return edits[i] if 0 <= i < len(edits) else None

    def field_below(self, edit: QLineEdit, step: int = 1) -> QLineEdit | None:
        """The same reading at the next (step 1) or previous (step -1) position."""
        pos, key = next(k for k, e in self.edits.items() if e is edit)
        i = self.rows.index(pos) + step
        return self.edits.get((self.rows[i], key)) if 0 <= i < len(self.rows) else None

    def judge(self, verdict: str = "", verdict_role: str = "") -> list:
        """Mark every cell (✓ within limits, ✗ outside or not a number) and write the verdict with the bad
        values named below the grid; returns the judged cells (core readings.Cell)."""
        if self.item is None:
            return []
        cells = rr.cells(self.item, self.values())
        judged = {(c.position.key if c.position else "", c.reading.key): c for c in cells}
        alert = theme.name("error", self.palette())
        lines = []
        for key, edit in self.edits.items():
            c, mark = judged.get(key), self.marks[key]
            state = "" if c is None else ("ok" if c.state == "ok" else "bad")
            edit.setProperty("judged", state)
            edit.setStyleSheet(f"QLineEdit {{ border: 2px solid {alert}; font-weight: 600; }}" if state == "bad" else "")
            mark.setText({"ok": "✓", "bad": "✗"}.get(state, ""))
            mark.setStyleSheet(theme.style("error", bold=True) if state == "bad" else theme.style("ok") if state else "")
            if c is not None and c.state != "ok":
                lines.append(self._describe(c))
            edit.setToolTip(self._describe(c) if c is not None and c.state != "ok" else "")
        role = "error" if lines else verdict_role
        self.summary.setStyleSheet(theme.style(role, bold=True) if role else "")   # first: eliding measures the bold font
        self.summary.ensurePolished()
        self.summary.setText(" ".join(x for x in (verdict, _label("；", "; ").join(lines)) if x))
        return cells

    def _limits(self, reading) -> str:
        """The reading's limits in the UI's language, naming another reading a limit depends on by its label."""
        return reading.limits_text(language(), self.item.readings if self.item is not None else ())

    def _describe(self, c) -> str:
        where = ""
        if c.position is not None:
            where = _label(c.position.label_zh, c.position.label_en) + " "
        what = f"{where}{_label(c.reading.label_zh, c.reading.label_en)}"
        if c.state == "nan":
            return self.tr("✗ {0}：须为数字").format(what)
        unit = f" {c.reading.unit_text(language())}" if c.reading.unit else ""
        if c.state == "range":
            return self.tr("✗ {0} {1}：超出可填写的范围 {2}").format(what, f"{c.value:g}{unit}", c.reading.range_text(language()))
        # the limit that applies, named with the readings it depends on ('坠落高度 1 m 时要求 ≥0.9 m')
        return self.tr("✗ {0} {1}（{2}）").format(what, f"{c.value:g}{unit}", c.requirement(language()))
