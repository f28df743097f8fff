"""The one CJK font of every PDF: the shipped AR PL UMing (Song), registered once per process for reportlab.

Only the shipped file is used, never a system font, so a document looks the same on every laptop.
reportlab embeds a subset of the TrueType outlines.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from inspector_app.core.errors import InspectorError
from inspector_app.core.resources import resource_path

FONT_NAME = "InspectorCJK"
FONT_FILE = "uming.ttc"
# uming.ttc holds AR PL UMing CN, HK, TW and TW MBE; face 0 (CN) has the Simplified Chinese glyph forms.
FACE_INDEX = 0
FACE_NAME = "AR PL UMing CN"


def font_path() -> Path:
    return resource_path("fonts", FONT_FILE)


@lru_cache(maxsize=1)
def register() -> str:
    """Register the shipped font with reportlab and return its name; refuse clearly if the file is missing."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    path = font_path()
    if not path.is_file():
        raise InspectorError(f"程序文件不完整：缺少文书字体 {path}，请重新安装。",
                             f"The installation is incomplete: the document font {path} is missing; reinstall.")
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=FACE_INDEX))
    return FONT_NAME
