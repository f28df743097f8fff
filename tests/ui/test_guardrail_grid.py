"""检查, the guardrail item (work_at_height 2026.4, wh06): the rail is judged by the drop typed beside it and the
summary names the step that applied; the drop is never marked; a rail height typed in mm is refused, not saved."""

from __future__ import annotations


def _open_wh06(col, enterprise, window):
    cl = next(c for c in col.checklists.available() if c.checklist_id == "work_at_height")
    iid = col.inspections.start(enterprise["id"], template_hashes=[col.checklists.register(cl)]).id
    page = window.show_page("inspection")
    page.open_inspection(iid)
    page.go(next(i for i, (_cl, it) in enumerate(page.items) if it.id == "wh06"))
    return page, iid


def _answer(col, iid):
    return {a["item_id"]: a for a in col.inspections.answers(iid)}.get("wh06") or {}


def _type(page, rail, drop):
    page.reading_edits[("", "rail")].setText(rail)
    page.reading_edits[("", "drop")].setText(drop)
    page.reading_edits[("", "drop")].editingFinished.emit()


def test_rail_judged_by_the_drop_and_a_typing_error_refused(qtbot, col, enterprise, window):
    page, iid = _open_wh06(col, enterprise, window)
    edits, grid = page.reading_edits, page.reading_grid
    assert list(edits) == [("", "rail"), ("", "drop")]
    assert edits[("", "rail")].placeholderText() == "≥0.9 m（坠落高度 ≥2 m 时 ≥1.05，≥20 m 时 ≥1.2）"
    assert edits[("", "drop")].placeholderText() == ""
    _type(page, "0.95", "1")                                  # below 2 m: 0.9 m
    assert "符合" in page.verdict.text() and _answer(col, iid)["result"] == "complies"
    assert edits[("", "drop")].property("judged") == "ok"
    _type(page, "0.85", "1")
    assert "✗ 栏杆高度 0.85 m（坠落高度 1 m 时要求 ≥0.9 m）" in grid.summary.text()
    assert "坠落高度 1 m（要求" not in grid.summary.text() and _answer(col, iid)["result"] == "fails"
    _type(page, "1", "5")
    assert "✗ 栏杆高度 1 m（坠落高度 5 m 时要求 ≥1.05 m）" in grid.summary.text()
    grid.grab().save("/tmp/chk-wh06-grid.png")
    _type(page, "1050", "5")                                  # millimetres: refused, the last values stay stored
    assert "超出可填写的范围" in page.verdict.text() and "栏杆高度 1050 m：超出可填写的范围 0～3 m" in grid.summary.text()
    assert edits[("", "rail")].property("judged") == "bad"
    assert _answer(col, iid)["readings"] == {"rail": 1.0, "drop": 5.0}
    window.grab().save("/tmp/chk-wh06-window.png")
