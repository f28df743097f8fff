"""The GUI's few semantic colours (error, warning, ok, overdue row, ...), derived from the current palette so
they read under a light and a dark theme alike. The one place in inspector_app/ui where colours are chosen
(tests/ui/test_theme.py fails on a hex colour anywhere else)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# Text and mark colours per theme: saturated on a light background, lighter tints on a dark one.
_LIGHT = {"error": "#b00020", "warning": "#8a4b00", "ok": "#2e7d32", "open": "#e08a00"}
_DARK = {"error": "#ff8a80", "warning": "#ffb74d", "ok": "#81c784", "open": "#ffb74d"}
_DARK_LINK = "#8ab4f8"
# Fills behind white text (the checked answer buttons): dark enough for white text in both themes.
_FILLS = {"ok": "#2e7d32", "error": "#c62828", "neutral": "#616161"}
ON_FILL = "#ffffff"
# A signature is drawn as on paper (what is printed), whatever the theme.
PAPER, INK, GUIDE = QColor("#ffffff"), QColor("#10204a"), QColor("#bbbbbb")


def _palette(palette: QPalette | None) -> QPalette:
    if palette is not None:
        return palette
    from PySide6.QtWidgets import QApplication
    return QApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """A dark theme: the window background is darker than its text."""
    pal = _palette(palette)
    return pal.color(QPalette.Window).lightness() < pal.color(QPalette.WindowText).lightness()


def color(role: str, palette: QPalette | None = None) -> QColor:
    """error / warning / ok / open (an open hazard in charts) text colours, in the palette's theme."""
    return QColor((_DARK if is_dark(palette) else _LIGHT)[role])


def name(role: str, palette: QPalette | None = None) -> str:
    """The colour as `#rrggbb`, for style sheets and rich text."""
    return color(role, palette).name()


def fill(role: str) -> str:
    """Background of a checked answer button (ok / error / neutral), with white text on it."""
    return _FILLS[role]


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def overdue_row(palette: QPalette | None = None) -> QColor:
    """Background of an overdue row: the view's base tinted towards red, so the palette's text stays readable."""
    pal = _palette(palette)
    return _blend(pal.color(QPalette.Base), QColor(_FILLS["error"]), 0.28 if is_dark(pal) else 0.14)


def muted(palette: QPalette | None = None) -> QColor:
    """Secondary text (hints, explanations)."""
    return _palette(palette).color(QPalette.PlaceholderText)


def link(palette: QPalette | None = None) -> QColor:
    """Link text: the palette's own, unless a dark theme left it dark blue (unreadable on a dark background)."""
    pal = _palette(palette)
    value = pal.color(QPalette.Link)
    if is_dark(pal) and _luminance(value) < 0.25:
        return QColor(_DARK_LINK)
    return value


def _luminance(c: QColor) -> float:
    """Relative luminance (WCAG)."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def style(role: str, bold: bool = False) -> str:
    """A style sheet for a label in one of the semantic colours (`muted` included)."""
    value = muted().name() if role == "muted" else name(role)
    return f"color: {value};" + (" font-weight: 600;" if bold else "")


def span(role: str, html_text: str, bold: bool = False) -> str:
    """Rich text in a semantic colour (the text must already be escaped)."""
    tag = "b" if bold else "span"
    return f"<{tag} style='color:{name(role)}'>{html_text}</{tag}>"
