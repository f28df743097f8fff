"""From the hazard ledger to paper: after-photos with the completion report, and the 整改复查意见书
drafted from the hazard dialog, then signed and issued on the documents page like the notice."""

from __future__ import annotations

import datetime as dt

from PIL import Image
from PySide6.QtCore import QPointF


def _sign_all(page, monkeypatch):
    from inspector_app.ui.widgets import signature_pad

    def fake_exec(dlg):
        dlg.pad.begin_stroke(QPointF(20, 80))
        for x in range(20, 300, 15):
            dlg.pad.extend_stroke(QPointF(x, 80 + (x % 45)))
        dlg.pad.end_stroke()
        dlg._accept()
        return dlg.result()

    monkeypatch.setattr(signature_pad.SignatureDialog, "exec", fake_exec)
    for role in ("sign_inspector1", "sign_inspector2", "sign_enterprise"):
        page.action(role)


def _issue(page, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("secret123", True)))
    page.action("issue")


def test_reinspection_opinion_is_drafted_from_the_hazard_and_issued(qtbot, col, enterprise, window, signing,
                                                                    monkeypatch, tmp_path):
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="37088120002",
                                 place="污水池").id
    deadline = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    hid = col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "place": "污水池",
                              "description": "有限空间未设警示标志", "deadline": deadline}).id
    col.inspections.complete(insp)
    docs = window.show_page("documents")
    docs.select_inspection(insp)
    assert not docs.buttons["draft_reinspection"].isEnabled()
    docs.action("draft_notice")
    _sign_all(docs, monkeypatch)
    _issue(docs, monkeypatch)
    notice = docs.doc_id
    assert col.documents.get(notice)["state"] == "issued"
    assert col.hazards.get(hid)["state"] == "awaiting_rectification"

    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    dlg = HazardActionsDialog(col, hid, window.show_page("hazards"))
    assert not dlg.opinion_button.isEnabled()          # nothing re-inspected yet
    assert "先在" in dlg.opinion_button.toolTip()
    photo = tmp_path / "after.jpg"
    Image.new("RGB", (800, 600), (30, 160, 60)).save(photo)
    dlg.report_photos.files_dropped.emit([str(photo)])
    assert dlg.report_photos.list.count() == 1
    dlg.report_measures.setPlainText("已设置警示标志")
    dlg.report_button.click()
    report = [e for e in col.hazards.events(hid) if e["kind"] == "rectification_reported"][0]
    assert len(report["photos"]) == 1 and col.attachments.exists(report["photos"][0])
    dlg.reinspect_button.click()                        # 合格（销号）
    assert col.hazards.get(hid)["state"] == "closed"
    assert dlg.opinion_button.isEnabled() and "先在" not in dlg.opinion_button.toolTip()
    dlg.opinion_button.click()

    # The documents page now shows the new draft, referring to the notice, ready to sign and issue.
    assert window.stack.currentWidget() is docs
    opinion = col.documents.get(docs.doc_id)
    assert opinion["doc_type"] == "reinspection_opinion" and opinion["refers_to"] == notice
    assert docs.buttons["sign_enterprise"].isEnabled() and len(docs.images) >= 1
    _sign_all(docs, monkeypatch)
    _issue(docs, monkeypatch)
    assert col.documents.get(docs.doc_id)["state"] == "issued"
    assert "复查" in col.documents.get(docs.doc_id)["doc_no"]


def test_hazard_event_refused_by_the_core_is_shown_in_place(qtbot, col, enterprise, monkeypatch):
    from inspector_app.core.errors import ValidationError
    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    hid = col.hazards.create({"enterprise_id": enterprise["id"], "description": "x", "deadline": "2030-01-01"}).id
    dlg = HazardActionsDialog(col, hid)
    qtbot.addWidget(dlg)

    def refuse(*a, **k):
        raise ValidationError("不允许的操作", "Not allowed")
    monkeypatch.setattr(col.hazards, "add_event", refuse)
    dlg.report_measures.setPlainText("已整改")
    dlg.report_button.click()
    assert dlg.error.text() == "不允许的操作"


def test_reinspection_opinion_for_the_hazards_reinspected_today(qtbot, col, enterprise, window, signing, monkeypatch):
    """Of a notice's two hazards only the one reported done is re-inspected: the opinion covers that one."""
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="37088120002").id
    deadline = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    done = col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp,
                               "description": "有限空间未设警示标志", "deadline": deadline}).id
    later = col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp,
                                "description": "通风设备损坏", "deadline": deadline}).id
    col.inspections.complete(insp)
    docs = window.show_page("documents")
    docs.select_inspection(insp)
    docs.action("draft_notice")
    _sign_all(docs, monkeypatch)
    _issue(docs, monkeypatch)
    notice = docs.doc_id
    col.hazards.add_event(done, "rectification_reported", data={"date": dt.date.today().isoformat()})
    from inspector_app.ui.dialogs import choose_hazards
    ticked = []

    def accept_defaults(dlg):
        ticked.append(dlg.chosen())
        dlg._accept()
        return dlg.result()
    monkeypatch.setattr(choose_hazards.ChooseHazardsDialog, "exec", accept_defaults)
    docs.doc_id = notice
    docs.action("draft_reinspection")
    opinion = col.documents.get(docs.doc_id)
    assert ticked == [[done]] and opinion["content"]["hazard_ids"] == [done] and later not in ticked[0]
