"""Render the ledger, hazard-action, sync and district screens (hazard ledger, hazard actions, sync, district desk) to
docs/screenshots/<lang>/ in both languages (1366×768, offscreen), with the real services.
Usage: python build/screenshots_ledger_sync.py [--data-dir DEMO_DIR]"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build"))

from screenshots import OUT, SIZE, demo_dir, shoot  # noqa: E402


def render(lang: str, data_dir: Path, app) -> None:
    from inspector_app.core.collection import Collection
    from inspector_app.ui import workers
    from inspector_app.ui.app import install_translators, remove_translators
    from inspector_app.ui.main_window import MainWindow
    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    workers.set_immediate(True)
    translators = install_translators(app, lang)
    out = OUT / lang
    out.mkdir(parents=True, exist_ok=True)
    col = Collection(data_dir)
    win = MainWindow(col)
    win.resize(*SIZE)
    win.show()
    page = win.show_page("hazards")
    page.overdue.setChecked(True)
    shoot(win, out / "hazards_ledger.png", app)
    hazard_id = page.model.data(page.model.index(0, 0), 0x0100)
    dlg = HazardActionsDialog(col, hazard_id, win)
    dlg.show()
    dlg.tabs.setCurrentIndex(1)
    shoot(dlg, out / "hazard_actions.png", app)
    dlg.close()
    import tempfile
    sync_folder = Path(tempfile.mkdtemp(prefix="inspector-sync-"))
    prof = col.profile.get()
    if not (prof["settings"].get("sync_locations")):
        col.sync.add_location(path=str(sync_folder))
        col.sync.add_location(label="INSPECT")
    sync_page = win.show_page("sync")
    sync_page.timer.stop()
    sync_page.refresh()
    shoot(win, out / "sync.png", app)
    win.close()
    win.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)   # gone before its collection closes
    app.processEvents()
    workers.wait_idle()
    col.close()
    render_district(lang, data_dir, app, out)
    remove_translators(app, translators)


def render_district(lang: str, data_dir: Path, app, out: Path) -> None:
    """The district desk, on a copy of the demo data switched to the district role."""
    import shutil
    import tempfile
    from inspector_app.core.collection import Collection
    from inspector_app.ui import workers
    from inspector_app.ui.main_window import MainWindow
    copy = Path(tempfile.mkdtemp(prefix="inspector-district-")) / "data"
    shutil.copytree(data_dir, copy)
    col = Collection(copy)
    col.profile.init(role="district", name="王建军", cert_no="37088100001", unit="示例区应急管理局",
                     district="示例区")
    win = MainWindow(col)
    win.resize(*SIZE)
    win.show()
    win.pages["sync"].timer.stop()
    page = win.show_page("district")
    page.refresh()
    if page.summary.rowCount():
        page.summary.selectRow(0)
    shoot(win, out / "district.png", app)
    win.close()
    win.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)   # gone before its collection closes
    app.processEvents()
    workers.wait_idle()
    col.close()
    shutil.rmtree(copy.parent, ignore_errors=True)


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication
    data = demo_dir(argv[argv.index("--data-dir") + 1] if "--data-dir" in argv else None)
    from inspector_app.ui.app import setup_application
    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app)
    for lang in ("zh_CN", "en"):
        render(lang, data, app)
    from inspector_app.core.i18n import set_language
    set_language("zh_CN")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
