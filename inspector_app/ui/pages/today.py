"""今日: inspections in progress, overdue hazards, re-inspections due, sync status."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from inspector_app.ui.pages.base import Page, heading
from inspector_app.ui.workers import db_op


class TodayPage(Page):
    key = "today"
    nav_text = "今日"

    def __init__(self, col, parent=None):
        super().__init__(col, parent)
        lay = QVBoxLayout(self)
        self.greeting = heading(self.tr("今日"))
        lay.addWidget(self.greeting)
        grid = QGridLayout()
        lay.addLayout(grid, 1)
        self.in_progress = self._box(grid, 0, 0, self.tr("进行中的检查（双击继续）"))
        self.overdue = self._box(grid, 0, 1, self.tr("逾期未整改的隐患"))
        self.reinspect = self._box(grid, 1, 0, self.tr("待复查"))
        self.sync_box = QGroupBox(self.tr("同步状态"))
        self.sync_label = QLabel()
        self.sync_label.setWordWrap(True)
        self.sync_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        QVBoxLayout(self.sync_box).addWidget(self.sync_label)
        grid.addWidget(self.sync_box, 1, 1)
        self.in_progress.itemDoubleClicked.connect(self._resume)

    def _box(self, grid, r, c, title) -> QListWidget:
        box = QGroupBox(title)
        lst = QListWidget()
        lst.setWordWrap(True)
        lst.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        lst.setAlternatingRowColors(True)
        QVBoxLayout(box).addWidget(lst)
        grid.addWidget(box, r, c)
        return lst

    def _query(self) -> dict:
        col = self.col
        today = dt.date.today().isoformat()
        data = {
            "in_progress": col.inspections.in_progress(),
            "overdue": list(col.db.query(
                "SELECT h.number, h.description, h.deadline, e.name AS enterprise FROM hazards h "
                "JOIN enterprises e ON e.id=h.enterprise_id WHERE h.state IN ('open','awaiting_rectification') "
                "AND h.deadline IS NOT NULL AND h.deadline < ? ORDER BY h.deadline LIMIT 200", [today])),
            "overdue_count": col.db.execute(
                "SELECT count(*) FROM hazards WHERE state IN ('open','awaiting_rectification') "
                "AND deadline IS NOT NULL AND deadline < ?", [today]).fetchone()[0],
            "reinspect": list(col.db.query(
                "SELECT h.number, h.description, h.deadline, e.name AS enterprise FROM hazards h "
                "JOIN enterprises e ON e.id=h.enterprise_id WHERE h.state='awaiting_reinspection' "
                "ORDER BY h.deadline LIMIT 200")),
            "profile": col.profile.get(),
        }
        try:
            data["sync"] = col.sync.status()
        except Exception:  # noqa: BLE001 - sync not set up is not an error here
            data["sync"] = None
        return data

    def refresh(self) -> None:
        db_op(self._query, self._show)

    def _show(self, data: dict) -> None:
        prof = data["profile"]
        if prof:
            self.greeting.setText(self.tr("今日 · {0}（{1}）").format(prof["inspector_name"], prof["unit_name"]))
        self.in_progress.clear()
        for row in data["in_progress"]:
            item = QListWidgetItem(f"{row['enterprise_name']}  ·  {row['started_at'][:16].replace('T', ' ')}")
            item.setData(Qt.UserRole, row["id"])
            self.in_progress.addItem(item)
        if not data["in_progress"]:
            self.in_progress.addItem(self.tr("没有进行中的检查"))
        self.overdue.clear()
        for row in data["overdue"]:
            item = QListWidgetItem(self.tr("{0}：{1}（期限 {2}）").format(
                row["enterprise"], row["description"][:40], row["deadline"]))
            item.setToolTip(row["number"])
            self.overdue.addItem(item)
        if data["overdue_count"] > len(data["overdue"]):
            self.overdue.addItem(self.tr("……共 {0} 条").format(data["overdue_count"]))
        if not data["overdue"]:
            self.overdue.addItem(self.tr("没有逾期隐患"))
        self.reinspect.clear()
        for row in data["reinspect"]:
            item = QListWidgetItem(f"{row['enterprise']}：{row['description'][:40]}")
            item.setToolTip(row["number"])
            self.reinspect.addItem(item)
        if not data["reinspect"]:
            self.reinspect.addItem(self.tr("没有待复查的隐患"))
        s = data["sync"]
        if not s:
            self.sync_label.setText(self.tr("尚未设置同步。"))
        else:
            # status()["pending"] counts received rows waiting for their parent, not changes to send.
            unacked = sum(p.get("unacknowledged", 0) for p in s.get("peers", []))
            lines = [self.tr("已信任区级：{0}").format(self.tr("是") if s.get("district_trusted") else self.tr("否")),
                     self.tr("待发送的更改：{0}").format(unacked),
                     self.tr("冲突：{0}").format(s.get("conflicts", 0))]
            for peer in s.get("peers", []):
                lines.append(self.tr("{0}：上次同步 {1}").format(
                    peer.get("name"), (peer.get("last_sync_at") or self.tr("从未"))[:16]))
            self.sync_label.setText("\n".join(lines))

    def _resume(self, item) -> None:
        inspection_id = item.data(Qt.UserRole)
        if inspection_id and hasattr(self, "main_window"):
            self.main_window.show_page("inspection").open_inspection(inspection_id)
