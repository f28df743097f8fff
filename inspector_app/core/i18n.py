"""Language choice for messages the core produces (zh_CN first, English second)."""

from __future__ import annotations

import os

_language = os.environ.get("INSPECTOR_LANG", "zh_CN")


def set_language(lang: str) -> None:
    global _language
    _language = "en" if lang.lower().startswith("en") else "zh_CN"


def language() -> str:
    return _language


def pick(zh: str, en: str) -> str:
    """Return the text for the current language."""
    return en if _language == "en" else zh
