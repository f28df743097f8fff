"""The profile form, used by the first-start wizard and the settings page."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from inspector_app.core.errors import ValidationError
from inspector_app.ui.dialogs.enterprise_form import FieldError


class ProfileForm(QWidget):
    """Name, certificate, unit, township, unit kind, document-number pattern, appeal bodies."""

    def __init__(self, col, parent=None):
        super().__init__(parent)
        self.col = col
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.cert = QLineEdit()
        self.unit = QLineEdit()
        self.township = QLineEdit()
        self.district = QLineEdit()
        self.role = QComboBox()
        self.role.addItem(self.tr("乡镇检查员"), "inspector")
        self.role.addItem(self.tr("区级（汇总、审批）"), "district")
        self.unit_kind = QComboBox()
        self.unit_kind.addItem(self.tr("乡镇应急管理办公室（无执法权：整改意见书）"), "supervision")
        self.unit_kind.addItem(self.tr("执法单位（责令限期整改指令书）"), "enforcement")
        self.doc_pattern = QLineEdit()
        self.doc_pattern.setPlaceholderText("{short}应急检〔{year}〕{serial:03d}号")
        self.appeal = QPlainTextEdit()
        self.appeal.setPlaceholderText(self.tr("执法单位：复议机关与诉讼法院；乡镇：逾期未整改时的移送说明"))
        self.appeal.setMaximumHeight(70)
        self.errors = {k: FieldError() for k in ("name", "cert_no", "unit", "township")}
        for label, w, key in ((self.tr("姓名"), self.name, "name"), (self.tr("执法证/检查证号"), self.cert, "cert_no"),
                              (self.tr("单位名称"), self.unit, "unit"), (self.tr("乡镇/街道"), self.township, "township"),
                              (self.tr("区/县"), self.district, None), (self.tr("角色"), self.role, None),
                              (self.tr("单位类型"), self.unit_kind, None),
                              (self.tr("文书编号格式"), self.doc_pattern, None),
                              (self.tr("复议/移送说明"), self.appeal, None)):
            form.addRow(label, w)
            if key:
                form.addRow("", self.errors[key])
        prof = col.profile.get()
        if prof:
            self.name.setText(prof["inspector_name"])
            self.cert.setText(prof["cert_no"])
            self.unit.setText(prof["unit_name"])
            self.district.setText(prof["district"])
            if prof["township_id"]:
                row = col.db.execute("SELECT name FROM townships WHERE id=?", [prof["township_id"]]).fetchone()
                self.township.setText(row[0] if row else "")
            self.role.setCurrentIndex(max(0, self.role.findData(prof["role"])))
            self.unit_kind.setCurrentIndex(max(0, self.unit_kind.findData(prof["unit_kind"])))
            self.doc_pattern.setText(prof["settings"].get("document_number_pattern", ""))
            self.appeal.setPlainText(prof["settings"].get("appeal_text", ""))

    def save(self) -> bool:
        """Write the profile; on a validation error show it beside the field and return False."""
        for e in self.errors.values():
            e.show_text(None)
        try:
            with self.col.db.atomic():
                changes = self.col.profile.init(
                    role=self.role.currentData(), name=self.name.text(), cert_no=self.cert.text(),
                    unit=self.unit.text(), township=self.township.text(), district=self.district.text(),
                    unit_kind=self.unit_kind.currentData())
                self.col.profile.update_settings(document_number_pattern=self.doc_pattern.text().strip(),
                                                 appeal_text=self.appeal.toPlainText().strip())
        except ValidationError as exc:
            self.errors.get(exc.field or "name", self.errors["name"]).show_text(str(exc))
            return False
        from inspector_app.ui.signals import bus
        bus.data_changed.emit(changes)
        return True
