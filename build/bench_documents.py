"""Time issuing a two-page rectification notice with four photos and the QR (render + sign + store).

    python build/bench_documents.py          # cold: the first notice pays for imports and the font
    python build/bench_documents.py --warm   # after core.documents.warm(), as in the GUI session

Then the first notice of a session as the GUI issues it (the key opened with the typed password while the
notice is laid out) beside unlocking first and issuing after, and a bare reportlab baseline in the same
run: four A4 pages with the same four photos and a line of text each, no layout, QR or signature.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image  # noqa: E402

from inspector_app.core import uscc  # noqa: E402
from inspector_app.core.collection import Collection  # noqa: E402


def _photo(seed: int) -> bytes:
    im = Image.new("RGB", (1600, 1200), (seed * 40 % 255, 120, 200))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def _sig() -> bytes:
    buf = io.BytesIO()
    Image.new("RGBA", (300, 90), (0, 0, 0, 0)).save(buf, "PNG")
    return buf.getvalue()


def main() -> None:
    col = Collection(tempfile.mkdtemp())
    col.profile.init(role="inspector", name="张伟", cert_no="1", unit="城关街道应急管理办公室", township="城关街道",
                     unit_short="城关", township_code="370882001", unit_kind="enforcement")
    e = col.enterprises.add({"township_id": col.profile.get()["township_id"], "name": "示例市宏达化工有限公司",
                             "uscc": uscc.make("91370882MA3C4E5F6"), "address": "工业路18号", "principal": "李建国"}).id
    col.keys.init("bench-password")
    col.documents.set_serial_block(1, 100000)
    if "--warm" in sys.argv:   # as the GUI does in the background once its window is up
        from inspector_app.core.documents.warm import warm
        t = time.perf_counter()
        warm(col)
        print(f"warm-up (imports, font registration): {(time.perf_counter() - t) * 1000:.0f} ms")
    times = []
    for run in range(8):
        insp = col.inspections.start(e, inspector2_name="王芳", inspector2_cert="2").id
        for i in range(10):
            photos = [col.attachments.import_photo(_photo(i * 2 + run), "p.jpg")] if i < 4 else []
            col.hazards.create({"enterprise_id": e, "inspection_id": insp, "place": f"车间{i}",
                                "description": "有限空间作业未进行气体检测，未设置警示标志", "before_photos": photos,
                                "legal_basis": "《工贸企业有限空间作业安全规定》第十四条", "deadline": "2030-01-15"})
        col.inspections.complete(insp)
        doc = col.documents.draft("rectification_notice", inspection_id=insp).id
        for role in ("inspector1", "inspector2", "enterprise"):
            col.documents.set_signature(doc, role, _sig())
        t = time.perf_counter()
        col.documents.issue(doc)  # the key unlocked once per session, as the GUI does (unlock: build/bench_kdf.py)
        times.append((time.perf_counter() - t) * 1000)
    import pypdfium2 as pdfium
    pages = len(pdfium.PdfDocument(col.documents.render_pdf(doc)))
    print(f"issue (render {pages} pages, 4 photos, QR, store; key unlocked earlier in the session): "
          f"median {statistics.median(times[1:]):.0f} ms, worst {max(times[1:]):.0f} ms, first {times[0]:.0f} ms")

    def notice() -> str:
        insp = col.inspections.start(e, inspector2_name="王芳", inspector2_cert="2").id
        for i in range(10):
            photos = [col.attachments.import_photo(_photo(i + 50), "p.jpg")] if i < 4 else []
            col.hazards.create({"enterprise_id": e, "inspection_id": insp, "place": f"车间{i}",
                                "description": "有限空间作业未进行气体检测，未设置警示标志", "before_photos": photos,
                                "deadline": "2030-01-15"})
        col.inspections.complete(insp)
        d = col.documents.draft("rectification_notice", inspection_id=insp).id
        for role in ("inspector1", "inspector2", "enterprise"):
            col.documents.set_signature(d, role, _sig())
        return d

    overlapped, sequential, unlock = [], [], []
    for _ in range(3):
        d = notice()
        col.keys.lock()
        t = time.perf_counter()
        col.documents.issue(d, "bench-password")         # as the GUI's first 签发 of a session
        overlapped.append((time.perf_counter() - t) * 1000)
        d = notice()
        col.keys.lock()
        t = time.perf_counter()
        col.keys.unlock("bench-password")
        t1 = time.perf_counter()
        col.documents.issue(d)
        sequential.append((time.perf_counter() - t) * 1000)
        unlock.append((t1 - t) * 1000)
    print(f"first notice of a session, password typed: {statistics.median(overlapped):.0f} ms with the key opened "
          f"during the layout; {statistics.median(sequential):.0f} ms unlocking first "
          f"(Argon2id unlock alone {statistics.median(unlock):.0f} ms); budget 500 ms")

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from inspector_app.core.documents.fonts import register
    font = register()
    jpegs = [_photo(i) for i in range(4)]
    bare = []
    for _ in range(5):
        t = time.perf_counter()
        c = canvas.Canvas(io.BytesIO(), pagesize=A4)
        for jpeg in jpegs:
            c.setFont(font, 12)
            c.drawString(80, 780, "责令限期整改指令书 附页：隐患照片")
            c.drawImage(ImageReader(io.BytesIO(jpeg)), 80, 300, 400, 300)
            c.showPage()
        c.save()
        bare.append((time.perf_counter() - t) * 1000)
    print(f"bare reportlab, 4 pages with the 4 photos: median {statistics.median(bare):.0f} ms; "
          f"load average {__import__('os').getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
