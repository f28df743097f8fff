"""Run as a script by test_fonts.py: start the GUI's QApplication as run_gui does, draw Chinese and Latin
text and Qt's stock buttons, save the PNG given as argv[1] and print what fonts Qt saw as JSON."""

from __future__ import annotations

import json
import sys

from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from inspector_app.ui.app import install_translators, setup_application

app = QApplication(sys.argv[:1])
before = QFontDatabase.families()
setup_application(app)
install_translators(app, "zh_CN")
w = QWidget()
lay = QVBoxLayout(w)
lay.addWidget(QLabel("安全生产检查 · 限期整改 Inspector 0123456789 （城关）安监整改〔2026〕17号"))
lay.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel))
w.show()
app.processEvents()
w.grab().save(sys.argv[1])
print(json.dumps({"before": before, "family": QFontInfo(app.font()).family()}))
