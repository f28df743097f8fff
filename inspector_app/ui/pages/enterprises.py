"""企业: search-as-you-type list (lazy paged model), detail with history and ledgers, add/edit."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QSplitter,
                               QTableView, QTextBrowser, QVBoxLayout, QWidget)

from inspector_app.ui import theme
from inspector_app.core import search
from inspector_app.ui.pages.base import Page, heading
from inspector_app.ui.widgets.columns import ElidedTooltips, fit_columns, fit_width
from inspector_app.ui.widgets.paged_model import PagedSqlModel
from inspector_app.ui.widgets.empty_state import EmptyHint
from inspector_app.ui.workers import Latest
from inspector_app.ui import punctuation
from inspector_app.core.clock import local_date


_DISPLAY, _USER = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole   # bound once: see hazards_ledger


class EnterpriseModel(PagedSqlModel):
    """The enterprise search results, a page at a time."""

    def __init__(self, col, parent=None):
        super().__init__(parent)
        self.col = col
        self.filters = ("", None, None)
        self.headers = [self.tr("企业名称"), self.tr("统一社会信用代码"), self.tr("地址"), self.tr("负责人"),
                        self.tr("风险标签")]

    def set_filters(self, query: str, township_id, risk_tag) -> None:
        self.filters = (query, township_id, risk_tag)
        self.reload(search.count_enterprises(self.col, *self.filters))

    def fetch(self, offset: int, limit: int) -> list[dict]:
        return search.search_enterprises(self.col, *self.filters, limit=limit, offset=offset)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == _DISPLAY:
            key = ("name", "uscc", "address", "principal", "risk_tags")[index.column()]
            if key == "risk_tags":
                return punctuation.enumeration().join(json.loads(row["risk_tags"] or "[]"))
            return row[key]
        if role == _USER:
            return row["id"]
        return None


class EnterprisesPage(Page):
    tables = frozenset({"enterprises", "townships", "inspections", "hazards", "confined_spaces",
                        "height_projects", "contractors"})

    def __init__(self, col, parent=None):
        super().__init__(col, parent)
        self.details = Latest(self)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("企业")))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索名称、信用代码、地址或负责人"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(34)
        self.township = QComboBox()
        self.risk = QComboBox()
        self.add_btn = QPushButton(self.tr("新增企业"))
        top.addWidget(self.search, 1)
        top.addWidget(self.township)
        top.addWidget(self.risk)
        top.addWidget(self.add_btn)
        lay.addLayout(top)
        split = QSplitter(Qt.Horizontal)
        self.model = EnterpriseModel(col, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.verticalHeader().hide()
        # Columns sized by their header and typical content (a company name, a credit code, a person's name, two
        # risk tags); the address takes what is left, so that every column is in view beside the detail at
        # 1366 px. Longer cells are elided with the full text as tooltip; a user's own widths are restored by
        # the main window.
        headers = self.model.headers
        fit_columns(self.table, {0: fit_width(self.table, headers[0], ["示例城关兴旺化工有限公司"], cap=190),
                                 1: fit_width(self.table, headers[1], ["91370899MADQBWHD5R"]),
                                 3: fit_width(self.table, headers[3], ["欧阳建国"]),
                                 4: fit_width(self.table, headers[4], ["涉有限空间、涉危化品"], cap=120)})
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.setItemDelegate(ElidedTooltips(self.table))
        self.table.setAlternatingRowColors(True)
        split.addWidget(self.table)
        self.empty_hint = EmptyHint(self.table)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser()
        buttons = QHBoxLayout()
        self.edit_btn = QPushButton(self.tr("编辑"))
        self.inspect_btn = QPushButton(self.tr("开始检查"))
        self.inspect_btn.setStyleSheet("font-weight: 600;")
        buttons.addWidget(self.edit_btn)
        buttons.addStretch()
        buttons.addWidget(self.inspect_btn)
        rl.addWidget(self.detail, 1)
        rl.addLayout(buttons)
        split.addWidget(right)
        split.setSizes([640, 420])
        lay.addWidget(split, 1)
        self.timer = QTimer(self, singleShot=True, interval=120)
        self.timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.township.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.risk.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_detail(cur))
        self.add_btn.clicked.connect(self.add_enterprise)
        self.edit_btn.clicked.connect(self.edit_enterprise)
        self.inspect_btn.clicked.connect(self.start_inspection)
        self.current_id: str | None = None
        self._set_buttons()

    def _set_buttons(self) -> None:
        self.edit_btn.setEnabled(self.current_id is not None)
        self.inspect_btn.setEnabled(self.current_id is not None)

    def refresh(self) -> None:
        self._fill_filters()
        self.apply_filters()

    def _fill_filters(self) -> None:
        for box, items, all_text in (
                (self.township, [(t["name"], t["id"]) for t in self.col.townships.all()], self.tr("全部乡镇")),
                (self.risk, [(t, t) for t in search.risk_tags(self.col)], self.tr("全部风险标签"))):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(all_text, None)
            for text, data in items:
                box.addItem(text, data)
            idx = box.findData(current)
            box.setCurrentIndex(max(idx, 0))
            box.blockSignals(False)

    def apply_filters(self) -> None:
        """Re-run the search keeping the selected enterprise and the scroll position; when the
        selected enterprise is no longer listed, the detail and its buttons are cleared."""
        # Queries run on the UI thread: measured ≤ 30 ms on district-decade data (docs/performance.md).
        scroll = self.table.verticalScrollBar().value()
        self.model.set_filters(self.search.text(), self.township.currentData(), self.risk.currentData())
        found = None
        if self.current_id:
            for r, row in enumerate(self.model.rows):
                if row["id"] == self.current_id:
                    found = r
                    break
        if found is None:
            self.clear_detail()
        else:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(found)
            self.table.selectionModel().blockSignals(False)
            self.show_detail(self.model.index(found, 0))
        self.table.verticalScrollBar().setValue(scroll)
        self._hint()

    def _hint(self) -> None:
        """Say what to do when nothing is listed: clear the search, or fill the register."""
        if self.model.rowCount():
            return
        if self.search.text().strip() or self.township.currentIndex() > 0 or self.risk.currentIndex() > 0:
            self.empty_hint.set_hint(self.tr("没有符合条件的企业"), self.tr("清除搜索和筛选"), self.clear_search)
        elif self.col.role == "district":
            self.empty_hint.set_hint(self.tr("企业名录为空。在“区级工作台”用“导入企业名录…”导入 Excel/CSV，或点“新增企业”。"))
        else:
            self.empty_hint.set_hint(self.tr("企业名录为空。区级导入的企业名录同步后列在这里；也可点“新增企业”登记。"))

    def clear_search(self) -> None:
        for box in (self.township, self.risk):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def clear_detail(self) -> None:
        self.current_id = None
        self.details.cancel()
        self.table.clearSelection()
        self.detail.clear()
        self._set_buttons()

    def show_detail(self, index) -> None:
        if not index.isValid():
            return
        self.current_id = index.data(Qt.UserRole)
        self._set_buttons()
        col, eid = self.col, self.current_id
        self.details.run(lambda: enterprise_detail_html(col, eid), self.detail.setHtml)

    def add_enterprise(self) -> None:
        from inspector_app.ui.dialogs.enterprise_form import EnterpriseDialog
        dlg = EnterpriseDialog(self.col, None, self)
        if dlg.exec():
            self.current_id = dlg.saved_id

    def edit_enterprise(self) -> None:
        from inspector_app.ui.dialogs.enterprise_form import EnterpriseDialog
        if self.current_id:
            EnterpriseDialog(self.col, self.current_id, self).exec()

    def start_inspection(self) -> None:
        if self.current_id and hasattr(self, "main_window"):
            self.main_window.show_page("inspection").choose_enterprise(self.current_id)


def _esc(text) -> str:
    import html
    return html.escape(str(text or ""))


def _n(text: str) -> str:
    return QCoreApplication.translate("EnterpriseDetail", text)


# The ledger labels, listed for lupdate (they are translated at run time through _n).
LEDGER_STRINGS = (
    QT_TRANSLATE_NOOP("EnterpriseDetail", "是"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "否"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "无"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "编号"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "名称"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "位置"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "危险有害因素"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "中毒风险"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "警示标志"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "项目"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "高度（米）"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "开始"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "结束"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "作业证号"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "单位"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "作业内容"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "资质"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "联系人"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "电话"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "安全协议"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "有限空间台账"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "高处作业项目台账"),
    QT_TRANSLATE_NOOP("EnterpriseDetail", "相关方（承包商）台账"),
)


def _sector(sector: str) -> str:
    """The enterprise's sector as shown (it decides which legal bases bind it; see docs/legal-bases.md)."""
    names = {"industry_trade": QT_TRANSLATE_NOOP("EnterpriseDetail", "工贸"),
             "hazardous_chemicals": QT_TRANSLATE_NOOP("EnterpriseDetail", "危化"),
             "construction": QT_TRANSLATE_NOOP("EnterpriseDetail", "建筑"),
             "other": QT_TRANSLATE_NOOP("EnterpriseDetail", "其他"),
             "": QT_TRANSLATE_NOOP("EnterpriseDetail", "未分类（按工贸企业对待）")}
    return QCoreApplication.translate("EnterpriseDetail", names.get(sector, sector))


