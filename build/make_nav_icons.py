"""Render the navigation icons (24×24 stroke outlines) to resources/icons/nav/<key>.png at 48 px, black on
transparent. The app tints them with the palette at run time (ui/icons.py), so QtSvg is not loaded at
start-up. Run: python build/make_nav_icons.py (output is committed)."""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons" / "nav"
SIZE = 48

PATHS = {
    "today": '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>'
             '<path d="M8 14l3 3 5-5"/>',
    "enterprises": '<path d="M3 21V9l6-4v4l6-4v4l6-4v16z"/><path d="M7 17h2M11 17h2M15 17h2"/>',
    "inspection": '<rect x="5" y="4" width="14" height="17" rx="2"/><path d="M9 4V2h6v2"/>'
                  '<path d="M8 11l2 2 4-4M8 17h8"/>',
    "hazards": '<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18v.5"/>',
    "documents": '<path d="M6 2h9l5 5v15H6z"/><path d="M15 2v5h5M9 12h8M9 16h8"/>',
    "sync": '<path d="M4 12a8 8 0 0 1 14-5l2 2M20 12a8 8 0 0 1-14 5l-2-2"/><path d="M20 4v5h-5M4 20v-5h5"/>',
    "district": '<path d="M3 21h18M5 21V10M10 21V10M14 21V10M19 21V10M2 10l10-7 10 7z"/>',
    "settings": '<circle cx="12" cy="12" r="3"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2'
                'M5 19l2-2M17 7l2-2"/>',
}


def main() -> int:
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for key, body in PATHS.items():
        svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#000" '
               f'stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">{body}</svg>')
        img = QImage(SIZE, SIZE, QImage.Format_ARGB32_Premultiplied)
        img.fill(Qt.transparent)
        painter = QPainter(img)
        QSvgRenderer(QByteArray(svg.encode())).render(painter, QRectF(0, 0, SIZE, SIZE))
        painter.end()
        img.save(str(OUT / f"{key}.png"))
        print(OUT / f"{key}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
