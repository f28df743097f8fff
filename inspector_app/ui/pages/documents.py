"""文书: choose an inspection, draft its inspection record and rectification notice, preview as printed,
sign (inspector 1, inspector 2, enterprise or refusal with witness), issue, print, save PDF, void/reissue."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from inspector_app.ui.pages.base import Page, heading
from inspector_app.ui.workers import background

ROLES = (("inspector1", QT_TRANSLATE_NOOP("DocumentsPage", "检查员一")),
         ("inspector2", QT_TRANSLATE_NOOP("DocumentsPage", "检查员二")),
         ("enterprise", QT_TRANSLATE_NOOP("DocumentsPage", "企业负责人")))


def pil_to_qimage(img) -> QImage:
    rgb = img.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    q = QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format_RGB888)
    return q.copy()


class DocumentsPage(Page):
    key = "documents"
    nav_text = "文书"

    def __init__(self, col, parent=None):
        super().__init__(col, parent)
        self.doc_id: str | None = None
        self.images: list[QImage] = []
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("文书")))
        self.inspection = QComboBox()
        self.inspection.setMinimumWidth(380)
        self.inspection.currentIndexChanged.connect(lambda _i: self._load_docs())
        top.addWidget(QLabel(self.tr("检查：")))
        top.addWidget(self.inspection, 1)
        lay.addLayout(top)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        lay.addWidget(self.missing)
        body = QHBoxLayout()
        lay.addLayout(body, 1)
        left = QVBoxLayout()
        self.docs = QListWidget()
        self.docs.currentItemChanged.connect(lambda cur, _p: self._select_doc(cur))
        left.addWidget(self.docs, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("draft_record", self.tr("起草现场检查记录")), ("draft_notice", self.tr("起草整改文书")),
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
        self.preview.setStyleSheet("QScrollArea { background: #8a8f99; }")
        body.addWidget(self.preview, 3)

    @property
    def service(self):
        return getattr(self.col, "documents", None)

    def refresh(self) -> None:
        current = self.inspection.currentData()
        rows = list(self.col.db.query(
            "SELECT i.id, i.started_at, e.name FROM inspections i JOIN enterprises e ON e.id=i.enterprise_id "
            "ORDER BY i.started_at DESC LIMIT 300"))
        self.inspection.blockSignals(True)
        self.inspection.clear()
        for r in rows:
            self.inspection.addItem(f"{r['started_at'][:10]}  {r['name']}", r["id"])
        self.inspection.setCurrentIndex(max(0, self.inspection.findData(current)))
        self.inspection.blockSignals(False)
        if self.service is None:
            self.missing.setText(self.tr("文书模块尚未安装：暂不能起草、签名或签发文书。"))
        self._load_docs()

    def select_inspection(self, inspection_id: str) -> None:
        self.refresh()
        self.inspection.setCurrentIndex(max(0, self.inspection.findData(inspection_id)))

    def _load_docs(self) -> None:
        keep = self.doc_id
        self.docs.blockSignals(True)
        self.docs.clear()
        iid = self.inspection.currentData()
        names = {"inspection_record": self.tr("现场检查记录"), "rectification_order": self.tr("责令限期整改指令书"),
                 "rectification_opinion": self.tr("隐患整改意见书"), "reinspection_opinion": self.tr("整改复查意见书")}
        states = {"draft": self.tr("草稿"), "issued": self.tr("已签发"), "voided": self.tr("已作废")}
        if iid:
            for r in self.col.db.query("SELECT id, doc_type, doc_no, state FROM documents WHERE inspection_id=? "
                                       "ORDER BY created_at", [iid]):
                item = QListWidgetItem(f"{names.get(r['doc_type'], r['doc_type'])} · "
                                       f"{states.get(r['state'], r['state'])} {r['doc_no']}")
                item.setData(Qt.UserRole, r["id"])
                self.docs.addItem(item)
                if r["id"] == keep:
                    self.docs.setCurrentItem(item)
        self.docs.blockSignals(False)
        if self.docs.currentItem() is None and self.docs.count():
            self.docs.setCurrentRow(self.docs.count() - 1)
        self._select_doc(self.docs.currentItem())

    def _doc_state(self) -> str | None:
        if not self.doc_id:
            return None
        row = self.col.db.execute("SELECT state FROM documents WHERE id=?", [self.doc_id]).fetchone()
        return row[0] if row else None

    def _update_buttons(self) -> None:
        state = self._doc_state()
        has = self.service is not None
        iid = self.inspection.currentData()
        self.buttons["draft_record"].setEnabled(has and bool(iid))
        self.buttons["draft_notice"].setEnabled(has and bool(iid))
        for k in ("sign_inspector1", "sign_inspector2", "sign_enterprise", "issue"):
            self.buttons[k].setEnabled(has and state == "draft")
        for k in ("print", "pdf"):
            self.buttons[k].setEnabled(has and state in ("draft", "issued"))
        self.buttons["void"].setEnabled(has and state == "issued")
        self.buttons["reissue"].setEnabled(has and state == "voided")

    def _select_doc(self, item) -> None:
        self.doc_id = item.data(Qt.UserRole) if item else None
        self._update_buttons()
        self._render_preview()

    def _render_preview(self) -> None:
        while self.preview_layout.count():
            w = self.preview_layout.takeAt(0).widget()
            if w:
                w.setParent(None)
                w.deleteLater()
        self.images = []
        if not self.doc_id or self.service is None:
            return
        doc_id, service = self.doc_id, self.service
        busy = QLabel(self.tr("正在生成预览…"))
        self.preview_layout.addWidget(busy)

        def done(images):
            if doc_id != self.doc_id:
                return
            self.preview_layout.removeWidget(busy)
            busy.deleteLater()
            self.images = [pil_to_qimage(im) for im in images]
            width = max(400, self.preview.viewport().width() - 40)
            for q in self.images:
                label = QLabel()
                label.setPixmap(QPixmap.fromImage(q).scaledToWidth(width, Qt.SmoothTransformation))
                label.setStyleSheet("background: white; margin: 8px;")
                self.preview_layout.addWidget(label)

        background(lambda: service.page_images(doc_id, dpi=110), done)

    # Actions -------------------------------------------------------------------------------------
    def action(self, key: str) -> None:
        from inspector_app.ui.errors import show_error
        from inspector_app.ui.signals import bus
        try:
            changes = getattr(self, "_" + key)()
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            show_error(exc, self)
            return
        if changes is not None:
            if getattr(changes, "id", None) and key.startswith(("draft", "reissue")):
                self.doc_id = changes.id
            bus.data_changed.emit(changes)
            self._load_docs()

    def _draft_record(self):
        return self.service.draft("inspection_record", inspection_id=self.inspection.currentData())

    def _draft_notice(self):
        prof = self.col.profile.get()
        doc_type = "rectification_order" if prof and prof["unit_kind"] == "enforcement" else "rectification_opinion"
        iid = self.inspection.currentData()
        hazard_ids = [r[0] for r in self.col.db.execute("SELECT id FROM hazards WHERE inspection_id=?", [iid])]
        if not hazard_ids:
            QMessageBox.information(self, self.tr("文书"), self.tr("本次检查没有登记隐患，无需整改文书。"))
            return None
        return self.service.draft(doc_type, inspection_id=iid, hazard_ids=hazard_ids)

    def _sign(self, role: str):
        from inspector_app.ui.widgets.signature_pad import SignatureDialog
        label = dict(ROLES)[role]
        dlg = SignatureDialog(self.tr(label), allow_refusal=(role == "enterprise"), parent=self)
        if not dlg.exec():
            return None
        png, witness = dlg.result_value()
        return self.service.set_signature(self.doc_id, role, png, refused_witness=witness)

    def _sign_inspector1(self):
        return self._sign("inspector1")

    def _sign_inspector2(self):
        return self._sign("inspector2")

    def _sign_enterprise(self):
        return self._sign("enterprise")

    def _issue(self):
        password, ok = QInputDialog.getText(self, self.tr("签发"), self.tr("签章密码："), QLineEdit.Password)
        if not ok:
            return None
        return self.service.issue(self.doc_id, password)

    def _void(self):
        reason, ok = QInputDialog.getText(self, self.tr("作废"), self.tr("作废原因："))
        if not ok or not reason.strip():
            return None
        return self.service.void(self.doc_id, reason.strip())

    def _reissue(self):
        return self.service.reissue(self.doc_id)

    def _pdf(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), "", "PDF (*.pdf)")
        if not path:
            return None
        from inspector_app.core.datadir import atomic_write_bytes
        from pathlib import Path
        atomic_write_bytes(Path(path), self.service.render_pdf(self.doc_id))
        return None

    def _print(self):
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
        printer = QPrinter(QPrinter.HighResolution)
        from PySide6.QtGui import QPageSize
        printer.setPageSize(QPageSize(QPageSize.A4))
        printer.setFullPage(True)
        dlg = QPrintPreviewDialog(printer, self)
        dlg.paintRequested.connect(lambda p: paint_pages(p, self.images))
        dlg.exec()
        return None


def paint_pages(printer, images: list[QImage]) -> None:
    """Draw rasterised A4 pages filling the full printable page (true scale with setFullPage)."""
    painter = QPainter(printer)
    for i, img in enumerate(images):
        if i:
            printer.newPage()
        page = printer.pageRect(printer.Unit.DevicePixel)
        painter.drawImage(QRectF(0, 0, page.width(), page.height()), img)
    painter.end()
