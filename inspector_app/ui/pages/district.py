"""区级工作台 (district role only): laptops awaiting approval (approve / revoke), quarantined bundles,
the per-township summary (inspections this month, hazards open / overdue / closed, major hazards under
listed supervision) with a bar chart, and publishing: checklists, the enterprise register, serial blocks.
Queries and approvals run on the database worker."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QSizePolicy, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from inspector_app.ui import theme
from inspector_app.core.errors import InspectorError
from inspector_app.core.i18n import pick
from inspector_app.ui import errors
from inspector_app.ui.pages.base import Page, heading
from inspector_app.core.sync.fingerprint import fingerprint
from inspector_app.ui.widgets.empty_state import EmptyHint
from inspector_app.ui.workers import Latest, db_op, emit_changes
from inspector_app.ui import punctuation
from inspector_app.core.clock import local_text

SERIES = (("open", "open"), ("overdue", "error"), ("closed", "ok"))   # hazard count, theme colour


class BarChart(QWidget):
    """Horizontal grouped bars per township: open, overdue, closed hazards."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.labels = {"open": self.tr("未销号"), "overdue": self.tr("逾期"), "closed": self.tr("已销号")}
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def set_rows(self, rows: list[dict]) -> None:
        self.rows = rows
        self.update()

    def paintEvent(self, event):  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), self.palette().color(QPalette.Base))
        fm = p.fontMetrics()
        if not self.rows:
            p.drawText(self.rect(), Qt.AlignCenter, self.tr("没有乡镇数据"))
            return
        label_w = min(180, max(fm.horizontalAdvance(r["township"]) for r in self.rows) + 16)
        legend_h = fm.height() + 8
        x = label_w
        for key, color in SERIES:                                  # legend
            p.fillRect(QRectF(x, 4, 12, 12), theme.color(color))
            p.drawText(int(x + 16), 4 + fm.ascent(), self.labels[key])
            x += 16 + fm.horizontalAdvance(self.labels[key]) + 18
        top = legend_h + 4
        avail = self.height() - top - 4
        group_h = max(12.0, avail / len(self.rows))
        bar_h = max(3.0, (group_h - 6) / 3)
        peak = max(1, max(max(r[k] for k, _ in SERIES) for r in self.rows))
        width = self.width() - label_w - 60
        for i, r in enumerate(self.rows):
            y = top + i * group_h
            p.setPen(self.palette().color(QPalette.Text))
            p.drawText(QRectF(0, y, label_w - 8, group_h), Qt.AlignRight | Qt.AlignVCenter,
                       fm.elidedText(r["township"], Qt.ElideRight, label_w - 8))
            for j, (key, color) in enumerate(SERIES):
                w = width * r[key] / peak
                rect = QRectF(label_w, y + 3 + j * bar_h, max(1.0, w), bar_h - 1)
                p.fillRect(rect, theme.color(color))
                if bar_h >= fm.height() - 4:
                    p.drawText(int(label_w + w + 4), int(rect.bottom()), str(r[key]))
        p.end()


