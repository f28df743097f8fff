"""Actions on one hazard (part 2): on-site fix with photo (销号 on the spot), completion report,
re-inspection pass/fail, extension request and decision, listed supervision and progress. Each form validates in place; nothing is written until valid."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from inspector_app.ui import theme
from inspector_app.core.errors import InspectorError
from inspector_app.ui import errors
from inspector_app.ui.widgets.dates import DateEdit
from inspector_app.ui.widgets.dialog_size import open_size
from inspector_app.ui.widgets.photos import PhotoStrip
from inspector_app.ui.workers import background, db_op
from inspector_app.ui import punctuation
from inspector_app.core.clock import local_text

EVENT_TEXT_ZH = {
    "created": QT_TRANSLATE_NOOP("HazardActionsDialog", "发现"), "closed_on_site": QT_TRANSLATE_NOOP("HazardActionsDialog", "当场整改销号"), "notice_issued": QT_TRANSLATE_NOOP("HazardActionsDialog", "下达整改通知"),
    "extension_requested": QT_TRANSLATE_NOOP("HazardActionsDialog", "申请延期"), "extension_approved": QT_TRANSLATE_NOOP("HazardActionsDialog", "批准延期"), "extension_rejected": QT_TRANSLATE_NOOP("HazardActionsDialog", "驳回延期"),
    "rectification_reported": QT_TRANSLATE_NOOP("HazardActionsDialog", "企业报告整改完成"), "reinspection_passed": QT_TRANSLATE_NOOP("HazardActionsDialog", "复查合格（销号）"),
    "reinspection_failed": QT_TRANSLATE_NOOP("HazardActionsDialog", "复查不合格"), "listed_supervision": QT_TRANSLATE_NOOP("HazardActionsDialog", "挂牌督办"), "supervision_progress": QT_TRANSLATE_NOOP("HazardActionsDialog", "督办进展"),
    "note": QT_TRANSLATE_NOOP("HazardActionsDialog", "备注"),
    "supervision_accepted": QT_TRANSLATE_NOOP("HazardActionsDialog", "督办单位验收销号"),
    "five_measures": QT_TRANSLATE_NOOP("HazardActionsDialog", "五落实"),
    "suspension_ordered": QT_TRANSLATE_NOOP("HazardActionsDialog", "责令停产停业"),
    "resumption_applied": QT_TRANSLATE_NOOP("HazardActionsDialog", "复产申请"),
    "resumption_reviewed": QT_TRANSLATE_NOOP("HazardActionsDialog", "复产审查"),
}


class HazardActionsDialog(QDialog):
    def __init__(self, col, hazard_id: str, parent=None):
        super().__init__(parent)
        self.col = col
        self.hazard_id = hazard_id
        self.setWindowTitle(self.tr("隐患处理"))
        lay = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        self.history = QListWidget()
        self.history.setMaximumHeight(140)
        lay.addWidget(self.history)
        self.tabs = QTabWidget()
        self.submit_buttons: list[QPushButton] = []
        self._forms: list[QFormLayout] = []
        lay.addWidget(self.tabs, 1)
        self.error = QLabel()
        self.error.setStyleSheet(theme.style("error"))
        lay.addWidget(self.error)
        self._build_on_site()
        self._build_report()
        self._build_reinspection()
        self._build_extension()
        self._build_supervision()
        self._build_major()
        self._build_suspension()
        self._order_tabs()
        self.reinspect_note.returnPressed.connect(self.reinspect_button.click)   # the form's last field
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("关闭"))
        self.opinion_button = buttons.addButton(self.tr("出具整改复查意见书…"), QDialogButtonBox.ActionRole)
        self.opinion_button.setToolTip(self.tr("起草复查意见书（引用已签发的整改文书），在“文书”页签名、打印"))
        self.opinion_button.clicked.connect(self.draft_reinspection_opinion)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        # Wide enough for every tab title in this language (English needs more than 720 px) and tall enough for
        # the tallest tab page, within the screen.
        open_size(self, max(720, self.tabs.tabBar().sizeHint().width() + 40), 560)
        self.drafted_document: str | None = None
        self.after_photos: list[str] = []
        self.on_site_photos: list[str] = []
        self.hazard: dict = {}
        self.notice: dict | None = None
        self.load()

    # -- forms ---------------------------------------------------------------------------------
    def _tab(self, title: str, submit_text: str, submit) -> QFormLayout:
        w = QWidget()
        form = QFormLayout(w)
        self.tabs.addTab(w, title)
        box = QDialogButtonBox()
        button = box.addButton(submit_text, QDialogButtonBox.AcceptRole)
        button.clicked.connect(submit)
        form.addRow(box)
        self._last_button = button
        self.submit_buttons.append(button)
        self._forms.append(form)
        return form

    def _order_tabs(self) -> None:
        """Tab moves through each page's fields in the order they are shown, then to its button (the
        fields are inserted above the button after it was made, so Qt's own order put the button first)."""
        for form in self._forms:
            chain: list[QWidget] = []
            for row in range(form.rowCount()):
                for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                    item = form.itemAt(row, role)
                    widget = item.widget() if item else None
                    if isinstance(widget, QDialogButtonBox):
                        chain += widget.buttons()
                    elif widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                        chain.append(widget)
            for first, second in zip(chain, chain[1:]):
                QWidget.setTabOrder(first, second)

    def _date(self, value, unset: str | None = None, **bounds) -> DateEdit:
        """A calendar field whose out-of-bounds date is marked and explained at once (kept, never reset)."""
        edit = DateEdit(value, unset_text=unset, **bounds)
        edit.problem_changed.connect(lambda text: self.error.setText(text) if text else
                                     (self.error.text() and self._clear_date_error()))
        return edit

    def _clear_date_error(self) -> None:
        """Clear the message once no date field of the dialog has a problem any more."""
        if not any(e.problem() for e in self.findChildren(DateEdit)):
            self.error.setText("")

    def _build_on_site(self):
        form = self._tab(self.tr("当场整改"), self.tr("当场整改完毕，销号"), self.submit_on_site)
        self.on_site_note = QLineEdit()
        self.on_site_note.setPlaceholderText(self.tr("现场采取的整改措施"))
        self.on_site_strip = PhotoStrip(self)
        self.on_site_strip.files_dropped.connect(self.add_on_site_photos)
        form.insertRow(0, self.tr("整改措施"), self.on_site_note)
        form.insertRow(1, self.tr("整改后照片（必填）"), self.on_site_strip)
        self.on_site_button = self._last_button

    def _build_report(self):
        form = self._tab(self.tr("整改完成报告"), self.tr("记录完成报告"), self.submit_report)
        self.report_date = self._date(dt.date.today(), not_after="today", what=self.tr("完成日期"))
        self.report_measures = QPlainTextEdit()
        self.report_money = QLineEdit()
        self.report_money.setPlaceholderText(self.tr("元"))
        form.insertRow(0, self.tr("完成日期"), self.report_date)
        form.insertRow(1, self.tr("整改措施"), self.report_measures)
        form.insertRow(2, self.tr("整改资金（元）"), self.report_money)
        self.report_photos = PhotoStrip(self)
        self.report_photos.files_dropped.connect(self.add_after_photos)
        form.insertRow(3, self.tr("整改后照片"), self.report_photos)
        self.report_button = self._last_button

    def _build_reinspection(self):
        form = self._tab(self.tr("复查"), self.tr("记录复查结果"), self.submit_reinspection)
        self.reinspect_result = QComboBox()
        self.reinspect_result.addItem(self.tr("合格（销号）"), "passed")
        self.reinspect_result.addItem(self.tr("不合格"), "failed")
        self.reinspect_deadline = self._date(None, unset=self.tr("不合格时选择"), not_before="tomorrow",
                                             what=self.tr("新整改期限"))
        self.reinspect_result.currentIndexChanged.connect(
            lambda _i: self.reinspect_deadline.setEnabled(self.reinspect_result.currentData() == "failed"))
        self.reinspect_deadline.setEnabled(False)
        self.reinspect_note = QLineEdit()
        form.insertRow(0, self.tr("复查结论"), self.reinspect_result)
        form.insertRow(1, self.tr("新整改期限"), self.reinspect_deadline)
        form.insertRow(2, self.tr("复查意见"), self.reinspect_note)
        self.reinspect_button = self._last_button

    def _build_extension(self):
        form = self._tab(self.tr("延期"), self.tr("记录"), self.submit_extension)
        self.extension_kind = QComboBox()
        self.extension_kind.addItem(self.tr("企业申请延期"), "extension_requested")
        self.extension_kind.addItem(self.tr("批准延期"), "extension_approved")
        self.extension_kind.addItem(self.tr("驳回延期"), "extension_rejected")
        self.extension_deadline = self._date(None, unset=self.tr("未选择"), not_before="today",
                                             what=self.tr("延期后的期限"))
        self.extension_kind.currentIndexChanged.connect(lambda _i: self.extension_deadline.setEnabled(
            self.extension_kind.currentData() != "extension_rejected"))
        self.extension_reason = QLineEdit()
        form.insertRow(0, self.tr("事项"), self.extension_kind)
        form.insertRow(1, self.tr("延期至"), self.extension_deadline)
        form.insertRow(2, self.tr("理由"), self.extension_reason)
        self.extension_button = self._last_button

    def _build_supervision(self):
        form = self._tab(self.tr("挂牌督办"), self.tr("记录督办"), self.submit_supervision)
        self.sup_kind = QComboBox()
        self.sup_kind.addItem(self.tr("挂牌督办"), "listed_supervision")
        self.sup_kind.addItem(self.tr("督办进展报告"), "supervision_progress")
        self.sup_kind.addItem(self.tr("督办单位验收销号"), "supervision_accepted")
        self.sup_level = QComboBox()
        for text in (self.tr("乡镇级"), self.tr("县（区）级"), self.tr("市级"), self.tr("省级")):
            self.sup_level.addItem(text, text)
        self.sup_unit = QLineEdit()
        self.sup_doc_no = QLineEdit()
        self.sup_deadline = self._date(None, unset=self.tr("未选择"), not_before="today", what=self.tr("督办期限"))
        self.sup_plan_filed = self._date(None, unset=self.tr("未备案"), not_after="today",
                                         what=self.tr("备案日期"))
        self.sup_progress = QLineEdit()
        self.sup_person = QLineEdit()
        self.sup_person.setPlaceholderText(self.tr("验收销号时填写"))
        self.sup_date = self._date(dt.date.today(), not_after="today", what=self.tr("验收日期"))
        for i, (label, w) in enumerate(((self.tr("事项"), self.sup_kind), (self.tr("督办级别"), self.sup_level),
                                        (self.tr("督办单位"), self.sup_unit), (self.tr("督办文号"), self.sup_doc_no),
                                        (self.tr("督办期限"), self.sup_deadline),
                                        (self.tr("治理方案备案日期"), self.sup_plan_filed),
                                        (self.tr("进展情况"), self.sup_progress),
                                        (self.tr("验收人"), self.sup_person), (self.tr("验收日期"), self.sup_date))):
            form.insertRow(i, label, w)
        self.sup_button = self._last_button

    def _build_major(self):
        """五落实 of a major hazard: 措施、责任、资金、时限、预案."""
        form = self._tab(self.tr("五落实"), self.tr("记录五落实"), self.submit_five)
        self.five = {}
        for i, (key, label) in enumerate((("measures", self.tr("整改措施")), ("responsible", self.tr("责任人")),
                                          ("funds", self.tr("整改资金")), ("deadline", self.tr("整改时限")),
                                          ("plan", self.tr("应急预案")))):
            self.five[key] = (self._date(None, unset=self.tr("未选择"), not_before="today", what=label)
                              if key == "deadline" else QLineEdit())
            form.insertRow(i, label, self.five[key])
        self.five_button = self._last_button

    def _build_suspension(self):
        form = self._tab(self.tr("停产停业"), self.tr("记录"), self.submit_suspension)
        self.susp_kind = QComboBox()
        self.susp_kind.addItem(self.tr("责令停产停业（停止使用）"), "suspension_ordered")
        self.susp_kind.addItem(self.tr("企业申请复产"), "resumption_applied")
        self.susp_kind.addItem(self.tr("复产审查：同意"), "approved")
        self.susp_kind.addItem(self.tr("复产审查：不同意"), "rejected")
        self.susp_date = self._date(dt.date.today(), not_after="today", what=self.tr("日期"))
        self.susp_doc_no = QLineEdit()
        self.susp_person = QLineEdit()
        self.susp_person.setPlaceholderText(self.tr("申请人或审查人"))
        self.susp_text = QLineEdit()
        self.susp_text.setPlaceholderText(self.tr("停产范围、申请内容或审查意见"))
        for i, (label, w) in enumerate(((self.tr("事项"), self.susp_kind), (self.tr("日期"), self.susp_date),
                                        (self.tr("文书文号"), self.susp_doc_no), (self.tr("人员"), self.susp_person),
                                        (self.tr("内容"), self.susp_text))):
            form.insertRow(i, label, w)
        self.susp_state = QLabel()
        self.susp_state.setWordWrap(True)
        form.insertRow(5, "", self.susp_state)
        self.susp_button = self._last_button

    # -- data ----------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the hazard, its events and its notice on the database worker, behind the events still queued
        there (read at once, a hazard reopened right after recording showed its state before the event), and
        show them; the forms' buttons are off until then."""
        col, hid = self.col, self.hazard_id

        def read() -> dict:
            return {"hazard": col.hazards.get(hid), "events": col.hazards.events(hid),
                    "derived": col.hazards.derived(hid), "notice": issued_notice(col, hid)}

        db_op(read, self._show, self._failed, owner=self, buttons=self.submit_buttons + [self.opinion_button])

    def _show(self, data: dict) -> None:
        h = self.hazard = data["hazard"]
        state = {"open": self.tr("未整改"), "awaiting_rectification": self.tr("整改中"),
                 "awaiting_reinspection": self.tr("待复查"), "closed": self.tr("已销号")}.get(h["state"], h["state"])
        self.info.setText(f"<b>{h['number']}</b> {h['description']}<br>" + self.tr("状态：") + state
                          + "  ·  " + self.tr("整改期限：") + (h.get("deadline") or "—"))
        self.history.clear()
        for ev in data["events"]:
            self.history.addItem(f"{local_text(ev['at'])}  {self.tr(EVENT_TEXT_ZH.get(ev['kind'], ev['kind']))}"
                                 + (f"  {ev['reason']}" if ev.get("reason") else "") + self._detail(ev))
        closed = h["state"] == "closed"
        for b in (self.report_button, self.reinspect_button, self.extension_button, self.sup_button):
            b.setEnabled(not closed)
        # An on-site fix closes a hazard found today that no notice has been issued for yet; never a major one.
        major = h["severity"] == "major"
        self.on_site_button.setEnabled(h["state"] == "open" and not major)
        self.on_site_button.setToolTip(self.tr("重大事故隐患不得当场整改销号，须经复查") if major else "")
        for b in (self.five_button, self.susp_button):
            b.setEnabled(not closed)
        self.five_button.setEnabled(not closed and major)
        d = data["derived"]
        self.susp_state.setText(
            (self.tr("已责令停产停业，复产申请待审查") if d.resumption_pending else self.tr("已责令停产停业，尚未同意复产"))
            if d.suspended else "")
        self.notice = data["notice"]
        reinspected = any(ev["kind"] in ("reinspection_passed", "reinspection_failed") for ev in data["events"])
        self.opinion_button.setEnabled(self.notice is not None and reinspected)
        if self.notice is None:
            self.opinion_button.setToolTip(self.tr("尚无已签发的整改文书，不能出具复查意见书"))
        elif not reinspected:
            self.opinion_button.setToolTip(self.tr("先在“复查”中记录复查结果"))
        else:
            self.opinion_button.setToolTip(self.tr("起草复查意见书（引用已签发的整改文书），在“文书”页签名、打印"))

    def _detail(self, ev: dict) -> str:
        """What the lifecycle events of issue 14 recorded, shown after the event's name."""
        d = ev.get("data") or {}
        if ev["kind"] == "five_measures":
            return "  " + self.tr("责任人：") + str(d.get("responsible", "")) + punctuation.gap() + self.tr("时限：") + str(d.get("deadline", ""))
        if ev["kind"] == "supervision_accepted":
            return "  " + punctuation.gap().join(str(d.get(k, "")) for k in ("unit", "person", "doc_no"))
        if ev["kind"] == "resumption_reviewed":
            return "  " + (self.tr("同意复产") if d.get("approved") else self.tr("不同意复产")) + (
                punctuation.paren(d["reviewer"]) if d.get("reviewer") else "")
        return ""

    def draft_reinspection_opinion(self) -> None:
        """Draft the 整改复查意见书 for the notice and hand over to the documents page to sign and print."""
        if self.notice is None:
            return
        documents, notice = self.col.documents, self.notice["id"]

        def done(changes):
            self.drafted_document = changes.id
            win = self._main_window()
            self.accept()
            if win is not None:
                win.show_page("documents").select_document(changes.id)

        db_op(lambda: documents.draft("reinspection_opinion", refers_to=notice), done, self._failed,
              owner=self, buttons=self.submit_buttons + [self.opinion_button])

    def _main_window(self):
        w = self.parent()
        while w is not None and not hasattr(w, "show_page"):
            w = w.parent()
        return w

    def add_after_photos(self, paths: list[str]) -> None:
        col = self.col

        def done(results):
            for r in results:
                h = getattr(r, "sha256", r) if not isinstance(r, dict) else r.get("sha256")
                if h and h not in self.after_photos:
                    self.after_photos.append(h)
            self.report_photos.set_photos(col, self.after_photos)

        background(lambda: [col.attachments.import_photo(p) for p in paths], done, lambda e: self._fail(str(e)))

    def add_on_site_photos(self, paths: list[str]) -> None:
        col = self.col

        def done(results):
            for h in results:
                if h and h not in self.on_site_photos:
                    self.on_site_photos.append(h)
            self.on_site_strip.set_photos(col, self.on_site_photos)

        background(lambda: [col.attachments.import_photo(p) for p in paths], done, lambda e: self._fail(str(e)))

    def submit_on_site(self):
        measures = self.on_site_note.text().strip()
        if not measures:
            return self._fail(self.tr("请填写现场采取的整改措施"), self.on_site_note)
        if not self.on_site_photos:
            return self._fail(self.tr("当场整改销号须附整改后照片"), self.on_site_strip)
        def after():
            self.on_site_photos = []
            self.on_site_strip.set_photos(self.col, [])
            self.on_site_note.clear()

        self._record("closed_on_site", {"measures": measures}, measures, photos=list(self.on_site_photos),
                     after=after)

    def _fail(self, message: str, widget=None) -> None:
        self.error.setText(message)
        if widget is not None:
            widget.setFocus()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, InspectorError):
            self._fail(str(exc))
        else:
            errors.show_error(exc, self)

    def _record(self, kind: str, data: dict, reason: str = "", photos: list[str] | None = None,
                after=None) -> None:
        """Record the event on the database worker; every submit button is disabled until it is
        written (a double click records once) and the form is emptied after (`after`)."""
        hazards, hid = self.col.hazards, self.hazard_id

        def done(_changes):
            self.error.setText("")
            if after is not None:
                after()
            self.load()

        db_op(lambda: hazards.add_event(hid, kind, data=data, reason=reason, photos=photos), done, self._failed,
              owner=self, buttons=self.submit_buttons + [self.opinion_button])

    def submit_report(self):
        date, measures = self.report_date.iso(), self.report_measures.toPlainText().strip()
        if self.report_date.problem():
            return self._fail(self.report_date.problem(), self.report_date)
        if not measures:
            return self._fail(self.tr("请填写整改措施"), self.report_measures)
        money = self.report_money.text().strip()
        try:
            amount = float(money) if money else None
        except ValueError:
            return self._fail(self.tr("整改资金应为数字"), self.report_money)
        if amount is not None and amount < 0:
            return self._fail(self.tr("整改资金应为数字"), self.report_money)
        def after():
            self.after_photos = []
            self.report_photos.set_photos(self.col, [])
            self.report_measures.clear()
            self.report_money.clear()

        self._record("rectification_reported", {"date": date, "measures": measures, "money_spent": amount},
                     photos=list(self.after_photos), after=after)

    def submit_reinspection(self):
        result = self.reinspect_result.currentData()
        if result == "failed":
            deadline = self.reinspect_deadline.iso()
            if deadline is None or self.reinspect_deadline.problem():
                return self._fail(self.reinspect_deadline.problem()
                                  or self.tr("复查不合格时须选择今天以后的新整改期限"), self.reinspect_deadline)
            self._record("reinspection_failed", {"new_deadline": deadline}, self.reinspect_note.text().strip(),
                         after=lambda: (self.reinspect_note.clear(), self.reinspect_deadline.clear()))
        else:
            self._record("reinspection_passed", {}, self.reinspect_note.text().strip(),
                         after=self.reinspect_note.clear)

    def submit_extension(self):
        kind = self.extension_kind.currentData()
        deadline = self.extension_deadline.iso()
        data = {}
        if kind != "extension_rejected":
            if deadline is None or self.extension_deadline.problem():
                return self._fail(self.extension_deadline.problem() or self.tr("请选择延期后的期限"),
                                  self.extension_deadline)
            data = {"new_deadline": deadline, "original_deadline": self.hazard.get("deadline")}
        if kind == "extension_requested" and not self.extension_reason.text().strip():
            return self._fail(self.tr("请填写延期理由"), self.extension_reason)
        self._record(kind, data, self.extension_reason.text().strip(),
                     after=lambda: (self.extension_deadline.clear(), self.extension_reason.clear()))

    def submit_five(self):
        data = {k: (w.iso() or "") if isinstance(w, DateEdit) else w.text().strip() for k, w in self.five.items()}
        for key, w in self.five.items():
            if not data[key]:
                return self._fail(self.tr("“五落实”须逐项填写"), w)
        if self.five["deadline"].problem():
            return self._fail(self.five["deadline"].problem(), self.five["deadline"])
        self._record("five_measures", data)

    def submit_suspension(self):
        kind = self.susp_kind.currentData()
        date = self.susp_date.iso()
        if self.susp_date.problem():
            return self._fail(self.susp_date.problem(), self.susp_date)
        person, doc_no, text = (self.susp_person.text().strip(), self.susp_doc_no.text().strip(),
                                self.susp_text.text().strip())
        if kind == "suspension_ordered":
            return self._record(kind, {"date": date, "doc_no": doc_no, "scope": text}, text)
        if kind == "resumption_applied":
            return self._record(kind, {"date": date, "applicant": person, "content": text}, text)
        if not person:
            return self._fail(self.tr("请填写复产审查人"), self.susp_person)
        self._record("resumption_reviewed", {"approved": kind == "approved", "reviewer": person, "date": date,
                                             "doc_no": doc_no, "opinion": text}, text)

    def submit_supervision(self):
        kind = self.sup_kind.currentData()
        if kind == "supervision_accepted":
            data = {"unit": self.sup_unit.text().strip(), "person": self.sup_person.text().strip(),
                    "date": self.sup_date.iso(), "doc_no": self.sup_doc_no.text().strip()}
            for key, w in (("unit", self.sup_unit), ("person", self.sup_person), ("date", self.sup_date),
                           ("doc_no", self.sup_doc_no)):
                if not data[key]:
                    return self._fail(self.tr("督办单位验收须填写验收单位、验收人、验收日期和验收文书文号"), w)
            if self.sup_date.problem():
                return self._fail(self.sup_date.problem(), self.sup_date)
            return self._record(kind, data)
        if kind == "supervision_progress":
            if not self.sup_progress.text().strip():
                return self._fail(self.tr("请填写进展情况"), self.sup_progress)
            return self._record(kind, {"report": self.sup_progress.text().strip()}, after=self.sup_progress.clear)
        if not self.sup_unit.text().strip():
            return self._fail(self.tr("请填写督办单位"), self.sup_unit)
        if not self.sup_doc_no.text().strip():
            return self._fail(self.tr("请填写督办文号"), self.sup_doc_no)
        if self.sup_deadline.iso() is None or self.sup_deadline.problem():
            return self._fail(self.sup_deadline.problem() or self.tr("请选择督办期限"), self.sup_deadline)
        filed = self.sup_plan_filed.iso()
        if self.sup_plan_filed.problem():
            return self._fail(self.sup_plan_filed.problem(), self.sup_plan_filed)
        self._record(kind, {"level": self.sup_level.currentData(), "unit": self.sup_unit.text().strip(),
                            "doc_no": self.sup_doc_no.text().strip(), "deadline": self.sup_deadline.iso(),
                            "plan_filed_on": filed or None})


def issued_notice(col, hazard_id: str) -> dict | None:
    """The newest issued rectification notice that lists the hazard."""
    for doc in reversed(col.documents.list()):
        if doc["state"] != "issued" or doc["doc_type"] not in ("rectification_order", "rectification_opinion"):
            continue
        full = col.documents.get(doc["id"])
        if hazard_id in full["content"].get("hazard_ids", []):
            return full
    return None
