"""Files named by SHA-256 under the data directory: photos, signatures, PDFs.

Photos are normalised on import: EXIF orientation applied, long side capped, JPEG re-encoded,
EXIF capture time and GPS position kept in the database (location evidence of a visit; the re-encoded file
carries no EXIF). A profile setting `strip_photo_gps` leaves the position out of what sync sends.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.core.clock import now_iso
from inspector_app.core.datadir import atomic_write_bytes
from inspector_app.core.errors import UnusableInput

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

    from inspector_app.core.collection import Collection

MAX_SIDE = 2000
JPEG_QUALITY = 85
MAX_INPUT_BYTES = 60 * 1024 * 1024
MAX_IMAGE_PIXELS = 120_000_000  # refuse decompression bombs with a clear message
_EXIF_DATETIME_ORIGINAL = 0x9003
_EXIF_DATETIME = 0x0132


class Attachments:
    def __init__(self, col: "Collection"):
        self.col = col
        self.db = col.db
        self.root = col.data_dir / "attachments"

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).exists()

    def read(self, sha256: str) -> bytes:
        p = self.path(sha256)
        if not p.exists():
            raise UnusableInput(
                f"附件文件缺失：{sha256[:12]}…（数据目录中找不到，可能已被删除）",
                f"Attachment file missing: {sha256[:12]}… (not found in the data directory)",
            )
        return p.read_bytes()

    def put_bytes(self, data: bytes, kind: str, mime: str, *, original_name: str = "",
                  width: int | None = None, height: int | None = None,
                  taken_at: str | None = None, location: dict[str, float] | None = None) -> str:
        """Store bytes (idempotent) and return their SHA-256."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, data)
        if not self.db.execute("SELECT 1 FROM attachments WHERE sha256=?", [digest]).fetchone():
            self.db.table("attachments").insert({
                "sha256": digest, "kind": kind, "mime": mime, "size": len(data),
                "width": width, "height": height, "taken_at": taken_at,
                "original_name": original_name, "created_at": now_iso(),
                "device_id": self.col.device_id,
                **{f"gps_{k}": v for k, v in (location or {}).items()},
            })
        return digest

    def import_photo(self, source: Path | str | bytes, original_name: str = "") -> str:
        """Normalise a photo and store it; refuse anything that is not a readable image."""
        if isinstance(source, (str, Path)):
            p = Path(source)
            original_name = original_name or p.name
            try:
                if p.stat().st_size > MAX_INPUT_BYTES:
                    raise UnusableInput(f"照片“{p.name}”超过60 MB，无法导入", f"Photo '{p.name}' is larger than 60 MB")
                raw = p.read_bytes()
            except OSError as e:
                raise UnusableInput(f"无法读取文件“{p.name}”：{e.strerror}", f"Cannot read '{p.name}': {e.strerror}") from e
        else:
            raw = source
        jpeg, w, h, taken = normalise_photo(raw, original_name or "photo")
        return self.put_bytes(jpeg, "photo", "image/jpeg", original_name=original_name,
                              width=w, height=h, taken_at=taken, location=photo_location(raw))

    def strip_gps(self) -> bool:
        """Privacy setting: leave photos' GPS positions out of what sync sends (kept on this laptop)."""
        return bool(((self.col.profile.get() or {}).get("settings") or {}).get("strip_photo_gps"))

    def set_strip_gps(self, value: bool) -> None:
        self.col.profile.update_settings(strip_photo_gps=bool(value))

    def evidence(self, sha256: str) -> dict[str, Any]:
        """Capture time and position of a photo, for the photo viewer and the documents' photo page:
        {"taken_at": ISO or None, "lat", "lon", "alt": float or None, "text": one line in Chinese}."""
        info = self.info(sha256) or {}
        ev = {"taken_at": info.get("taken_at"), "lat": info.get("gps_lat"), "lon": info.get("gps_lon"),
              "alt": info.get("gps_alt")}
        ev["text"] = evidence_text(ev)
        return ev

    def info(self, sha256: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM attachments WHERE sha256=?", [sha256]))
        return rows[0] if rows else None


def normalise_photo(raw: bytes, name: str = "photo") -> tuple[bytes, int, int, str | None]:
    """Return (JPEG bytes, width, height, capture time ISO or None)."""
    from PIL import Image, ImageOps, UnidentifiedImageError  # imported on first use: keeps start-up short
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with Image.open(io.BytesIO(raw)) as im:
            im.load()
            taken = _capture_time(im)
            im = ImageOps.exif_transpose(im)
            if im.mode not in ("RGB", "L"):
                background = Image.new("RGB", im.size, "white")
                rgba = im.convert("RGBA")
                background.paste(rgba, mask=rgba.split()[-1])
                im = background
            im.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            im.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
            return out.getvalue(), im.width, im.height, taken
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as e:
        raise UnusableInput(
            f"“{name}”不是可读取的图片（文件损坏或格式不支持），未导入。",
            f"'{name}' is not a readable image (damaged or unsupported format); it was not imported.",
        ) from e


def _capture_time(im: "PILImage") -> str | None:
    try:
        exif = im.getexif()
        value = exif.get_ifd(0x8769).get(_EXIF_DATETIME_ORIGINAL) or exif.get(_EXIF_DATETIME)
        if not value:
            return None
        return dt.datetime.strptime(str(value).strip(), "%Y:%m:%d %H:%M:%S").isoformat()
    except Exception:  # noqa: BLE001 - a broken EXIF block only loses the capture time
        return None


_GPS_IFD = 0x8825


def photo_location(raw: bytes) -> dict[str, float] | None:
    """EXIF GPS position as {"lat", "lon"[, "alt"]} in signed degrees / metres; None when absent or implausible."""
    from PIL import Image  # imported on first use: keeps start-up short
    try:
        with Image.open(io.BytesIO(raw)) as im:
            gps = im.getexif().get_ifd(_GPS_IFD)
        if not gps or 2 not in gps or 4 not in gps:
            return None

        def degrees(value: Any, ref: Any, negative: str) -> float:
            d, m, s = (float(x) for x in value)
            out = d + m / 60 + s / 3600
            return -out if str(ref).strip().upper() == negative else out
        lat = degrees(gps[2], gps.get(1, "N"), "S")
        lon = degrees(gps[4], gps.get(3, "E"), "W")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
            return None
        loc = {"lat": round(lat, 7), "lon": round(lon, 7)}
        if 6 in gps:
            alt = float(gps[6])
            loc["alt"] = round(-alt if gps.get(5) in (1, b"\x01") else alt, 1)
        return loc
    except Exception:  # noqa: BLE001 - a broken GPS block only loses the position
        return None


def evidence_text(ev: dict[str, Any]) -> str:
    """拍摄 2026-11-30 10:12 · 北纬36.123456° 东经118.123456° (what is known; empty when nothing)."""
    parts = []
    if ev.get("taken_at"):
        parts.append("拍摄 " + str(ev["taken_at"])[:16].replace("T", " "))
    if ev.get("lat") is not None and ev.get("lon") is not None:
        lat, lon = float(ev["lat"]), float(ev["lon"])
        parts.append(f"{'北纬' if lat >= 0 else '南纬'}{abs(lat):.6f}° {'东经' if lon >= 0 else '西经'}{abs(lon):.6f}°")
    return " · ".join(parts)

