"""Render the GUI part-2 screens (hazard ledger, hazard actions) to docs/screenshots/<lang>/ in both
languages (1366×768, offscreen). Usage: python build/screenshots_part2.py [--data-dir DEMO_DIR]"""

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
    from inspector_app.ui.app import install_translator
    from inspector_app.ui.main_window import MainWindow
    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    workers.set_immediate(True)
    translator = install_translator(app, lang)
    out = OUT / lang
    out.mkdir(parents=True, exist_ok=True)
    col = Collection(data_dir)
    if getattr(col, "checklists", None) is None:
        from tests.ui.fakes import FakeChecklists
        col.checklists = FakeChecklists(col)
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
    win.show_page("sync")
    shoot(win, out / "sync.png", app)
    win.close()
    win.deleteLater()
    app.processEvents()
    workers.wait_idle()
    col.close()
    if translator:
        app.removeTranslator(translator)


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication
    data = demo_dir(argv[argv.index("--data-dir") + 1] if "--data-dir" in argv else None)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    font = app.font()
    font.setPointSize(11)
    app.setFont(font)
    for lang in ("zh_CN", "en"):
        render(lang, data, app)
    from inspector_app.core.i18n import set_language
    set_language("zh_CN")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
