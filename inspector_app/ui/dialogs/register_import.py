"""导入企业名录: choose an XLSX/CSV register, preview the column mapping and every invalid row with its
reason, then import the valid rows (core/register_import.py does the checking)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from inspector_app.ui import theme
from inspector_app.core.errors import InspectorError
from inspector_app.core.i18n import language
from inspector_app.ui import errors
from inspector_app.ui.workers import db_op
from inspector_app.ui import punctuation


class RegisterImportDialog(QDialog):
    def __init__(self, col, parent=None):
        super().__init__(parent)
        self.col = col
        self.report = None
        self.setWindowTitle(self.tr("导入企业名录"))
        self.resize(820, 520)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("选择 .xlsx 或 .csv 文件"))
        browse = QPushButton(self.tr("选择文件…"))
        browse.clicked.connect(self.choose)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        lay.addLayout(row)
        self.summary = QLabel(self.tr("表头按常见名称对应：企业名称、统一社会信用代码、乡镇（街道）、地址、主要负责人、"
                                      "联系电话、行业、风险标签、行业类别、分级。"))
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("行号"), self.tr("企业名称"), self.tr("统一社会信用代码"),
                                              self.tr("问题")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.resizeColumnsToContents()        # the headers readable before a file is chosen
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setWordWrap(True)
        lay.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.import_button = self.buttons.addButton(self.tr("导入有效行"), QDialogButtonBox.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.Close).clicked.connect(self.reject)
        lay.addWidget(self.buttons)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择企业名录文件"), "",
                                              self.tr("企业名录 (*.xlsx *.csv)"))
        if path:
            self.preview(path)

    def preview(self, path: str) -> None:
        self.path.setText(path)
        self.import_button.setEnabled(False)
        reg = self.col.register_import
        db_op(lambda: reg.run(path, dry_run=True), self._show, self._failed)

    def _show(self, report) -> None:
        self.report = report
        self.summary.setStyleSheet("")
        zh = language() != "en"
        self.table.setRowCount(0)
        for e in report.errors:
            i = self.table.rowCount()
            self.table.insertRow(i)
            reasons = ("；" if zh else "; ").join(r[0] if zh else r[1] for r in e.reasons)
            for c, text in enumerate((str(e.row), e.name, e.uscc, reasons)):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setToolTip(text)
                    item.setForeground(theme.color("error"))
                self.table.setItem(i, c, item)
        for c in range(3):
            self.table.resizeColumnToContents(c)
        self.table.resizeRowsToContents()       # every reason in full (wrapped), not cut at the column's edge
        mapping = punctuation.enumeration().join(report.mapping.values())
        verb = self.tr("已导入") if not report.dry_run else self.tr("可导入")
        self.summary.setText(
            self.tr("已识别的列：%1\n共 %2 行：%3 %4 行，无效 %5 行（见下表），已在名录库中 %6 行（跳过）。")
            .replace("%1", mapping).replace("%2", str(report.total)).replace("%3", verb)
            .replace("%4", str(report.imported if not report.dry_run else len(report.valid)))
            .replace("%5", str(len(report.errors))).replace("%6", str(len(report.existing))))
        self.import_button.setEnabled(report.dry_run and bool(report.valid))

    def do_import(self) -> None:
        path = self.path.text()
        reg = self.col.register_import

        def done(report):
            self._show(report)
            from inspector_app.ui.signals import bus
            bus.data_changed.emit(None)

        db_op(lambda: reg.run(path), done, self._failed)

    def _failed(self, exc) -> None:
        if isinstance(exc, InspectorError):
            self.report = None
            self.table.setRowCount(0)
            self.summary.setText(self.tr("无法导入：") + str(exc))
            self.summary.setStyleSheet(theme.style("error"))
        else:
            errors.show_error(exc, self)


def open_dialog(col, parent=None) -> RegisterImportDialog:
    dlg = RegisterImportDialog(col, parent)
    dlg.setAttribute(Qt.WA_DeleteOnClose)
    dlg.show()
    return dlg
