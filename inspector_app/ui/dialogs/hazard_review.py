"""Review proposed hazards before creating them: edit, merge, drop, add a free-form finding. Each hazard
has its own deadline, picked on a calendar (a date before today is marked and refused), proposed by the checklist item or
by severity (PROPOSED_DAYS) and moved with the severity while the user has not changed it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from inspector_app.ui import theme
from inspector_app.core.errors import InspectorError, ValidationError
from inspector_app.core.i18n import language
from inspector_app.ui.checklist_text import item_text
from inspector_app.ui.widgets.columns import ElidedTooltips, cell_widget_width
from inspector_app.ui.widgets.dates import DateEdit, to_qdate

COLUMNS = ("description", "place", "severity", "category", "measure", "deadline", "legal_basis")
PROPOSED_DAYS = {"general": 15, "major": 30}   # when the checklist item names no deadline


def proposed_deadline(severity: str, today: dt.date | None = None) -> dt.date:
    return (today or dt.date.today()) + dt.timedelta(days=PROPOSED_DAYS.get(severity, 15))


class HazardReviewDialog(QDialog):
    def __init__(self, col, inspection_id: str, proposals: list[dict], parent=None):
        super().__init__(parent)
        self.col = col
        self.inspection_id = inspection_id
        self.proposals = [dict(p) for p in proposals]
        self.created_ids: list[str] = []
        self.measures_shown = self._measures_shown(self.proposals)
        self.setWindowTitle(self.tr("确认隐患"))
        self.resize(1200, 600)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("以下隐患由“不符合”项生成。可直接修改，合并相同的，删除不需要的，或添加其他发现。")))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("隐患描述"), self.tr("部位"), self.tr("等级"), self.tr("类别"),
                                              self.tr("整改措施"), self.tr("整改期限"), self.tr("依据")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        # Long descriptions, measures and bases wrap (rows grow to show them); the severity and deadline
        # columns are as wide as their pickers in this language ("General hazard" is not cut).
        self.table.setWordWrap(True)
        self.table.setItemDelegate(ElidedTooltips(self.table))
        self.table.itemChanged.connect(lambda item: self.table.resizeRowToContents(item.row()))
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("添加其他发现"))
        merge = QPushButton(self.tr("合并所选"))
        remove = QPushButton(self.tr("删除所选"))
        row.addWidget(add)
        row.addWidget(merge)
        row.addWidget(remove)
        row.addStretch()
        lay.addLayout(row)
        self.error = QLabel()
        self.error.setStyleSheet(theme.style("error"))
        lay.addWidget(self.error)
        probes = (self._severity_box("general"), self._date_edit("", "general"))
        for c, w in ((1, 110), (2, cell_widget_width(probes[0])), (3, 70), (4, 200),
                     (5, cell_widget_width(probes[1])), (6, 200)):
            self.table.setColumnWidth(c, w)
        for probe in probes:
            probe.deleteLater()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("登记隐患"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        add.clicked.connect(self.add_free)
        merge.clicked.connect(self.merge_selected)
        remove.clicked.connect(self.remove_selected)
        for p in self.proposals:
            self._append(p)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        # After the layout has given the stretched column its width: rows as tall as their wrapped text.
        QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)

    def _append(self, p: dict) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, key in enumerate(COLUMNS):
            if key == "severity":
                box = self._severity_box(p.get("severity", "general"))
                box.currentIndexChanged.connect(lambda _i, b=box: self._severity_changed(b))
                self.table.setCellWidget(r, c, box)
            elif key == "deadline":
                self.table.setCellWidget(r, c, self._date_edit(p.get("deadline") or "", p.get("severity", "general")))
            elif key == "measure":
                self.table.setItem(r, c, self._measure_item(str(p.get(key) or "")))
            else:
                self.table.setItem(r, c, QTableWidgetItem(str(p.get(key) or "")))
        self.table.resizeRowToContents(r)

    def _measures_shown(self, proposals: list[dict]) -> dict[str, str]:
        """The checklist measures of the proposals (recorded and printed in Chinese) → as the English interface
        shows them (the checklist's English, or the Chinese with a note); empty in Chinese."""
        if language() != "en":
            return {}
        shown: dict[str, str] = {}
        for p in proposals:
            if not (p.get("template_hash") and p.get("item_id") and p.get("measure")):
                continue
            try:
                cl = self.col.checklists.get(p["template_hash"])
                it = cl.item(p["item_id"])
            except (InspectorError, KeyError):
                continue
            if it.measure_zh == p["measure"]:
                shown[p["measure"]] = item_text(self.col, cl, it, "measure")
        return shown

    def _measure_item(self, measure: str) -> QTableWidgetItem:
        """A checklist measure shows in the interface's language; the Chinese stays what is recorded unless the
        user rewrites the cell (read_row). A merged row joins its measures with '；' and shows them joined."""
        parts = [m for m in measure.split("；") if m]
        if not parts or any(m not in self.measures_shown for m in parts):
            return QTableWidgetItem(measure)
        shown = "; ".join(self.measures_shown[m] for m in parts)
        item = QTableWidgetItem(shown)
        item.setData(Qt.UserRole, (measure, shown))
        item.setToolTip(self.tr("登记和打印的整改措施为中文：{0}").format(measure))
        return item

    def _severity_box(self, severity: str) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("一般隐患"), "general")
        box.addItem(self.tr("重大隐患"), "major")
        box.setCurrentIndex(max(0, box.findData(severity)))
        return box

    def _date_edit(self, value: str, severity: str) -> DateEdit:
        """A calendar picker; a date before today is marked and explained at once, and refused on 登记隐患."""
        try:
            day = dt.date.fromisoformat(value) if value else proposed_deadline(severity)
        except ValueError:
            day = proposed_deadline(severity)
        day = max(day, dt.date.today())
        edit = DateEdit(day, not_before="today", what=self.tr("整改期限"))
        edit.problem_changed.connect(self.error.setText)
        edit.setProperty("proposed", day.isoformat())
        return edit

    def _severity_changed(self, box: QComboBox) -> None:
        """Move a still-proposed deadline with the severity (a date the user picked stays)."""
        col_sev, col_date = COLUMNS.index("severity"), COLUMNS.index("deadline")
        for r in range(self.table.rowCount()):
            if self.table.cellWidget(r, col_sev) is box:
                edit = self.table.cellWidget(r, col_date)
                if edit.date().toString("yyyy-MM-dd") == edit.property("proposed"):
                    day = proposed_deadline(box.currentData())
                    edit.setDate(to_qdate(day))
                    edit.setProperty("proposed", day.isoformat())

    def add_free(self) -> None:
        insp = self.col.inspections.get(self.inspection_id)
        p = {"enterprise_id": insp["enterprise_id"], "inspection_id": self.inspection_id,
             "place": insp["place"], "description": "", "severity": "general", "category": "99",
             "handling": "rectify_by_deadline",
             "deadline": proposed_deadline("general").isoformat()}
        self.proposals.append(p)
        self._append(p)
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectedIndexes()})

    def read_row(self, r: int) -> dict:
        p = dict(self.proposals[r])
        for c, key in enumerate(COLUMNS):
            if key == "severity":
                p[key] = self.table.cellWidget(r, c).currentData()
            elif key == "deadline":
                p[key] = self.table.cellWidget(r, c).date().toString("yyyy-MM-dd")
            else:
                item = self.table.item(r, c)
                p[key] = item.text().strip()
                original = item.data(Qt.UserRole)
                if original and p[key] == original[1].strip():
                    p[key] = original[0]        # shown in English, unchanged: the checklist's Chinese measure
        return p

    def merge_selected(self) -> None:
        rows = self._selected_rows()
        if len(rows) < 2:
            return
        self.proposals = [self.read_row(r) for r in range(self.table.rowCount())]
        merged = [self.proposals[r] for r in rows]
        first = merged[0]
        first["description"] = "；".join(m["description"] for m in merged if m["description"])
        first["measure"] = "；".join(dict.fromkeys(m["measure"] for m in merged if m["measure"]))
        first["legal_basis"] = "；".join(dict.fromkeys(m["legal_basis"] for m in merged if m["legal_basis"]))
        first["deadline"] = min((m["deadline"] for m in merged if m["deadline"]), default="")
        first["severity"] = "major" if any(m["severity"] == "major" for m in merged) else "general"
        for r in reversed(rows):
            del self.proposals[r]
        self.proposals.insert(rows[0], first)
        self._rebuild()

    def _rebuild(self) -> None:
        self.table.setRowCount(0)
        for p in self.proposals:
            self._append(p)

    def remove_selected(self) -> None:
        self.proposals = [self.read_row(r) for r in range(self.table.rowCount())]
        for r in reversed(self._selected_rows()):
            del self.proposals[r]
        self._rebuild()

    def create(self) -> None:
        rows = [self.read_row(r) for r in range(self.table.rowCount())]
        for i, p in enumerate(rows):
            if not p["description"]:
                self.error.setText(self.tr("第 {0} 行：隐患描述不能为空").format(i + 1))
                return
            problem = self.table.cellWidget(i, COLUMNS.index("deadline")).problem()
            if problem:
                self.error.setText(self.tr("第 {0} 行：").format(i + 1) + problem)
                return
        if getattr(self, "_creating", False):
            return  # submitted twice (double click, Enter): created once
        self._creating = True
        rows = [{k: v for k, v in p.items() if v not in ("",) or k == "description"} for p in rows]
        hazards = self.col.hazards

        def done(changes) -> None:
            self._creating = False
            self.created_ids = list(changes.ids)
            self.accept()

        def failed(exc) -> None:
            self._creating = False
            if isinstance(exc, ValidationError):
                self.error.setText(str(exc))
            else:
                from inspector_app.ui import errors
                errors.show_error(exc, self)

        from inspector_app.ui.workers import db_op
        db_op(lambda: hazards.create_many(rows), done, failed, owner=self,
              buttons=self.findChildren(QPushButton))
