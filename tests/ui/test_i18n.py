"""English translation is complete and actually switches the window's texts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_english_ts_has_no_unfinished_entries():
    result = subprocess.run([sys.executable, str(ROOT / "build" / "i18n.py"), "--check"], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout


def test_english_translator_changes_navigation(qtbot, col, checklists):
    from PySide6.QtWidgets import QApplication
    from inspector_app.core.i18n import set_language
    from inspector_app.ui.app import install_translators, remove_translators
    from inspector_app.ui.main_window import MainWindow
    from tests.ui.conftest import close_window
    from PySide6.QtCore import QLocale
    app = QApplication.instance()
    locale = QLocale()
    translators = install_translators(app, "en")
    try:
        assert translators
        win = MainWindow(col)
        labels = [win.nav.item(i).text() for i in range(win.nav.count())]
        assert labels[:3] == ["Today", "Enterprises", "Inspection"]
        close_window(win)
    finally:
        remove_translators(app, translators)
        set_language("zh_CN")
        QLocale.setDefault(locale)
