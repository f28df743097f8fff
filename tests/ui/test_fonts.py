"""The GUI draws with the shipped font whatever the machine has, and Qt's own strings follow the language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageChops

from inspector_app.ui.fonts import UI_FAMILY

ROOT = Path(__file__).resolve().parents[2]
NO_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""
ALIASES = {"Monospace", "Sans Serif", "Serif"}   # what Qt lists even when fontconfig has no font at all


def _probe(png: Path, **env) -> dict:
    p = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "font_probe.py"), str(png)], cwd=ROOT,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env), capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout.strip().splitlines()[-1])


def test_window_text_is_identical_with_and_without_system_fonts(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text(NO_FONTS_CONF.format(cache=tmp_path / "fc-cache"), encoding="utf-8")
    bare = _probe(tmp_path / "bare.png", FONTCONFIG_FILE=str(conf))
    usual = _probe(tmp_path / "usual.png")
    assert set(bare["before"]) <= ALIASES, "the fontconfig stand-in still sees fonts"
    assert bare["family"] == usual["family"] == UI_FAMILY
    a = Image.open(tmp_path / "bare.png").convert("RGB")
    b = Image.open(tmp_path / "usual.png").convert("RGB")
    assert a.size == b.size and ImageChops.difference(a, b).getbbox() is None
    # Not blank: the text was drawn.
    assert ImageChops.difference(a, Image.new("RGB", a.size, a.getpixel((0, 0)))).getbbox() is not None


def test_application_font_is_the_shipped_face(qapp):
    from PySide6.QtGui import QFontInfo, QFontMetrics
    from inspector_app.ui.fonts import install_app_font
    install_app_font(qapp)
    assert QFontInfo(qapp.font()).family() == UI_FAMILY
    metrics = QFontMetrics(qapp.font())
    assert all(metrics.inFontUcs4(ord(c)) for c in "安全生产检查隐患台账〔〕（）：·")


def test_stock_buttons_follow_the_language(qapp):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QDialogButtonBox
    from inspector_app.core.i18n import set_language
    from inspector_app.ui.app import install_translators, remove_translators
    Btn = QDialogButtonBox.StandardButton
    seen = {}
    locale = QLocale()
    for lang in ("zh_CN", "en"):
        translators = install_translators(qapp, lang)
        try:
            box = QDialogButtonBox(Btn.Ok | Btn.Cancel | Btn.Save)
            seen[lang] = [box.button(b).text() for b in (Btn.Ok, Btn.Cancel, Btn.Save)]
        finally:
            remove_translators(qapp, translators)
            set_language("zh_CN")
            QLocale.setDefault(locale)
    assert seen["zh_CN"] == ["确定", "取消", "保存"]
    assert [t.replace("&", "") for t in seen["en"]] == ["OK", "Cancel", "Save"]
