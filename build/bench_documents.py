"""Time issuing a two-page rectification notice with four photos and the QR (render + sign + store).

    python build/bench_documents.py          # cold: the first notice pays for imports and the font
    python build/bench_documents.py --warm   # after core.documents.warm(), as in the GUI session
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
        warm()
        print(f"warm-up (imports, font registration): {(time.perf_counter() - t) * 1000:.0f} ms")
    times = []
    for run in range(8):
        insp = col.inspections.start(e, inspector2_name="王芳", inspector2_cert="2").id
        for i in range(10):
            photos = [col.attachments.import_photo(_photo(i * 2 + run), "p.jpg")] if i < 4 else []
            col.hazards.create({"enterprise_id": e, "inspection_id": insp, "place": f"车间{i}",
                                "description": "有限空间作业未进行气体检测，未设置警示标志", "before_photos": photos,
                                "legal_basis": "《工贸企业有限空间作业安全规定》第十四条", "deadline": "2030-01-15"})
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


if __name__ == "__main__":
    main()
