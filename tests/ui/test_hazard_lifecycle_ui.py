"""Hazard dialog: no on-site closure of a major; 五落实, 挂牌督办 acceptance and 停产停业 / 复产 recorded
from the dialog's forms; refusals shown in the dialog, nothing written."""

import datetime as dt


def in_a_month() -> str:
    return (dt.date.today() + dt.timedelta(days=30)).isoformat()


def test_major_hazard_forms(qtbot, col, enterprise, tmp_path):
    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    hid = col.hazards.create({"enterprise_id": enterprise["id"], "description": "干式除尘系统未采取泄爆措施",
                              "severity": "major"}).id
    dlg = HazardActionsDialog(col, hid)
    qtbot.addWidget(dlg)
    assert not dlg.on_site_button.isEnabled() and "复查" in dlg.on_site_button.toolTip()
    assert dlg.five_button.isEnabled()
    # 五落实: every field required
    dlg.five["measures"].setText("加装泄爆片")
    dlg.five_button.click()
    assert "逐项" in dlg.error.text() and not col.hazards.derived(hid).five_measures
    for key, text in (("responsible", "王厂长"), ("funds", "5万元"), ("plan", "粉尘爆炸专项预案")):
        dlg.five[key].setText(text)
    dlg.five["deadline"].set_iso(in_a_month())
    dlg.five_button.click()
    assert dlg.error.text() == "" and col.hazards.derived(hid).five_measures
    # 停产停业 → 复产申请 → 复产审查
    dlg.susp_kind.setCurrentIndex(dlg.susp_kind.findData("approved"))
    dlg.susp_person.setText("赵六")
    dlg.susp_button.click()
    assert "复产申请" in dlg.error.text()            # the core refuses: nothing to review
    dlg.susp_kind.setCurrentIndex(dlg.susp_kind.findData("suspension_ordered"))
    dlg.susp_text.setText("粉碎车间停止作业")
    dlg.susp_button.click()
    assert col.hazards.derived(hid).suspended and "尚未同意复产" in dlg.susp_state.text()
    dlg.susp_kind.setCurrentIndex(dlg.susp_kind.findData("resumption_applied"))
    dlg.susp_button.click()
    dlg.susp_kind.setCurrentIndex(dlg.susp_kind.findData("approved"))
    dlg.susp_button.click()
    assert not col.hazards.derived(hid).suspended and dlg.susp_state.text() == ""
    # 挂牌督办 and the supervising unit's acceptance
    dlg.sup_unit.setText("区应急管理局")
    dlg.sup_doc_no.setText("督〔2026〕3号")
    dlg.sup_deadline.set_iso(in_a_month())
    dlg.sup_button.click()
    dlg.sup_kind.setCurrentIndex(dlg.sup_kind.findData("supervision_accepted"))
    dlg.sup_button.click()
    assert "验收人" in dlg.error.text()
    dlg.sup_person.setText("王五")
    dlg.sup_date.set_iso("2026-11-30")
    dlg.sup_doc_no.setText("验〔2026〕1号")
    dlg.sup_button.click()
    assert dlg.error.text() == "" and col.hazards.derived(hid).accepted
    dlg.reinspect_button.click()                     # 合格（销号）
    assert col.hazards.get(hid)["state"] == "closed"
    kinds = [dlg.history.item(i).text() for i in range(dlg.history.count())]
    assert any("五落实" in k for k in kinds) and any("督办单位验收销号" in k for k in kinds)
    dlg.resize(760, 640)
    dlg.tabs.setCurrentIndex(dlg.tabs.count() - 1)
    dlg.grab().save(str(tmp_path / "hazard_dialog.png"))


def test_reinspection_tab_by_keyboard(qtbot, col, enterprise):
    """Tab goes down the 复查 form to its button (the button came first before), and Enter in 复查意见
    records the result."""
    from PySide6.QtCore import Qt
    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    hid = col.hazards.create({"enterprise_id": enterprise["id"], "description": "护栏缺失"}).id
    col.hazards.add_event(hid, "rectification_reported", data={"date": dt.date.today().isoformat()})
    dlg = HazardActionsDialog(col, hid)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.tabs.setCurrentWidget(dlg.reinspect_button.parentWidget().parentWidget())
    chain, w = [], dlg.reinspect_result
    for _ in range(6):
        chain.append(w)
        w = w.nextInFocusChain()
    pos = {name: chain.index(getattr(dlg, name)) for name in ("reinspect_result", "reinspect_note", "reinspect_button")
           if getattr(dlg, name) in chain}
    assert list(pos) == ["reinspect_result", "reinspect_note", "reinspect_button"]
    assert pos["reinspect_result"] < pos["reinspect_note"] < pos["reinspect_button"]
    dlg.reinspect_note.setFocus()
    dlg.reinspect_note.setText("护栏已恢复")    # (QTest types ASCII only)
    qtbot.keyClick(dlg.reinspect_note, Qt.Key.Key_Return)
    assert col.hazards.get(hid)["state"] == "closed"
