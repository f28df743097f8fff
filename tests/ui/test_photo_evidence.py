"""The photo viewer shows when and where a photo was taken; 设置 toggles stripping GPS before sending."""

from __future__ import annotations

import io

from PIL import Image


def gps_jpeg() -> bytes:
    im = Image.new("RGB", (64, 48), (10, 200, 30))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (36.0, 7.0, 30.0), 3: "E", 4: (118.0, 20.0, 15.0)}
    exif.get_ifd(0x8769)[0x9003] = "2026:11:30 10:12:00"
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif)
    return buf.getvalue()


def test_photo_viewer_shows_time_and_position(qtbot, col, monkeypatch):
    from PySide6.QtWidgets import QDialog
    from inspector_app.ui.widgets.photos import PhotoStrip
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    strip = PhotoStrip()
    qtbot.addWidget(strip)
    sha = col.attachments.import_photo(gps_jpeg(), "p.jpg")
    strip.set_photos(col, [sha])
    strip.open_large(strip.list.item(0))
    assert "拍摄 2026-11-30 10:12" in strip.evidence.text() and "北纬36.125000°" in strip.evidence.text()


def test_settings_checkbox_sets_strip_gps(qtbot, col):
    from inspector_app.ui.pages.settings import SettingsPage
    page = SettingsPage(col)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.strip_gps.isChecked() and not col.attachments.strip_gps()
    page.strip_gps.setChecked(True)
    assert col.attachments.strip_gps()
