"""Generate the app icon (shield with a check mark) as resources/icons/app.png, app.ico and app.icns.

Run: python build/make_icons.py   (needs Pillow; output is committed, so builds don't need to run it)
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 1024


def draw_icon(size: int = SIZE) -> Image.Image:
    """A blue shield with a white check mark on a transparent background."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    s = size / 100
    shield = [(50, 6), (88, 18), (86, 52), (76, 72), (50, 94), (24, 72), (14, 52), (12, 18)]
    d.polygon([(x * s, y * s) for x, y in shield], fill=(22, 92, 170, 255))
    inner = [(50, 13), (81, 23), (79, 51), (70, 68), (50, 86), (30, 68), (21, 51), (19, 23)]
    d.polygon([(x * s, y * s) for x, y in inner], fill=(35, 122, 210, 255))
    d.line([(31 * s, 50 * s), (45 * s, 64 * s), (70 * s, 35 * s)], fill=(255, 255, 255, 255),
           width=int(9 * s), joint="curve")
    for x, y in ((31, 50), (70, 35)):  # round line caps
        r = 4.5 * s
        d.ellipse([x * s - r, y * s - r, x * s + r, y * s + r], fill=(255, 255, 255, 255))
    return img


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    img = draw_icon()
    img.resize((256, 256), Image.LANCZOS).save(ICONS / "app.png")
    img.save(ICONS / "app.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    img.save(ICONS / "app.icns")
    print(f"wrote {ICONS}/app.png, app.ico, app.icns")


if __name__ == "__main__":
    main()
