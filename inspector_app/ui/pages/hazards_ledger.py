"""隐患台账 page: filters, a lazily paged table model over core.ledger, summary bar, CSV/XLSX export."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout)

from inspector_app.core.datadir import atomic_write_bytes
from inspector_app.core.ledger import COLUMNS, Ledger, LedgerFilter, export_pdf
from inspector_app.ui.pages.base import Page, heading

PAGE_SIZE = 200


class LedgerModel(QAbstractTableModel):
    """Rows fetched from SQL in pages of PAGE_SIZE as the view scrolls (canFetchMore/fetchMore)."""

    def __init__(self, ledger: Ledger, parent=None):
        super().__init__(parent)
        self.ledger = ledger
        self.filter = LedgerFilter()
        self.rows: list[dict] = []
        self.total = 0
        self.headers = [self.tr("隐患编号"), self.tr("发现日期"), self.tr("乡镇（街道）"), self.tr("企业"),
                        self.tr("隐患描述"), self.tr("等级"), self.tr("状态"), self.tr("整改期限"),
                        self.tr("逾期"), self.tr("专项"), self.tr("销号日期")]
        self.state_text = {"open": self.tr("未整改"), "awaiting_rectification": self.tr("整改中"),
                           "awaiting_reinspection": self.tr("待复查"), "closed": self.tr("已销号")}
        self.severity_text = {"general": self.tr("一般"), "major": self.tr("重大")}

    def set_filter(self, flt: LedgerFilter, total: int | None = None) -> None:
        self.beginResetModel()
        self.filter = flt
        self.total = self.ledger.count(flt) if total is None else total
        self.rows = self.ledger.page(flt, 0, PAGE_SIZE)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=QModelIndex()):  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802
        more = self.ledger.page(self.filter, len(self.rows), PAGE_SIZE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.DisplayRole:
            if key == "state":
                return self.state_text.get(row["state"], row["state"])
            if key == "severity":
                return self.severity_text.get(row["severity"], row["severity"])
            if key == "overdue":
                return self.tr("逾期") if row["overdue"] else ""
            return row.get(key) or ""
        if role == Qt.BackgroundRole and row["overdue"]:
            return QBrush(QColor("#fde2e2"))
        if role == Qt.ForegroundRole and key == "overdue" and row["overdue"]:
            return QBrush(QColor("#b00020"))
        if role == Qt.UserRole:
            return row["id"]
        return None

    def sort(self, column, order=Qt.AscendingOrder):
        key = COLUMNS[column][0]
        if key == "overdue":
            key = "deadline"
        flt = self.filter
        flt.sort, flt.descending = key, order == Qt.DescendingOrder
        self.set_filter(flt)


class HazardsPage(Page):
    key = "hazards"
    nav_text = "隐患台账"

    def __init__(self, col, parent=None):
        super().__init__(col, parent)
        self.ledger = Ledger(col)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.title()))

        bar = QHBoxLayout()
        self.state = QComboBox()
        for value, text in ((None, self.tr("全部状态")), ("not_closed", self.tr("未销号")),
                            ("open", self.tr("未整改")), ("awaiting_rectification", self.tr("整改中")),
                            ("awaiting_reinspection", self.tr("待复查")), ("closed", self.tr("已销号"))):
            self.state.addItem(text, value)
        self.severity = QComboBox()
        for value, text in ((None, self.tr("全部等级")), ("general", self.tr("一般")), ("major", self.tr("重大"))):
            self.severity.addItem(text, value)
        self.township = QComboBox()
        self.campaign = QComboBox()
        self.overdue = QCheckBox(self.tr("仅逾期"))
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(self.tr("发现日期起 YYYY-MM-DD"))
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(self.tr("发现日期止 YYYY-MM-DD"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("编号或描述"))
        for w in (self.state, self.severity, self.township, self.campaign, self.overdue,
                  self.date_from, self.date_to, self.text):
            bar.addWidget(w)
        lay.addLayout(bar)

        self.summary = QLabel()
        self.summary.setObjectName("ledgerSummary")
        lay.addWidget(self.summary)
        self.model = LedgerModel(self.ledger, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.horizontalHeader().setSortIndicator(1, Qt.DescendingOrder)  # found_on, newest first
        self.view.setColumnWidth(0, 230)
        self.view.setColumnWidth(4, 320)
        self.view.setColumnWidth(3, 220)
        self.view.doubleClicked.connect(self.open_hazard)
        lay.addWidget(self.view, 1)

        exports = QHBoxLayout()
        self.csv_button = QPushButton(self.tr("导出 CSV…"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button = QPushButton(self.tr("导出 PDF 台账…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        exports.addStretch()
        exports.addWidget(self.csv_button)
        exports.addWidget(self.xlsx_button)
        exports.addWidget(self.pdf_button)
        lay.addLayout(exports)

        for combo in (self.state, self.severity, self.township, self.campaign):
            combo.currentIndexChanged.connect(self.apply)
        self.overdue.toggled.connect(self.apply)
        for edit in (self.date_from, self.date_to, self.text):
            edit.editingFinished.connect(self.apply)

    def refresh(self) -> None:
        choices = self.ledger.choices()
        for combo, items, all_text in ((self.township, choices["townships"], self.tr("全部乡镇")),
                                       (self.campaign, choices["campaigns"], self.tr("全部专项"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for value, label in items:
                combo.addItem(label, value)
            i = combo.findData(current)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)
        self.apply()

    def current_filter(self) -> LedgerFilter:
        old = self.model.filter
        return LedgerFilter(
            state=self.state.currentData(), severity=self.severity.currentData(),
            township_id=self.township.currentData(), campaign=self.campaign.currentData(),
            overdue=self.overdue.isChecked(), date_from=self.date_from.text().strip() or None,
            date_to=self.date_to.text().strip() or None, text=self.text.text(),
            sort=old.sort, descending=old.descending)

    def apply(self, *_):
        flt = self.current_filter()
        s = self.ledger.summary(flt)
        self.model.set_filter(flt, s["total"])
        self.summary.setText(self.tr("共 %1 条：未整改 %2，整改中 %3，待复查 %4，已销号 %5，逾期 %6，重大 %7")
                             .replace("%1", str(s["total"])).replace("%2", str(s["open"]))
                             .replace("%3", str(s["awaiting_rectification"]))
                             .replace("%4", str(s["awaiting_reinspection"])).replace("%5", str(s["closed"]))
                             .replace("%6", str(s["overdue"])).replace("%7", str(s["major"])))

    def open_hazard(self, index) -> None:
        from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
        hazard_id = self.model.data(index, Qt.UserRole)
        if hazard_id:
            HazardActionsDialog(self.col, hazard_id, self).exec()

    def export(self, kind: str, path: str | None = None) -> None:
        if path is None:
            filt = {"xlsx": self.tr("Excel 工作簿 (*.xlsx)"), "csv": self.tr("CSV 文件 (*.csv)"),
                    "pdf": self.tr("PDF 文件 (*.pdf)")}[kind]
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出隐患台账"), f"隐患台账.{kind}", filt)
            if not path:
                return
        flt = self.current_filter()
        if kind == "pdf":
            data = export_pdf(self.ledger, flt)
        else:
            data = self.ledger.export_xlsx(flt) if kind == "xlsx" else self.ledger.export_csv(flt)
        from pathlib import Path
        atomic_write_bytes(Path(path), data)
        self.summary.setText(self.summary.text() + "  " + self.tr("已导出：") + str(path))
