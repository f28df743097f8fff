"""Render the main screens with demo data to docs/screenshots/<lang>/*.png (1366×768, offscreen).

    python build/screenshots.py [--data-dir DIR]   # default: a fresh township-year demo in a temp dir

Everything uses the real services on the demo data: the visit answers the shipped confined-space
checklist, and the documents page shows a signed draft of the inspection record.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def demo_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    d = Path(tempfile.mkdtemp(prefix="inspector-shots-")) / "data"
    subprocess.run([sys.executable, "-m", "inspector_app", "--data-dir", str(d), "demo", "--scale", "township-year"],
                   cwd=ROOT, check=True, capture_output=True)
    return d


def shoot(widget, path: Path, app) -> None:
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))
    print("wrote", path.relative_to(ROOT))


def render(lang: str, data_dir: Path, app) -> None:
    from PySide6.QtCore import QPointF
    from inspector_app.core.collection import Collection
    from inspector_app.ui import workers
    from inspector_app.ui.app import install_translators, remove_translators
    from inspector_app.ui.main_window import MainWindow
    workers.set_immediate(True)
    translators = install_translators(app, lang)
    out = OUT / lang
    out.mkdir(parents=True, exist_ok=True)
    col = Collection(data_dir)
    if not col.keys.exists():
        col.keys.init("demo-password")
    win = MainWindow(col)
    win.resize(*SIZE)
    win.show()
    shoot(win, out / "today.png", app)
    page = win.show_page("enterprises")
    page.search.setText("化工" if lang != "en" else "化工")
    page.apply_filters()
    if page.model.rowCount():
        page.table.selectRow(0)
    shoot(win, out / "enterprises.png", app)
    # A visit: start at an enterprise with a confined space, answer two items.
    ent = col.db.execute("SELECT id FROM enterprises WHERE risk_tags LIKE '%有限空间%' LIMIT 1").fetchone()
    insp_page = win.show_page("inspection")
    insp_page.choose_enterprise(ent[0])
    insp_page.inspector2.setText("王芳")
    insp_page.place.setText("污水处理池")
    shoot(win, out / "inspection_start.png", app)
    insp_page.start()
    # Answer the first items, then show the gas-reading item with an oxygen reading out of limits.
    for result in ("complies", "fails", "complies", "not_applicable", "complies"):
        insp_page.set_result(result)
        insp_page.go(insp_page.pos + 1)
    gas = next((i for i, (_cl, it) in enumerate(insp_page.items) if it.readings), None)
    if gas is not None:
        insp_page.go(gas)
        for key, value in {"o2": "18.2", "lel": "3", "h2s": "1", "co": "5"}.items():
            if key in insp_page.reading_edits:
                insp_page.reading_edits[key].setText(value)
        insp_page._readings_changed()
        insp_page.note.setPlainText("池内氧含量不足，未配备检测记录")
        insp_page.flush_note_now()
    shoot(win, out / "inspection_answer.png", app)
    from inspector_app.ui.dialogs.hazard_review import HazardReviewDialog
    dlg = HazardReviewDialog(col, insp_page.inspection_id, col.checklists.propose_hazards(insp_page.inspection_id))
    dlg.resize(1200, 520)
    dlg.show()
    shoot(dlg, out / "hazard_review.png", app)
    dlg.close()
    from inspector_app.ui.widgets.signature_pad import SignatureDialog
    sig = SignatureDialog(win.tr("企业负责人"), allow_refusal=True)
    sig.show()
    pad = sig.pad
    pts = [(40, 120), (90, 60), (120, 150), (160, 70), (210, 140), (260, 80), (330, 130), (400, 90)]
    pad.begin_stroke(QPointF(*pts[0]))
    for p in pts[1:]:
        pad.extend_stroke(QPointF(*p))
    pad.end_stroke()
    shoot(sig, out / "signature.png", app)
    png = pad.to_png()
    sig.close()
    # A completed inspection with hazards: its record drafted and signed by both inspectors.
    done = col.db.execute("SELECT i.id FROM inspections i WHERE i.status='completed' AND EXISTS "
                          "(SELECT 1 FROM hazards h WHERE h.inspection_id=i.id) ORDER BY i.started_at DESC "
                          "LIMIT 1").fetchone()
    docs = win.show_page("documents")
    if done:
        docs.select_inspection(done[0])
        existing = col.db.execute("SELECT id FROM documents WHERE inspection_id=? AND doc_type="
                                  "'inspection_record' AND state='draft'", [done[0]]).fetchone()
        doc_id = existing[0] if existing else col.documents.draft("inspection_record", inspection_id=done[0]).id
        for role in ("inspector1", "inspector2"):
            col.documents.set_signature(doc_id, role, png)
        docs.select_document(doc_id)
    shoot(win, out / "documents.png", app)
    win.show_page("settings")
    shoot(win, out / "settings.png", app)
    col.inspections.complete(insp_page.inspection_id)
    win.close()
    win.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)   # gone before its collection closes
    app.processEvents()
    workers.wait_idle()
    col.close()
    remove_translators(app, translators)


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
