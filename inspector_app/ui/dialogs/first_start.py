"""First start: create the profile (skipped when `inspector init` already made one) and, optionally,
the signing key used to issue documents."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
                               QVBoxLayout)

from inspector_app.ui.dialogs.enterprise_form import FieldError
from inspector_app.ui.dialogs.profile_form import ProfileForm
from inspector_app.ui.widgets.dialog_size import open_size


class FirstStartDialog(QDialog):
    def __init__(self, col, parent=None):
        super().__init__(parent)
        self.col = col
        self.setWindowTitle(self.tr("欢迎使用安全生产检查"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("第一次使用，请填写您的信息。这些信息会印在检查文书上，以后可在“设置”中修改。"))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.form = ProfileForm(col, self, documents=False)
        lay.addWidget(self.form)
        key_box = QGroupBox(self.tr("签章密码（签发文书时使用，也可以以后在“设置”中创建）"))
        kl = QFormLayout(key_box)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.Password)
        self.password_error = FieldError()
        kl.addRow(self.tr("密码"), self.password)
        kl.addRow(self.tr("再次输入密码"), self.password2)
        kl.addRow("", self.password_error)
        lay.addWidget(key_box)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("开始使用"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self.finish)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        open_size(self, 620, 0)          # wider where the labels are longer (English)

    def finish(self) -> None:
        pw, pw2 = self.password.text(), self.password2.text()
        self.password_error.show_text(None)
        if pw or pw2:
            if pw != pw2 or len(pw) < 8:
                self.password_error.show_text(self.tr("两次输入的密码须一致且不少于 8 位。"))
                self.password.setFocus()
                return
        if not self.form.save():
            return
        if pw and not self.col.keys.exists():
            self.col.keys.init(pw)
        self.accept()
