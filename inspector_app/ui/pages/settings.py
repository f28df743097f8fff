"""设置: profile, unit, signing key and password, language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from inspector_app.ui import theme
from inspector_app.ui.dialogs.profile_form import ProfileForm
from inspector_app.ui.pages.base import Page, heading
from inspector_app.ui.preferences import save_language, saved_language
from inspector_app.ui.workers import db_op


class SettingsPage(Page):

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

        serial_box = QGroupBox(self.tr("文号编号段"))
        sl = QFormLayout(serial_box)
        self.serial_status = QLabel()
        self.serial_status.setWordWrap(True)
        self.serial_first = QLineEdit()
        self.serial_last = QLineEdit()
        self.serial_first.setPlaceholderText("1")
        self.serial_last.setPlaceholderText("200")
        self.serial_error = QLabel()
        self.serial_error.setStyleSheet(theme.style("error"))
        self.serial_btn = QPushButton(self.tr("保存本机编号段"))
        sl.addRow(self.tr("当前"), self.serial_status)
        sl.addRow(self.tr("起始号"), self.serial_first)
        sl.addRow(self.tr("结束号"), self.serial_last)
        sl.addRow("", self.serial_error)
        sl.addRow("", self.serial_btn)
        self.serial_btn.clicked.connect(self._save_serial_block)
        lay.addWidget(serial_box)

        privacy_box = QGroupBox(self.tr("照片位置"))
        pl = QVBoxLayout(privacy_box)
        self.strip_gps = QCheckBox(self.tr("同步发送前去除照片的GPS位置（本机仍保留，文书照片页仍列出）"))
        self.strip_gps.toggled.connect(lambda on: self.col.attachments.set_strip_gps(on))
        pl.addWidget(self.strip_gps)
        lay.addWidget(privacy_box)

        lang_box = QGroupBox(self.tr("语言"))
        ll = QHBoxLayout(lang_box)
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh_CN")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(max(0, self.lang.findData(saved_language())))
        ll.addWidget(self.lang)
        ll.addWidget(QLabel(self.tr("重新启动后生效")), 1)
        self.lang.currentIndexChanged.connect(
            lambda _i: save_language(self.lang.currentData()))
        lay.addWidget(lang_box)
        about_row = QHBoxLayout()
        self.about_btn = QPushButton(self.tr("关于…"))
        self.about_btn.clicked.connect(self.show_about)
        about_row.addWidget(self.about_btn)
        about_row.addStretch()
        lay.addLayout(about_row)
        lay.addStretch()

    def show_about(self) -> None:
        """Version and the facts a maintainer asks for, with a button that copies them."""
        from PySide6.QtWidgets import QApplication
        from inspector_app.ui import errors
        text = errors.diagnostics(self.col)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("关于"))
        box.setText(self.tr("安全生产检查") + "\n\n" + text)
        copy = box.addButton(self.tr("复制诊断信息"), QMessageBox.ActionRole)
        box.addButton(self.tr("关闭"), QMessageBox.RejectRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
        box.exec()

    def showEvent(self, event) -> None:  # noqa: N802 - reload the form only when the page is opened,
        self.form.load()                  # not on every data change (that would drop unsaved edits)
        super().showEvent(event)

    def refresh(self) -> None:
        has = self.col.keys.exists()
        self.key_status.setText(self.tr("已创建（签发文书时输入此密码）") if has else
                                self.tr("尚未创建：签发文书前须先设置签章密码"))
        self.key_btn.setText(self.tr("更换签章密钥") if has else self.tr("创建签章密钥"))
        self._show_serial_blocks()
        self.strip_gps.blockSignals(True)
        self.strip_gps.setChecked(self.col.attachments.strip_gps())
        self.strip_gps.blockSignals(False)

    def _show_serial_blocks(self) -> None:
        year = dt.date.today().year
        status = self.col.documents.serial_status(year)
        blocks = [self.tr("区级分配：{0}年 {1}–{2}").format(r[0], r[1], r[2]) for r in status["assigned"]]
        local = status["local"]
        if local:
            blocks.append(self.tr("本机设置：{0}年 {1}–{2}").format(local.get("year", year), local["first"], local["last"]))
            self.serial_first.setText(str(local["first"]))
            self.serial_last.setText(str(local["last"]))
        used = status["used"]
        text = "；".join(blocks) if blocks else self.tr("尚无编号段：签发文书前须由区级分配或在此设置本机编号段。")
        self.serial_status.setText(text + "\n" + self.tr("本年已用 {0} 个文号。").format(used))

    def _save_serial_block(self) -> None:
        from inspector_app.core.errors import ValidationError
        try:
            first, last = int(self.serial_first.text().strip()), int(self.serial_last.text().strip())
        except ValueError:
            self.serial_error.setText(self.tr("起始号和结束号须为整数"))
            return
        documents = self.col.documents

        def done(_changes):
            self.serial_error.setText("")
            self._show_serial_blocks()

        def failed(exc):
            if isinstance(exc, ValidationError):
                self.serial_error.setText(str(exc))
            else:
                show_error(exc, self)

        from inspector_app.ui.errors import show_error
        db_op(lambda: documents.set_serial_block(first, last), done, failed, owner=self,
              buttons=[self.serial_btn], initiator=self)

    def _save(self) -> None:
        if self.form.save():
            self.saved_label.setText(self.tr("已保存"))

    def _create_key(self) -> None:
        if self.password.text() != self.password2.text() or len(self.password.text()) < 8:
            QMessageBox.warning(self, self.tr("签章密钥"), self.tr("两次输入的密码须一致且不少于 8 位。"))
            return
        from inspector_app.ui.errors import show_error
        force = self.col.keys.exists()
        if force and QMessageBox.question(
                self, self.tr("签章密钥"), self.tr("已有签章密钥。更换后，旧密钥签发的文书仍可核验，"
                                              "但以后签发须使用新密码。确定更换？")) != QMessageBox.Yes:
            return
        keys, password = self.col.keys, self.password.text()

        def done(_r):
            self.saved_label.setText(self.tr("签章密钥已创建"))
            self.password.clear()
            self.password2.clear()
            self.refresh()

        # Key creation derives the password key (Argon2id): off the UI thread, the button disabled meanwhile.
        db_op(lambda: keys.init(password, force=force), done, lambda exc: show_error(exc, self), owner=self,
              buttons=[self.key_btn])
