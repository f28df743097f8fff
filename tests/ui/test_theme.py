"""Colours come from the palette (ui/theme.py): no hard-coded colour anywhere else in the GUI, and the semantic
colours keep readable contrast under a light and a dark palette."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

import inspector_app.ui as ui_package

UI = Path(ui_package.__file__).parent
HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")
NAMED = re.compile(r"\bQColor\(\s*[\"']|\bQt\.(?:red|green|blue|white|black|gray|grey|yellow|cyan|magenta|"
                   r"dark[A-Z]\w*|light[A-Z]\w*)\b|\bcolou?r\s*:\s*(?:red|green|blue|white|black|gray|grey|orange)\b")


def colour_literals(path: Path) -> list[str]:
    """Hex colours in string literals and named colours in the code (comments ignored)."""
    found = []
    for tok in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
        if tok.type == tokenize.STRING and HEX.search(tok.string):
            found.append(f"{path.name}:{tok.start[0]}: {tok.string[:60]}")
        if tok.type == tokenize.COMMENT:
            continue
        line = tok.line
        if tok.type in (tokenize.NAME, tokenize.STRING) and NAMED.search(tok.string if tok.type == tokenize.STRING
                                                                          else line):
            found.append(f"{path.name}:{tok.start[0]}: {line.strip()[:80]}")
    return sorted(set(found))


def test_no_hard_coded_colours_outside_the_theme():
    found = [hit for path in sorted(UI.rglob("*.py")) if path.name != "theme.py" for hit in colour_literals(path)]
    assert not found, "colours belong in inspector_app/ui/theme.py:\n" + "\n".join(found)


def test_the_check_finds_a_hard_coded_colour(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('label.setStyleSheet("color: #b00020;")\nitem.setForeground(Qt.red)\nc = QColor("white")\n'
                   "# a comment with #abcdef is fine\n", encoding="utf-8")
    assert len(colour_literals(bad)) == 3


def dark_palette() -> QPalette:
    """A dark palette as a desktop's dark theme gives it."""
    pal = QPalette()
    for role, value in ((QPalette.Window, "#2b2b2b"), (QPalette.WindowText, "#e6e6e6"), (QPalette.Base, "#1e1e1e"),
                        (QPalette.AlternateBase, "#333333"), (QPalette.Text, "#e6e6e6"), (QPalette.Button, "#3a3a3a"),
                        (QPalette.ButtonText, "#e6e6e6"), (QPalette.Highlight, "#2f65ca"),
                        (QPalette.HighlightedText, "#ffffff"), (QPalette.PlaceholderText, "#9a9a9a")):
        pal.setColor(role, QColor(value))
    return pal


def light_palette() -> QPalette:
    pal = QPalette()
    for role, value in ((QPalette.Window, "#efefef"), (QPalette.WindowText, "#000000"), (QPalette.Base, "#ffffff"),
                        (QPalette.Text, "#000000"), (QPalette.PlaceholderText, "#7f7f7f")):
        pal.setColor(role, QColor(value))
    return pal


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio."""
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("make", [light_palette, dark_palette], ids=["light", "dark"])
def test_semantic_colours_read_on_the_palette(make):
    from inspector_app.ui import theme
    pal = make()
    assert theme.is_dark(pal) == (make is dark_palette)
    base, text = pal.color(QPalette.Base), pal.color(QPalette.Text)
    row = theme.overdue_row(pal)
    assert contrast(row, text) >= 7, "text on an overdue row"
    assert row != base
    for role in ("error", "warning", "ok"):
        assert contrast(theme.color(role, pal), base) >= 4.5, role
        assert contrast(theme.color(role, pal), row) >= 3, role + " on an overdue row"
    assert contrast(theme.link(pal), base) >= 4.5, "link"
    for role in ("ok", "error", "neutral"):
        assert contrast(QColor(theme.fill(role)), QColor("white")) >= 4.5, "white text on " + role


def test_ledger_overdue_rows_follow_the_application_palette(qapp, col, enterprise):
    """Under a dark palette an overdue row is a dark red tint, not light pink behind light text."""
    from PySide6.QtCore import Qt
    from inspector_app.ui.pages.hazards_ledger import LedgerModel
    from inspector_app.core.ledger import Ledger
    col.hazards.create({"enterprise_id": enterprise["id"], "description": "配电箱无防护", "deadline": "2020-01-01"})
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        model = LedgerModel(Ledger(col))
        model.set_filter(model.filter)
        overdue = next(r for r in range(model.rowCount()) if model.rows[r]["overdue"])
        brush = model.data(model.index(overdue, 0), Qt.BackgroundRole)
        assert brush.color().lightness() < 100
        assert contrast(brush.color(), qapp.palette().color(QPalette.Text)) >= 7
    finally:
        qapp.setPalette(before)


def test_dark_palette_screen_reads(qapp, qtbot, col, checklists, enterprise, tmp_path):
    """The window drawn under a dark palette: the navigation and an overdue ledger row are dark with light text
    (before, the navigation was white on near-white and overdue rows white on pink)."""
    from collections import Counter
    from PySide6.QtCore import QPoint
    from inspector_app.ui.main_window import MainWindow
    from tests.ui.conftest import close_window
    col.hazards.create({"enterprise_id": enterprise["id"], "description": "配电箱无防护", "deadline": "2020-01-01"})
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        win = MainWindow(col)
        win.resize(1366, 768)
        win.show()
        page = win.show_page("hazards")
        page.refresh()
        qapp.processEvents()
        shot = win.grab().toImage()
        shot.save(str(tmp_path / "dark.png"))          # for a person to look at when this fails

        def common(img, xs, y):
            return Counter(img.pixelColor(x, y).name() for x in xs).most_common(1)[0][0]

        nav = win.nav
        below_items = nav.mapTo(win, QPoint(nav.width() // 2, nav.height() - 20))
        nav_bg = QColor(common(shot, range(5, nav.width() - 5), below_items.y()))
        assert nav_bg.lightness() < 100, nav_bg.name()
        assert contrast(nav_bg, qapp.palette().color(QPalette.WindowText)) >= 7
        view = page.view
        row_rect = view.visualRect(page.model.index(0, 4))
        vp = view.viewport().grab().toImage()
        row_bg = QColor(common(vp, range(0, vp.width(), 2), row_rect.center().y()))
        assert row_bg.lightness() < 100, row_bg.name()
        assert contrast(row_bg, qapp.palette().color(QPalette.Text)) >= 7
        close_window(win)
    finally:
        qapp.setPalette(before)
