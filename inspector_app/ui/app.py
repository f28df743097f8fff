"""GUI entry point: QApplication, translations (zh_CN default, en), error hook, first start, main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def i18n_dir() -> Path:
    from inspector_app.core.resources import i18n_path
    return Path(i18n_path())


def install_translator(app, lang: str):
    """Load i18n/inspector_<lang>.qm. Source strings are Chinese, so zh_CN needs no file."""
    from PySide6.QtCore import QTranslator
    from inspector_app.core.i18n import set_language
    set_language("en" if lang.startswith("en") else "zh_CN")
    if not lang.startswith("en"):
        return None
    translator = QTranslator(app)
    if translator.load(str(i18n_dir() / "inspector_en.qm")):
        app.installTranslator(translator)
        return translator
    return None


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QGuiApplication
    from PySide6.QtWidgets import QApplication, QDialog

    from inspector_app.core.collection import Collection
    from inspector_app.ui import errors
    from inspector_app.ui.pages.settings import saved_language

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("inspector")
    font = app.font()
    if font.pointSize() < 11:
        font.setPointSize(11)
        app.setFont(font)
    install_translator(app, getattr(args, "lang", None) or saved_language())
    col = Collection(args.data_dir)
    errors.setup_logging(col.data_dir)
    errors.install_excepthook()
    try:
        import os
        if not col.profile.exists() and not os.environ.get("INSPECTOR_SMOKE_EXIT_MS"):
            from inspector_app.ui.dialogs.first_start import FirstStartDialog
            if FirstStartDialog(col).exec() != QDialog.Accepted:
                return 0
        from inspector_app.ui.main_window import MainWindow
        win = MainWindow(col)
        win.show()
        quit_after_shown(app)
        return app.exec()
    finally:
        from inspector_app.ui.workers import wait_idle
        wait_idle()
        col.close()


def quit_after_shown(app) -> None:
    """Packaging smoke test (build/smoke_frozen.py): with INSPECTOR_SMOKE_EXIT_MS set, quit that many
    milliseconds after the main window is shown, saying so on stdout (the script times it)."""
    import os
    ms = os.environ.get("INSPECTOR_SMOKE_EXIT_MS")
    if not ms:
        return
    from PySide6.QtCore import QTimer
    if sys.stdout is not None:  # None in the console-less Windows GUI executable
        print("smoke: main window shown", flush=True)
    shot = os.environ.get("INSPECTOR_SMOKE_SCREENSHOT")  # optional PNG of the window, to look at

    def finish():
        if shot:
            windows = [w for w in app.topLevelWidgets() if w.isVisible()]
            if windows:
                windows[0].grab().save(shot)
        app.quit()
    QTimer.singleShot(int(ms), finish)
