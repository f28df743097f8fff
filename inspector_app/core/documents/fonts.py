"""Find and register one CJK font for reportlab (embedded as a subset). Registered once per process."""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from inspector_app.core.errors import InspectorError
from inspector_app.core.resources import resource_path

FONT_NAME = "InspectorCJK"
CANDIDATES = [
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts", "simsun.ttc"),
]


def find_font() -> Path | None:
    shipped = resource_path("fonts", "uming.ttc")
    if shipped.is_file():
        return shipped
    for c in CANDIDATES:
        if Path(c).is_file():
            return Path(c)
    if shutil.which("fc-match"):
        try:
            out = subprocess.run(["fc-match", "-f", "%{file}", ":lang=zh"], capture_output=True,
                                 text=True, timeout=5).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            out = ""
        if out.endswith((".ttf", ".ttc")) and Path(out).is_file() and "DejaVu" not in out:
            return Path(out)
    return None


@lru_cache(maxsize=1)
def register() -> str:
    """Register the CJK font with reportlab and return its name; refuse clearly if none exists."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    path = find_font()
    if path is None:
        raise InspectorError("找不到中文字体，无法生成文书。请安装 fonts-arphic-uming（Linux）或宋体 SimSun（Windows）。",
                             "No Chinese font found; cannot render documents. Install fonts-arphic-uming "
                             "(Linux) or SimSun (Windows).")
    kw = {"subfontIndex": 0} if path.suffix == ".ttc" else {}
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), **kw))
    return FONT_NAME
