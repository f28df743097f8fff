"""Deadlines of a notice draft, one per hazard, on calendar pickers (no date before today can be chosen):
proposed from the hazard's own deadline, else by severity; one date can be applied to all."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from inspector_app.ui.dialogs.hazard_review import proposed_deadline


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate.currentDate())     # a past deadline cannot be picked
    day = max(day, dt.date.today())
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


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
        self.edits: list[QDateEdit] = []
        today = dt.date.today()
        for r, h in enumerate(hazards):
            self.table.setItem(r, 0, QTableWidgetItem(f"{h['number']}  {h['description']}"))
            self.table.setItem(r, 1, QTableWidgetItem(self.tr("重大") if h["severity"] == "major" else self.tr("一般")))
            try:
                current = dt.date.fromisoformat(h.get("deadline") or "")
            except ValueError:
                current = None
            edit = date_edit(current if current and current >= today else proposed_deadline(h["severity"]))
            self.table.setCellWidget(r, 2, edit)
            self.edits.append(edit)
        self.table.setColumnWidth(2, 140)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.all_date = date_edit(proposed_deadline("general"))
        apply_all = QPushButton(self.tr("全部设为此日期"))
        apply_all.clicked.connect(self.apply_to_all)
        row.addWidget(QLabel(self.tr("统一期限：")))
        row.addWidget(self.all_date)
        row.addWidget(apply_all)
        row.addStretch()
        lay.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(760, 420)

    def apply_to_all(self) -> None:
        for edit in self.edits:
            edit.setDate(self.all_date.date())

    def chosen(self) -> dict[str, str]:
        """hazard id → ISO date."""
        return {h["id"]: e.date().toString("yyyy-MM-dd") for h, e in zip(self.hazards, self.edits)}
