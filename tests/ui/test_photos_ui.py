"""Photos: a wrongly attached photo comes off before the visit is completed; the picker opens on a
camera card when one is mounted."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt

from tests.ui.test_inspection_flow import start_visit


def test_photo_removed_from_an_item_before_completion(qtbot, col, enterprise, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    page = start_visit(window, enterprise, qtbot)
    photo = tmp_path / "wrong.jpg"
    Image.new("RGB", (640, 480), (200, 40, 40)).save(photo)
    page.photos.files_dropped.emit([str(photo)])
    assert page.photos.list.count() == 1
    assert page.photos.list.iconSize().width() >= 128          # large enough to tell photos apart (was 96)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Yes))
    page.photos.list.setCurrentRow(0)
    page.photos.list.setFocus()
    qtbot.keyClick(page.photos.list, Qt.Key_Delete)
    assert page.photos.list.count() == 0
    assert col.inspections.answers(page.inspection_id)[0]["photos"] == []


def test_picker_starts_on_a_camera_card(tmp_path, monkeypatch):
    from inspector_app.core import photo_sources
    media = tmp_path / "media"
    (media / "zhang" / "NIKON D3500" / "DCIM").mkdir(parents=True)
    monkeypatch.setattr(photo_sources, "MEDIA_ROOTS", (media,))
    assert photo_sources.start_folder("", "/home/zhang/Pictures") == str(media / "zhang" / "NIKON D3500" / "DCIM")
    monkeypatch.setattr(photo_sources, "MEDIA_ROOTS", (tmp_path / "none",))
    assert photo_sources.start_folder(str(tmp_path), "/p") == str(tmp_path)
    assert photo_sources.start_folder("/no/such/folder", "/p") == "/p"


def test_second_inspector_remembered_with_certificate(qtbot, col, enterprise, window):
    page = start_visit(window, enterprise, qtbot)          # 王芳, no certificate number typed
    page.leave()
    page.inspector2.clear()
    page.inspector2_cert.clear()
    page.inspector2.setText("李娜")
    page.inspector2_cert.setText("37089920007")
    page.start()
    page.leave()
    assert [c["name"] for c in col.profile.colleagues()] == ["李娜", "王芳"]
    page.inspector2.clear()
    page.inspector2_cert.clear()
    page.refresh()
    assert page.inspector2.text() == "李娜" and page.inspector2_cert.text() == "37089920007"
    page.inspector2.setText("王芳")
    assert page.inspector2_cert.text() == ""
    page.inspector2.setText("李娜")
    assert page.inspector2_cert.text() == "37089920007"

