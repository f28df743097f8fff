"""The GUI's one font: the shipped WenQuanYi Micro Hei, registered with Qt and made the application font.

Whatever fonts the laptop has (none, or other CJK fonts), every window draws with the same face.
"""

from __future__ import annotations

from inspector_app.core.errors import InspectorError
from inspector_app.core.resources import resource_path

UI_FONT_FILE = "wqy-microhei.ttc"
UI_FAMILY = "WenQuanYi Micro Hei"   # face 0 of the collection; face 1 is the monospaced variant
POINT_SIZE = 11


def install_app_font(app) -> str:
    """Register the shipped font file with Qt and set it as `app`'s font; returns the family used.

    Registering twice is harmless (Qt returns the same family), so tests and scripts may call it again.
    """
    from PySide6.QtGui import QFont, QFontDatabase
    path = resource_path("fonts", UI_FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if UI_FAMILY not in families:
        raise InspectorError(f"程序文件不完整：无法加载界面字体 {path}，请重新安装。",
                             f"The installation is incomplete: cannot load the UI font {path}; reinstall.")
    font = QFont(UI_FAMILY)
    font.setPointSize(max(POINT_SIZE, app.font().pointSize()))
    # Explicit, so the machine's fontconfig rules (or their absence) cannot change how glyphs are drawn;
    # vertical-only hinting is what most Linux desktops use by default ("hintslight").
    font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    app.setFont(font)
    return UI_FAMILY
