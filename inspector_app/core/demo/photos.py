"""Synthetic 'site photos' for demo hazards: drawn with Pillow, stored like any imported photo."""

from __future__ import annotations

import io
import random
from typing import Any

from PIL import Image, ImageDraw


def _scene(rng: random.Random, fixed: bool) -> bytes:
    """A plain workshop-like picture: wall, floor, a cabinet and pipes; a red ring marks the problem,
    a green tick the fixed state."""
    w, h = 1024, 768
    wall = tuple(rng.randint(150, 210) for _ in range(3))
    im = Image.new("RGB", (w, h), wall)
    d = ImageDraw.Draw(im)
    d.rectangle([0, int(h * 0.65), w, h], fill=(110, 110, 105))
    for _ in range(rng.randint(2, 4)):  # cabinets / machines
        x = rng.randint(20, w - 260)
        y = rng.randint(int(h * 0.25), int(h * 0.45))
        colour = tuple(rng.randint(40, 140) for _ in range(3))
        d.rectangle([x, y, x + rng.randint(120, 240), int(h * 0.7)], fill=colour, outline=(30, 30, 30), width=3)
    for _ in range(rng.randint(1, 3)):  # pipes
        y = rng.randint(40, int(h * 0.3))
        d.rectangle([0, y, w, y + rng.randint(12, 28)], fill=(90, 100, 120))
    cx, cy = rng.randint(200, w - 200), rng.randint(200, h - 200)
    if fixed:
        d.line([(cx - 60, cy), (cx - 15, cy + 50), (cx + 80, cy - 70)], fill=(20, 160, 60), width=18)
    else:
        d.ellipse([cx - 110, cy - 80, cx + 110, cy + 80], outline=(220, 30, 30), width=10)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def make(col: Any, rng: random.Random, count: int = 4) -> tuple[list[str], list[str]]:
    """Store `count` 'before' and `count` 'after' photos; return their SHA-256 lists."""
    before = [col.attachments.import_photo(_scene(rng, False), f"演示-隐患现场{i + 1}.jpg") for i in range(count)]
    after = [col.attachments.import_photo(_scene(rng, True), f"演示-整改后{i + 1}.jpg") for i in range(count)]
    return before, after
