"""检查 in English shows the shipped checklist's English question, guidance and reading limits, and the proposed
hazards their English measures (the Chinese is recorded); in Chinese the Chinese ones; an inspection recorded with
an earlier version (no English) shows the current English of the same Chinese text, else its Chinese with a note."""

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
    current = next(c for c in col.checklists.available() if c.checklist_id == "confined_space")
    win, page = _open(qtbot, col, enterprise, old)
    try:
        assert [cl.version for cl in page.checklists] == ["2026.3"] and len(page.items) == len(old.items)
        question, guidance, it = _shown(page, old, "cs08")
        assert question.endswith(it.question_en) and not it.guidance_en
        # that version has no English guidance; its Chinese is the current version's, so that English shows
        assert it.guidance_zh == current.item("cs08").guidance_zh and guidance == current.item("cs08").guidance_en
    finally:
        close_window(win)


def test_an_earlier_version_with_other_chinese_says_it_has_no_english(qtbot, col, enterprise, english):
    text = (BEFORE / "confined_space.toml").read_text("utf-8")
    old = parse(BEFORE.joinpath("confined_space.toml").read_bytes(), "cs")
    changed = text.replace(old.item("cs08").guidance_zh, "按本单位制度检测上、中、下部位。")
    win, page = _open(qtbot, col, enterprise, parse(changed.encode(), "confined_space-changed"))
    try:
        _question, guidance, _it = _shown(page, old, "cs08")
        assert guidance == "(no English in checklist version 2026.3) 按本单位制度检测上、中、下部位。"
    finally:
        close_window(win)


def _review(qtbot, col, enterprise, template, fails):
    from inspector_app.ui.dialogs.hazard_review import COLUMNS, HazardReviewDialog
    h = col.checklists.register(template)
    iid = col.inspections.start(enterprise["id"], template_hashes=[h]).id
    for it in template.items:
        col.inspections.set_answer(iid, h, it.id, result="fails" if it.id in fails else "complies")
    dlg = HazardReviewDialog(col, iid, col.checklists.propose_hazards(iid), None)
    qtbot.addWidget(dlg)
    return dlg, [dlg.table.item(r, COLUMNS.index("measure")) for r in range(dlg.table.rowCount())]


def test_hazard_review_shows_english_measures_and_records_the_chinese(qtbot, col, enterprise, english):
    hw = _hot_work(col)
    dlg, (first, second) = _review(qtbot, col, enterprise, hw, {"hw06", "hw13"})
    assert [first.text(), second.text()] == [hw.item("hw06").measure_en, hw.item("hw13").measure_en]
    assert first.toolTip() == f"Recorded and printed in Chinese: {hw.item('hw06').measure_zh}"
    dlg.table.selectAll()
    dlg.merge_selected()                                  # merged: both English measures, joined
    (merged,) = [dlg.table.item(0, 4)]
    assert merged.text() == f"{hw.item('hw06').measure_en}; {hw.item('hw13').measure_en}"
    dlg.create()
    (hazard,) = [col.hazards.get(h) for h in dlg.created_ids]
    assert hazard["measure"] == f"{hw.item('hw06').measure_zh}；{hw.item('hw13').measure_zh}"


def test_hazard_review_keeps_a_measure_the_user_rewrote(qtbot, col, enterprise, english):
    hw = _hot_work(col)
    dlg, (cell,) = _review(qtbot, col, enterprise, hw, {"hw06"})
    cell.setText("停止动火，重新检测")
    dlg.create()
    assert [col.hazards.get(h)["measure"] for h in dlg.created_ids] == ["停止动火，重新检测"]


def test_hazard_review_of_an_earlier_version(qtbot, col, enterprise, english):
    old = parse((BEFORE / "hot_work.toml").read_bytes(), "hot_work-before")
    changed = parse((BEFORE / "hot_work.toml").read_text("utf-8").replace(
        old.item("hw06").measure_zh, "重新采样分析").encode(), "hot_work-changed")
    dlg, (same,) = _review(qtbot, col, enterprise, old, {"hw06"})
    assert same.text() == _hot_work(col).item("hw06").measure_en          # same Chinese: the current English
    dlg2, (other,) = _review(qtbot, col, enterprise, changed, {"hw06"})
    assert other.text() == "(no English in checklist version 2026.2) 重新采样分析"
    dlg2.create()
    assert [col.hazards.get(h)["measure"] for h in dlg2.created_ids] == ["重新采样分析"]


def test_hazard_review_in_chinese_is_unchanged(qtbot, col, enterprise):
    hw = _hot_work(col)
    _dlg, (cell,) = _review(qtbot, col, enterprise, hw, {"hw06"})
    assert cell.text() == hw.item("hw06").measure_zh and not cell.toolTip()
