"""隐患台账 page: filters, a lazily paged table model over core.ledger, summary bar, CSV/XLSX export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout)

from inspector_app.ui import icons, theme
from inspector_app.core.checklists.model import CAMPAIGNS, campaign_label
from inspector_app.core.datadir import atomic_write_bytes
from inspector_app.core.i18n import language
from inspector_app.core.filenames import with_extension
from inspector_app.core.ledger import COLUMNS, Ledger, LedgerFilter, export_pdf
from inspector_app.ui import errors
from inspector_app.ui import preferences as prefs
from inspector_app.ui.pages.base import Page, heading
from inspector_app.ui.widgets.columns import PAD, ElidedTooltips, fit_columns
from inspector_app.ui.signals import bus
from inspector_app.ui.widgets.dates import DateEdit
from inspector_app.ui.widgets.empty_state import EmptyHint
from inspector_app.ui.widgets.paged_model import PagedSqlModel
from inspector_app.core.progress import Cancelled
from inspector_app.ui.widgets.progress import run_with_progress
from inspector_app.ui.workers import Latest

KEYS = [k for k, _zh, _w in COLUMNS]
TOWNSHIP, ENTERPRISE, DESCRIPTION, DEADLINE, OVERDUE = (
    KEYS.index(k) for k in ("township", "enterprise", "description", "deadline", "overdue"))
ICON_ROOM = 20     # the overdue mark before a deadline


def campaign_name(value: str) -> str:
    """The campaign's name in the UI's language (core.checklists.model.CAMPAIGNS, as the exports)."""
    return campaign_label(value or "", language())


# data() runs for every cell and role at each paint: roles bound once, because PySide6 resolves a short
# name such as Qt.DisplayRole through a slow fallback (~14 µs each, most of a filter change's repaint).
_ROLE = Qt.ItemDataRole
_DISPLAY, _BACKGROUND, _FOREGROUND, _FONT, _DECORATION, _TOOLTIP, _ACCESSIBLE_TEXT, _USER = (
    _ROLE.DisplayRole, _ROLE.BackgroundRole, _ROLE.ForegroundRole, _ROLE.FontRole, _ROLE.DecorationRole,
    _ROLE.ToolTipRole, _ROLE.AccessibleTextRole, _ROLE.UserRole)


class LedgerModel(PagedSqlModel):
    """The filtered hazard ledger, a page at a time."""

    def __init__(self, ledger: Ledger, parent=None):
        super().__init__(parent)
        self.ledger = ledger
        self.filter = LedgerFilter()
        self.headers = [self.tr("隐患编号"), self.tr("发现日期"), self.tr("乡镇（街道）"), self.tr("企业"),
                        self.tr("隐患描述"), self.tr("等级"), self.tr("状态"), self.tr("整改期限"),
                        self.tr("逾期"), self.tr("专项"), self.tr("销号日期")]
        self.state_text = {"open": self.tr("未整改"), "awaiting_rectification": self.tr("整改中"),
                           "awaiting_reinspection": self.tr("待复查"), "closed": self.tr("已销号")}
        self.severity_text = {"general": self.tr("一般"), "major": self.tr("重大")}
        self.overdue_text = self.tr("逾期")

    def set_filter(self, flt: LedgerFilter, total: int | None = None) -> None:
        self.filter = flt
        self.reload(self.ledger.count(flt) if total is None else total)

    def fetch(self, offset: int, limit: int) -> list[dict]:
        return self.ledger.page(self.filter, offset, limit)

    def data(self, index, role=_DISPLAY):
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == _DISPLAY:
            if key == "state":
                return self.state_text.get(row["state"], row["state"])
            if key == "severity":
                return self.severity_text.get(row["severity"], row["severity"])
            if key == "overdue":
                return self.overdue_text if row["overdue"] else ""
            if key == "campaign":
                return campaign_name(row["campaign"])
            return row.get(key) or ""
        if role == _BACKGROUND and row["overdue"]:
            return QBrush(theme.overdue_row())
        if key in ("overdue", "deadline") and row["overdue"]:
            # On screen the overdue mark is on the deadline (the 逾期 column is hidden to fit 1366 px; the
            # exports keep it): the error colour, bold, a warning sign and the word as tooltip.
            if role == _FOREGROUND:
                return QBrush(theme.color("error"))
            if role == _FONT:
                font = QFont()
                font.setBold(True)
                return font
            if role == _DECORATION and key == "deadline":
                return icons.mark("hazards", theme.color("error"))
            if role in (_TOOLTIP, _ACCESSIBLE_TEXT) and key == "deadline":
                return self.tr("%1，已逾期").replace("%1", row.get("deadline") or "")
        if role == _USER:
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
    # 2: the 逾期 column hidden (its mark is on the deadline), the description stretches; 3: the enterprise no
    # longer takes the hidden township column's room (the description does)
    state_version = 3

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
        self.enterprise = QComboBox()
        self.enterprise.setEditable(True)
        self.enterprise.setInsertPolicy(QComboBox.NoInsert)
        self.enterprise.setMinimumContentsLength(12)
        self.enterprise.completer().setFilterMode(Qt.MatchContains)
        self.enterprise.completer().setCompletionMode(QCompleter.PopupCompletion)
        self.campaign = QComboBox()
        self.overdue = QCheckBox(self.tr("仅逾期"))
        # Found-on range on calendars; 不限 (Qt's minimum date shown as text) is no bound. Delete clears one.
        self.date_from = DateEdit(None, unset_text=self.tr("不限"), what=self.tr("起始日期"))
        self.date_to = DateEdit(None, unset_text=self.tr("不限"), what=self.tr("截止日期"))
        for edit in (self.date_from, self.date_to):
            edit.setToolTip(self.tr("点击选择日期；Delete 清除（不限）"))
        self.clear_dates = QPushButton(self.tr("清除日期"))
        self.clear_dates.clicked.connect(self._clear_dates)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("编号或描述"))
        self.text.setMinimumWidth(210)
        for w in (self.state, self.severity, self.township, self.enterprise, self.campaign, self.overdue):
            bar.addWidget(w)
        bar.addStretch()
        bar2 = QHBoxLayout()
        bar2.addWidget(QLabel(self.tr("发现日期")))
        bar2.addWidget(self.date_from)
        bar2.addWidget(QLabel("–"))
        bar2.addWidget(self.date_to)
        bar2.addWidget(self.clear_dates)
        bar2.addWidget(self.text)
        self.filter_error = QLabel()
        self.filter_error.setStyleSheet(theme.style("error"))
        bar2.addWidget(self.filter_error, 1)
        lay.addLayout(bar)
        lay.addLayout(bar2)

        self.summary = QLabel()
        self._summaries = Latest(self)
        self.summary.setObjectName("ledgerSummary")
        lay.addWidget(self.summary)
        self.model = LedgerModel(self.ledger, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.horizontalHeader().setSortIndicator(1, Qt.DescendingOrder)  # found_on, newest first
        # Fits a 1366×768 laptop without scrolling sideways: columns that hold one kind of value (a full hazard
        # number, dates, state) are sized by it; enterprise and campaign are capped and elided with the full
        # text as tooltip; the description takes the rest. The overdue mark sits on the deadline, and the
        # township column shows only when the hazards come from more than one township (its room goes to the
        # description, the longest text). A user's own widths are restored by the main window.
        def fit(column: int, samples=()) -> int:
            """The header as Qt lays it out (with the sort arrow) or the widest sample, whichever is wider."""
            need = self.view.horizontalHeader().sectionSizeFromContents(column).width()
            return max([need] + [self.view.fontMetrics().horizontalAdvance(str(t)) + PAD for t in samples])
        date = ["2026-12-30"]
        township = fit(2, ["城关街道"])
        one_township = not self.ledger.several_townships()
        campaigns = [campaign_name(c) for c in CAMPAIGNS]
        fit_columns(self.view, {0: fit(0, ["YH370899001202600000-05d5"]), 1: fit(1, date), 2: township,
                                ENTERPRISE: max(fit(ENTERPRISE), 110),
                                5: fit(5, self.model.severity_text.values()), 6: fit(6, self.model.state_text.values()),
                                7: fit(7, date) + ICON_ROOM, 9: max(fit(9), min(fit(9, campaigns), 100)),
                                10: fit(10, date)})
        self.view.setItemDelegate(ElidedTooltips(self.view))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.Stretch)
        self.view.setColumnHidden(OVERDUE, True)
        self.view.setColumnHidden(TOWNSHIP, one_township)
        self.view.verticalHeader().hide()
        self.view.activated.connect(self.open_hazard)     # double-click or Enter
        self.empty_hint = EmptyHint(self.view)
        lay.addWidget(self.view, 1)

        exports = QHBoxLayout()
        self.csv_button = QPushButton(self.tr("导出 CSV…"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button = QPushButton(self.tr("导出 PDF 台账…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.export_status = QLabel()
        exports.addWidget(self.export_status, 1)
        exports.addWidget(self.csv_button)
        exports.addWidget(self.xlsx_button)
        exports.addWidget(self.pdf_button)
        lay.addLayout(exports)

        for combo in (self.state, self.severity, self.township, self.campaign, self.enterprise):
            combo.currentIndexChanged.connect(self.apply)
        self.overdue.toggled.connect(self.apply)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply)
        self.text.editingFinished.connect(self.apply)

    def refresh(self) -> None:
        choices = self.ledger.choices()
        self.view.setColumnHidden(TOWNSHIP, not self.ledger.several_townships())   # else the same on every row
        self.view.setColumnHidden(OVERDUE, True)
        for combo, items, all_text in ((self.township, choices["townships"], self.tr("全部乡镇")),
                                       (self.campaign, choices["campaigns"], self.tr("全部专项"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for value, label in items:
                combo.addItem(campaign_name(label) if combo is self.campaign else label, value)
            i = combo.findData(current)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)
        current = self.enterprise.currentData()
        self.enterprise.blockSignals(True)
        self.enterprise.clear()
        self.enterprise.addItem(self.tr("全部企业"), None)
        for eid, name in self.col.enterprises.names():
            self.enterprise.addItem(name, eid)
        self.enterprise.setCurrentIndex(max(0, self.enterprise.findData(current)))
        self.enterprise.blockSignals(False)
        self.apply()

    def _clear_dates(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.apply()

    def current_filter(self) -> LedgerFilter:
        old = self.model.filter
        return LedgerFilter(
            state=self.state.currentData(), severity=self.severity.currentData(),
            township_id=self.township.currentData(), campaign=self.campaign.currentData(),
            enterprise_id=self.enterprise.currentData(),
            overdue=self.overdue.isChecked(), date_from=self.date_from.iso(),
            date_to=self.date_to.iso(), text=self.text.text(),
            sort=old.sort, descending=old.descending)

    def apply(self, *_):
        flt = self.current_filter()
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            self.filter_error.setText(self.tr("起始日期晚于截止日期，没有隐患可列出"))
        else:
            self.filter_error.setText("")
        current = self.view.currentIndex()
        keep = self.model.data(current, _USER) if current.isValid() else None
        scroll = self.view.verticalScrollBar().value()
        total = self.ledger.count(flt)
        self.model.set_filter(flt, total)
        self._restore(keep, scroll)
        if not total:
            if self._filtered(flt):
                self.empty_hint.set_hint(self.tr("没有符合筛选条件的隐患"), self.tr("清除筛选"), self.clear_filters)
            else:
                self.empty_hint.set_hint(self.tr("还没有隐患。检查中答“不符合”的项，在完成检查时登记为隐患，列在这里。"))
        # The rows show at once; the counts per state follow from the database worker (tens of ms on a
        # district's years of data), and only the newest filter's counts are shown.
        self.summary.setText(self.tr("共 %1 条，正在统计……").replace("%1", str(total)))
        self._summaries.run(lambda: self.ledger.summary(flt), self._show_summary)

    def _show_summary(self, s: dict) -> None:
        self.summary.setText(self.tr("共 %1 条：未整改 %2，整改中 %3，待复查 %4，已销号 %5，逾期 %6，重大 %7")
                             .replace("%1", str(s["total"])).replace("%2", str(s["open"]))
                             .replace("%3", str(s["awaiting_rectification"]))
                             .replace("%4", str(s["awaiting_reinspection"])).replace("%5", str(s["closed"]))
                             .replace("%6", str(s["overdue"])).replace("%7", str(s["major"])))

    @staticmethod
    def _filtered(flt: LedgerFilter) -> bool:
        return bool(flt.state or flt.severity or flt.township_id or flt.campaign or flt.enterprise_id or flt.overdue
                    or flt.date_from or flt.date_to or (flt.text or "").strip())

    def clear_filters(self) -> None:
        """Every filter back to 全部 / 不限 (the sort stays)."""
        for combo in (self.state, self.severity, self.township, self.campaign, self.enterprise):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for w in (self.date_from, self.date_to, self.text, self.overdue):
            w.blockSignals(True)
            w.setChecked(False) if w is self.overdue else w.clear()
            w.blockSignals(False)
        self.apply()

    def _restore(self, hazard_id: str | None, scroll: int) -> None:
        """Keep the selected hazard and the scroll position across a refresh (when still listed)."""
        if hazard_id:
            for r in range(self.model.rowCount()):
                index = self.model.index(r, 0)
                if self.model.data(index, _USER) == hazard_id:
                    self.view.setCurrentIndex(index)
                    self.view.selectRow(r)
                    break
        self.view.verticalScrollBar().setValue(scroll)

    def show_overdue(self, enterprise_id: str | None = None) -> None:
        """Show the overdue hazards (of one enterprise): the 今日 page's shortcut."""
        if self.enterprise.findData(enterprise_id) < 0:
            self.refresh()
        for combo in (self.state, self.severity, self.township, self.campaign):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (self.date_from, self.date_to, self.text):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.enterprise.blockSignals(True)
        self.enterprise.setCurrentIndex(max(0, self.enterprise.findData(enterprise_id)))
        self.enterprise.blockSignals(False)
        self.overdue.blockSignals(True)
        self.overdue.setChecked(True)
        self.overdue.blockSignals(False)
        self.apply()

    def open_hazard(self, index) -> None:
        from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
        hazard_id = self.model.data(index, _USER)
        if hazard_id:
            HazardActionsDialog(self.col, hazard_id, self).exec()

    def export(self, kind: str, path: str | None = None) -> None:
        if path is None:
            filt = {"xlsx": self.tr("Excel 工作簿 (*.xlsx)"), "csv": self.tr("CSV 文件 (*.csv)"),
                    "pdf": self.tr("PDF 文件 (*.pdf)")}[kind]
            suggested = self.ledger.file_name(self.current_filter(), kind)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出隐患台账"),
                                                  str(Path(prefs.export_folder()) / suggested), filt)
            if not path:
                return
            path = with_extension(path, kind)
            prefs.remember_export_folder(str(Path(path).parent))
        flt = self.current_filter()
        ledger = self.ledger

        def work(progress):
            progress.step(0, 2, Path(path).name)
            if kind == "pdf":
                data = export_pdf(ledger, flt)
            else:
                data = ledger.export_xlsx(flt) if kind == "xlsx" else ledger.export_csv(flt)
            progress.step(1, 2, Path(path).name)   # the last point where 取消 leaves no file
            atomic_write_bytes(Path(path), data)
            progress.step(2, 2)
            return path

        def done(p):
            for b in (self.csv_button, self.xlsx_button, self.pdf_button):
                b.setEnabled(True)
            self.export_status.setText(self.tr("已导出：") + str(p))
            bus.status_message.emit(self.tr("已导出：") + str(p))

        def failed(exc):
            for b in (self.csv_button, self.xlsx_button, self.pdf_button):
                b.setEnabled(True)
            self.export_status.setText("")
            if not isinstance(exc, Cancelled):
                errors.show_error(exc, self)

        for b in (self.csv_button, self.xlsx_button, self.pdf_button):
            b.setEnabled(False)
        self.export_status.setText(self.tr("正在导出…"))
        run_with_progress(self, self.tr("导出隐患台账"), work, done, failed)
