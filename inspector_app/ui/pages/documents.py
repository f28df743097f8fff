"""文书: choose a completed inspection (searched as typed), draft its inspection record and rectification notice, preview as printed,
sign (inspector 1, inspector 2, enterprise or refusal with witness), issue, print, save PDF, void/reissue."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (QComboBox, QCompleter, QFileDialog, QHBoxLayout, QInputDialog, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from inspector_app.ui import theme
from inspector_app.ui import errors
from inspector_app.ui.pages.base import Page, heading
from inspector_app.ui.signals import bus
from inspector_app.ui.widgets.dialog_size import resize_within_screen
from inspector_app.ui.widgets.empty_state import EmptyHint
from inspector_app.ui.workers import Latest, background, db_op
from inspector_app.ui import punctuation
from inspector_app.core.clock import local_date

PRINT_DPI = 300

ROLES = (("inspector1", QT_TRANSLATE_NOOP("DocumentsPage", "检查员一")),
         ("inspector2", QT_TRANSLATE_NOOP("DocumentsPage", "检查员二")),
         ("enterprise", QT_TRANSLATE_NOOP("DocumentsPage", "企业负责人")))


def pil_to_qimage(img) -> QImage:
    rgb = img.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    q = QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format_RGB888)
    return q.copy()


_COMPLETED = Qt.ItemDataRole.UserRole + 1   # the picker item's inspection is completed


class DocumentsPage(Page):
    tables = frozenset({"documents", "inspections", "enterprises", "hazards", "profile"})

    def __init__(self, col, parent=None):
        super().__init__(col, parent)
        self.doc_id: str | None = None
        self.images: list[QImage] = []
        self.previews = Latest(self)     # only the newest preview is shown (two renders may overlap)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("文书")))
        self.inspection = QComboBox()
        self.inspection.setMinimumWidth(380)
        # Completed inspections only (every document needs the finished checklist and its hazards). Searchable:
        # part of the enterprise's name, credit code, place or date; typing asks the database (all completed
        # inspections, not only the newest listed), and the popup offers what matches.
        self.inspection.setEditable(True)
        self.inspection.setInsertPolicy(QComboBox.NoInsert)
        self.inspection.completer().setFilterMode(Qt.MatchContains)
        self.inspection.completer().setCompletionMode(QCompleter.PopupCompletion)
        self.inspection.lineEdit().setPlaceholderText(self.tr("输入企业名称、信用代码、地点或日期查找已完成的检查"))
        self.searches = Latest(self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self._search)
        self.inspection.lineEdit().textEdited.connect(lambda _t: self.search_timer.start())
        self.inspection.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.inspection.currentIndexChanged.connect(lambda _i: self._load_docs())
        top.addWidget(QLabel(self.tr("检查：")))
        top.addWidget(self.inspection, 1)
        lay.addLayout(top)
        self.missing = QLabel()          # what the selected document still needs before it can be issued
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(theme.style("warning"))
        lay.addWidget(self.missing)
        body = QHBoxLayout()
        lay.addLayout(body, 1)
        left = QVBoxLayout()
        # Two lines a document (type; state and 文号), each elided in the middle within the column's width, the
        # whole text as tooltip: an issued 文号 made the list scroll sideways and hid the number.
        self.docs = QListWidget()
        self.docs.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.docs.setTextElideMode(Qt.ElideMiddle)
        self.docs.setSpacing(2)
        self.docs.currentItemChanged.connect(lambda cur, _p: self._select_doc(cur))
        left.addWidget(self.docs, 1)
        self.empty_hint = EmptyHint(self.docs)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("draft_record", self.tr("起草现场检查记录")), ("draft_notice", self.tr("起草整改文书")),
                          ("draft_reinspection", self.tr("起草整改复查意见书")),
                          ("draft_decision", self.tr("起草现场处理措施决定书")),
                          ("deadline", self.tr("设定整改期限…")),
                          ("sign_inspector1", self.tr("检查员一签名")), ("sign_inspector2", self.tr("检查员二签名")),
                          ("sign_enterprise", self.tr("企业负责人签名/拒签")), ("issue", self.tr("签发")),
                          ("print", self.tr("打印…")), ("pdf", self.tr("另存为 PDF…")),
                          ("void", self.tr("作废")), ("reissue", self.tr("重新出具"))):
            b = QPushButton(text)
            b.setMinimumHeight(34)
            b.clicked.connect(lambda _c=False, k=key: self.action(k))
            left.addWidget(b)
            self.buttons[key] = b
        body.addLayout(left, 1)
        self.preview = QScrollArea()
        self.preview.setWidgetResizable(True)
        self.preview_body = QWidget()
        self.preview_layout = QVBoxLayout(self.preview_body)
        self.preview_layout.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.preview.setWidget(self.preview_body)
        self.preview.setStyleSheet("QScrollArea { background: palette(mid); }")
        body.addWidget(self.preview, 3)

    @property
    def service(self):
        return self.col.documents

    def refresh(self) -> None:
        current = self.inspection.currentData()
        self._fill(self.col.inspections.completed(limit=300), current)
        self.inspection.setCurrentIndex(max(0, self.inspection.findData(current)))
        self.inspection.blockSignals(False)
        self._load_docs()

    def _fill(self, rows: list[dict], keep: str | None) -> None:
        """List the inspections (signals stay blocked for the caller); the selected one stays listed."""
        self.inspection.blockSignals(True)
        self.inspection.clear()
        for r in rows:
            self.inspection.addItem(self._label(r), r["id"])
            self.inspection.setItemData(self.inspection.count() - 1, r["status"] == "completed", _COMPLETED)
        if keep and self.inspection.findData(keep) < 0:
            self._add_one(keep)

    def _label(self, r: dict) -> str:
        text = f"{local_date(r['started_at'])}  {r['enterprise_name']}"
        if r.get("place"):
            text += punctuation.paren(r["place"])
        if r["status"] != "completed":      # reached from elsewhere (a document of an unfinished inspection)
            text += self.tr(" · 未完成")
        return text

    def _add_one(self, inspection_id: str) -> None:
        try:
            insp = self.col.inspections.get(inspection_id)
        except Exception:  # noqa: BLE001 - an unknown id simply is not listed
            return
        name = self.col.enterprises.get(insp["enterprise_id"])["name"]
        self.inspection.insertItem(0, self._label({**insp, "enterprise_name": name}), inspection_id)
        self.inspection.setItemData(0, insp["status"] == "completed", _COMPLETED)

    def _search(self) -> None:
        """Ask for the completed inspections matching the typed text; keep the text and show the matches."""
        text = self.inspection.lineEdit().text()
        if self.inspection.findText(text) >= 0:
            return                                  # an entry was picked: its label is in the field
        inspections = self.col.inspections

        def done(rows: list[dict]) -> None:
            edit = self.inspection.lineEdit()
            typed, cursor = edit.text(), edit.cursorPosition()
            self._fill(rows, None)
            self.inspection.setCurrentIndex(-1)
            self.inspection.blockSignals(False)
            edit.setText(typed)
            edit.setCursorPosition(cursor)
            completer = self.inspection.completer()
            completer.setCompletionPrefix(typed)
            if rows and edit.hasFocus():
                completer.complete()

        self.searches.run(lambda: inspections.completed(text, limit=100), done)

    def select_document(self, doc_id: str) -> None:
        """Show one document (e.g. a re-inspection opinion just drafted from the hazard ledger)."""
        doc = self.service.get(doc_id)
        self.select_inspection(doc["inspection_id"], doc_id)

    def select_inspection(self, inspection_id: str, doc_id: str | None = None) -> None:
        """Show an inspection's documents (and select `doc_id`); listed even if it is not completed."""
        self.refresh()
        if self.inspection.findData(inspection_id) < 0:
            self.inspection.blockSignals(True)
            self._add_one(inspection_id)
            self.inspection.blockSignals(False)
        self.doc_id = doc_id
        index = max(0, self.inspection.findData(inspection_id))
        if index == self.inspection.currentIndex():
            self._load_docs()
        else:
            self.inspection.setCurrentIndex(index)

    def _load_docs(self) -> None:
        keep = self.doc_id
        self.docs.blockSignals(True)
        self.docs.clear()
        iid = self.inspection.currentData()
        names = {"inspection_record": self.tr("现场检查记录"), "rectification_order": self.tr("责令限期整改指令书"),
                 "rectification_opinion": self.tr("限期整改意见书"), "reinspection_opinion": self.tr("整改复查意见书")}
        states = {"draft": self.tr("草稿"), "issued": self.tr("已签发"), "voided": self.tr("已作废")}
        if iid:
            for r in self.service.for_inspection(iid):
                state = states.get(r["state"], r["state"]) + (f" {r['doc_no']}" if r["doc_no"] else "")
                item = QListWidgetItem(f"{names.get(r['doc_type'], r['doc_type'])}\n{state}")
                item.setToolTip(f"{names.get(r['doc_type'], r['doc_type'])} · {state}")
                item.setData(Qt.UserRole, r["id"])
                self.docs.addItem(item)
                if r["id"] == keep:
                    self.docs.setCurrentItem(item)
        self.docs.blockSignals(False)
        if iid:
            self.empty_hint.set_hint(self.tr("本次检查还没有文书。用下面的按钮起草现场检查记录或整改文书。"))
        elif self.inspection.count():
            self.empty_hint.set_hint(self.tr("在上方选择或查找一次已完成的检查。"))
        else:
            self.empty_hint.set_hint(self.tr("还没有已完成的检查。完成检查后，在这里起草、签名、签发文书。"))
        if self.docs.currentItem() is None and self.docs.count():
            self.docs.setCurrentRow(self.docs.count() - 1)
        self._select_doc(self.docs.currentItem())

    def _update_buttons(self) -> None:
        doc = self.service.get(self.doc_id) if self.doc_id else None
        state = doc["state"] if doc else None
        # Documents are drafted for completed inspections only (the core's rule); one reached from
        # elsewhere that is still open shows its documents, and the draft buttons say why they are off.
        iid = self.inspection.currentData()
        completed = bool(iid) and bool(self.inspection.currentData(_COMPLETED))
        why = "" if completed or not iid else self.tr("检查尚未完成：完成检查后才能起草文书")
        prof = self.col.profile.get()
        enforcement = bool(prof) and prof["unit_kind"] == "enforcement"
        self.buttons["draft_decision"].setVisible(enforcement)   # a supervision unit reports to the district
        for key, allowed in (("draft_record", True), ("draft_notice", True), ("draft_decision", enforcement)):
            self.buttons[key].setEnabled(completed and allowed)
            self.buttons[key].setToolTip(why)
        self.buttons["draft_reinspection"].setEnabled(
            bool(doc) and state == "issued" and doc["doc_type"] in ("rectification_order", "rectification_opinion"))
        for k in ("sign_inspector1", "sign_inspector2", "sign_enterprise", "issue"):
            self.buttons[k].setEnabled(state == "draft")
        self.buttons["deadline"].setEnabled(
            state == "draft" and doc["doc_type"] in ("rectification_order", "rectification_opinion"))
        for k in ("print", "pdf"):
            self.buttons[k].setEnabled(state in ("draft", "issued"))
        self.buttons["void"].setEnabled(state == "issued")
        self.buttons["reissue"].setEnabled(state == "voided")
        self.missing.setText(self._still_needed(doc))

    def _still_needed(self, doc) -> str:
        """A line saying what the selected draft still needs before it can be issued."""
        if not doc:
            return "" if self.inspection.count() else self.tr("还没有检查记录。完成一次检查后可在此出具文书。")
        if doc["state"] == "issued":
            return self.tr("已签发：{0}").format(doc["doc_no"])
        if doc["state"] == "voided":
            return self.tr("已作废：{0}（{1}）").format(doc["doc_no"], doc.get("void_reason") or "")
        sigs = doc["content"].get("signatures", {})
        need = []
        for role, label in ROLES:
            entry = sigs.get(role) or {}
            if not (entry.get("png") or entry.get("refused_witness")):
                need.append(self.tr(label) + self.tr("签名"))
        if not self.col.keys.exists():
            need.append(self.tr("签章密钥（在“设置”中创建）"))
        if not self.service.can_number():
            need.append(self.tr("文号编号段（区级分配，或在“设置”中设置本机编号段）"))
        if not need:
            return self.tr("可以签发。")
        return self.tr("签发前还需要：") + self.tr("、").join(need)

    def _select_doc(self, item) -> None:
        self.doc_id = item.data(Qt.UserRole) if item else None
        self._update_buttons()
        self._render_preview()

    def _clear_preview(self) -> None:
        while self.preview_layout.count():
            w = self.preview_layout.takeAt(0).widget()
            if w:
                w.setParent(None)
                w.deleteLater()

    def _render_preview(self) -> None:
        """Render the selected document off the UI thread; a newer render supersedes an older one,
        whose result is dropped (it never touches the widgets the newer one replaced)."""
        self._clear_preview()
        self.images = []
        if not self.doc_id:
            self.previews.cancel()
            return
        doc_id, service = self.doc_id, self.service
        self.preview_layout.addWidget(QLabel(self.tr("正在生成预览…")))

        def done(images):
            self._clear_preview()
            self.images = [pil_to_qimage(im) for im in images]
            # the pages are taller than the pane: leave room for its vertical scroll bar (else it scrolls sideways)
            width = max(400, self.preview.viewport().width() - self.preview.verticalScrollBar().sizeHint().width() - 40)
            for q in self.images:
                label = QLabel()
                label.setPixmap(QPixmap.fromImage(q).scaledToWidth(width, Qt.SmoothTransformation))
                label.setStyleSheet(f"background: {theme.PAPER.name()}; margin: 8px;")
                self.preview_layout.addWidget(label)

        self.previews.run(lambda: service.page_images(doc_id, dpi=110), done, db=False)

    # Actions -------------------------------------------------------------------------------------
    def action(self, key: str) -> None:
        """Ask what the action needs on the UI thread (password, signature, date), then run it on the
        database worker with the buttons disabled until it ends."""
        try:
            work = getattr(self, "_" + key)()
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(exc, self)   # looked up at call time, so tests can record it
            return
        if work is None:
            return

        def done(changes) -> None:
            if getattr(changes, "id", None) and key.startswith(("draft", "reissue")):
                self.doc_id = changes.id
            self._load_docs()

        def failed(exc) -> None:
            errors.show_error(exc, self)
            self._load_docs()

        db_op(work, done, failed, owner=self, buttons=self.buttons.values(), initiator=self)

    def _draft_record(self):
        iid, service = self.inspection.currentData(), self.service
        return lambda: service.draft("inspection_record", inspection_id=iid)

    def _draft_notice(self):
        prof = self.col.profile.get()
        doc_type = "rectification_order" if prof and prof["unit_kind"] == "enforcement" else "rectification_opinion"
        iid, service = self.inspection.currentData(), self.service
        hazard_ids = self.col.hazards.ids_for_inspection(iid)
        if not hazard_ids:
            QMessageBox.information(self, self.tr("文书"), self.tr("本次检查没有登记隐患，无需整改文书。"))
            return None
        return lambda: service.draft(doc_type, inspection_id=iid, hazard_ids=hazard_ids)

    def _draft_decision(self):
        """现场处理措施决定书 for the hazards of this inspection handled by 停产停业 (drafted on the database worker,
        like every other draft: it was written at once on the GUI thread and its result then run as the work)."""
        iid, service = self.inspection.currentData(), self.service
        return lambda: service.draft("onsite_measures_decision", inspection_id=iid)

    def _deadline(self, date: str | None = None):
        """The deadline of each hazard on the notice draft, on calendar pickers (`date`: one for all)."""
        doc_id, service = self.doc_id, self.service
        if date is not None:
            day = date.strip()
            return lambda: service.set_deadline(doc_id, None, day)
        from inspector_app.ui.dialogs.deadlines import DeadlinesDialog
        doc = service.get(doc_id)
        hazards = [self.col.hazards.get(h) for h in doc["content"]["hazard_ids"]]
        dlg = DeadlinesDialog(hazards, self)
        if not dlg.exec():
            return None
        chosen = dlg.chosen()

        def work():
            changes = None
            for hid, day in chosen.items():
                changes = service.set_deadline(doc_id, hid, day)
            return changes
        return work

    def _sign(self, role: str):
        from inspector_app.ui.widgets.signature_pad import SignatureDialog
        label = dict(ROLES)[role]
        dlg = SignatureDialog(self.tr(label), allow_refusal=(role == "enterprise"), parent=self)
        if not dlg.exec():
            return None
        png, witness = dlg.result_value()
        doc_id, service = self.doc_id, self.service
        if witness:
            reason = dlg.refusal_reason()
            return lambda: service.set_signature(doc_id, role, None, refused_witness=witness, witness_png=png,
                                                 refused_reason=reason)
        return lambda: service.set_signature(doc_id, role, png)

    def _sign_inspector1(self):
        return self._sign("inspector1")

    def _sign_inspector2(self):
        return self._sign("inspector2")

    def _sign_enterprise(self):
        return self._sign("enterprise")

    def _draft_reinspection(self):
        """A 整改复查意见书 following up the selected issued notice, for the hazards the user ticks (by
        default those whose rectification was reported), so one opinion can cover today's re-inspection."""
        from inspector_app.ui.dialogs.choose_hazards import ChooseHazardsDialog
        doc_id, service = self.doc_id, self.service
        dlg = ChooseHazardsDialog(service.reinspection_candidates(doc_id), self)
        if not dlg.exec():
            return None
        chosen = dlg.chosen()
        return lambda: service.draft("reinspection_opinion", refers_to=doc_id, hazard_ids=chosen)

    def _issue(self):
        if not self.col.keys.exists():      # the first 签发 on this laptop: create the key here
            from inspector_app.ui.dialogs.signing_key import CreateKeyDialog
            if not CreateKeyDialog(self.col, self).exec():
                return None                 # (a new key stays unlocked for the session)
        from inspector_app.ui.unlock import with_unlocked
        doc_id, service = self.doc_id, self.service
        work = with_unlocked(self, service.keys, lambda: service.issue(doc_id),   # asked once per session
                             work_with_password=lambda password: service.issue(doc_id, password))
        if work is None:
            return None
        self.missing.setText(self.tr("正在签发（生成、签名 PDF）…"))
        return work

    def _void(self):
        reason, ok = QInputDialog.getText(self, self.tr("作废"), self.tr("作废原因："))
        if not ok or not reason.strip():
            return None
        doc_id, service, reason = self.doc_id, self.service, reason.strip()
        return lambda: service.void(doc_id, reason)

    def _reissue(self):
        doc_id, service = self.doc_id, self.service
        return lambda: service.reissue(doc_id)

    def _pdf(self):
        from pathlib import Path

        from inspector_app.core import filenames
        from inspector_app.core.datadir import atomic_write_bytes
        from inspector_app.ui import preferences as prefs
        suggested = str(Path(prefs.export_folder()) / filenames.for_document(self.col, self.doc_id))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), suggested, "PDF (*.pdf)")
        if not path:
            return None
        path = filenames.with_extension(path, "pdf")
        prefs.remember_export_folder(str(Path(path).parent))
        doc_id, service = self.doc_id, self.service

        def work():
            atomic_write_bytes(Path(path), service.render_pdf(doc_id))
            return path

        background(work, lambda p: bus.status_message.emit(self.tr("已保存：{0}").format(p)), owner=self,
                   buttons=[self.buttons["pdf"]])
        return None

    def _print(self):
        from PySide6.QtPrintSupport import QPrinter
        printer = QPrinter(QPrinter.HighResolution)
        from PySide6.QtGui import QPageSize
        printer.setPageSize(QPageSize(QPageSize.A4))
        printer.setFullPage(True)
        doc_id, service = self.doc_id, self.service

        def show(images):
            self.print_preview(printer, [pil_to_qimage(im) for im in images]).exec()

        # Printed from a 300 dpi rendering of the exact PDF (the on-screen preview is coarser).
        background(lambda: service.page_images(doc_id, dpi=PRINT_DPI), show, owner=self,
                   buttons=[self.buttons["print"]])
        return None

    def print_preview(self, printer, pages: list[QImage]):
        """Qt's print preview of the rendered pages, a whole A4 page as tall as the screen allows."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog
        dlg = QPrintPreviewDialog(printer, self)
        dlg.printer_ref = printer                # Qt does not own the printer: it lives as long as the dialog
        dlg.setWindowTitle(self.tr("打印预览（A4）"))
        resize_within_screen(dlg, 900, 1100)     # Qt opens it at about 690×510, the page at 38 %
        dlg.paintRequested.connect(lambda p: paint_pages(p, pages))
        return dlg


def paint_pages(printer, images: list[QImage]) -> None:
    """Draw rasterised A4 pages filling the full printable page (true scale with setFullPage)."""
    painter = QPainter(printer)
    for i, img in enumerate(images):
        if i:
            printer.newPage()
        page = printer.pageRect(printer.Unit.DevicePixel)
        painter.drawImage(QRectF(0, 0, page.width(), page.height()), img)
    painter.end()