def enterprise_detail_html(col, enterprise_id: str) -> str:
    d = col.enterprises.overview(enterprise_id)
    e, town = d["enterprise"], d["township_name"]
    parts = [f"<h2>{_esc(e['name'])}</h2><table cellpadding=2>"]
    for label, value in ((QCoreApplication.translate("EnterpriseDetail", "统一社会信用代码"), e["uscc"]), (QCoreApplication.translate("EnterpriseDetail", "所属乡镇"), town),
                         (QCoreApplication.translate("EnterpriseDetail", "地址"), e["address"]), (QCoreApplication.translate("EnterpriseDetail", "负责人"), f"{e['principal']} {e['principal_title']}"),
                         (QCoreApplication.translate("EnterpriseDetail", "电话"), e["phone"]), (QCoreApplication.translate("EnterpriseDetail", "行业"), e["industry"]),
                         (QCoreApplication.translate("EnterpriseDetail", "行业类别"), _sector(e.get("sector") or "")),
                         (QCoreApplication.translate("EnterpriseDetail", "风险标签"), punctuation.enumeration().join(e["risk_tags"]))):
        parts.append(f"<tr><td><b>{_esc(label)}</b></td><td>{_esc(value)}</td></tr>")
    parts.append("</table>")
    insp = d["inspections"]
    parts.append("<h3>" + _esc(QCoreApplication.translate("EnterpriseDetail", "检查记录")) + _esc(punctuation.paren(len(insp))) + "</h3><ul>")
    status = {"in_progress": QCoreApplication.translate("EnterpriseDetail", "进行中"), "completed": QCoreApplication.translate("EnterpriseDetail", "已完成"), "cancelled": QCoreApplication.translate("EnterpriseDetail", "已取消")}
    for r in insp:
        parts.append(f"<li>{_esc(local_date(r['started_at']))} {_esc(r['inspector1_name'])} "
                     f"{_esc(r['inspector2_name'])} — {_esc(status.get(r['status'], r['status']))}</li>")
    parts.append("</ul>")
    hz = d["hazards"]
    states = {"open": QCoreApplication.translate("EnterpriseDetail", "待下达"), "awaiting_rectification": QCoreApplication.translate("EnterpriseDetail", "整改中"),
              "awaiting_reinspection": QCoreApplication.translate("EnterpriseDetail", "待复查"), "closed": QCoreApplication.translate("EnterpriseDetail", "已销号")}
    parts.append("<h3>" + _esc(QCoreApplication.translate("EnterpriseDetail", "隐患")) + _esc(punctuation.paren(len(hz))) + "</h3><ul>")
    for r in hz:
        major = QCoreApplication.translate("EnterpriseDetail", "【重大】") if r["severity"] == "major" else ""
        parts.append(f"<li>{_esc(r['number'])} {major}{_esc(r['description'])} — "
                     f"{_esc(states.get(r['state'], r['state']))} {_esc(r['deadline'] or '')}</li>")
    parts.append("</ul>")
    yes_no = {1: _n("是"), 0: _n("否")}
    ledgers = (
        ("confined_spaces", _n("有限空间台账"),
         (("number", _n("编号")), ("name", _n("名称")), ("location", _n("位置")), ("hazards", _n("危险有害因素")),
          ("poisoning_risk", _n("中毒风险")), ("warning_sign", _n("警示标志")))),
        ("height_projects", _n("高处作业项目台账"),
         (("name", _n("项目")), ("location", _n("位置")), ("height_m", _n("高度（米）")), ("start_date", _n("开始")),
          ("end_date", _n("结束")), ("permit_no", _n("作业证号")))),
        ("contractors", _n("相关方（承包商）台账"),
         (("name", _n("单位")), ("work_scope", _n("作业内容")), ("qualification", _n("资质")), ("contact", _n("联系人")),
          ("phone", _n("电话")), ("agreement_signed", _n("安全协议")))),
    )
    for table, title, cols in ledgers:
        rows = d["ledgers"][table]
        parts.append(f"<h3>{_esc(title + punctuation.paren(len(rows)))}</h3>")
        if not rows:
            parts.append(f"<p style='color:{theme.muted().name()}'>" + _esc(_n("无")) + "</p>")
            continue
        parts.append("<table border=1 cellspacing=0 cellpadding=3 style='border-collapse:collapse'><tr>")
        parts += [f"<th>{_esc(label)}</th>" for _k, label in cols]
        parts.append("</tr>")
        for r in rows:
            cells = []
            for k, _label in cols:
                v = r.get(k)
                if k in ("poisoning_risk", "warning_sign", "agreement_signed"):
                    v = yes_no.get(v, v)
                cells.append(f"<td>{_esc(v if v is not None else '')}</td>")
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</table>")
    return "".join(parts)
