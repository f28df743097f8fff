"""今日: inspections in progress, re-inspections due this week, overdue hazards by enterprise, documents
awaiting signature, sync status (a wrong clock and changes the district refused: what, why, what to do). Double-click an entry to go to it."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from inspector_app.ui import theme
from inspector_app.core.i18n import pick
from inspector_app.ui.pages.base import Page, heading
from inspector_app.ui.widgets.empty_state import EmptyHint
from inspector_app.ui.workers import db_op
from inspector_app.ui import punctuation
from inspector_app.core.clock import local_date, local_text


class TodayPage(Page):

    def __init__(self, col, parent=None):
        super().__init__(col, parent)
        lay = QVBoxLayout(self)
        self.greeting = heading(self.tr("今日"))
        lay.addWidget(self.greeting)
        grid = QGridLayout()
        lay.addLayout(grid, 1)
        self.in_progress = self._box(grid, 0, 0, self.tr("进行中的检查（双击继续）"))
        self.reinspect = self._box(grid, 0, 1, self.tr("本周到期的复查（双击处理）"))
        self.overdue = self._box(grid, 0, 2, self.tr("逾期隐患（按企业，双击查看）"))
        self.unsigned = self._box(grid, 1, 0, self.tr("待签名/签发的文书（双击打开）"))
        self.planned = self._box(grid, 1, 1, self.tr("计划检查（双随机等，双击开始）"))
        self.planned.itemActivated.connect(self._start_planned)
        self.hints = {
            "in_progress": EmptyHint(self.in_progress, self.tr("没有进行中的检查。按 Ctrl+N 开始检查"),
                                     self.tr("开始检查"), lambda: self._go("inspection", "new_visit")),
            "reinspect": EmptyHint(self.reinspect, self.tr("本周没有到期的复查")),
            "overdue": EmptyHint(self.overdue, self.tr("没有逾期隐患")),
            "unsigned": EmptyHint(self.unsigned, self.tr("没有待签发的文书。完成检查后在“文书”页起草、签名、签发。")),
            "planned": EmptyHint(self.planned, self.tr("没有待做的计划检查。区级下发的双随机抽取和举报核查同步后列在这里。")),
        }
        self.sync_box = QGroupBox(self.tr("同步状态"))
        self.sync_label = QLabel()
        self.sync_label.setWordWrap(True)
        self.sync_label.setTextFormat(Qt.RichText)
        self.sync_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        QVBoxLayout(self.sync_box).addWidget(self.sync_label)
        grid.addWidget(self.sync_box, 1, 2)
        self.in_progress.itemActivated.connect(self._resume)
        self.reinspect.itemActivated.connect(self._open_hazard)
        self.overdue.itemActivated.connect(self._open_overdue)
        self.unsigned.itemActivated.connect(self._open_document)

    def _go(self, page: str, method: str) -> None:
        if hasattr(self, "main_window"):
            getattr(self.main_window.show_page(page), method)()

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
        data = col.summary.today()
        data["profile"] = col.profile.get()
        data["planned"] = col.plans.due_for_laptop(dt.date.today().isoformat())
        try:
            data["sync"] = col.sync.status()
            data["refused"] = col.sync.refusals(50) if col.role != "district" else []
        except Exception:  # noqa: BLE001 - sync not set up is not an error here
            data["sync"] = None
        return data

    def refresh(self) -> None:
        db_op(self._query, self._show, owner=self)

    def _show(self, data: dict) -> None:
        prof = data["profile"]
        if prof:
            self.greeting.setText(self.tr("今日 · {0}（{1}）").format(prof["inspector_name"], prof["unit_name"]))
        self.in_progress.clear()
        for row in data["in_progress"]:
            item = QListWidgetItem(f"{row['enterprise_name']}  ·  {local_text(row['started_at'])}")
            item.setData(Qt.UserRole, row["id"])
            self.in_progress.addItem(item)
        self.reinspect.clear()
        for row in data["reinspect"]:
            when = (self.tr("企业已报告整改完成") if row["state"] == "awaiting_reinspection"
                    else self.tr("期限 {0}").format(row["deadline"]))
            item = QListWidgetItem(row["enterprise"] + punctuation.colon() + row["description"][:40] + punctuation.paren(when))
            item.setToolTip(row["number"])
            item.setData(Qt.UserRole, row["id"])
            self.reinspect.addItem(item)
        self.overdue.clear()
        for row in data["overdue"]:
            text = self.tr("{0}：逾期 {1} 条，最早期限 {2}").format(row["enterprise"], row["n"], row["earliest"])
            if row["major"]:
                text += self.tr("（含重大隐患 {0} 条）").format(row["major"])
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, row["id"])
            self.overdue.addItem(item)
        if data["overdue"]:
            self.overdue.addItem(self.tr("合计逾期 {0} 条").format(data["overdue_count"]))
        self.unsigned.clear()
        names = {"inspection_record": self.tr("现场检查记录"), "rectification_order": self.tr("责令限期整改指令书"),
                 "rectification_opinion": self.tr("限期整改意见书"), "reinspection_opinion": self.tr("整改复查意见书")}
        for row in data["unsigned"]:
            item = QListWidgetItem(f"{names.get(row['doc_type'], row['doc_type'])} · {row['enterprise']} · "
                                   f"{local_date(row['created_at'])}")
            item.setData(Qt.UserRole, row["id"])
            self.unsigned.addItem(item)
        self._show_planned(data["planned"], today=dt.date.today().isoformat())
        s = data["sync"]
        if not s:
            self.sync_label.setText(self.tr("尚未设置同步。在“同步”页添加 U 盘或共享文件夹（F5）。"))
        else:
            # status()["pending"] counts received rows waiting for their parent, not changes to send.
            unacked = sum(p.get("unacknowledged", 0) for p in s.get("peers", []))
            lines = [self.tr("待发送的更改：{0}").format(unacked), self.tr("冲突：{0}").format(s.get("conflicts", 0))]
            if (data["profile"] or {}).get("role") != "district":   # the district is the one laptops trust
                lines.insert(0, self.tr("已信任区级：{0}").format(
                    self.tr("是") if s.get("district_trusted") else self.tr("否")))
            for peer in s.get("peers", []):
                lines.append(self.tr("{0}：上次同步 {1}").format(
                    peer.get("name"), local_text(peer.get("last_sync_at")) or self.tr("从未")))
            lines = [html.escape(line) for line in lines]
            if s.get("clock_warning"):
                lines.append(theme.span("error", html.escape(s["clock_warning"])))
            refused = [r for r in data.get("refused", []) if not r["resent_at"]]
            if refused:
                lines.append(theme.span("error", html.escape(
                    self.tr("未被接收的更改 {0} 条（其余已同步；详见“同步”页）：").format(len(refused))), bold=True))
                for r in refused[:3]:
                    lines.append(html.escape(f"· {r['what']}{punctuation.colon()}{pick(r['reason_zh'], r['reason_en'])}"
                                             f" — {pick(r['hint_zh'], r['hint_en'])}"))
            self.sync_label.setText("<br>".join(lines))

    def _open_hazard(self, item) -> None:
        from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
        hazard_id = item.data(Qt.UserRole)
        if hazard_id:
            HazardActionsDialog(self.col, hazard_id, self).exec()

    def _open_overdue(self, item) -> None:
        """An enterprise's line opens its overdue hazards; the total line, every overdue hazard."""
        if hasattr(self, "main_window"):
            self.main_window.show_page("hazards").show_overdue(item.data(Qt.UserRole))

    def _open_document(self, item) -> None:
        doc_id = item.data(Qt.UserRole)
        if doc_id and hasattr(self, "main_window"):
            self.main_window.show_page("documents").select_document(doc_id)

    def _show_planned(self, rows: list, today: str) -> None:
        kinds = {"random": self.tr("双随机"), "planned": self.tr("计划"), "special": self.tr("专项"),
                 "complaint": self.tr("举报核查"), "reinspection": self.tr("复查")}
        self.planned.clear()
        for row in rows:
            text = f"{kinds.get(row['kind'], row['kind'])} · {row['enterprise']}"
            if row["unannounced"]:
                text += self.tr("（四不两直）")
            if row["inspector2_name"]:
                text += "  " + punctuation.enumeration().join(n for n in (row["inspector1_name"], row["inspector2_name"]) if n)
            text += "  " + self.tr("期限 {0}").format(row["due_on"])
            item = QListWidgetItem(text)
            if row["due_on"] and row["due_on"] < today:
                item.setForeground(theme.color("error"))
            item.setData(Qt.UserRole, row)
            self.planned.addItem(item)

    def _start_planned(self, item) -> None:
        row = item.data(Qt.UserRole)
        if row and hasattr(self, "main_window"):
            self.main_window.show_page("inspection").start_planned(row)

    def _resume(self, item) -> None:
        inspection_id = item.data(Qt.UserRole)
        if inspection_id and hasattr(self, "main_window"):
            self.main_window.show_page("inspection").open_inspection(inspection_id)
