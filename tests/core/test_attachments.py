"""Photo import: EXIF orientation applied, long side capped, JPEG re-encoded, capture time kept,
stored by SHA-256; anything that is not a readable image is refused and nothing is stored."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from inspector_app.core.attachments import MAX_SIDE
from inspector_app.core.errors import UnusableInput


def _jpeg_with_exif(size=(4000, 3000), orientation=6, taken="2026:11:20 09:31:05") -> bytes:
    im = Image.new("RGB", size, (200, 30, 30))
    # a marker on the left edge: after a 90° clockwise rotation (orientation 6) it sits on the top edge
    for x in range(0, 200):
        for y in range(0, size[1], 50):
            im.putpixel((x, y), (0, 0, 255))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif.get_ifd(0x8769)[0x9003] = taken
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif.tobytes())
    return buf.getvalue()


def test_photo_is_rotated_capped_reencoded_and_keeps_capture_time(col):
    sha = col.attachments.import_photo(_jpeg_with_exif(), "现场1.jpg")
    stored = col.attachments.read(sha)
    assert hashlib.sha256(stored).hexdigest() == sha
    assert col.attachments.path(sha).is_file()
    with Image.open(io.BytesIO(stored)) as im:
        assert im.format == "JPEG"
        # 4000×3000 landscape with orientation 6 is a portrait photo: 1500×2000 after the cap
        assert im.size == (MAX_SIDE * 3 // 4, MAX_SIDE)
        assert im.getexif().get(0x0112) in (None, 1)  # orientation applied, not left for the viewer
    info = col.attachments.info(sha)
    assert info["taken_at"] == "2026-11-20T09:31:05"
    assert (info["width"], info["height"]) == (1500, 2000)
    assert info["original_name"] == "现场1.jpg"


def test_same_photo_twice_is_stored_once(col):
    raw = _jpeg_with_exif(size=(800, 600), orientation=1)
    assert col.attachments.import_photo(raw, "a.jpg") == col.attachments.import_photo(raw, "b.jpg")
    assert col.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1


def test_png_with_transparency_becomes_jpeg_on_white(col):
    im = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    sha = col.attachments.import_photo(buf.getvalue(), "透明.png")
    with Image.open(io.BytesIO(col.attachments.read(sha))) as out:
        assert out.format == "JPEG" and out.getpixel((10, 10))[0] > 240


@pytest.mark.parametrize("raw", [b"", b"not an image at all", _jpeg_with_exif(size=(400, 300))[:600]],
                         ids=["empty", "text", "truncated"])
def test_corrupt_or_non_image_refused_and_nothing_stored(col, raw):
    with pytest.raises(UnusableInput) as e:
        col.attachments.import_photo(raw, "坏照片.jpg")
    assert "坏照片.jpg" in str(e.value) and "未导入" in str(e.value)
    assert col.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    store = col.data_dir / "attachments"
    assert not store.exists() or not [p for p in store.rglob("*") if p.is_file()]


def test_missing_file_is_a_clear_message(col, tmp_path):
    with pytest.raises(UnusableInput) as e:
        col.attachments.import_photo(tmp_path / "没有这个文件.jpg")
    assert "没有这个文件.jpg" in str(e.value)
