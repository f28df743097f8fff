"""Create the signing key where it is first needed (the first 签发): password twice, checked in place."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from inspector_app.ui import theme
from inspector_app.core.errors import InspectorError


class CreateKeyDialog(QDialog):
    """Asks for a new signing-key password (checked in place: length by core.keystore, both entries
    alike) and creates the key, which stays unlocked for the session, so the document is issued at once."""

    def __init__(self, col, parent=None):
        super().__init__(parent)
        self.col = col
        self.password = ""
        self.setWindowTitle(self.tr("创建签章密钥"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("签发文书需要您的签章密钥，本机还没有。请设置签章密码（至少 8 位）："
                               "每次启动后第一次签发时输入，忘记后只能重新创建密钥。"))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("签章密码"), self.first)
        form.addRow(self.tr("再输入一次"), self.second)
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet(theme.style("error"))
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("创建并签发"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def create(self) -> None:
        pw = self.first.text()
        if pw != self.second.text():
            self.error.setText(self.tr("两次输入的密码不一致。"))
            return
        try:
            self.col.keys.init(pw)
        except InspectorError as exc:
            self.error.setText(str(exc))
            return
        self.password = pw
        self.accept()
