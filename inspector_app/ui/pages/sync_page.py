"""同步 page: status line, sync locations (folders / USB labels), sync now and automatic sync when a
configured location appears (polled, never modal), import history with rejected bundles and reasons,
and for the district: devices awaiting approval (approve, revoke) and quarantined bundles."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from inspector_app.ui.pages.base import Page, heading
from inspector_app.ui.signals import bus

POLL_MS = 5000


class SyncPage(Page):
    key = "sync"
    nav_text = "同步"

    def __init__(self, col, parent=None):
        super().__init__(col, parent)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.title()))
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        lay.addWidget(self.status_line)
        lay.addWidget(QLabel(self.tr("同步位置（文件夹或 U 盘卷标）")))
        self.locations = QListWidget()
        self.locations.setMaximumHeight(110)
        lay.addWidget(self.locations)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加文件夹…"))
        self.sync_button = QPushButton(self.tr("立即同步"))
        self.add_button.clicked.connect(self.choose_folder)
        self.sync_button.clicked.connect(self.sync_available)
        row.addWidget(self.add_button)
        row.addWidget(self.sync_button)
        row.addStretch()
        lay.addLayout(row)
        lay.addWidget(QLabel(self.tr("同步记录")))
        self.history = QListWidget()
        lay.addWidget(self.history, 1)
        lay.addWidget(QLabel(self.tr("冲突（左：现值，右：另一设备的值）")))
        self.conflicts = QTableWidget(0, 4)
        self.conflicts.setHorizontalHeaderLabels([self.tr("表"), self.tr("字段"), self.tr("现值"), self.tr("另一值")])
        self.conflicts.horizontalHeader().setStretchLastSection(True)
        self.conflicts.setColumnWidth(2, 360)
        self.conflicts.setSelectionBehavior(QTableWidget.SelectRows)
        self.conflicts.setEditTriggers(QTableWidget.NoEditTriggers)
        self.conflicts.setMaximumHeight(130)
        lay.addWidget(self.conflicts)
        crow = QHBoxLayout()
        self.keep_winner_button = QPushButton(self.tr("保留现值"))
        self.keep_other_button = QPushButton(self.tr("采用另一值"))
        self.keep_winner_button.clicked.connect(lambda: self.resolve_selected("winner"))
        self.keep_other_button.clicked.connect(lambda: self.resolve_selected("other"))
        crow.addWidget(self.keep_winner_button)
        crow.addWidget(self.keep_other_button)
        crow.addStretch()
        lay.addLayout(crow)
        lay.addWidget(QLabel(self.tr("隔离的数据包")))
        self.quarantine = QListWidget()
        self.quarantine.setMaximumHeight(80)
        lay.addWidget(self.quarantine)
        self.devices_label = QLabel(self.tr("设备（区级审批）"))
        lay.addWidget(self.devices_label)
        self.devices = QListWidget()
        self.devices.setMaximumHeight(120)
        lay.addWidget(self.devices)
        drow = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("批准设备"))
        self.revoke_button = QPushButton(self.tr("吊销设备"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        drow.addWidget(self.approve_button)
        drow.addWidget(self.revoke_button)
        drow.addStretch()
        lay.addLayout(drow)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def refresh(self) -> None:
        sync = self.col.sync
        st = sync.status()
        parts = [self.tr("已信任区级：") + (st["district"] or self.tr("否"))] if st["role"] != "district" else []
        parts += [self.tr("待发送：%1").replace("%1", str(st["pending"])),
                  self.tr("冲突：%1").replace("%1", str(st["conflicts"])),
                  self.tr("隔离的数据包：%1").replace("%1", str(st["quarantined"]))]
        for p in st["peers"]:
            parts.append(self.tr("%1 上次同步 %2").replace("%1", p["name"] or p["peer_id"][:8])
                         .replace("%2", (p["last_sync_at"] or self.tr("从未"))[:16]))
        self.status_line.setText(self.tr("；").join(parts))
        prof = self.col.profile.get() or {}
        reachable = {str(p) for p in sync.locations()}
        self.locations.clear()
        for loc in (prof.get("settings") or {}).get("sync_locations") or []:
            text = loc.get("path") or (self.tr("U 盘：") + loc.get("label", ""))
            ok = any(text == r or r.endswith(loc.get("label", "\0")) for r in reachable) or loc.get("path") in reachable
            self.locations.addItem(text + ("  ✓ " + self.tr("可用") if ok else "  — " + self.tr("未连接")))
        self.conflicts.setRowCount(0)
        for c in sync.conflicts():
            r = self.conflicts.rowCount()
            self.conflicts.insertRow(r)
            for i, v in enumerate((c["tbl"], c["field"], c["winner_value"], c["other_value"])):
                item = QTableWidgetItem("" if v is None else str(v))
                item.setData(Qt.UserRole, c["id"])
                self.conflicts.setItem(r, i, item)
        self.quarantine.clear()
        for q in sync.quarantined():
            self.quarantine.addItem(f"{q['received_at'][:16]}  {q['sender'][:8]}  {q['reason']}")
        district = st["role"] == "district"
        for w in (self.devices_label, self.devices, self.approve_button, self.revoke_button):
            w.setVisible(district)
        self.devices.clear()
        if district:
            names = {"pending": self.tr("待审批"), "approved": self.tr("已批准"), "revoked": self.tr("已吊销")}
            for d in sync.devices():
                item = QListWidgetItem(f"{d.get('name') or d['id'][:8]}  {d.get('township') or d.get('township_name') or ''}"
                                       f"  [{names.get(d['status'], d['status'])}]")
                item.setData(Qt.UserRole, d["id"])
                self.devices.addItem(item)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("选择同步文件夹"))
        if path:
            self.add_folder(path)

    def add_folder(self, path: str) -> None:
        bus.data_changed.emit(self.col.sync.add_location(path=path))
        self.refresh()

    def sync_folder(self, folder) -> None:
        """Sync with one folder; the outcome goes to the status line and history, never a dialog."""
        try:
            rep = self.col.sync.sync_folder(folder)
        except Exception as e:  # noqa: BLE001 - shown in place, not as a modal surprise
            self.history.insertItem(0, self.tr("同步失败：") + f"{folder}：{e}")
            return
        self.history.insertItem(0, self.tr("%1：导入 %2 个，导出 %3 个，拒收 %4 个").replace("%1", str(folder))
                                .replace("%2", str(len(rep.imported))).replace("%3", str(len(rep.exported)))
                                .replace("%4", str(len(rep.rejected))))
        for path, reason in rep.rejected:
            self.history.insertItem(1, self.tr("拒收 %1：%2").replace("%1", path.name).replace("%2", reason))
        bus.data_changed.emit(None)
        self.refresh()

    def sync_available(self) -> None:
        for folder in self.col.sync.locations():
            self.sync_folder(folder)

    def poll(self) -> None:
        """Automatic sync when a configured location is reachable and something is due."""
        locs = self.col.sync.locations()
        if locs and (self.col.sync.is_district() or self.col.sync.due("district")):
            for folder in locs:
                self.sync_folder(folder)

    def resolve_selected(self, keep: str) -> None:
        item = self.conflicts.item(self.conflicts.currentRow(), 0) if self.conflicts.currentRow() >= 0 else None
        if item is None:
            return
        bus.data_changed.emit(self.col.sync.resolve(item.data(Qt.UserRole), keep=keep))
        self.refresh()

    def _selected_device(self):
        item = self.devices.currentItem()
        return item.data(Qt.UserRole) if item else None

    def approve_selected(self) -> None:
        dev = self._selected_device()
        if dev:
            self.col.sync.approve(dev)
            self.history.insertItem(0, self.tr("已批准设备 %1").replace("%1", dev[:8]))
            bus.data_changed.emit(None)
            self.refresh()

    def revoke_selected(self) -> None:
        dev = self._selected_device()
        if dev:
            self.col.sync.revoke(dev)
            bus.data_changed.emit(None)
            self.refresh()
