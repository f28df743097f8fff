"""QR from a phone photo: issue a real notice, rasterise its first page at 150 dpi and simulate 20 phone
photos (2–5° rotation, slight blur, uneven light, JPEG quality 60), then decode each with zbar (zbarimg)
and zxing-cpp. The baseline is the previous design (2.2 cm, version 9–10, level M, 2-module quiet zone,
IQ1 text payload) put through the same photos.

Usage: python build/bench_qr_photo.py   (needs zbarimg; prints a table for docs/performance.md)
"""

from __future__ import annotations

import io
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DPI = 150
PHOTOS = 20


def issued_page() -> tuple[Image.Image, str]:
    from inspector_app.core import uscc
    from inspector_app.core.collection import Collection
    tmp = Path(tempfile.mkdtemp())
    col = Collection(tmp / "data")
    col.profile.init(role="inspector", name="张伟", cert_no="37088120001234", unit="城关街道应急管理办公室",
                     township="城关街道", district="示例区", unit_short="城关", township_code="370882001")
    col.keys.init("bench-password")
    col.documents.set_serial_block(1, 9)
    ent = col.enterprises.add({"township_id": col.profile.get()["township_id"], "name": "示例市宏达化工有限公司",
                               "uscc": uscc.make("91370882MA3C4E5F6"), "principal": "李建国"}).id
    insp = col.inspections.start(ent, inspector2_name="王芳", inspector2_cert="37088120005678").id
    col.hazards.create({"enterprise_id": ent, "inspection_id": insp, "place": "污水池",
                        "description": "有限空间作业未进行气体检测", "deadline": "2030-01-15"})
    col.inspections.complete(insp)
    doc = col.documents.draft("rectification_notice", inspection_id=insp).id
    sig = Image.new("RGBA", (200, 60), (0, 0, 0, 0))
    ImageDraw.Draw(sig).line([(10, 40), (190, 20)], fill=(0, 0, 0, 255), width=3)
    buf = io.BytesIO()
    sig.save(buf, "PNG")
    for role in ("inspector1", "inspector2", "enterprise"):
        col.documents.set_signature(doc, role, buf.getvalue())
    col.documents.issue(doc, "bench-password")
    page = col.documents.page_images(doc, dpi=DPI)[0].convert("RGB")
    payload = col.documents.get(doc)["content"]["qr_pages"][0]
    col.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return page, payload


def baseline_page() -> tuple[Image.Image, str]:
    """The previous design on an A4 page: 2.2 cm, level M, 2-module quiet zone, IQ1 text payload with CJK."""
    import qrcode
    payload = ("IQ1|2|（城关）安监整改〔2026〕17号|91370882MA3C4E5F6X|20261130|20300115|0123456789abcdef|"
               + "A" * 86)
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2, box_size=10)
    qr.add_data(payload)
    qr.make(fit=True)
    img = qr.make_image().convert("RGB")
    side = round(2.2 / 2.54 * DPI)
    page = Image.new("RGB", (round(21 / 2.54 * DPI), round(29.7 / 2.54 * DPI)), "white")
    page.paste(img.resize((side, side), Image.NEAREST), (round(18.2 / 2.54 * DPI), page.height - round(3.2 / 2.54 * DPI)))
    return page, payload


def photo(page: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of the lower part of the page: rotation, blur, uneven light, JPEG 60."""
    w, h = page.size
    img = page.crop((0, h // 2, w, h))
    img = img.rotate(rng.choice((-1, 1)) * rng.uniform(2, 5), resample=Image.BICUBIC, expand=True, fillcolor=(90, 90, 90))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.0)))
    lo = rng.uniform(0.45, 0.6)  # the darkest corner gets 45–60 % of the light
    light = Image.linear_gradient("L").resize(img.size).rotate(rng.uniform(0, 360), expand=False, fillcolor=255)
    light = light.point(lambda v: int(255 * (lo + (1 - lo) * v / 255)))
    img = ImageChops.multiply(img, Image.merge("RGB", [light] * 3))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=60)
    return Image.open(io.BytesIO(buf.getvalue()))


def zbar(img: Image.Image, want: str) -> bool:
    with tempfile.NamedTemporaryFile(suffix=".jpg") as f:
        img.save(f.name, "JPEG", quality=95)
        out = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", f.name],
                             capture_output=True, text=True).stdout
    return want in out.splitlines()


def zxing(img: Image.Image, want: str) -> bool:
    import zxingcpp
    return any(r.text == want for r in zxingcpp.read_barcodes(img))


def run(page: Image.Image, payload: str) -> tuple[int, int]:
    rng = random.Random(20261130)
    shots = [photo(page, rng) for _ in range(PHOTOS)]
    return sum(zbar(s, payload) for s in shots), sum(zxing(s, payload) for s in shots)


def main() -> int:
    if not shutil.which("zbarimg"):
        print("zbarimg not installed (apt-get install zbar-tools)")
        return 2
    ours = run(*issued_page())
    base = run(*baseline_page())
    print(f"| design | zbar | zxing-cpp |\n|---|---|---|\n| previous (2.2 cm, v9–10, M, 2-module quiet zone) "
          f"| {base[0]}/{PHOTOS} | {base[1]}/{PHOTOS} |\n| current (4.0 cm, v8, Q, 4-module quiet zone) "
          f"| {ours[0]}/{PHOTOS} | {ours[1]}/{PHOTOS} |")
    return 0 if min(ours) >= 18 else 1


if __name__ == "__main__":
    sys.exit(main())
