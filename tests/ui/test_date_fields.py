"""Dates are picked on calendars (ui/widgets/dates.DateEdit) everywhere in the GUI: a past deadline typed on the
keyboard is kept in the field, marked and explained in the user's language, and nothing is written; filters
have a 不限 state."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit

import inspector_app.ui as ui_package


def test_no_free_text_dates_in_the_gui():
    """No YYYY-MM-DD placeholders or labels asking for a typed date are left in the GUI."""
    hits = []
    for path in Path(ui_package.__file__).parent.rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"(tr\(|Placeholder|getText).*YYYY|QLineEdit\([^)]*(isoformat|strftime)|"
                         r"fromisoformat\(\s*[\w.]+\.text\(\)", line):
                hits.append(f"{path.name}:{n}: {line.strip()}")
    assert not hits, "\n".join(hits)


def type_into(qtbot, edit: QDateEdit, section, digits: str) -> None:
    edit.setFocus()
    edit.setSelectedSection(section)
    qtbot.keyClicks(edit, digits)


def test_a_past_extension_typed_is_kept_and_refused(qtbot, col, enterprise):
    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    hid = col.hazards.create({"enterprise_id": enterprise["id"], "description": "有限空间未设警示标志",
                              "deadline": (dt.date.today() + dt.timedelta(days=3)).isoformat()}).id
    dlg = HazardActionsDialog(col, hid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.tabs.setCurrentIndex(3)
    dlg.extension_kind.setCurrentIndex(dlg.extension_kind.findData("extension_approved"))
    edit = dlg.extension_deadline
    assert edit.calendarPopup() and edit.text() == "未选择" and edit.iso() is None
    n_events = len(col.hazards.events(hid))
    dlg.extension_button.click()                                  # nothing chosen: asked for, nothing written
    assert "请选择" in dlg.error.text() and len(col.hazards.events(hid)) == n_events
    last_year = dt.date.today().year - 1
    type_into(qtbot, edit, QDateEdit.YearSection, str(last_year))  # typing starts from today's date
    assert edit.iso() is not None and edit.iso().startswith(str(last_year))
    assert "不能早于今天" in dlg.error.text() and "不能早于今天" in edit.toolTip()
    typed = edit.iso()
    dlg.extension_reason.setText("设备到货延迟")
    dlg.extension_button.click()
    assert len(col.hazards.events(hid)) == n_events                 # refused ...
    assert edit.iso() == typed and dlg.extension_reason.text() == "设备到货延迟"   # ... and nothing lost
    type_into(qtbot, edit, QDateEdit.YearSection, str(last_year + 2))
    assert dlg.error.text() == ""
    dlg.extension_button.click()
    assert col.hazards.get(hid)["deadline"] == edit.iso() or col.hazards.events(hid)[-1]["kind"] == "extension_approved"
    assert edit.iso() is None                                        # the form is emptied after recording


def test_reinspection_failed_needs_a_deadline_after_today(qtbot, col, enterprise):
    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    hid = col.hazards.create({"enterprise_id": enterprise["id"], "description": "配电箱无门",
                              "deadline": (dt.date.today() + dt.timedelta(days=3)).isoformat()}).id
    dlg = HazardActionsDialog(col, hid)
    qtbot.addWidget(dlg)
    assert not dlg.reinspect_deadline.isEnabled()                # only for a failed re-inspection
    dlg.reinspect_result.setCurrentIndex(dlg.reinspect_result.findData("failed"))
    assert dlg.reinspect_deadline.isEnabled()
    dlg.reinspect_deadline.setDate(QDate.currentDate())
    assert "今天以后" in dlg.error.text()
    dlg.reinspect_button.click()
    assert col.hazards.events(hid)[-1]["kind"] == "created"
    dlg.reinspect_deadline.setDate(QDate.currentDate().addDays(10))
    dlg.reinspect_button.click()
    assert col.hazards.get(hid)["deadline"] == (dt.date.today() + dt.timedelta(days=10)).isoformat()


def test_completion_date_cannot_be_in_the_future(qtbot, col, enterprise):
    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    hid = col.hazards.create({"enterprise_id": enterprise["id"], "description": "灭火器过期"}).id
    dlg = HazardActionsDialog(col, hid)
    qtbot.addWidget(dlg)
    assert dlg.report_date.iso() == dt.date.today().isoformat()
    dlg.report_date.setDate(QDate.currentDate().addDays(2))
    dlg.report_measures.setPlainText("已更换")
    dlg.report_button.click()
    assert "不能晚于今天" in dlg.error.text() and col.hazards.events(hid)[-1]["kind"] == "created"


def test_filter_date_has_an_any_state_cleared_by_delete(qtbot):
    from inspector_app.ui.widgets.dates import DateEdit
    edit = DateEdit(None, unset_text="不限")
    qtbot.addWidget(edit)
    edit.show()
    assert edit.text() == "不限" and edit.iso() is None and edit.problem() == ""
    edit.set_iso("2026-03-05")
    assert edit.iso() == "2026-03-05"
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClick(edit, Qt.Key_Delete)
    assert edit.iso() is None and edit.text() == "不限"


def test_month_fields(qtbot):
    from inspector_app.ui.widgets.district_month import DrawDialog
    dlg = DrawDialog([])
    qtbot.addWidget(dlg)
    assert dlg.values()["month"] == dt.date.today().isoformat()[:7]
    dlg.month.setDate(QDate.currentDate().addMonths(-2))
    assert "不能早于" in dlg.error.text()
    dlg.accept()
    assert dlg.result() == 0                                      # stays open with the month as chosen
    dlg.month.setDate(QDate.currentDate().addMonths(1).addDays(5 - QDate.currentDate().day()))
    assert dlg.error.text() == "" and dlg.values()["month"] == QDate.currentDate().addMonths(1).toString("yyyy-MM")
