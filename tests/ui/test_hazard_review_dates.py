"""Per-hazard deadlines when hazards are created: a calendar per hazard, proposed by severity, past dates
refused in place: the date stays as picked, marked, with the reason, and nothing is written."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


def test_each_hazard_has_its_own_calendar_deadline(qtbot, col, enterprise):
    from inspector_app.ui.dialogs.hazard_review import COLUMNS, PROPOSED_DAYS, HazardReviewDialog
    insp = col.inspections.start(enterprise["id"]).id
    dlg = HazardReviewDialog(col, insp, [], None)
    qtbot.addWidget(dlg)
    dlg.add_free()
    dlg.add_free()
    c_date, c_sev = COLUMNS.index("deadline"), COLUMNS.index("severity")
    first, second = dlg.table.cellWidget(0, c_date), dlg.table.cellWidget(1, c_date)
    today = dt.date.today()
    assert first.calendarPopup() and first.problem() == ""
    assert first.date().toPython() == today + dt.timedelta(days=PROPOSED_DAYS["general"])
    dlg.table.cellWidget(1, c_sev).setCurrentIndex(1)                    # major: a longer proposal
    assert second.date().toPython() == today + dt.timedelta(days=PROPOSED_DAYS["major"])
    first.setDate(QDate.currentDate().addDays(-3))                        # a past date is kept, and explained
    assert first.date() == QDate.currentDate().addDays(-3)
    assert "不能早于今天" in dlg.error.text() and "不能早于今天" in first.toolTip()
    dlg.table.item(0, 0).setText("消防通道堵塞")
    dlg.table.item(1, 0).setText("配电箱无门")
    dlg.create()
    assert "第 1 行" in dlg.error.text() and not dlg.created_ids and not col.hazards.ids_for_inspection(insp)
    first.setDate(QDate.currentDate().addDays(5))
    dlg.table.cellWidget(0, c_sev).setCurrentIndex(1)                     # a picked date stays
    assert first.date() == QDate.currentDate().addDays(5)
    dlg.table.item(0, 0).setText("消防通道堵塞")
    dlg.table.item(1, 0).setText("配电箱无门")
    dlg.create()
    deadlines = sorted(col.hazards.get(h)["deadline"] for h in dlg.created_ids)
    assert deadlines == sorted([(today + dt.timedelta(days=5)).isoformat(),
                                (today + dt.timedelta(days=PROPOSED_DAYS["major"])).isoformat()])


def test_notice_deadlines_dialog_per_hazard(qtbot):
    from inspector_app.ui.dialogs.deadlines import DeadlinesDialog
    from inspector_app.ui.dialogs.hazard_review import PROPOSED_DAYS
    today = dt.date.today()
    past = (today - dt.timedelta(days=30)).isoformat()
    kept = (today + dt.timedelta(days=3)).isoformat()
    hazards = [{"id": "a", "number": "YH1", "description": "灭火器过期", "severity": "general", "deadline": past},
               {"id": "b", "number": "YH2", "description": "粉尘爆炸危险场所设宿舍", "severity": "major", "deadline": ""},
               {"id": "c", "number": "YH3", "description": "配电箱无门", "severity": "general", "deadline": kept}]
    dlg = DeadlinesDialog(hazards)
    qtbot.addWidget(dlg)
    chosen = dlg.chosen()
    assert chosen["a"] == (today + dt.timedelta(days=PROPOSED_DAYS["general"])).isoformat()   # past: proposed anew
    assert chosen["b"] == (today + dt.timedelta(days=PROPOSED_DAYS["major"])).isoformat()
    assert chosen["c"] == kept
    dlg.all_date.setDate(QDate.currentDate().addDays(20))
    dlg.apply_to_all()
    assert set(dlg.chosen().values()) == {(today + dt.timedelta(days=20)).isoformat()}
    dlg.edits[1].setDate(QDate.currentDate().addDays(-1))                  # a past deadline: refused in place
    dlg.accept()
    assert dlg.result() == 0 and "YH2" in dlg.error.text() and "不能早于今天" in dlg.error.text()
    assert dlg.chosen()["b"] == (today - dt.timedelta(days=1)).isoformat()   # what was picked is still there
