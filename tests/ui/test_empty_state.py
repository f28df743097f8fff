"""Empty lists say what to do (ui/widgets/empty_state.EmptyHint), and their link does it."""

from __future__ import annotations

import datetime as dt


def shown(hint) -> bool:
    return not hint.isHidden()


def test_ledger_without_hazards_and_without_a_match(qtbot, window, col, enterprise):
    page = window.show_page("hazards")
    page.refresh()
    assert page.model.rowCount() == 0 and shown(page.empty_hint) and "还没有隐患" in page.empty_hint.plain
    col.hazards.create({"enterprise_id": enterprise["id"], "description": "配电箱无门",
                        "deadline": (dt.date.today() - dt.timedelta(days=3)).isoformat()})
    page.refresh()
    assert page.model.rowCount() == 1 and not shown(page.empty_hint)
    page.text.setText("没有这种隐患")
    page.severity.setCurrentIndex(page.severity.findData("major"))
    assert page.model.rowCount() == 0 and shown(page.empty_hint)
    assert page.empty_hint.plain == "没有符合筛选条件的隐患 — 清除筛选"
    page.empty_hint.linkActivated.emit("#")                      # 清除筛选
    assert page.text.text() == "" and page.severity.currentIndex() == 0
    assert page.model.rowCount() == 1 and not shown(page.empty_hint)


def test_enterprises_search_without_a_match_offers_to_clear_it(qtbot, window, col, enterprise):
    page = window.show_page("enterprises")
    page.refresh()
    assert not shown(page.empty_hint)
    page.search.setText("没有这家企业")
    page.apply_filters()
    assert shown(page.empty_hint) and "清除搜索" in page.empty_hint.plain
    page.empty_hint.linkActivated.emit("#")
    assert page.search.text() == "" and page.model.rowCount() == 1 and not shown(page.empty_hint)


def test_empty_register_says_where_enterprises_come_from(qtbot, window, col):
    page = window.show_page("enterprises")
    page.refresh()
    assert shown(page.empty_hint) and "企业名录为空" in page.empty_hint.plain


def test_today_without_inspections_points_to_ctrl_n(qtbot, window, col, enterprise):
    page = window.show_page("today")
    page.refresh()
    hint = page.hints["in_progress"]
    assert shown(hint) and "Ctrl+N" in hint.plain and page.in_progress.count() == 0
    hint.linkActivated.emit("#")                                 # 开始检查
    assert window.stack.currentWidget() is window.pages["inspection"]
    col.inspections.start(enterprise["id"])
    window.show_page("today")
    page.refresh()
    assert page.in_progress.count() == 1 and not shown(hint)


def test_documents_without_a_completed_inspection(qtbot, window, col, enterprise):
    page = window.show_page("documents")
    page.refresh()
    assert page.inspection.count() == 0 and shown(page.empty_hint) and "还没有已完成的检查" in page.empty_hint.plain
    iid = col.inspections.start(enterprise["id"]).id
    col.inspections.complete(iid)
    page.refresh()
    assert page.inspection.currentData() == iid and "本次检查还没有文书" in page.empty_hint.plain


def test_hint_follows_the_viewport(qtbot):
    from PySide6.QtWidgets import QListWidget
    from inspector_app.ui.widgets.empty_state import EmptyHint
    lst = QListWidget()
    qtbot.addWidget(lst)
    hint = EmptyHint(lst, "没有")
    lst.resize(300, 200)
    lst.show()
    qtbot.waitExposed(lst)
    assert hint.isVisible() and hint.geometry() == lst.viewport().rect()
    lst.addItem("一条")
    assert not hint.isVisible()
    lst.clear()
    assert hint.isVisible()


def test_no_inspection_in_progress_says_how_to_start_one(qtbot, window, col, enterprise):
    page = window.show_page("inspection")
    page.refresh()
    assert page.resume_list.count() == 0 and shown(page.resume_hint) and "开始检查" in page.resume_hint.plain
    col.inspections.start(enterprise["id"], inspector2_name="王芳")
    page.refresh()
    assert page.resume_list.count() == 1 and not shown(page.resume_hint)
