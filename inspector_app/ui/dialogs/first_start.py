"""First start: create the profile (skipped when `inspector init` already made one)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from inspector_app.ui.dialogs.profile_form import ProfileForm


class FirstStartDialog(QDialog):
    def __init__(self, col, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("欢迎使用安全生产检查"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("第一次使用，请填写您的信息。这些信息会印在检查文书上，以后可在“设置”中修改。"))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.form = ProfileForm(col, self)
        lay.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("开始使用"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(lambda: self.form.save() and self.accept())
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
