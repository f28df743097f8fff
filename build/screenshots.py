"""Render every page and dialog with demo data to docs/screenshots/<lang>/*.png, as a 1366×768 laptop shows them.

    python build/screenshots.py [--out DIR] [--lang zh_CN|en] [--only NAME[,NAME...]]

Each run makes fresh demo data in a temporary folder: a township laptop (`inspector demo --scale township-year`)
and a district office (`inspector init --role district` + `inspector demo`). The main window is maximised on a
virtual 1366×768 screen (Qt's offscreen platform); dialogs are opened the way a user opens them (the button or
the double-click) and shot at the size they open with. Everything runs through the real services. A window or
dialog that does not fit the screen is named and the run fails.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SCREEN = (1366, 768)
# What a dialog may take on that screen: the window frame and title bar, the taskbar (the same margins as
# tests/ui/test_main_window.py).
ROOM = (SCREEN[0] - 16, SCREEN[1] - 60)
OUT = ROOT / "docs" / "screenshots"
DEMO_PASSWORD = "demo1234"      # the password `inspector demo` gives the demo signing key


# Every picture, in the order docs/screenshots/README.md lists them: name → (中文, English) caption.
SHOTS: dict[str, tuple[str, str]] = {
    "first_start": ("首次启动", "First start"),
    "today": ("今日", "Today"),
    "enterprises": ("企业：搜索与详情", "Enterprises: search and detail"),
    "enterprise_form": ("企业：编辑", "Enterprise form"),
    "inspection_start": ("检查：开始", "Inspection: start"),
    "inspection_answer": ("检查：逐项作答，读数超限", "Inspection: answering, a reading out of limits"),
    "photo": ("照片", "Photo"),
    "hazard_review": ("确认隐患", "Review the hazards"),
    "keyboard_help": ("键盘操作", "Keyboard help"),
    "hazards_ledger": ("隐患台账（仅逾期）", "Hazard ledger (overdue only)"),
    "hazard_actions": ("隐患处理", "Hazard actions"),
    "documents": ("文书：预览", "Documents: preview"),
    "deadlines": ("整改期限", "Deadlines of a notice"),
    "print_preview": ("打印预览", "Print preview"),
    "signature": ("签名或拒签", "Signature or refusal"),
    "choose_hazards": ("整改复查意见书：选择隐患", "Re-inspection opinion: choose the hazards"),
    "create_key": ("首次签发：创建签章密钥", "First issue: create the signing key"),
    "sync": ("同步", "Sync"),
    "settings": ("设置", "Settings"),
    "about": ("关于", "About"),
    "district_today": ("区级：今日", "District: today"),
    "district": ("区级工作台", "District desk"),
    "district_plans": ("区级：计划、通报与举报", "District: plans, reports and complaints"),
    "draw": ("双随机抽取", "Random draw"),
    "complaint": ("登记举报", "Record a complaint"),
    "register_import": ("导入企业名录", "Import the enterprise register"),
}
LANGS = ("zh_CN", "en")


def write_index(out: Path) -> None:
    """docs/screenshots/README.md: every picture in both languages."""
    lines = ["# Screenshots / 界面截图", "",
             "Every page and dialog at 1366×768 with demo data, made by `python build/screenshots.py` "
             "(do not edit by hand).", "", "| 界面 | Screen | 中文 | English |", "|---|---|---|---|"]
    for name, (zh, en) in SHOTS.items():
        lines.append(f"| {zh} | {en} | [{name}](zh_CN/{name}.png) | [{name}](en/{name}.png) |")
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def virtual_screen(folder: Path) -> None:
    """Qt's offscreen platform with one 1366×768 screen at 96 dpi (set before the QApplication exists)."""
    config = folder / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [{"name": "laptop", "x": 0, "y": 0, "width": SCREEN[0],
                                               "height": SCREEN[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def cli(data_dir: Path, *args: str) -> None:
    env = dict(os.environ, INSPECTOR_PASSWORD=DEMO_PASSWORD, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "inspector_app", "--data-dir", str(data_dir), *args],
                   cwd=ROOT, check=True, capture_output=True, env=env)


def make_demo_data(folder: Path) -> tuple[Path, Path]:
    laptop, district = folder / "laptop", folder / "district"
    cli(laptop, "demo", "--scale", "township-year")
    cli(district, "init", "--role", "district", "--name", "王建军", "--cert-no", "37088100001",
        "--unit", "示例区应急管理局", "--district", "示例区")
    cli(district, "demo")
    return laptop, district


def register_file(folder: Path) -> Path:
    """An enterprise register as a district receives it: valid rows, and rows a person has to correct."""
    from inspector_app.core import uscc
    path = folder / "名录库.csv"
    rows = [["企业名称", "统一社会信用代码", "乡镇（街道）", "地址", "主要负责人", "联系电话", "行业", "风险标签"],
            ["示例区新源食品有限公司", uscc.make("91370882MA3N7Q1X2"), "城关街道", "城关街道滨河路6号", "孙立",
             "13905370001", "食品", "涉有限空间"],
            ["示例区恒久金属制品有限公司", "913708821234567890", "城关街道", "工业园8号", "周平", "13905370002",
             "机械", "涉粉尘"],
            ["", uscc.make("91370882MA3N7Q2Y3"), "城关街道", "", "", "", "", ""],
            ["示例区瑞丰冷链物流有限公司", uscc.make("91370882MA3N7Q3W4"), "不存在的镇", "物流园1号", "吴刚",
             "13905370003", "物流", "涉氨制冷"]]
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)
    return path


def test_photo(folder: Path) -> Path:
    """A photo as a camera writes it (a JPEG), drawn here so the run needs no picture files."""
    from PIL import Image, ImageDraw
    path = folder / "IMG_0412.jpg"
    img = Image.new("RGB", (1600, 1200), (96, 110, 118))
    draw = ImageDraw.Draw(img)
    draw.rectangle((300, 500, 1300, 1150), fill=(70, 72, 76))        # a tank opening
    draw.ellipse((560, 380, 1040, 620), fill=(30, 30, 34))
    draw.rectangle((0, 0, 1600, 300), fill=(150, 170, 185))
    img.save(path, "JPEG", quality=85)
    return path


class Shooter:
    """Grabs windows and dialogs to PNG files and remembers what did not fit the screen."""

    def __init__(self, app, out: Path, only: set[str]):
        self.app, self.out, self.only = app, out, only
        self.too_big: list[str] = []
        self.written: set[str] = set()

    def wanted(self, name: str) -> bool:
        return not self.only or name in self.only

    def settle(self) -> None:
        from inspector_app.ui import workers
        for _ in range(6):
            self.app.processEvents()
            workers.wait_idle()
        self.app.processEvents()

    def shoot(self, widget, name: str) -> None:
        assert name in SHOTS, name
        self.settle()
        room = SCREEN if widget.isMaximized() else ROOM
        if widget.width() > room[0] or widget.height() > room[1]:
            self.too_big.append(f"{self.out.name}/{name}: {widget.width()}×{widget.height()}")
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.written.add(name)
        print(f"wrote {path} ({widget.width()}×{widget.height()})")

    def modal(self, name: str, open_it, prepare=None) -> None:
        """Open a modal dialog the way the user does (`open_it` calls the button's slot), shoot it, close it."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        if not self.wanted(name):
            return
        seen = []

        def grab():
            dlg = QApplication.activeModalWidget()
            if dlg is None:
                QTimer.singleShot(20, grab)
                return
            seen.append(dlg)
            if prepare:
                prepare(dlg)
            self.shoot(dlg, name)
            dlg.reject() if hasattr(dlg, "reject") else dlg.close()
        QTimer.singleShot(0, grab)
        open_it()
        if not seen:
            raise RuntimeError(f"{name}: no dialog opened")


def close_window(win, col, app) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from inspector_app.ui import workers
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)   # gone before its collection closes
    app.processEvents()
    workers.wait_idle()
    col.close()


def main_window(col, app):
    from inspector_app.ui.main_window import MainWindow
    win = MainWindow(col)
    win.showMaximized()
    win.pages["sync"].timer.stop()          # no automatic sync while shooting
    return win


def shoot_first_start(s: Shooter, folder: Path) -> None:
    from inspector_app.core.collection import Collection
    from inspector_app.ui.dialogs.first_start import FirstStartDialog
    if not s.wanted("first_start"):
        return
    col = Collection(folder / "new")                  # a data directory without a profile
    s.modal("first_start", lambda: FirstStartDialog(col).exec())
    col.close()


def shoot_laptop(s: Shooter, data_dir: Path, lang: str) -> None:
    from inspector_app.core.collection import Collection
    col = Collection(data_dir)
    col.keys.unlock(DEMO_PASSWORD)
    win = main_window(col, s.app)
    if s.wanted("today"):
        s.shoot(win, "today")

    page = win.show_page("enterprises")
    page.search.setText("化工")
    page.apply_filters()
    if page.model.rowCount():
        page.table.selectRow(0)
    if s.wanted("enterprises"):
        s.shoot(win, "enterprises")
    s.modal("enterprise_form", page.edit_enterprise)

    # A visit: an enterprise with a confined space, its checklist answered, a gas reading out of limits.
    ent = col.db.execute("SELECT id FROM enterprises WHERE risk_tags LIKE '%有限空间%' ORDER BY name LIMIT 1").fetchone()
    insp = win.show_page("inspection")
    insp.choose_enterprise(ent[0])
    insp.inspector2.setText("王芳")
    insp.place.setText("污水处理池" if lang != "en" else "sewage pit")
    insp.unannounced.setChecked(True)
    if s.wanted("inspection_start"):
        s.shoot(win, "inspection_start")
    insp.start()
    s.settle()
    for result in ("complies", "fails", "complies", "not_applicable", "complies"):
        insp.set_result(result)
        insp.go(insp.pos + 1)
    gas = next((i for i, (_cl, it) in enumerate(insp.items) if it.readings), None)
    if gas is not None:
        insp.go(gas)
        values = {"o2": "20.9", "lel": "3", "h2s": "1", "co": "5"}
        for (position, key), edit in insp.reading_edits.items():   # 上/中/下部: oxygen short at the bottom
            edit.setText("18.2" if key == "o2" and position in ("", "lower") else values.get(key, "0"))
        insp._readings_changed()
        insp.note.setPlainText("池内氧含量不足，未配备检测记录" if lang != "en" else "Oxygen low in the pit; no test log")
        insp.flush_note_now()
        insp.add_photos([str(test_photo(Path(tempfile.mkdtemp(prefix="inspector-photo-"))))])
    if s.wanted("inspection_answer"):
        s.shoot(win, "inspection_answer")
    if insp.photos.list.count():
        s.modal("photo", lambda: insp.photos.open_large(insp.photos.list.item(0)))
    s.modal("hazard_review", insp.finish)
    s.modal("keyboard_help", win.show_keyboard_help)

    ledger = win.show_page("hazards")
    ledger.overdue.setChecked(True)
    if s.wanted("hazards_ledger"):
        s.shoot(win, "hazards_ledger")
    s.modal("hazard_actions", lambda: ledger.open_hazard(ledger.model.index(0, 0)),
            prepare=lambda dlg: dlg.tabs.setCurrentIndex(1))

    # 文书: the demo's inspection whose hazards await a notice — record signed, notice drafted.
    docs = win.show_page("documents")
    awaiting = col.db.execute(
        "SELECT i.id FROM inspections i WHERE i.status='completed' AND EXISTS (SELECT 1 FROM hazards h WHERE h.inspection_id=i.id) AND NOT EXISTS (SELECT 1 FROM documents d "
        "WHERE d.inspection_id=i.id AND d.doc_type LIKE 'rectification%') ORDER BY i.started_at DESC LIMIT 1").fetchone()
    if awaiting:
        docs.select_inspection(awaiting[0])
        s.settle()
        pad_png = signature_png(s)
        record = col.db.execute("SELECT id FROM documents WHERE inspection_id=? AND doc_type='inspection_record'",
                                [awaiting[0]]).fetchone()
        record_id = record[0] if record else col.documents.draft("inspection_record", inspection_id=awaiting[0]).id
        if col.documents.get(record_id)["state"] == "draft":
            for role in ("inspector1", "inspector2"):
                col.documents.set_signature(record_id, role, pad_png)
        docs.action("draft_notice")
        s.settle()
        s.modal("deadlines", lambda: docs.action("deadline"))
        docs.doc_id = record_id
        docs.select_document(record_id)
    if s.wanted("documents"):
        s.shoot(win, "documents")
    s.modal("print_preview", lambda: docs.action("print"))
    s.modal("signature", lambda: docs.action("sign_enterprise"), prepare=draw_signature)
    notice = col.db.execute("SELECT id FROM documents WHERE state='issued' AND doc_type LIKE 'rectification%' "
                            "ORDER BY issued_at DESC LIMIT 1").fetchone()
    if notice:
        docs.select_document(notice[0])
        s.settle()
        s.modal("choose_hazards", lambda: docs.action("draft_reinspection"))

    from inspector_app.ui.dialogs.signing_key import CreateKeyDialog
    s.modal("create_key", lambda: CreateKeyDialog(col, win).exec())

    sync_page = win.show_page("sync")
    if not col.profile.get()["settings"].get("sync_locations"):
        col.sync.add_location(path=str(Path(tempfile.mkdtemp(prefix="inspector-sync-"))))
        col.sync.add_location(label="INSPECT")
    sync_page.refresh()
    if s.wanted("sync"):
        s.shoot(win, "sync")

    settings = win.show_page("settings")
    if s.wanted("settings"):
        s.shoot(win, "settings")
    s.modal("about", settings.show_about)
    close_window(win, col, s.app)


def signature_png(s: Shooter) -> bytes:
    from inspector_app.ui.widgets.signature_pad import SignatureDialog
    sig = SignatureDialog("")
    draw_signature(sig)
    png = sig.pad.to_png()
    sig.deleteLater()
    return png


def draw_signature(dlg) -> None:
    from PySide6.QtCore import QPointF
    pad = dlg.pad
    pts = [(40, 120), (90, 60), (120, 150), (160, 70), (210, 140), (260, 80), (330, 130), (400, 90)]
    pad.begin_stroke(QPointF(*pts[0]))
    for p in pts[1:]:
        pad.extend_stroke(QPointF(*p))
    pad.end_stroke()


def shoot_district(s: Shooter, data_dir: Path) -> None:
    from inspector_app.core.collection import Collection
    from inspector_app.ui.dialogs import register_import
    col = Collection(data_dir)
    win = main_window(col, s.app)
    if s.wanted("district_today"):
        s.shoot(win, "district_today")
    page = win.show_page("district")
    page.refresh()
    s.settle()
    if page.summary.rowCount():
        page.summary.selectRow(0)
    if s.wanted("district"):
        s.shoot(win, "district")
    page.tabs.setCurrentIndex(1)
    panel = page.month_panel
    panel.refresh()
    s.settle()
    if panel.table.rowCount():
        panel.table.selectRow(0)
    panel.details.setCurrentIndex(2)
    if s.wanted("district_plans"):
        s.shoot(win, "district_plans")
    s.modal("draw", panel.ask_draw)
    s.modal("complaint", panel.ask_complaint)
    if s.wanted("register_import"):                       # not modal: the desk stays usable beside it
        dlg = register_import.open_dialog(col, win)
        dlg.preview(str(register_file(Path(tempfile.mkdtemp(prefix="inspector-register-")))))
        s.shoot(dlg, "register_import")
        dlg.close()
    close_window(win, col, s.app)


def main(argv: list[str]) -> int:
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for <lang>/*.png (default docs/screenshots)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), action="append", help="one language (default both)")
    parser.add_argument("--only", default="", help="comma-separated picture names, e.g. today,sync")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="inspector-shots-"))
    virtual_screen(work)
    os.environ["INSPECTOR_PASSWORD"] = DEMO_PASSWORD
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from inspector_app.core.i18n import set_language
    from inspector_app.ui import workers
    from inspector_app.ui.app import install_translators, remove_translators, setup_application
    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):   # never the user's own preferences
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "settings"))
    workers.set_immediate(True)
    only = {n.strip() for n in args.only.split(",") if n.strip()}
    problems: list[str] = []
    for lang in args.lang or LANGS:
        laptop, district = make_demo_data(work / lang)
        translators = install_translators(app, lang)
        out = args.out / lang
        out.mkdir(parents=True, exist_ok=True)
        shooter = Shooter(app, out, only)
        shoot_first_start(shooter, work / lang)
        shoot_laptop(shooter, laptop, lang)
        shoot_district(shooter, district)
        problems += [f"larger than the 1366×768 screen: {line}" for line in shooter.too_big]
        problems += [f"not made: {lang}/{name}.png" for name in SHOTS
                     if shooter.wanted(name) and name not in shooter.written]
        remove_translators(app, translators)
    set_language("zh_CN")
    write_index(args.out)
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
