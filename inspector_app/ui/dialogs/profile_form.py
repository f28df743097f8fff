"""The profile form, used by the first-start wizard and the settings page.

Basic part: name, certificate, unit (and its short name for 文号), township, district, role, unit kind.
Document part (settings page only): the 文号 pattern and type codes, and per unit kind the appeal
bodies (enforcement: 复议机关, 法院) or the escalation sentence (township supervision). These are the
profile settings `col.documents.settings()` reads: doc_no_pattern, type_codes, reconsideration_body,
court, escalation_sentence.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QWidget)

from inspector_app.ui import theme
from inspector_app.core.errors import ValidationError
from inspector_app.ui.dialogs.enterprise_form import FieldError

DOC_TYPES = ("inspection_record", "rectification_order", "rectification_opinion", "reinspection_opinion")


def _doc_defaults() -> dict:
    from inspector_app.core.documents.service import DEFAULT_SETTINGS
    return DEFAULT_SETTINGS


class ProfileForm(QWidget):
    """Name, certificate, unit, township, unit kind; with `documents=True` also the document settings."""

    def __init__(self, col, parent=None, documents: bool = True):
        super().__init__(parent)
        self.col = col
        self.with_documents = documents
        form = QFormLayout(self)
        self.form_layout = form
        self.name = QLineEdit()
        self.cert = QLineEdit()
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("例如：城关街道应急管理办公室"))
        self.unit_short = QLineEdit()
        self.unit_short.setPlaceholderText(self.tr("印在文号括号里，例如：城关"))
        self.township = QLineEdit()
        self.district = QLineEdit()
        self.role = QComboBox()
        self.role.addItem(self.tr("乡镇检查员"), "inspector")
        self.role.addItem(self.tr("区级（汇总、审批）"), "district")
        self.unit_kind = QComboBox()
        self.unit_kind.addItem(self.tr("乡镇应急管理办公室（无执法权：整改意见书）"), "supervision")
        self.unit_kind.addItem(self.tr("执法单位（责令限期整改指令书）"), "enforcement")
        self.errors = {k: FieldError() for k in ("name", "cert_no", "unit", "township", "role", "unit_kind",
                                                 "doc_no_pattern")}
        rows = [(self.tr("姓名"), self.name, "name"), (self.tr("执法证/检查证号"), self.cert, "cert_no"),
                (self.tr("单位名称"), self.unit, "unit"), (self.tr("单位简称（文号用）"), self.unit_short, None),
                (self.tr("乡镇/街道"), self.township, "township"), (self.tr("区/县"), self.district, None),
                (self.tr("角色"), self.role, "role"), (self.tr("单位类型"), self.unit_kind, "unit_kind")]
        for label, w, key in rows:
            form.addRow(label, w)
            if key:
                form.addRow("", self.errors[key])
        self.doc_widgets: list[QWidget] = []
        if documents:
            self._build_documents(form)
        self.unit_kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.unit_short.textEdited.connect(lambda _t: self.check_pattern())
        self.load()

    def _build_documents(self, form: QFormLayout) -> None:
        defaults = _doc_defaults()
        self.doc_pattern = QLineEdit()
        self.doc_pattern.setPlaceholderText(self.tr("留空使用默认格式"))
        self.doc_pattern.textEdited.connect(lambda _t: self.check_pattern())
        # The pattern's placeholders in words, buttons that insert them, and the numbers it gives (live).
        self.pattern_help = QLabel(self.tr("花括号中的词在签发时替换：{short} 单位简称，{code} 文书类型代字，"
                                           "{year} 年份，{serial} 顺序号。其余文字原样印出。"))
        self.pattern_help.setWordWrap(True)
        self.pattern_help.setStyleSheet(theme.style("muted"))
        inserts = QHBoxLayout()
        inserts.setContentsMargins(0, 0, 0, 0)
        inserts.addWidget(QLabel(self.tr("插入：")))
        self.insert_buttons = {}
        for key, text in (("short", self.tr("单位简称")), ("code", self.tr("类型代字")), ("year", self.tr("年份")),
                          ("serial", self.tr("顺序号"))):
            b = QPushButton(text)
            b.setToolTip("{" + key + "}")
            b.clicked.connect(lambda _c=False, k=key: self.insert_placeholder(k))
            inserts.addWidget(b)
            self.insert_buttons[key] = b
        inserts.addStretch()
        self.pattern_example = QLabel()
        self.pattern_example.setTextFormat(Qt.RichText)
        self.pattern_example.setWordWrap(True)
        self.type_codes: dict[str, QLineEdit] = {}
        code_labels = {"inspection_record": self.tr("类型代字：现场检查记录"),
                       "rectification_order": self.tr("类型代字：责令限期整改指令书"),
                       "rectification_opinion": self.tr("类型代字：限期整改意见书"),
                       "reinspection_opinion": self.tr("类型代字：整改复查意见书")}
        form.addRow(QLabel("<b>" + self.tr("文书") + "</b>"))
        form.addRow(self.tr("文号格式"), self.doc_pattern)
        form.addRow("", self.errors["doc_no_pattern"])
        form.addRow("", inserts)
        form.addRow("", self.pattern_help)
        form.addRow(self.tr("文号预览"), self.pattern_example)
        for t in DOC_TYPES:
            edit = QLineEdit()
            edit.setPlaceholderText(defaults["type_codes"][t])
            edit.textEdited.connect(lambda _t: self.check_pattern())
            self.type_codes[t] = edit
            form.addRow(code_labels[t], edit)
        self.reconsideration = QLineEdit()
        self.reconsideration.setPlaceholderText(defaults["reconsideration_body"])
        self.court = QLineEdit()
        self.court.setPlaceholderText(defaults["court"])
        self.escalation = QPlainTextEdit()
        self.escalation.setPlaceholderText(defaults["escalation_sentence"])
        self.escalation.setMaximumHeight(64)
        self.reconsideration_label = QLabel(self.tr("行政复议机关"))
        self.court_label = QLabel(self.tr("行政诉讼法院"))
        self.escalation_label = QLabel(self.tr("逾期未整改的移送说明"))
        form.addRow(self.reconsideration_label, self.reconsideration)
        form.addRow(self.court_label, self.court)
        form.addRow(self.escalation_label, self.escalation)
        self.doc_widgets = [self.reconsideration, self.court, self.escalation]

    def load(self) -> None:
        prof = self.col.profile.get()
        if not prof:
            self._kind_changed()
            return
        self.name.setText(prof["inspector_name"])
        self.cert.setText(prof["cert_no"])
        self.unit.setText(prof["unit_name"])
        self.unit_short.setText(prof.get("unit_short") or "")
        self.district.setText(prof["district"])
        if prof["township_id"]:
            self.township.setText(self.col.townships.name(prof["township_id"]))
        self.role.setCurrentIndex(max(0, self.role.findData(prof["role"])))
        self.unit_kind.setCurrentIndex(max(0, self.unit_kind.findData(prof["unit_kind"])))
        if self.with_documents:
            s = prof["settings"]
            self.doc_pattern.setText(s.get("doc_no_pattern", ""))
            for t, edit in self.type_codes.items():
                edit.setText((s.get("type_codes") or {}).get(t, ""))
            self.reconsideration.setText(s.get("reconsideration_body", ""))
            self.court.setText(s.get("court", ""))
            self.escalation.setPlainText(s.get("escalation_sentence", ""))
        self._kind_changed()
        self.check_pattern()

    def _kind_changed(self) -> None:
        if not self.with_documents:
            return
        enforcement = self.unit_kind.currentData() == "enforcement"
        for w in (self.reconsideration, self.reconsideration_label, self.court, self.court_label):
            w.setVisible(enforcement)
        for w in (self.escalation, self.escalation_label):
            w.setVisible(not enforcement)
        self.check_pattern()

    def _codes(self) -> dict[str, str]:
        return {t: e.text().strip() for t, e in self.type_codes.items() if e.text().strip()}

    def insert_placeholder(self, key: str) -> None:
        """Insert {key} at the cursor (so nobody has to type braces) and update the preview."""
        self.doc_pattern.insert("{" + key + "}")
        self.doc_pattern.setFocus()
        self.check_pattern()

    def check_pattern(self) -> str | None:
        """Number the unit's documents with the pattern as typed (this year, serial 1) and show them; or say
        what is wrong beside the field."""
        if not self.with_documents:
            return None
        defaults = _doc_defaults()
        pattern = self.doc_pattern.text().strip() or defaults["doc_no_pattern"]
        codes = {**defaults["type_codes"], **self._codes()}
        short = self.unit_short.text().strip() or self.tr("城关")
        notice = "rectification_order" if self.unit_kind.currentData() == "enforcement" else "rectification_opinion"
        names = {"inspection_record": self.tr("现场检查记录"), "rectification_order": self.tr("责令限期整改指令书"),
                 "rectification_opinion": self.tr("限期整改意见书"), "reinspection_opinion": self.tr("整改复查意见书")}
        try:
            lines = [(names[t], pattern.format(short=short, code=codes[t], year=dt.date.today().year, serial=1))
                     for t in ("inspection_record", notice, "reinspection_opinion")]
        except (KeyError, IndexError, ValueError, AttributeError):
            why = self.tr("文号格式只能使用 {short} {code} {year} {serial} 四个占位符，且花括号须成对。")
            self.errors["doc_no_pattern"].show_text(why)
            self.pattern_example.setText("")
            return why
        self.errors["doc_no_pattern"].show_text(None)
        colon = self.tr("：")
        self.pattern_example.setText("<br>".join(f"{html.escape(name)}{colon}<b>{html.escape(number)}</b>"
                                                 for name, number in lines))
        return None

    def save(self) -> bool:
        """Write the profile; on a validation error show it beside the field and return False."""
        for e in self.errors.values():
            e.show_text(None)
        if self.check_pattern():
            self.doc_pattern.setFocus()
            return False
        try:
            # A modal form: one short transaction, written before the dialog closes.
            changes = self.col.profile.init_with_settings(
                dict(doc_no_pattern=self.doc_pattern.text().strip(), type_codes=self._codes(),
                     reconsideration_body=self.reconsideration.text().strip(), court=self.court.text().strip(),
                     escalation_sentence=self.escalation.toPlainText().strip()) if self.with_documents else None,
                role=self.role.currentData(), name=self.name.text(), cert_no=self.cert.text(),
                unit=self.unit.text(), unit_short=self.unit_short.text(), township=self.township.text(),
                district=self.district.text(), unit_kind=self.unit_kind.currentData())
        except ValidationError as exc:
            self.errors.get(exc.field or "name", self.errors["name"]).show_text(str(exc))
            return False
        from inspector_app.ui.signals import bus
        bus.data_changed.emit(changes)
        return True
