"""Punctuation the code puts between pieces of text it assembles (a count after a title, a place after a name,
a reason after a file): full-width （）：； in Chinese, ASCII in English — "检查记录（3）" / "Inspections (3)".
Translated strings carry their own punctuation; tests/ui/test_i18n.py keeps full-width marks out of English."""

from __future__ import annotations

from inspector_app.core.i18n import language


def _en() -> bool:
    return language() == "en"


def paren(text: object) -> str:
    """`text` in brackets, to follow a word: "（3）" / " (3)"."""
    return f" ({text})" if _en() else f"（{text}）"


def colon() -> str:
    """Between a label and what it labels: "：" / ": "."""
    return ": " if _en() else "："


def semicolon() -> str:
    """Between items of a list: "；" / "; "."""
    return "; " if _en() else "；"


def enumeration() -> str:
    """Between names or tags in a run of text: "、" / ", "."""
    return ", " if _en() else "、"


def gap() -> str:
    """A wide space between fields on one line: "　" (full-width) / two spaces."""
    return "  " if _en() else "　"
