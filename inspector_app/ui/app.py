"""GUI entry point: QApplication, shipped font, translations (zh_CN default, en), error hook, first start,
main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def i18n_dir() -> Path:
    from inspector_app.core.resources import i18n_path
    return Path(i18n_path())


def qt_translations_dir() -> Path:
    """Where Qt keeps its own catalogues (qtbase_zh_CN.qm ...), in the venv and in the frozen build."""
    from PySide6.QtCore import QLibraryInfo
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_translators(app, lang: str) -> list:
    """Install the translators for `lang` and return them (remove with remove_translators).

    Qt's own strings (OK/Cancel, file and print dialogs) come from Qt's qtbase catalogue of the language;
    ours from i18n/inspector_<lang>.qm. Source strings are Chinese, so zh_CN needs no file of ours.
    """
    from PySide6.QtCore import QLocale, QTranslator
    from inspector_app.core.i18n import set_language
    english = lang.startswith("en")
    set_language("en" if english else "zh_CN")
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates) if english else \
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(locale)   # calendar popups, number and date widgets follow the UI language
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", str(qt_translations_dir())):
        app.installTranslator(qt)
        installed.append(qt)
    if english:
        ours = QTranslator(app)
        if ours.load(str(i18n_dir() / "inspector_en.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def remove_translators(app, translators: list) -> None:
    for t in translators:
        app.removeTranslator(t)


def setup_application(app) -> None:
    """What every QApplication of ours gets: the app's one name (QSettings, like the data directory), the
    shipped font."""
    from inspector_app import APP_NAME
    from inspector_app.ui.fonts import install_app_font
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    install_app_font(app)


def run_gui(args: argparse.Namespace) -> int:
    """Start the GUI: with `--demo`, make the demo data first (a notice says so), then open the data directory."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from inspector_app.ui.preferences import saved_language

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app)
    install_translators(app, getattr(args, "lang", None) or saved_language())
    if getattr(args, "demo", False):
        from inspector_app.commands.demo import prepare_for_gui
        from inspector_app.core.errors import InspectorError
        from inspector_app.core.i18n import pick
        from inspector_app.ui.start_notice import demo_notice
        shown = []
        try:
            prepare_for_gui(args, starting=lambda: shown.append(demo_notice()))
        except InspectorError as e:
            print(pick("错误：", "Error: ") + str(e), file=sys.stderr)
            return e.exit_code
        finally:
            for notice in shown:
                notice.close()
    return open_main_window(app, args)


def open_main_window(app, args: argparse.Namespace) -> int:
    """Open the data directory (a notice while an older database is upgraded; the first-start dialog for
    a directory without a profile) and run the main window until it closes."""
    from PySide6.QtWidgets import QDialog

    from inspector_app.core.collection import Collection
    from inspector_app.ui import errors
    from inspector_app.ui.start_notice import upgrade_notice
    notice = upgrade_notice(args.data_dir)
    try:
        col = Collection(args.data_dir)
    finally:
        if notice is not None:
            notice.close()
    errors.setup_logging()
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
        shutdown(col)


def shutdown(col) -> None:
    """Close the collection once every write queued on the database worker is done (closing after a fixed
    wait dropped the edits still queued behind a long sync)."""
    from inspector_app.ui.workers import finish_writes
    finish_writes()
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
        from PySide6.QtCore import QCoreApplication
        print("smoke: main window shown", flush=True)
        # Qt's own catalogue was found (stock buttons follow the language): 确定 in Chinese, OK in English.
        qt_string = ("QPlatformTheme", "OK")   # Qt's own string: kept out of our catalogue (lupdate reads literals)
        print("smoke: Qt's OK button reads", QCoreApplication.translate(*qt_string), flush=True)
    shot = os.environ.get("INSPECTOR_SMOKE_SCREENSHOT")  # optional PNG of the window, to look at

    def finish():
        if shot:
            windows = [w for w in app.topLevelWidgets() if w.isVisible()]
            if windows:
                windows[0].grab().save(shot)
        app.quit()
    QTimer.singleShot(int(ms), finish)
