"""区级工作台 → 计划、通报与举报: per township the year's plan progress and overdue work, with drill-down to the
planned inspections, overdue hazards and complaints of the selected township; the 双随机 draw (with its 公示 PDF),
the annual plan and the monthly report. Queries run on the database worker; the SQL lives in core."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout, QWidget)

from inspector_app.ui import theme
from inspector_app.core.errors import InspectorError
from inspector_app.ui import errors
from inspector_app.ui.signals import bus
from inspector_app.ui.widgets.dates import DateEdit, ask_month
from inspector_app.ui.workers import db_op
from inspector_app.ui import punctuation

COLUMNS = ("township", "plan", "covered", "planned_overdue", "hazards_overdue", "complaints")


def _month_default() -> str:
    return dt.date.today().isoformat()[:7]


class DrawDialog(QDialog):
    """双随机抽取: month, count, published seed, township (or the whole district), 四不两直."""

    def __init__(self, townships: list[dict], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("双随机抽取"))
        form = QFormLayout(self)
        self.month = DateEdit(_month_default(), month_only=True, what=self.tr("抽取月份"),
                              not_before=dt.date.today().replace(day=1))
        self.count = QSpinBox()
        self.count.setRange(1, 10000)
        self.count.setValue(10)
        self.seed = QLineEdit(dt.date.today().strftime("%Y%m%d"))
        self.seed.setToolTip(self.tr("公开的随机种子：相同名录库和种子得到相同结果"))
        self.township = QComboBox()
        self.township.addItem(self.tr("全区"), None)
        for t in townships:
            self.township.addItem(t["name"], t["name"])
        self.unannounced = QCheckBox(self.tr("按“四不两直”检查"))
        form.addRow(self.tr("月份"), self.month)
        form.addRow(self.tr("抽取企业数"), self.count)
        form.addRow(self.tr("随机种子"), self.seed)
        form.addRow(self.tr("范围"), self.township)
        form.addRow("", self.unannounced)
        self.error = QLabel()
        self.error.setStyleSheet(theme.style("error"))
        self.month.problem_changed.connect(self.error.setText)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        """Refused while the month is before this one (the month stays as chosen, with the reason)."""
        if self.month.problem():
            self.error.setText(self.month.problem())
            return
        super().accept()

    def values(self) -> dict:
        return {"month": self.month.iso(), "count": self.count.value(), "seed": self.seed.text().strip(),
                "township": self.township.currentData(), "unannounced": self.unannounced.isChecked()}


class DistrictMonthPanel(QWidget):
    def __init__(self, col, parent=None):
        super().__init__(parent)
        self.col = col
        self.rows: list[dict] = []
        lay = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.draw_button = QPushButton(self.tr("双随机抽取…"))
        self.plan_button = QPushButton(self.tr("生成本年度计划"))
        self.plan_button.setToolTip(self.tr("按企业分级生成各乡镇本年度执法检查计划（A 4次、B 2次、C 1次、D 1次）"))
        self.report_button = QPushButton(self.tr("月度通报…"))
        self.draw_button.clicked.connect(self.ask_draw)
        self.plan_button.clicked.connect(self.make_plan)
        self.report_button.clicked.connect(self.ask_report)
        for b in (self.draw_button, self.plan_button, self.report_button):
            buttons.addWidget(b)
        buttons.addStretch()
        lay.addLayout(buttons)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("乡镇（街道）"), self.tr("本年检查 / 计划"), self.tr("覆盖企业"),
                                              self.tr("逾期未做的计划检查"), self.tr("逾期隐患"), self.tr("举报未答复（逾期）")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for c in range(1, len(COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.itemSelectionChanged.connect(self.show_details)
        lay.addWidget(self.table, 2)
        self.details_title = QLabel(self.tr("选择一个乡镇查看明细"))
        lay.addWidget(self.details_title)
        self.details = QTabWidget()
        self.planned = self._list(self.tr("计划检查"), (self.tr("月份"), self.tr("类别"), self.tr("企业"),
                                                       self.tr("检查人员"), self.tr("期限"), self.tr("状态")))
        self.hazards = self._list(self.tr("逾期隐患"), (self.tr("隐患编号"), self.tr("企业"), self.tr("隐患"),
                                                      self.tr("期限"), self.tr("来源")))
        self.complaints = self._list(self.tr("举报"), (self.tr("受理日期"), self.tr("企业"), self.tr("内容"),
                                                      self.tr("状态"), self.tr("答复期限")))
        self.complaints.setSelectionBehavior(QTableWidget.SelectRows)
        self.complaints.setSelectionMode(QTableWidget.SingleSelection)
        lay.addWidget(self.details, 3)
        crow = QHBoxLayout()
        self.add_complaint_button = QPushButton(self.tr("登记举报…"))
        self.dispatch_button = QPushButton(self.tr("派出核查"))
        self.dispatch_button.setToolTip(self.tr("向所属乡镇的终端派出举报核查检查（四不两直）"))
        self.verify_button = QPushButton(self.tr("记录核查情况…"))
        self.reply_button = QPushButton(self.tr("记录答复…"))
        self.add_complaint_button.clicked.connect(self.ask_complaint)
        self.dispatch_button.clicked.connect(lambda: self.complaint_step("dispatch"))
        self.verify_button.clicked.connect(lambda: self.complaint_step("verify"))
        self.reply_button.clicked.connect(lambda: self.complaint_step("reply"))
        for b in (self.add_complaint_button, self.dispatch_button, self.verify_button, self.reply_button):
            crow.addWidget(b)
        crow.addStretch()
        lay.addLayout(crow)
        self.message = QLabel()
        self.message.setWordWrap(True)
        lay.addWidget(self.message)

    def _list(self, title: str, headers: tuple) -> QTableWidget:
        t = QTableWidget(0, len(headers))
        t.setHorizontalHeaderLabels(list(headers))
        t.horizontalHeader().setStretchLastSection(True)
        t.verticalHeader().hide()
        t.setEditTriggers(QTableWidget.NoEditTriggers)
        t.setWordWrap(False)
        self.details.addTab(t, title)
        return t

    # -- data -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        from inspector_app.core.reports import township_work
        col = self.col
        db_op(lambda: township_work(col), self._show, owner=self)

    def _show(self, rows: list[dict]) -> None:
        selected = self.selected_township()
        self.rows = rows
        self.table.setRowCount(0)
        for r in rows:
            i = self.table.rowCount()
            self.table.insertRow(i)
            plan = (f"{r['done_year']} / {r['planned_year']}" if r["planned_year"] is not None
                    else self.tr("%1 / 无计划").replace("%1", str(r["done_year"])))
            values = (r["township"], plan, f"{r['covered']} / {r['enterprises']}", str(r["planned_overdue"]),
                      str(r["hazards_overdue"]), f"{r['complaints_open']}{punctuation.paren(r['complaints_overdue'])}")
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, r["township_id"])
                if c:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                late = {3: r["planned_overdue"], 4: r["hazards_overdue"], 5: r["complaints_overdue"]}.get(c)
                if late:
                    item.setForeground(theme.color("error"))
                self.table.setItem(i, c, item)
            if r["township_id"] == selected:
                self.table.selectRow(i)

    def selected_township(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.UserRole) if items else None

    def show_details(self) -> None:
        tid = self.selected_township()
        if not tid:
            return
        col = self.col
        name = next((r["township"] for r in self.rows if r["township_id"] == tid), "")

        def query():
            from inspector_app.core.reports import overdue_hazards
            return {"planned": col.plans.planned(township_id=tid), "hazards": overdue_hazards(col, tid),
                    "complaints": col.complaints.list(township_id=tid)}

        db_op(query, lambda data: self._details(name, data), owner=self)

    def _details(self, name: str, data: dict) -> None:
        today = dt.date.today().isoformat()
        kinds = {"random": self.tr("双随机"), "planned": self.tr("计划"), "special": self.tr("专项"),
                 "complaint": self.tr("举报核查"), "reinspection": self.tr("复查")}
        states = {"received": self.tr("已受理"), "dispatched": self.tr("已派核查"), "verified": self.tr("已核查"),
                  "replied": self.tr("已答复")}
        self.details_title.setText(self.tr("%1 的明细").replace("%1", name))
        status = {"planned": self.tr("待检查"), "started": self.tr("检查中"), "done": self.tr("已完成"),
                  "cancelled": self.tr("已取消")}
        rows = [((p["month"], kinds.get(p["kind"], p["kind"]) + (self.tr("·四不两直") if p["unannounced"] else ""),
                  p["enterprise"], punctuation.enumeration().join(n for n in (p["inspector1_name"], p["inspector2_name"]) if n),
                  p["due_on"] or "", status.get(p["status"], p["status"])),
                 p["status"] in ("planned", "started") and (p["due_on"] or "9") < today)
                for p in sorted(data["planned"], key=lambda p: (p["month"], p["enterprise"]), reverse=True)]
        self._fill(self.planned, rows)
        sources = {"inspection": self.tr("检查"), "self_check": self.tr("企业自查"), "report": self.tr("举报"),
                   "other": self.tr("其他")}
        self._fill(self.hazards, [((h["number"], h["enterprise"], h["description"], h["deadline"],
                                    sources.get(h["source"], h["source"])), True) for h in data["hazards"]])
        self._fill(self.complaints, [((c["received_on"], c["enterprise"] or "—", c["content"],
                                       states.get(c["status"], c["status"]), c["due_on"]), c["overdue"])
                                     for c in data["complaints"]])
        for i, c in enumerate(data["complaints"]):
            self.complaints.item(i, 0).setData(Qt.UserRole, c["id"])
        self.details.setTabText(0, self.tr("计划检查（%1）").replace("%1", str(len(data["planned"]))))
        self.details.setTabText(1, self.tr("逾期隐患（%1）").replace("%1", str(len(data["hazards"]))))
        self.details.setTabText(2, self.tr("举报（%1）").replace("%1", str(len(data["complaints"]))))

    def _fill(self, table: QTableWidget, rows: list[tuple[tuple, bool]]) -> None:
        table.setRowCount(len(rows))
        for i, (values, late) in enumerate(rows):
            for c, v in enumerate(values):
                item = QTableWidgetItem(str(v))
                if late:
                    item.setForeground(theme.color("error"))
                table.setItem(i, c, item)
        table.resizeColumnsToContents()

    # -- actions --------------------------------------------------------------------------------------
    def ask_draw(self) -> None:
        dlg = DrawDialog(self.col.townships.all(), self)
        if dlg.exec() != QDialog.Accepted:
            return
        path = _save_pdf_as(self, self.tr("保存公示 PDF"), f"双随机抽取-{dlg.values()['month']}.pdf")
        self.draw(dlg.values(), path)

    def draw(self, values: dict, pdf_path: str | None) -> None:
        col = self.col

        def work():
            res = col.plans.draw(values["month"], values["count"], values["seed"], values["township"],
                                 unannounced=values["unannounced"])
            if pdf_path:
                from inspector_app.core.datadir import atomic_write_bytes
                from inspector_app.core.draw_record import render_draw
                prof = col.profile.get()
                from pathlib import Path
                atomic_write_bytes(Path(pdf_path), render_draw(res, prof["unit_name"] if prof else ""))
            return res

        def done(res):
            self.message.setText(self.tr("已抽取 %1 家企业（种子 %2），下次同步时作为计划检查发给乡镇终端。")
                                 .replace("%1", str(len(res.enterprises))).replace("%2", res.seed)
                                 + (self.tr("公示 PDF：") + pdf_path if pdf_path else ""))
            bus.data_changed.emit(None)

        db_op(work, done, self._failed, owner=self)

    def make_plan(self) -> None:
        col, year = self.col, dt.date.today().year

        def done(plans):
            self.message.setText(self.tr("已生成 %1 年度计划：共 %2 次检查。").replace("%1", str(year))
                                 .replace("%2", str(sum(p["total_visits"] for p in plans))))
            bus.data_changed.emit(None)

        db_op(lambda: col.plans.make_annual(year), done, self._failed, owner=self)

    def ask_report(self) -> None:
        from inspector_app.core.reports import previous_month
        month = ask_month(self, self.tr("月度通报"), self.tr("月份："), previous_month(),
                          not_after=dt.date.today())
        if not month:
            return
        path = _save_pdf_as(self, self.tr("保存月度通报"), f"月度通报-{month}.pdf")
        if path:
            self.report(month.strip(), path)

    def report(self, month: str, pdf_path: str) -> None:
        """Write the PDF and, beside it, the XLSX with the same figures."""
        col = self.col
        from pathlib import Path
        pdf = Path(pdf_path)
        xlsx = pdf.with_suffix(".xlsx")

        def work():
            from inspector_app.core.datadir import atomic_write_bytes
            from inspector_app.core.report_render import render_pdf, render_xlsx
            rep = col.reports.monthly(month)
            prof = col.profile.get()
            atomic_write_bytes(pdf, render_pdf(rep, prof["unit_name"] if prof else ""))
            atomic_write_bytes(xlsx, render_xlsx(rep))
            return rep

        db_op(work, lambda rep: self.message.setText(
            self.tr("已生成 %1 月度通报：%2 和 %3").replace("%1", month).replace("%2", str(pdf)).replace("%3", str(xlsx))),
            self._failed, owner=self)

    def selected_complaint(self) -> str | None:
        items = self.complaints.selectedItems()
        return self.complaints.item(items[0].row(), 0).data(Qt.UserRole) if items else None

    def ask_complaint(self) -> None:
        dlg = ComplaintDialog(self.col.townships.all(), self.selected_township(), self)
        if dlg.exec() == QDialog.Accepted:
            self.add_complaint(dlg.values())

    def add_complaint(self, values: dict) -> None:
        """values: content, source, township_id, uscc (optional), complainant, received_on."""
        col = self.col

        def work():
            eid = None
            if values.get("uscc"):
                ent = col.enterprises.by_uscc(values["uscc"])
                if ent is None:
                    raise InspectorError(f"名录库中没有统一社会信用代码为 {values['uscc']} 的企业",
                                         f"No enterprise with credit code {values['uscc']}")
                eid = ent["id"]
            return col.complaints.add(content=values["content"], source=values["source"],
                                      township_id=values.get("township_id"), enterprise_id=eid,
                                      complainant=values.get("complainant", ""),
                                      received_on=values.get("received_on") or None)

        def done(changes):
            c = col.complaints.get(changes.id)
            self.message.setText(self.tr("已受理举报，答复期限 %1。").replace("%1", c["due_on"]))
            bus.data_changed.emit(changes)
            self.refresh()
            self.show_details()

        db_op(work, done, self._failed, owner=self)

    def complaint_step(self, step: str, text: str | None = None, substantiated: bool | None = None) -> None:
        """dispatch / verify (finding, substantiated) / reply (text) for the selected complaint; asks for
        what is missing."""
        cid = self.selected_complaint()
        if not cid:
            self.message.setText(self.tr("请先在“举报”列表中选择一件举报。"))
            return
        from PySide6.QtWidgets import QInputDialog, QMessageBox
        if step == "verify" and text is None:
            text, ok = QInputDialog.getMultiLineText(self, self.tr("核查情况"), self.tr("核查情况："))
            if not ok:
                return
            substantiated = QMessageBox.question(self, self.tr("核查情况"), self.tr("举报情况是否属实？")) \
                == QMessageBox.Yes
        if step == "reply" and text is None:
            text, ok = QInputDialog.getMultiLineText(self, self.tr("答复"), self.tr("答复内容："))
            if not ok:
                return
        service = self.col.complaints
        work = {"dispatch": lambda: service.dispatch(cid),
                "verify": lambda: service.verify(cid, text or "", bool(substantiated)),
                "reply": lambda: service.reply(cid, text or "")}[step]
        said = {"dispatch": self.tr("已派出举报核查检查，下次同步时发给乡镇终端。"),
                "verify": self.tr("已记录核查情况。"), "reply": self.tr("已记录答复。")}[step]

        def done(changes):
            self.message.setText(said)
            bus.data_changed.emit(changes)
            self.refresh()
            self.show_details()

        db_op(work, done, self._failed, owner=self)

    def _failed(self, exc) -> None:
        if isinstance(exc, InspectorError):
            self.message.setText(str(exc))
        else:
            errors.show_error(exc, self)


class ComplaintDialog(QDialog):
    """登记举报: content, source, township or the enterprise's credit code, complainant, date received."""

    def __init__(self, townships: list[dict], township_id: str | None, parent=None):
        super().__init__(parent)
        from PySide6.QtWidgets import QPlainTextEdit

        from inspector_app.core.complaints import SOURCES
        self.setWindowTitle(self.tr("登记举报"))
        self.setMinimumWidth(480)          # the credit-code hint reads in full in English too
        form = QFormLayout(self)
        self.content = QPlainTextEdit()
        self.source = QComboBox()
        names = {"hotline": self.tr("举报电话（12350等）"), "letter": self.tr("来信"), "online": self.tr("网络平台"),
                 "visit": self.tr("来访"), "referral": self.tr("上级转办"), "other": self.tr("其他")}
        for key, zh in SOURCES.items():
            self.source.addItem(names.get(key, zh), key)
        self.township = QComboBox()
        for t in townships:
            self.township.addItem(t["name"], t["id"])
        if township_id:
            self.township.setCurrentIndex(max(0, self.township.findData(township_id)))
        self.uscc = QLineEdit()
        self.uscc.setPlaceholderText(self.tr("被举报企业的统一社会信用代码（可不填）"))
        self.complainant = QLineEdit()
        self.received = DateEdit(dt.date.today(), not_after="today", what=self.tr("受理日期"))
        self.error = QLabel()
        self.error.setStyleSheet(theme.style("error"))
        self.received.problem_changed.connect(self.error.setText)
        form.addRow(self.tr("举报内容"), self.content)
        form.addRow(self.tr("来源"), self.source)
        form.addRow(self.tr("乡镇（街道）"), self.township)
        form.addRow(self.tr("被举报企业"), self.uscc)
        form.addRow(self.tr("举报人"), self.complainant)
        form.addRow(self.tr("受理日期"), self.received)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.received.problem():
            self.error.setText(self.received.problem())
            return
        super().accept()

    def values(self) -> dict:
        return {"content": self.content.toPlainText(), "source": self.source.currentData(),
                "township_id": self.township.currentData(), "uscc": self.uscc.text().strip(),
                "complainant": self.complainant.text(), "received_on": self.received.iso()}


def _save_pdf_as(parent, title: str, name: str) -> str | None:
    """A save dialog opening in the folder last exported to, with `name` proposed; `.pdf` added when the
    user typed a name without it. None when cancelled."""
    from pathlib import Path

    from inspector_app.core.filenames import with_extension
    from inspector_app.ui import preferences as prefs
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(prefs.export_folder()) / name), "PDF (*.pdf)")
    if not path:
        return None
    path = with_extension(path, "pdf")
    prefs.remember_export_folder(str(Path(path).parent))
    return path
