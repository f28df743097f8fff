"""A visit through the real widgets: start, answer with shortcuts and readings, photo, autosave and
resume after the window is destroyed, proposed hazards reviewed and created, signature pad."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QPointF, Qt

from inspector_app.core import uscc
from inspector_app.ui.main_window import MainWindow


def start_visit(window, enterprise, qtbot):
    page = window.show_page("inspection")
    page.choose_enterprise(enterprise["id"])
    boxes = {cb.property("checklist").checklist_id: cb for cb in page.check_boxes}
    assert boxes["confined_space"].isChecked(), "confined-space checklist suggested by the risk tag"
    assert "2099.1" in boxes["confined_space"].text()           # the newest installed version is offered
    for cid, cb in boxes.items():                               # keep the visit to the 3-item test list
        cb.setChecked(cid == "confined_space")
    page.inspector2.setText("王芳")
    page.place.setText("污水处理池")
    qtbot.mouseClick(page.start_btn, Qt.LeftButton)
    return page


def test_visit_autosaves_resumes_and_creates_hazards(qtbot, col, enterprise, window, tmp_path):
    page = start_visit(window, enterprise, qtbot)
    insp_id = page.inspection_id
    assert page.stack.currentIndex() == 1 and len(page.items) == 3
    # Item 1: oxygen reading out of limits is judged at once and saved as 'fails'.
    page.reading_edits[("", "o2")].setText("18.2")
    page.reading_edits[("", "o2")].editingFinished.emit()
    assert "不符合" in page.verdict.text()
    ans = {a["item_id"]: a for a in col.inspections.answers(insp_id)}
    assert ans["cs01"]["result"] == "fails" and ans["cs01"]["readings"] == {"o2": 18.2}
    # A photo on the failed item, imported through the photo strip.
    photo = tmp_path / "pool.jpg"
    Image.new("RGB", (640, 480), (90, 120, 160)).save(photo)
    page.photos.files_dropped.emit([str(photo)])
    assert page.photos.list.count() == 1
    assert len(col.inspections.answers(insp_id)[0]["photos"]) == 1
    # Item 2 by keyboard: Enter moves on, 2 = 不符合; a note is saved as typed.
    page.setFocus()
    qtbot.keyClick(page.stack.currentWidget(), Qt.Key_Return)
    assert page.pos == 1
    qtbot.keyClick(page.stack.currentWidget(), Qt.Key_2)
    page.note.setPlainText("入口无警示标识")
    qtbot.waitUntil(lambda: not page.note_timer.isActive(), timeout=2000)   # saved shortly after typing
    ans = {a["item_id"]: a for a in col.inspections.answers(insp_id)}
    assert ans["cs02"]["result"] == "fails" and ans["cs02"]["note"] == "入口无警示标识"

    # The window is destroyed mid-inspection; a new one resumes at the first unanswered item.
    from tests.ui.conftest import close_window
    close_window(window)
    win2 = MainWindow(col)
    win2.show()
    today = win2.show_page("today")
    assert today.in_progress.count() == 1
    today._resume(today.in_progress.item(0))
    page2 = win2.pages["inspection"]
    assert page2.inspection_id == insp_id and page2.pos == 2
    assert page2.item_list.item(0).text().startswith("✗") and page2.item_list.item(1).text().startswith("✗")
    qtbot.keyClick(page2.stack.currentWidget(), Qt.Key_1)

    # Finish: two proposed hazards, reviewed (one edited, a free-form finding added), then created.
    from inspector_app.ui.dialogs import hazard_review
    created = {}

    def review(dlg):
        assert dlg.table.rowCount() == 2
        dlg.table.item(0, 0).setText("作业前未进行气体检测，氧含量18.2%")
        dlg.add_free()
        dlg.table.item(2, 0).setText("消防通道堆放杂物")
        dlg.create()
        created["ids"] = dlg.created_ids
        return dlg.result()

    orig_exec = hazard_review.HazardReviewDialog.exec
    hazard_review.HazardReviewDialog.exec = review
    from PySide6.QtWidgets import QMessageBox
    orig_info = QMessageBox.information
    QMessageBox.information = staticmethod(lambda *a, **k: None)
    try:
        page2.finish()
    finally:
        hazard_review.HazardReviewDialog.exec = orig_exec
        QMessageBox.information = orig_info
    assert len(created["ids"]) == 3
    descs = {col.hazards.get(h)["description"] for h in created["ids"]}
    assert "作业前未进行气体检测，氧含量18.2%" in descs and "消防通道堆放杂物" in descs
    assert col.inspections.get(insp_id)["status"] == "completed"
    assert win2.pages["documents"].inspection.currentData() == insp_id
    close_window(win2)


def test_signature_pad_makes_a_transparent_png_and_supports_undo_redo(qtbot):
    from inspector_app.ui.widgets.signature_pad import SignaturePad
    import io
    pad = SignaturePad()
    qtbot.addWidget(pad)
    for y in (40, 80):
        pad.begin_stroke(QPointF(20, y))
        for x in range(20, 300, 10):
            pad.extend_stroke(QPointF(x, y + (x % 30)))
        pad.end_stroke()
    pad.undo()
    assert len(pad.strokes) == 1
    pad.redo()
    assert len(pad.strokes) == 2
    img = Image.open(io.BytesIO(pad.to_png())).convert("RGBA")
    alpha = img.getchannel("A")
    assert alpha.getextrema() == (0, 255)          # transparent background, opaque ink
    pad.clear()
    assert pad.is_empty()


def test_reading_typed_then_enter_is_saved_to_its_own_item(qtbot, col, enterprise, window):
    page = start_visit(window, enterprise, qtbot)
    edit = page.reading_edits[("", "o2")]
    edit.setFocus()
    qtbot.keyClicks(edit, "20.9")
    qtbot.keyClick(page.stack.currentWidget(), Qt.Key_Return)
    assert page.pos == 1
    ans = {a["item_id"]: a for a in col.inspections.answers(page.inspection_id)}
    assert ans["cs01"]["readings"] == {"o2": 20.9} and ans["cs01"]["result"] == "complies"
    assert "cs02" not in ans or ans["cs02"]["readings"] == {}


def test_note_typed_just_before_the_window_closes_is_saved(qtbot, col, enterprise, window):
    page = start_visit(window, enterprise, qtbot)
    insp_id = page.inspection_id
    page.note.setPlainText("临关窗前写的备注")
    assert page.note_timer.isActive()
    from tests.ui.conftest import close_window
    close_window(window)
    ans = col.inspections.answers(insp_id)
    assert ans[0]["note"] == "临关窗前写的备注"


def test_starting_an_inspection_outside_the_township_asks_first(qtbot, col, window, monkeypatch):
    """The district would refuse records of another township's enterprise: the laptop says so before
    the inspection starts, and starts it only when the inspector insists."""
    other = col.townships.ensure("370882999", "别的镇", "示例区")
    ent = col.enterprises.add({"township_id": other, "name": "别镇企业", "uscc": uscc.make("91370882MA3C4E5H9")})
    asked: list[str] = []
    page = window.show_page("inspection")
    monkeypatch.setattr(page, "confirm_outside_township", lambda text: asked.append(text) or False)
    page.choose_enterprise(ent.id)
    qtbot.mouseClick(page.start_btn, Qt.LeftButton)
    assert asked and "别的镇" in asked[0] and not col.inspections.in_progress()
    monkeypatch.setattr(page, "confirm_outside_township", lambda text: True)
    qtbot.mouseClick(page.start_btn, Qt.LeftButton)
    assert [r["enterprise_name"] for r in col.inspections.in_progress()] == ["别镇企业"]