class DistrictPage(Page):

    def __init__(self, col, parent=None):
        super().__init__(col, parent)
        self.loads = Latest(self)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.title()))
        split = QSplitter(Qt.Horizontal)
        from PySide6.QtWidgets import QTabWidget

        from inspector_app.ui.widgets.district_month import DistrictMonthPanel
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        self.tabs.addTab(split, self.tr("汇总、终端与发布"))
        self.month_panel = DistrictMonthPanel(col)
        self.tabs.addTab(self.month_panel, self.tr("计划、通报与举报"))

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        sum_box = QGroupBox(self.tr("各乡镇汇总（本月检查；隐患）"))
        sb = QVBoxLayout(sum_box)
        self.summary = QTableWidget(0, 6)
        self.summary.setHorizontalHeaderLabels([self.tr("乡镇（街道）"), self.tr("本月检查"), self.tr("未销号"),
                                                self.tr("逾期"), self.tr("已销号"), self.tr("重大隐患挂牌督办")])
        self.summary.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for c in range(1, 6):
            self.summary.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeToContents)
        self.summary.verticalHeader().hide()
        self.summary.setEditTriggers(QTableWidget.NoEditTriggers)
        self.summary.setSelectionBehavior(QTableWidget.SelectRows)
        self.summary.setSelectionMode(QTableWidget.SingleSelection)
        sb.addWidget(self.summary, 1)
        self.chart = BarChart()
        sb.addWidget(self.chart, 1)
        ll.addWidget(sum_box, 1)
        split.addWidget(left)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        dev_box = QGroupBox(self.tr("检查终端（笔记本电脑）"))
        db = QVBoxLayout(dev_box)
        self.devices = QListWidget()
        self.devices_hint = EmptyHint(self.devices, self.tr("还没有终端申请接入。检查员第一次同步时会出现在这里。"))
        db.addWidget(self.devices, 1)
        row = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("批准设备"))
        self.revoke_button = QPushButton(self.tr("吊销设备"))
        self.block_button = QPushButton(self.tr("分配编号段"))
        self.block_button.setToolTip(self.tr("给所选的已批准设备再分配一段文号编号（今年的下一段空闲编号），"
                                             "随下次同步发给该设备"))
        self.approve_button.clicked.connect(lambda: self.approve_selected())
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.block_button.clicked.connect(self.assign_block_selected)
        row.addWidget(self.approve_button)
        row.addWidget(self.revoke_button)
        row.addWidget(self.block_button)
        row.addStretch()
        db.addLayout(row)
        rl.addWidget(dev_box, 2)
        q_box = QGroupBox(self.tr("隔离的数据包（批准设备后自动导入）"))
        qb = QVBoxLayout(q_box)
        self.quarantine = QListWidget()
        self.quarantine_hint = EmptyHint(self.quarantine, self.tr("没有隔离的数据包"))
        qb.addWidget(self.quarantine)
        rl.addWidget(q_box, 1)
        pub_box = QGroupBox(self.tr("发布（随下次同步发给各终端）"))
        pb = QVBoxLayout(pub_box)
        prow = QHBoxLayout()
        self.checklist_button = QPushButton(self.tr("发布检查表…"))
        self.register_button = QPushButton(self.tr("发布所选乡镇的企业名册"))
        self.checklist_button.clicked.connect(self.choose_checklist)
        self.register_button.clicked.connect(self.publish_register)
        prow.addWidget(self.checklist_button)
        prow.addWidget(self.register_button)
        self.import_button = QPushButton(self.tr("导入企业名录…"))
        self.import_button.clicked.connect(self.import_register)
        prow.addWidget(self.import_button)
        pb.addLayout(prow)
        self.published = QLabel()
        self.published.setWordWrap(True)
        pb.addWidget(self.published)
        rl.addWidget(pub_box, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        rl.addWidget(self.message)
        split.addWidget(right)
        split.setSizes([640, 540])
        self.devices.currentItemChanged.connect(lambda *_: self._update_buttons())

    def refresh(self) -> None:
        if not self.visible_for(self.col):
            return
        col = self.col

        def query():
            return {"summary": col.summary.townships(), "devices": col.sync.devices(),
                    "quarantine": col.sync.quarantined(), "blocks": col.sync.serial_block_usage(),
                    "checklists": [(c.title_zh, c.title_en, c.version) for c in col.checklists.available()]}

        self.loads.run(query, self._show)
        self.month_panel.refresh()

    def _show(self, data: dict) -> None:
        rows = data["summary"]
        self.summary.setRowCount(0)
        for r in rows:
            i = self.summary.rowCount()
            self.summary.insertRow(i)
            for c, key in enumerate(("township", "inspections_month", "open", "overdue", "closed",
                                     "major_supervised")):
                item = QTableWidgetItem(str(r[key]))
                item.setData(Qt.UserRole, r["township_id"])
                if c:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if key == "overdue" and r[key]:
                    item.setForeground(theme.color("error"))
                self.summary.setItem(i, c, item)
        self.chart.set_rows(rows)
        names = {"pending": self.tr("待审批"), "approved": self.tr("已批准"), "revoked": self.tr("已吊销"),
                 "district": self.tr("区级")}
        blocks: dict[str, list[str]] = {}
        for b in data["blocks"]:
            blocks.setdefault(b["device_id"], []).append(
                self.tr("%1年 %2–%3（已用 %4/%5）").replace("%1", str(b["year"])).replace("%2", str(b["first"]))
                .replace("%3", str(b["last"])).replace("%4", str(b["used"]))
                .replace("%5", str(b["last"] - b["first"] + 1)))
        keep, _status = self._selected_device()
        scroll = self.devices.verticalScrollBar().value()
        self.devices.blockSignals(True)
        self.devices.clear()
        for d in data["devices"]:
            if d["status"] == "district":
                continue
            text = (f"[{names.get(d['status'], d['status'])}]  {d.get('name') or ''}  "
                    f"{d.get('township') or d.get('township_name') or ''}\n      "
                    + self.tr("设备号 %1  密钥指纹 %2").replace("%1", d["id"][:8])
                    .replace("%2", fingerprint(d.get("public_key") or "")))
            if blocks.get(d["id"]):
                text += "\n      " + self.tr("文号段 ") + self.tr("，").join(blocks[d["id"]])
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, d["id"])
            item.setData(Qt.UserRole + 1, d["status"])
            item.setData(Qt.UserRole + 2, d)
            if d["status"] == "pending":
                item.setForeground(theme.color("warning"))
            self.devices.addItem(item)
            if d["id"] == keep:
                self.devices.setCurrentItem(item)
        self.devices.blockSignals(False)
        self.devices.verticalScrollBar().setValue(scroll)
        self.quarantine.clear()
        for q in data["quarantine"]:
            self.quarantine.addItem(f"{local_text(q['received_at'])}  {q['sender'][:8]}  {q['reason']}")
        self.published.setText(self.tr("当前检查表：") + punctuation.semicolon().join(
            pick(zh, en or zh) + punctuation.paren(v) for zh, en, v in data["checklists"]))
        self._update_buttons()

    def _selected_device(self) -> tuple[str | None, str | None]:
        item = self.devices.currentItem()
        return (item.data(Qt.UserRole), item.data(Qt.UserRole + 1)) if item else (None, None)

    def _update_buttons(self) -> None:
        dev, status = self._selected_device()
        self.approve_button.setEnabled(bool(dev) and status in ("pending", "revoked"))
        self.revoke_button.setEnabled(bool(dev) and status == "approved")
        self.block_button.setEnabled(bool(dev) and status == "approved")

    def approve_selected(self, confirm: bool = True) -> None:
        """Approve the selected laptop after the district confirms who it is: inspector, township,
        device id and key fingerprint (compare with the laptop's 同步 page)."""
        dev, _ = self._selected_device()
        if not dev:
            return
        d = self.devices.currentItem().data(Qt.UserRole + 2) or {}
        if confirm and QMessageBox.question(
                self, self.tr("批准设备"),
                self.tr("批准这台笔记本接入？\n\n检查员：%1\n乡镇：%2\n设备号：%3\n密钥指纹：%4\n\n"
                        "请与该笔记本“同步”页上显示的设备号和指纹核对一致后再批准。")
                .replace("%1", d.get("name") or "").replace("%2", d.get("township") or "")
                .replace("%3", dev).replace("%4", fingerprint(d.get("public_key") or "")),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No) != QMessageBox.Yes:
            return
        sync = self.col.sync

        def done(results):
            self.message.setText(self.tr("已批准设备 %1，导入了隔离的数据包 %2 个。").replace("%1", dev[:8])
                                 .replace("%2", str(len(results))))
            emit_changes(None, self)
            self.refresh()

        self._with_ca(lambda: sync.approve(dev), done, buttons=self._device_buttons())

    def revoke_selected(self) -> None:
        dev, _ = self._selected_device()
        if not dev:
            return
        sync = self.col.sync

        def done(_r):
            self.message.setText(self.tr("已吊销设备 %1。").replace("%1", dev[:8]))
            emit_changes(None, self)
            self.refresh()

        self._with_ca(lambda: sync.revoke(dev), done, buttons=self._device_buttons())

    def assign_block_selected(self) -> None:
        """Ask how many numbers (default: as the first block), then assign the next free range."""
        dev, status = self._selected_device()
        if not dev or status != "approved":
            self.message.setText(self.tr("请先选择一台已批准的设备。"))
            return
        from inspector_app.core.sync.district import MAX_SERIAL_BLOCK_SIZE, SERIAL_BLOCK_SIZE
        size, ok = QInputDialog.getInt(self, self.tr("分配编号段"),
                                       self.tr("给设备 %1 再分配多少个文号编号（%2 年）？")
                                       .replace("%1", dev[:8]).replace("%2", str(dt.date.today().year)),
                                       SERIAL_BLOCK_SIZE, 1, MAX_SERIAL_BLOCK_SIZE)
        if ok:
            self.assign_block(dev, size)

    def assign_block(self, dev: str, size: int | None = None) -> None:
        sync = self.col.sync

        def done(block):
            self.message.setText(self.tr("已给设备 %1 分配 %2 年文号编号段 %3–%4，随下次同步发给该设备。")
                                 .replace("%1", dev[:8]).replace("%2", str(block["year"]))
                                 .replace("%3", str(block["first"])).replace("%4", str(block["last"])))
            emit_changes(None, self)
            self.refresh()

        db_op(lambda: sync.assign_serial_block(dev, size=size), done, self._failed, owner=self,
              buttons=self._device_buttons())

    def _device_buttons(self) -> list:
        return [self.approve_button, self.revoke_button, self.block_button]

    def _with_ca(self, work, done, buttons=()) -> None:
        """Run work that signs with the district's CA key: the district password is asked once per session."""
        from inspector_app.ui.unlock import with_unlocked
        work = with_unlocked(self, self.col.sync.keys, work)
        if work is not None:
            db_op(work, done, self._failed, owner=self, buttons=buttons)

    def _failed(self, exc) -> None:
        if isinstance(exc, InspectorError):
            self.message.setText(str(exc))
        else:
            errors.show_error(exc, self)

    def choose_checklist(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择检查表文件"), "", self.tr("检查表 (*.toml)"))
        if path:
            self.publish_checklist(path)

    def publish_checklist(self, path: str) -> None:
        checklists = self.col.checklists

        def done(cl):
            self.message.setText(self.tr("已发布检查表 %1（%2），下次同步时发给各终端。").replace("%1", pick(cl.title_zh, cl.title_en or cl.title_zh))
                                 .replace("%2", cl.version))
            emit_changes(None, self)
            self.refresh()

        def failed(exc):
            if isinstance(exc, InspectorError):
                self.message.setText(self.tr("检查表未发布：") + str(exc))
            else:
                errors.show_error(exc, self)

        db_op(lambda: checklists.install(path), done, failed, owner=self, buttons=[self.checklist_button])

    def import_register(self):
        from inspector_app.ui.dialogs.register_import import open_dialog
        return open_dialog(self.col, self)

    def publish_register(self) -> None:
        row = self.summary.currentRow()
        item = self.summary.item(row, 0) if row >= 0 else None
        if item is None:
            self.message.setText(self.tr("请先在汇总表中选择一个乡镇。"))
            return
        tid, name, sync = item.data(Qt.UserRole), item.text(), self.col.sync

        def done(n):
            self.message.setText(self.tr("%1 的企业名册与台账已发布（新增 %2 条），下次同步时发给该乡镇的终端。")
                                 .replace("%1", name).replace("%2", str(n)))

        db_op(lambda: sync.publish_baseline(tid), done, self._failed, owner=self, buttons=[self.register_button])
