"""同步 page: status line, sync locations (folders / USB labels) with reachability and last sync,
sync now, export a bundle to / import bundles from anywhere, the automatic-sync status line (a configured
location is polled; never modal), the import history with rejected bundles and their reasons, and the
conflicts shown side by side, and the changes refused one by one (what, why, what to do; 重新发送 once
fixed) with a wrong clock in red. Device approval and the township summary are on the district page.

Every sync runs on the serialised database worker, never on the UI thread."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from inspector_app.ui import theme
from inspector_app.core.errors import InspectorError, UnusableInput
from inspector_app.core.i18n import pick
from inspector_app.core.sync import locations as sync_locations
from inspector_app.ui import errors
from inspector_app.ui.pages.base import Page, heading
from inspector_app.core.changes import OpChanges
from inspector_app.ui.volumes import mounted_volumes
from inspector_app.ui.widgets.empty_state import EmptyHint
from inspector_app.ui.workers import background, db_op, emit_changes
from inspector_app.ui import punctuation
from inspector_app.core.clock import local_text

POLL_MS = 5000


def _now() -> str:
    return dt.datetime.now().strftime("%Y-%m-%d %H:%M")


class SyncPage(Page):

    def __init__(self, col, parent=None):
        super().__init__(col, parent)
        self.busy = False
        self.scanning = False
        self.after_scan: list = []                         # callbacks waiting for the running scan
        self.reach: list[tuple[dict, list[Path]]] = []   # configured locations and what each reaches (last scan)
        self.peers: list[dict] = []
        self.session_log: list[tuple[str, str, bool]] = []   # (when, text, is_problem), newest first
        self.auto_text = ""
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.title()))
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.status_line.setStyleSheet("font-size: 12pt;")
        lay.addWidget(self.status_line)
        self.auto_line = QLabel()
        self.auto_line.setStyleSheet(theme.style("muted"))
        lay.addWidget(self.auto_line)

        split = QSplitter(Qt.Horizontal)
        lay.addWidget(split, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        loc_box = QGroupBox(self.tr("同步位置（文件夹或 U 盘卷标）"))
        lb = QVBoxLayout(loc_box)
        self.locations = QListWidget()
        self.locations.setWordWrap(True)                                       # a long path or hint wraps:
        self.locations.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)     # no scrolling sideways to read it
        self.locations_hint = EmptyHint(self.locations, self.tr(
            "还没有同步位置。添加一个共享文件夹或 U 盘卷标后，连接时会自动同步。"), self.tr("添加文件夹…"),
            lambda: self.choose_folder())
        lb.addWidget(self.locations)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加文件夹…"))
        self.add_usb_button = QPushButton(self.tr("添加 U 盘卷标…"))
        self.remove_button = QPushButton(self.tr("移除"))
        self.remove_button.setToolTip(self.tr("从同步位置中移除所选项（文件夹和 U 盘里的文件不会被删除）"))
        self.add_button.clicked.connect(self.choose_folder)
        self.add_usb_button.clicked.connect(self.choose_usb_label)
        self.remove_button.clicked.connect(self.remove_selected)
        self.locations.currentItemChanged.connect(lambda *_: self._update_remove())
        row.addWidget(self.add_button)
        row.addWidget(self.add_usb_button)
        row.addWidget(self.remove_button)
        row.addStretch()
        lb.addLayout(row)
        ll.addWidget(loc_box, 2)
        act = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("立即同步"))
        self.sync_button.setMinimumHeight(38)
        self.sync_button.setStyleSheet("font-weight: 600;")
        self.export_button = QPushButton(self.tr("导出数据包…"))
        self.import_button = QPushButton(self.tr("导入数据包…"))
        for b in (self.sync_button, self.export_button, self.import_button):
            b.setMinimumHeight(38)
            act.addWidget(b)
        self.sync_button.clicked.connect(self.sync_available)
        self.export_button.clicked.connect(self.choose_export)
        self.import_button.clicked.connect(self.choose_import)
        ll.addLayout(act)
        hist_box = QGroupBox(self.tr("导入与同步记录"))
        hb = QVBoxLayout(hist_box)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history_hint = EmptyHint(self.history, self.tr("还没有同步过。插入 U 盘或设置共享文件夹后按 F5 同步。"))
        hb.addWidget(self.history)
        ll.addWidget(hist_box, 3)
        split.addWidget(left)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        conf_box = QGroupBox(self.tr("冲突：同一字段在两台设备上被改成不同的值"))
        cb = QVBoxLayout(conf_box)
        self.conflicts = QTableWidget(0, 4)
        self.conflicts.setHorizontalHeaderLabels([self.tr("记录"), self.tr("字段"), self.tr("现值（已采用）"),
                                                  self.tr("另一设备的值")])
        hdr = self.conflicts.horizontalHeader()
        hdr.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        hdr.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        hdr.setSectionResizeMode(2, QHeaderView.Stretch)
        hdr.setSectionResizeMode(3, QHeaderView.Stretch)
        self.conflicts.setWordWrap(True)
        self.conflicts.verticalHeader().hide()
        self.conflicts.setSelectionBehavior(QTableWidget.SelectRows)
        self.conflicts.setSelectionMode(QTableWidget.SingleSelection)
        self.conflicts.setEditTriggers(QTableWidget.NoEditTriggers)
        cb.addWidget(self.conflicts)
        crow = QHBoxLayout()
        self.keep_winner_button = QPushButton(self.tr("保留现值"))
        self.keep_other_button = QPushButton(self.tr("采用另一值"))
        self.keep_winner_button.clicked.connect(lambda: self.resolve_selected("winner"))
        self.keep_other_button.clicked.connect(lambda: self.resolve_selected("other"))
        crow.addStretch()
        crow.addWidget(self.keep_winner_button)
        crow.addWidget(self.keep_other_button)
        cb.addLayout(crow)
        rl.addWidget(conf_box, 3)
        r_box = QGroupBox(self.tr("未被接收的更改（其余更改已正常同步）"))
        rb = QVBoxLayout(r_box)
        self.refused = QTableWidget(0, 3)
        self.refused.setHorizontalHeaderLabels([self.tr("记录"), self.tr("原因"), self.tr("怎么办")])
        rhdr = self.refused.horizontalHeader()
        rhdr.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        rhdr.setSectionResizeMode(1, QHeaderView.Stretch)
        rhdr.setSectionResizeMode(2, QHeaderView.Stretch)
        self.refused.setWordWrap(True)
        self.refused.verticalHeader().hide()
        self.refused.setSelectionBehavior(QTableWidget.SelectRows)
        self.refused.setEditTriggers(QTableWidget.NoEditTriggers)
        rb.addWidget(self.refused)
        rrow = QHBoxLayout()
        self.resend_button = QPushButton(self.tr("问题已解决，重新发送"))
        self.resend_button.setToolTip(self.tr("把所选记录（未选时为全部）的当前内容作为新的更改再发给区级"))
        self.resend_button.clicked.connect(self.resend_selected)
        rrow.addStretch()
        rrow.addWidget(self.resend_button)
        rb.addLayout(rrow)
        rl.addWidget(r_box, 2)
        q_box = QGroupBox(self.tr("隔离的数据包（设备尚未获批准，未导入也未丢弃）"))
        qb = QVBoxLayout(q_box)
        self.quarantine = QListWidget()
        self.quarantine.setWordWrap(True)
        self.quarantine.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.quarantine_hint = EmptyHint(self.quarantine, self.tr("没有隔离的数据包"))
        qb.addWidget(self.quarantine)
        rl.addWidget(q_box, 1)
        split.addWidget(right)
        split.setSizes([560, 620])

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    # -- showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        sync = self.col.sync
        st = sync.status()
        district = st["role"] == "district"
        parts = []
        if not district:
            parts.append(self.tr("区级：") + (st["district"] if st["district_trusted"] else
                                             self.tr("尚未信任（把区级名片放进同步文件夹，或导入区级数据包）")))
            parts.append(self.tr("本机已获批准") if st["enrolled"] else self.tr("本机尚待区级批准"))
            if not st["enrolled"]:  # what the district compares before approving this laptop
                from inspector_app.core.sync.fingerprint import fingerprint
                parts.append(self.tr("本机设备号 %1，密钥指纹 %2").replace("%1", self.col.device_id[:8])
                             .replace("%2", fingerprint(sync.keys.sign_public)))
        pending = sum(p["unacknowledged"] for p in st["peers"])
        parts += [self.tr("待对方确认的更改：%1").replace("%1", str(pending)),
                  self.tr("冲突：%1").replace("%1", str(st["conflicts"])),
                  self.tr("隔离的数据包：%1").replace("%1", str(st["quarantined"])),
                  self.tr("未被接收的更改：%1").replace("%1", str(st["refused"]))]
        text = self.tr("；").join(parts)
        if st["clock_warning"]:
            text += "<br>" + theme.span("error", html.escape(st["clock_warning"]))
        self.status_line.setText(text)
        self.peers = st["peers"]
        self._show_locations(district)
        self.scan()
        self.conflicts.setRowCount(0)
        for c in sync.conflicts():
            r = self.conflicts.rowCount()
            self.conflicts.insertRow(r)
            for i, v in enumerate((c["tbl"], c["field"], c["winner_value"], c["other_value"])):
                item = QTableWidgetItem("" if v is None else str(v))
                item.setData(Qt.UserRole, c["id"])
                self.conflicts.setItem(r, i, item)
        has_conflicts = self.conflicts.rowCount() > 0
        self.keep_winner_button.setEnabled(has_conflicts)
        self.keep_other_button.setEnabled(has_conflicts)
        self._show_refused(sync.refusals(), district)
        self.quarantine.clear()
        for q in sync.quarantined():
            self.quarantine.addItem(f"{local_text(q['received_at'])}  {q['sender'][:8]}  {q['reason']}")
        self._show_history()

    def _show_locations(self, district: bool = False) -> None:
        """The configured locations with what the last scan found, then the last sync with each peer."""
        prof = self.col.profile.get() or {}
        reached = {(loc["kind"], loc.get("path") or loc.get("label")): bool(paths) for loc, paths in self.reach}
        self.locations.clear()
        locs = (prof.get("settings") or {}).get("sync_locations") or []
        for loc in locs:
            text = loc["path"] if loc.get("path") else self.tr("U 盘：") + loc.get("label", "")
            ok = reached.get((loc.get("kind"), loc.get("path") or loc.get("label")), False)
            state = ("✓ " + self.tr("已连接")) if ok else ("— " + self.tr("未连接"))
            item = QListWidgetItem(f"{text}   {state}")
            item.setForeground(theme.color("ok") if ok else theme.muted())
            item.setData(Qt.UserRole, dict(loc))           # removable; the peer lines below are not
            self.locations.addItem(item)
        if not locs:       # a hint line above the peers' lines: not selectable, not a location
            hint = QListWidgetItem(self.tr("还没有同步位置。添加一个共享文件夹或 U 盘卷标后，连接时会自动同步。"))
            hint.setFlags(Qt.NoItemFlags)
            hint.setForeground(theme.muted())
            self.locations.addItem(hint)
        for p in self.peers:
            name = p["name"] or (self.tr("区级") if not district else p["peer_id"][:8])
            self.locations.addItem(self.tr("与 %1 上次同步：%2").replace("%1", name)
                                   .replace("%2", local_text(p["last_sync_at"]) or self.tr("从未")))
        self._update_remove()
        last = max((p["last_sync_at"] or "" for p in self.peers), default="")
        self._show_auto(any(paths for _loc, paths in self.reach), last)

    def scan(self, then=None) -> None:
        """Find what the configured locations reach now. Listing the mounted volumes (QStorageInfo) and
        checking folders can block on a slow or vanished drive, so it runs on a worker thread;
        `then(folders)` runs on the UI thread afterwards."""
        if then is not None:
            self.after_scan.append(then)
        if self.scanning:
            return
        prof = self.col.profile.get() or {}
        settings = dict(prof.get("settings") or {})
        district = prof.get("role") == "district"
        self.scanning = True

        def done(reach):
            self.scanning = False
            self.reach = reach
            self._show_locations(district)
            waiting, self.after_scan = self.after_scan, []
            for fn in waiting:
                fn([p for _loc, paths in reach for p in paths])

        def failed(exc):
            self.scanning = False
            self.after_scan = []
            self.log(self.tr("查找同步位置时出错：") + str(exc), problem=True)

        background(lambda: sync_locations.resolve(settings, mounted_volumes()), done, failed, owner=self)

    def _show_refused(self, rows, district: bool) -> None:
        self.refused.setRowCount(0)
        waiting = [r for r in rows if not r["resent_at"]]
        for r in waiting:
            i = self.refused.rowCount()
            self.refused.insertRow(i)
            for c, v in enumerate((r["what"], pick(r["reason_zh"], r["reason_en"]), pick(r["hint_zh"], r["hint_en"]))):
                item = QTableWidgetItem(v)
                item.setData(Qt.UserRole, r["op_id"])
                item.setToolTip(v)
                self.refused.setItem(i, c, item)
        self.refused.resizeRowsToContents()
        self.resend_button.setVisible(not district)
        self.resend_button.setEnabled(bool(waiting))

    def resend_selected(self) -> None:
        rows = {i.row() for i in self.refused.selectedItems()}
        ids = [self.refused.item(r, 0).data(Qt.UserRole) for r in sorted(rows)] or None
        sync = self.col.sync

        def done(_r):
            self.log(self.tr("已重新登记被拒绝的记录，下次同步时发送"))
            self.refresh()

        db_op(lambda: sync.resend_refused(ids), done, owner=self, buttons=[self.resend_button])

    def _show_auto(self, reachable: bool, last: str) -> None:
        text = self.tr("自动同步：每 %1 秒查看同步位置，连接时自动导入、导出。").replace("%1", str(POLL_MS // 1000))
        if self.auto_text:
            text += " " + self.auto_text
        elif not reachable:
            text += " " + self.tr("现在没有可用的同步位置。")
        self.auto_line.setText(text)

    def _show_history(self) -> None:
        self.history.clear()
        for when, text, problem in self.session_log[:100]:
            item = QListWidgetItem(f"{when}  {text}")
            if problem:
                item.setForeground(theme.color("error"))
            self.history.addItem(item)
        for d in self.col.sync.history(100):     # persistent: imports and refused bundles (audit log)
            when = local_text(str(d.get("at") or ""))
            if d["kind"] == "reject":
                item = QListWidgetItem(self.tr("%1  拒收 %2：%3").replace("%1", when)
                                       .replace("%2", str(d.get("file", ""))).replace("%3", pick(
                                           str(d.get("reason_zh", "")), str(d.get("reason_en", "")))))
                item.setForeground(theme.color("error"))
                item.setToolTip(self.tr("文件：%1\n大小：%2 字节\nSHA-256：%3\n发送设备：%4\n"
                                        "同一文件再次被拒收时不重复记录。")
                                .replace("%1", str(d.get("file", ""))).replace("%2", str(d.get("size", "")))
                                .replace("%3", str(d.get("sha256", "")) or "—")
                                .replace("%4", str(d.get("sender", ""))[:8] or "—"))
                self.history.addItem(item)
                continue
            self.history.addItem(self.tr("%1  导入数据包：来自 %2，操作 %3 条（新 %4），冲突 %5")
                                 .replace("%1", when).replace("%2", str(d.get("sender", ""))[:8])
                                 .replace("%3", str(d.get("ops", 0))).replace("%4", str(d.get("new", 0)))
                                 .replace("%5", str(d.get("conflicts", 0))))

    def log(self, text: str, problem: bool = False) -> None:
        self.session_log.insert(0, (_now(), text, problem))
        self._show_history()

    # -- locations ---------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("选择同步文件夹"))
        if path:
            self.add_folder(path)

    def add_folder(self, path: str) -> None:
        sync = self.col.sync
        db_op(lambda: sync.add_location(path=path), lambda _c: self.refresh(), self._location_failed,
              owner=self, buttons=[self.add_button], initiator=self)

    def _location_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InspectorError):
            self.log(str(exc), problem=True)
            self.refresh()
        else:
            errors.show_error(exc, self)

    def _update_remove(self) -> None:
        item = self.locations.currentItem()
        self.remove_button.setEnabled(bool(item and item.data(Qt.UserRole)))

    def remove_selected(self) -> None:
        """Forget the selected sync location (nothing in the folder or on the stick is deleted)."""
        item = self.locations.currentItem()
        loc = item.data(Qt.UserRole) if item else None
        if not loc:
            self.log(self.tr("请先在列表中选择一个同步位置。"), problem=True)
            return
        sync = self.col.sync

        def done(_changes):
            what = loc.get("path") or (self.tr("U 盘：") + loc.get("label", ""))
            self.log(self.tr("已移除同步位置 %1（其中的文件未删除）").replace("%1", what))
            self.refresh()

        db_op(lambda: sync.remove_location(path=loc.get("path", ""), label=loc.get("label", "")), done,
              self._location_failed, owner=self, buttons=[self.remove_button], initiator=self)

    def choose_usb_label(self) -> None:
        label, ok = QInputDialog.getText(self, self.tr("U 盘卷标"),
                                         self.tr("U 盘的卷标（插入时按卷标识别，例如 INSPECT）："))
        if ok and label.strip():
            sync, label = self.col.sync, label.strip()
            db_op(lambda: sync.add_location(label=label), lambda _c: self.refresh(), self._location_failed,
                  owner=self, buttons=[self.add_usb_button], initiator=self)

    # -- syncing (off the UI thread) -----------------------------------------------------------------
    def _run(self, work, done, what: str, with_progress: bool = False) -> None:
        """Run `work` on the database worker (`work(progress)` with a progress dialog and 取消 when
        `with_progress`, else `work()`); `done(result)` returns the OpChanges to announce (False:
        nothing changed)."""
        if self.busy:
            return
        from inspector_app.ui.unlock import with_unlocked
        work = with_unlocked(self, self.col.sync.keys, work)   # the sync keys' password, once per session
        if work is None:
            return
        self.busy = True
        for b in (self.sync_button, self.export_button, self.import_button):
            b.setEnabled(False)
        self.auto_text = self.tr("正在%1…").replace("%1", what)
        self._show_auto(True, "")

        def finish(result):
            self._idle()
            changes = done(result)
            if changes is not False:  # False: nothing changed; an OpChanges or None (unknown) refreshes
                emit_changes(changes, self)
            self.refresh()

        def failed(exc):
            self._idle()
            self.log(self.tr("%1失败：%2").replace("%1", what).replace("%2", str(exc)), problem=True)
            if not isinstance(exc, InspectorError):     # unexpected: logged, dialog names the log
                errors.show_error(exc, self)
            self.refresh()

        if with_progress:
            from inspector_app.ui.widgets.progress import run_with_progress
            run_with_progress(self, self.tr("同步"), work, finish, failed)
        else:
            db_op(work, finish, failed, owner=self)

    def _idle(self) -> None:
        self.busy = False
        self.auto_text = ""
        for b in (self.sync_button, self.export_button, self.import_button):
            b.setEnabled(True)

    def _report(self, folder, rep, manual: bool = True) -> None:
        """One line per pass (automatic passes only when something happened or a refusal is new);
        refused bundles themselves are listed from the audit log (_show_history), once per file."""
        if not manual and not (rep.imported or rep.exported or rep.quarantined or rep.recorded or rep.failed):
            return
        self.log(self.tr("%1：导入 %2 个，导出 %3 个，拒收 %4 个").replace("%1", str(folder))
                 .replace("%2", str(len(rep.imported))).replace("%3", str(len(rep.exported)))
                 .replace("%4", str(len(rep.rejected))), problem=bool(rep.rejected))
        refused = sum(r.refused for r in rep.imported)
        if refused:
            self.log(self.tr("%1 条更改未被接收，其余已同步；原因和处理办法见右侧“未被接收的更改”")
                     .replace("%1", str(refused)), problem=True)
        for _path, reason in rep.failed:
            self.log(reason, problem=True)
        for path, reason in rep.quarantined:
            self.log(self.tr("已隔离 %1：%2").replace("%1", Path(path).name).replace("%2", reason), problem=True)
        if manual:  # refused before (already in the list below): say so again when the user asked
            for path, reason in rep.rejected:
                if path not in rep.recorded:
                    self.log(self.tr("拒收 %1：%2").replace("%1", Path(path).name).replace("%2", reason),
                             problem=True)

    def sync_folder(self, folder) -> None:
        """Sync with one folder; the outcome goes to the history list, never a dialog."""
        self.sync_folders([folder])

    def sync_folders(self, folders, manual: bool = True) -> None:
        sync = self.col.sync
        folders = list(folders)

        def work(progress=None):
            out = []
            for i, f in enumerate(folders):
                if progress is not None:  # 取消 between folders: each folder's pass is whole
                    progress.step(i, len(folders), str(f))
                try:
                    out.append((f, sync.sync_folder(f), None))
                except Exception as exc:  # noqa: BLE001 - one bad folder does not stop the others
                    out.append((f, None, exc))
            return out

        def done(results):
            changes = OpChanges()
            for folder, rep, exc in results:
                if exc is not None:
                    self.log(self.tr("同步失败：") + f"{folder}：{exc}", problem=True)
                else:
                    self._report(folder, rep, manual)
                    if rep.untrusted_card and manual:
                        self.confirm_card(rep.untrusted_card, folder)
                    for r in rep.imported:
                        changes.merge(r.changes)
                    if rep.quarantined:  # a device asking to be approved (the district desk lists it)
                        changes.add("devices")
                    if rep.recorded:
                        changes.add("audit_log")
            return changes if changes.tables else False

        self._run(work, done, self.tr("同步"), with_progress=manual)

    def confirm_card(self, card: dict, folder) -> None:
        """A district card found in the folder is trusted only after the user confirms its fingerprint."""
        from PySide6.QtWidgets import QMessageBox
        text = (self.tr("同步文件夹中有一张与已信任区局不同的区局名片。只有区局确实更换了密钥时才可替换，"
                        "替换后本机须重新登记。") if card["changed"] else
                self.tr("同步文件夹中有一张区局名片。")) + "\n\n" + \
            self.tr("单位：%1\n指纹：%2\n\n请与区局公布的指纹逐组核对。确认信任该区局？") \
            .replace("%1", card["unit"]).replace("%2", card["fingerprint"])
        if QMessageBox.question(self, self.tr("信任区局名片"), text) != QMessageBox.Yes:
            self.log(self.tr("未信任文件夹中的区局名片：%1").replace("%1", str(card["path"])), problem=True)
            return
        try:
            self.col.sync.trust_district(card["path"], fingerprint=card["fingerprint"], replace=card["changed"])
        except InspectorError as exc:
            self.log(str(exc), problem=True)
            return
        self.log(self.tr("已信任区局：%1（指纹 %2）").replace("%1", card["unit"]).replace("%2", card["fingerprint"]))
        self.sync_folders([folder])

    def sync_available(self) -> None:
        def go(folders):
            if not folders:
                self.log(self.tr("没有已连接的同步位置：请插入 U 盘或添加文件夹，也可以用“导出数据包”。"),
                         problem=True)
                return
            self.sync_folders(folders)
        self.scan(go)

    def poll(self) -> None:
        """Automatic sync when a configured location is reachable and something is due. Finding the
        locations runs on a worker thread and the due check on the database worker, so a poll never
        waits on the UI thread."""
        if self.busy:
            return
        sync = self.col.sync

        def go(folders):
            if self.busy or not folders:
                return

            def due():
                return sync.is_district() or not sync.district() or sync.due("district")

            def start(yes):
                if yes and not self.busy:
                    self.sync_folders(folders, manual=False)

            # a poll never interrupts the user: a failed check is retried by the next one
            db_op(due, start, lambda _exc: None, owner=self)
        self.scan(go)

    def choose_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("把数据包导出到"))
        if folder:
            self.export_to(folder)

    def export_to(self, folder: str) -> None:
        sync = self.col.sync
        targets = ([d["id"] for d in sync.devices() if d["status"] == "approved"] if sync.is_district()
                   else ["district"])

        def work():
            return [sync.export(folder, to=t) for t in targets]

        def done(results):
            for r in results:
                self.log(self.tr("已导出数据包 %1（%2 条更改，%3 个附件）").replace("%1", Path(r.path).name)
                         .replace("%2", str(r.ops)).replace("%3", str(r.attachments)))
            if not results:
                self.log(self.tr("没有可导出的对象：尚无已批准的设备。"), problem=True)

        self._run(work, done, self.tr("导出"))

    def choose_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择数据包"), "",
                                                self.tr("数据包 (*.isb);;所有文件 (*)"))
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        sync = self.col.sync

        def work():
            out = []
            for p in paths:
                try:
                    out.append((p, sync.import_bundle(p), None))
                except Exception as exc:  # noqa: BLE001 - a rejected bundle is reported with its reason
                    out.append((p, None, exc))
            return out

        def done(results):
            names = {"applied": self.tr("已导入"), "already_applied": self.tr("以前已导入，未重复导入"),
                     "quarantined": self.tr("已隔离（设备待批准）")}
            for p, res, exc in results:
                if isinstance(exc, UnusableInput) and getattr(exc, "recorded", False):
                    continue                      # refused: recorded in the audit log, listed from there
                if exc is not None:
                    self.log(self.tr("拒收 %1：%2").replace("%1", Path(p).name).replace("%2", str(exc)), problem=True)
                else:
                    self.log(f"{Path(p).name}{punctuation.colon()}{names.get(res.status, res.status)}"
                             + (self.tr("，新操作 %1 条").replace("%1", str(res.ops_new)) if res.ops_new else ""))

        self._run(work, done, self.tr("导入"))

    # -- conflicts ---------------------------------------------------------------------------------
    def resolve_selected(self, keep: str) -> None:
        row = self.conflicts.currentRow()
        item = self.conflicts.item(row, 0) if row >= 0 else None
        if item is None:
            self.log(self.tr("请先在表中选择一个冲突。"), problem=True)
            return
        sync, conflict = self.col.sync, item.data(Qt.UserRole)
        db_op(lambda: sync.resolve(conflict, keep=keep), lambda _c: self.refresh(), owner=self,
              buttons=[self.keep_winner_button, self.keep_other_button], initiator=self)
