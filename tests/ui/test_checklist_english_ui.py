"""检查 in English shows the shipped checklist's English question, guidance and reading limits; in Chinese the
Chinese ones; an inspection recorded with an earlier version (no English guidance) still opens and shows its own
Chinese text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from inspector_app.core.checklists import parse
from inspector_app.core.i18n import set_language
from inspector_app.ui.main_window import MainWindow
from tests.ui.conftest import close_window

BEFORE = Path(__file__).resolve().parents[1] / "fixtures" / "checklists-2026.2"


@pytest.fixture
def english():
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication
    from inspector_app.ui.app import install_translators, remove_translators
    app, locale = QApplication.instance(), QLocale()
    translators = install_translators(app, "en")
    yield
    remove_translators(app, translators)
    set_language("zh_CN")
    QLocale.setDefault(locale)


def _open(qtbot, col, enterprise, template):
    iid = col.inspections.start(enterprise["id"], template_hashes=[col.checklists.register(template)]).id
    win = MainWindow(col)
    win.show()
    page = win.show_page("inspection")
    page.open_inspection(iid)
    return win, page


def _shown(page, template, item_id):
    page.go(next(i for i, (_cl, it) in enumerate(page.items) if it.id == item_id))
    return page.question.text(), page.guidance.text(), template.item(item_id)


def _hot_work(col):
    return next(c for c in col.checklists.available() if c.checklist_id == "hot_work")


def test_english_interface_shows_the_english_guidance(qtbot, col, enterprise, english):
    hw = _hot_work(col)
    win, page = _open(qtbot, col, enterprise, hw)
    try:
        for item_id in ("hw01", "hw06", "hw13"):
            question, guidance, it = _shown(page, hw, item_id)
            assert question.endswith(it.question_en) and guidance == it.guidance_en and it.guidance_en
        labels = [w.text() for w in page.reading_grid.findChildren(QLabel)]     # hw06's readings are shown
        assert "Combustible gas" in labels and "≤0.2 %VOL (≤0.5 when LEL of the gas ≥4 %VOL)" in labels
    finally:
        close_window(win)


def test_chinese_interface_is_unchanged(qtbot, col, enterprise):
    hw = _hot_work(col)
    win, page = _open(qtbot, col, enterprise, hw)
    try:
        question, guidance, it = _shown(page, hw, "hw06")
        assert question.endswith(it.question_zh) and guidance == it.guidance_zh
        assert guidance == "判定值参照 GB 30871-2022：被测气体爆炸下限≥4% 时浓度≤0.5%，<4% 时≤0.2%（工贸企业参照执行）。"
    finally:
        close_window(win)


def test_an_inspection_of_the_earlier_version_opens_in_english(qtbot, col, enterprise, english):
    old = parse((BEFORE / "confined_space.toml").read_bytes(), "confined_space-before")
    win, page = _open(qtbot, col, enterprise, old)
    try:
        assert [cl.version for cl in page.checklists] == ["2026.3"] and len(page.items) == len(old.items)
        question, guidance, it = _shown(page, old, "cs08")
        assert question.endswith(it.question_en)
        assert guidance == it.guidance_zh     # that version has no English guidance: its own Chinese text shows
    finally:
        close_window(win)
