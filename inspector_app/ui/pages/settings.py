"""设置: profile, unit, signing key and password, language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from inspector_app.ui.dialogs.profile_form import ProfileForm
from inspector_app.ui.pages.base import Page, heading


def saved_language() -> str:
    return str(QSettings("inspector", "inspector").value("language", "zh_CN"))


class SettingsPage(Page):
    key = "settings"
    nav_text = "设置"

    def __init__(self, col, parent=None):
        super().__init__(col, parent)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("设置")))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        lay = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        box = QGroupBox(self.tr("用户与单位"))
        bl = QVBoxLayout(box)
        self.form = ProfileForm(col, self)
        bl.addWidget(self.form)
        self.save_btn = QPushButton(self.tr("保存"))
        self.saved_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.saved_label, 1)
        row.addWidget(self.save_btn)
        bl.addLayout(row)
        lay.addWidget(box)
        self.save_btn.clicked.connect(self._save)

        key_box = QGroupBox(self.tr("签章密钥"))
        kl = QFormLayout(key_box)
        self.key_status = QLabel()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.Password)
        self.key_btn = QPushButton(self.tr("创建签章密钥"))
        kl.addRow(self.tr("状态"), self.key_status)
        kl.addRow(self.tr("密码"), self.password)
        kl.addRow(self.tr("再次输入密码"), self.password2)
        kl.addRow("", self.key_btn)
        self.key_btn.clicked.connect(self._create_key)
        lay.addWidget(key_box)

        lang_box = QGroupBox(self.tr("语言"))
        ll = QHBoxLayout(lang_box)
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh_CN")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(max(0, self.lang.findData(saved_language())))
        ll.addWidget(self.lang)
        ll.addWidget(QLabel(self.tr("重新启动后生效")), 1)
        self.lang.currentIndexChanged.connect(
            lambda _i: QSettings("inspector", "inspector").setValue("language", self.lang.currentData()))
        lay.addWidget(lang_box)
        lay.addStretch()

    def refresh(self) -> None:
        keys = getattr(self.col, "keys", None)
        if keys is None:
            self.key_status.setText(self.tr("文书签章模块尚未安装"))
            self.key_btn.setEnabled(False)
        else:
            try:
                has = bool(keys.exists())
            except Exception:  # noqa: BLE001
                has = False
            self.key_status.setText(self.tr("已创建") if has else self.tr("尚未创建"))

    def _save(self) -> None:
        if self.form.save():
            self.saved_label.setText(self.tr("已保存"))

    def _create_key(self) -> None:
        if self.password.text() != self.password2.text() or len(self.password.text()) < 6:
            QMessageBox.warning(self, self.tr("签章密钥"), self.tr("两次输入的密码须一致且不少于 6 位。"))
            return
        from inspector_app.ui.errors import show_error
        try:
            self.col.keys.create(self.password.text())
        except Exception as exc:  # noqa: BLE001
            show_error(exc, self)
            return
        self.password.clear()
        self.password2.clear()
        self.refresh()
