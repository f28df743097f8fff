"""Location evidence: EXIF GPS and capture time kept on import, listed on the photo page of documents,
sent with sync unless the privacy setting strips them; hostile GPS values are refused in bundles."""

from __future__ import annotations

import io
import subprocess

from PIL import Image

from inspector_app.core.attachments import photo_location
from sync_support import add_enterprise, make_district, make_laptop, send
from tests.core.test_documents import _sign_all


def gps_jpeg(lat=(36.0, 7.0, 30.0), ref="N", lon=(118.0, 20.0, 15.0), colour=(10, 200, 30)) -> bytes:
    im = Image.new("RGB", (640, 480), colour)
    exif = Image.Exif()
    exif[0x8825] = {1: ref, 2: lat, 3: "E", 4: lon, 5: 0, 6: 55.5}
    exif.get_ifd(0x8769)[0x9003] = "2026:11:30 10:12:00"
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif)
    return buf.getvalue()


def test_gps_and_capture_time_are_kept_and_the_stored_file_carries_no_exif(col):
    sha = col.attachments.import_photo(gps_jpeg(), "p.jpg")
    ev = col.attachments.evidence(sha)
    assert (ev["lat"], ev["lon"], ev["alt"]) == (36.125, 118.3375, 55.5) and ev["taken_at"].startswith("2026-11-30T10:12")
    assert ev["text"] == "拍摄 2026-11-30 10:12 · 北纬36.125000° 东经118.337500°"
    with Image.open(io.BytesIO(col.attachments.read(sha))) as im:
        assert not im.getexif().get_ifd(0x8825)
    south = col.attachments.evidence(col.attachments.import_photo(gps_jpeg(ref="S", colour=(1, 2, 3)), "s.jpg"))
    assert south["lat"] == -36.125 and "南纬" in south["text"]


def test_implausible_or_missing_gps_is_ignored():
    assert photo_location(gps_jpeg(lat=(95.0, 0.0, 0.0))) is None
    assert photo_location(gps_jpeg(lat=(0.0, 0.0, 0.0), lon=(0.0, 0.0, 0.0))) is None
    buf = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buf, "JPEG")
    assert photo_location(buf.getvalue()) is None and photo_location(b"not an image") is None


def test_photo_page_lists_time_and_position(col, enterprise, tmp_path):
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="37088120002").id
    sha = col.attachments.import_photo(gps_jpeg(), "p.jpg")
    col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "description": "动火作业未办理审批手续",
                        "deadline": "2030-01-15", "before_photos": [sha]})
    col.inspections.complete(insp)
    col.keys.init("geheim123")
    col.documents.set_serial_block(1, 9)
    doc = col.documents.draft("rectification_notice", inspection_id=insp).id
    _sign_all(col, doc)
    col.documents.issue(doc)
    f = tmp_path / "d.pdf"
    f.write_bytes(col.documents.render_pdf(doc))
    text = subprocess.run(["pdftotext", "-layout", str(f), "-"], capture_output=True, text=True, check=True).stdout
    assert "拍摄 2026-11-30 10:12" in text and "北纬36.125000°" in text and "东经118.337500°" in text


def test_sync_sends_the_position_unless_stripped(tmp_path):
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    try:
        ent = add_enterprise(a, "宏达化工")
        insp = a.inspections.start(ent).id
        sha = a.attachments.import_photo(gps_jpeg(), "p.jpg")
        a.hazards.create({"enterprise_id": ent, "inspection_id": insp, "description": "x", "before_photos": [sha]})
        send(a, d, tmp_path)
        assert d.attachments.evidence(sha)["lat"] == 36.125
        a.attachments.set_strip_gps(True)
        sha2 = a.attachments.import_photo(gps_jpeg(colour=(200, 0, 0)), "q.jpg")
        a.hazards.create({"enterprise_id": ent, "inspection_id": insp, "description": "y", "before_photos": [sha2]})
        send(a, d, tmp_path)
        ev = d.attachments.evidence(sha2)
        assert ev["lat"] is None and ev["taken_at"] and a.attachments.evidence(sha2)["lat"] == 36.125
    finally:
        d.close()
        a.close()
