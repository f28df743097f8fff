"""Deadlines of a notice draft, one per hazard, on calendar pickers (a date before today is marked and refused):
proposed from the hazard's own deadline, else by severity; one date can be applied to all."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from inspector_app.ui import theme
from inspector_app.ui.dialogs.hazard_review import proposed_deadline
from inspector_app.ui.widgets.columns import ElidedTooltips, cell_widget_width
from inspector_app.ui.widgets.dates import DateEdit
from inspector_app.ui import punctuation


class DeadlinesDialog(QDialog):
    def __init__(self, hazards: list[dict], parent=None):
        super().__init__(parent)
        self.hazards = hazards
        self.setWindowTitle(self.tr("整改期限"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("每条隐患的整改期限（点日期打开日历；不能早于今天）：")))
        self.table = QTableWidget(len(hazards), 3)
        self.table.setHorizontalHeaderLabels([self.tr("隐患"), self.tr("等级"), self.tr("整改期限")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)                 # a long description wraps: the row grows to show it
        self.table.setItemDelegate(ElidedTooltips(self.table))
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.error = QLabel()
        self.error.setStyleSheet(theme.style("error"))
        self.edits: list[DateEdit] = []
        today = dt.date.today()
        for r, h in enumerate(hazards):
            self.table.setItem(r, 0, QTableWidgetItem(f"{h['number']}  {h['description']}"))
            self.table.setItem(r, 1, QTableWidgetItem(self.tr("重大") if h["severity"] == "major" else self.tr("一般")))
            try:
                current = dt.date.fromisoformat(h.get("deadline") or "")
            except ValueError:
                current = None
            edit = self._date(current if current and current >= today else proposed_deadline(h["severity"]))
            self.table.setCellWidget(r, 2, edit)
            self.edits.append(edit)
        if self.edits:
            self.table.setColumnWidth(2, cell_widget_width(self.edits[0]))
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.all_date = self._date(proposed_deadline("general"))
        apply_all = QPushButton(self.tr("全部设为此日期"))
        apply_all.clicked.connect(self.apply_to_all)
        row.addWidget(QLabel(self.tr("统一期限：")))
        row.addWidget(self.all_date)
        row.addWidget(apply_all)
        row.addStretch()
        lay.addLayout(row)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(760, 420)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        # After the layout has given the stretched column its width: rows as tall as their wrapped text.
        QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)

    def _date(self, day: dt.date) -> DateEdit:
        edit = DateEdit(day, not_before="today", what=self.tr("整改期限"))
        edit.problem_changed.connect(self.error.setText)
        return edit

    def accept(self) -> None:
        """Refused while a deadline is before today (the date stays as picked, with the reason)."""
        for hazard, edit in zip(self.hazards, self.edits):
            if edit.problem():
                self.error.setText(f"{hazard['number']}{punctuation.colon()}{edit.problem()}")
                edit.setFocus()
                return
        super().accept()

    def apply_to_all(self) -> None:
        for edit in self.edits:
            edit.setDate(self.all_date.date())

    def chosen(self) -> dict[str, str]:
        """hazard id → ISO date."""
        return {h["id"]: e.iso() for h, e in zip(self.hazards, self.edits)}
