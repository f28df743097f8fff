"""Choosing the hazards of a 整改复查意见书: a result recorded in 隐患处理 is ticked even when it closed the
hazard; a hazard an earlier opinion closed cannot be chosen again."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_pending_results_are_ticked_and_settled_hazards_greyed(qtbot):
    from inspector_app.ui.dialogs.choose_hazards import ChooseHazardsDialog
    hazards = [
        {"id": "a", "number": "YH1", "description": "护栏缺失", "state": "closed", "pending": True, "choosable": True},
        {"id": "b", "number": "YH2", "description": "未设警示标志", "state": "closed", "pending": False,
         "choosable": False},
        {"id": "c", "number": "YH3", "description": "动火未审批", "state": "awaiting_reinspection", "pending": False,
         "choosable": True},
        {"id": "d", "number": "YH4", "description": "电缆破损", "state": "awaiting_rectification", "pending": False,
         "choosable": True},
    ]
    dlg = ChooseHazardsDialog(hazards)
    qtbot.addWidget(dlg)
    items = [dlg.list.item(i) for i in range(dlg.list.count())]
    assert [bool(it.flags() & Qt.ItemIsEnabled) for it in items] == [True, False, True, True]
    assert dlg.chosen() == ["a", "c"]
    assert "已记录复查结果" in items[0].text() and "已记录复查结果" not in items[1].text()
