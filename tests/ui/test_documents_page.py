"""Documents page wiring: draft, sign with synthetic strokes (and a refusal with witness), issue with the
password, save PDF, print at A4, void and reissue."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import QPointF


def signature(col, doc_id, role):
    return col.documents.get(doc_id)["content"]["signatures"].get(role) or {}


def sign_with_strokes(monkeypatch, refuse_witness=None):
    from inspector_app.ui.widgets import signature_pad

    def fake_exec(dlg):
        pad = dlg.pad
        pad.begin_stroke(QPointF(20, 80))
        for x in range(20, 300, 15):
            pad.extend_stroke(QPointF(x, 80 + (x % 45)))
        pad.end_stroke()
        if refuse_witness:
            dlg.refused.setChecked(True)
            dlg.witness.setText(refuse_witness)
            dlg.reason.setText("称须请示总公司")
        dlg._accept()
        return dlg.result()

    monkeypatch.setattr(signature_pad.SignatureDialog, "exec", fake_exec)


def test_draft_sign_issue_pdf_print_void_reissue(qtbot, col, enterprise, window, signing, monkeypatch, tmp_path,
                                                 immediate_workers):
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="37088120002").id
    col.inspections.complete(insp)
    page = window.show_page("documents")
    page.select_inspection(insp)
    assert not page.buttons["issue"].isEnabled()
    page.action("draft_record")
    assert page.doc_id and page.buttons["issue"].isEnabled()
    assert page.preview_layout.count() == 1 and len(page.images) == 1   # one A4 page previewed
    assert "检查员一签名" in page.missing.text() and "企业负责人签名" in page.missing.text()
    sign_with_strokes(monkeypatch)
    page.action("sign_inspector1")
    entry = signature(col, page.doc_id, "inspector1")
    assert Image.open(io.BytesIO(col.attachments.read(entry["png"]))).mode == "RGBA"
    assert "检查员一签名" not in page.missing.text()
    page.action("sign_inspector2")
    sign_with_strokes(monkeypatch, refuse_witness="赵敏")
    page.action("sign_enterprise")
    refusal = signature(col, page.doc_id, "enterprise")
    assert refusal["refused_witness"] == "赵敏" and refusal["refused_reason"] == "称须请示总公司"
    assert refusal["witness_png"] and not refusal.get("png") and refusal["refused_at"]
    assert page.missing.text() == "可以签发。"
    from PySide6.QtWidgets import QFileDialog, QInputDialog
    monkeypatch.delenv("INSPECTOR_PASSWORD")           # the GUI asks, once per session
    # A wrong password is reported and changes nothing.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("wrong-pass", True)))
    page.action("issue")
    assert immediate_workers and "密码" in str(immediate_workers[-1])
    assert col.db["documents"].get(page.doc_id)["state"] == "draft" and page.buttons["issue"].isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("secret123", True)))
    page.action("issue")
    assert col.db["documents"].get(page.doc_id)["state"] == "issued", (immediate_workers, page.missing.text())
    assert "已签发" in page.missing.text() and col.db["documents"].get(page.doc_id)["doc_no"] in page.missing.text()
    assert not page.buttons["sign_inspector1"].isEnabled() and page.buttons["void"].isEnabled()
    out = tmp_path / "record.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.action("pdf")
    assert out.read_bytes().startswith(b"%PDF")
    # Printing draws the page images onto a full-page A4 printer (here: Qt's PDF output).
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter
    from inspector_app.ui.pages.documents import paint_pages
    printer = QPrinter(QPrinter.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.A4))
    printer.setFullPage(True)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    paint_pages(printer, page.images)
    assert printed.stat().st_size > 0
    page_mm = printer.pageLayout().fullRect(printer.pageLayout().Unit.Millimeter)
    assert round(page_mm.width()) == 210 and round(page_mm.height()) == 297
    voided = page.doc_id
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("企业名称写错", True)))
    page.action("void")
    assert col.db["documents"].get(voided)["state"] == "voided"
    page.action("reissue")
    assert page.doc_id != voided and page.docs.count() == 2
    # The replacement issues with the key unlocked earlier in the session: no second password dialog.
    sign_with_strokes(monkeypatch)
    page.action("sign_inspector1")
    page.action("sign_inspector2")
    page.action("sign_enterprise")

    def no_dialog(*a, **k):
        raise AssertionError("asked for the password again")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(no_dialog))
    page.action("issue")
    assert col.db["documents"].get(page.doc_id)["state"] == "issued"


def test_notice_deadline_set_from_the_page_then_issues(qtbot, col, enterprise, window, signing, monkeypatch):
    """A hazard whose deadline has passed (an old finding) blocks issuing with a clear message; 设定整改期限
    offers a calendar per hazard that cannot go before today, after which the notice issues."""
    from PySide6.QtWidgets import QInputDialog
    from inspector_app.ui import errors
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="37088120002").id
    hid = col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "place": "仓库",
                              "description": "灭火器过期", "deadline": "2020-01-01"}).id
    col.inspections.complete(insp)
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda exc, parent=None: shown.append(str(exc)))
    page = window.show_page("documents")
    page.select_inspection(insp)
    page.action("draft_notice")
    assert page.buttons["deadline"].isEnabled()
    sign_with_strokes(monkeypatch)
    page.action("sign_inspector1")
    page.action("sign_inspector2")
    sign_with_strokes(monkeypatch, refuse_witness="赵六")
    page.action("sign_enterprise")
    assert not shown
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("secret123", True)))
    page.action("issue")
    assert shown and "早于签发日期" in shown[-1] and col.documents.get(page.doc_id)["state"] == "draft"
    from PySide6.QtCore import QDate
    from inspector_app.ui.dialogs import deadlines

    def pick(dlg):                         # one calendar per hazard; a past date is kept, explained and refused
        edit = dlg.edits[0]
        assert edit.calendarPopup() and edit.date() >= QDate.currentDate()
        edit.setDate(QDate(2019, 1, 1))
        dlg.accept()
        picked.append((edit.date(), dlg.result(), dlg.error.text()))
        edit.setDate(QDate(2030, 6, 30))
        return QDialog.Accepted
    from PySide6.QtWidgets import QDialog
    monkeypatch.setattr(deadlines.DeadlinesDialog, "exec", pick)
    picked: list = []
    page.action("deadline")
    assert picked[0][0] == QDate(2019, 1, 1) and picked[0][1] != QDialog.Accepted and "不能早于今天" in picked[0][2]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("secret123", True)))
    page.action("issue")
    assert col.documents.get(page.doc_id)["state"] == "issued"
    h = col.hazards.get(hid)
    assert h["state"] == "awaiting_rectification" and h["deadline"] == "2030-06-30"


def test_enforcement_unit_drafts_the_onsite_measures_decision(qtbot, col, enterprise, window, monkeypatch):
    """Only an enforcement unit sees 起草现场处理措施决定书; it lists the hazards handled by 停产停业."""
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="37088120002").id
    stop = col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "place": "污水池",
                               "description": "有限空间作业未检测", "handling": "suspend", "deadline": "2030-01-15"}).id
    col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "place": "仓库",
                        "description": "灭火器过期", "deadline": "2030-01-15"})
    col.inspections.complete(insp)
    page = window.show_page("documents")
    page.select_inspection(insp)
    assert page.buttons["draft_decision"].isHidden()   # the fixture's unit is a supervision unit
    prof = col.profile.get()
    col.profile.init(role="inspector", name=prof["inspector_name"], cert_no=prof["cert_no"], unit=prof["unit_name"],
                     township="城关街道", unit_short=prof["unit_short"], unit_kind="enforcement")
    page.select_inspection(insp)
    assert not page.buttons["draft_decision"].isHidden() and page.buttons["draft_decision"].isEnabled()
    page.action("draft_decision")
    doc = col.documents.get(page.doc_id)
    assert doc["doc_type"] == "onsite_measures_decision" and doc["content"]["hazard_ids"] == [stop]


def test_first_issue_offers_to_create_the_signing_key(qtbot, col, enterprise, window, monkeypatch):
    """No key yet: 签发 opens the key dialog (password checked in place), creates the key and issues with it,
    without pointing to a command line."""
    from inspector_app.ui.dialogs import signing_key
    col.documents.set_serial_block(1, 50)
    assert not col.keys.exists()
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="37088120002").id
    col.inspections.complete(insp)
    page = window.show_page("documents")
    page.select_inspection(insp)
    page.action("draft_record")
    sign_with_strokes(monkeypatch)
    for role in ("sign_inspector1", "sign_inspector2", "sign_enterprise"):
        page.action(role)
    seen = []

    def fill(dlg):
        dlg.first.setText("abc")
        dlg.second.setText("abc")
        dlg.create()
        seen.append(dlg.error.text())                     # too short: said in place, nothing created
        assert not col.keys.exists()
        dlg.first.setText("secret123")
        dlg.second.setText("secret12")
        dlg.create()
        seen.append(dlg.error.text())                     # mismatch
        dlg.second.setText("secret123")
        dlg.create()
        return dlg.result()
    monkeypatch.setattr(signing_key.CreateKeyDialog, "exec", fill)
    page.action("issue")
    assert "8" in seen[0] and "不一致" in seen[1]
    assert col.keys.exists() and col.db["documents"].get(page.doc_id)["state"] == "issued"


def test_inspection_picker_lists_completed_inspections_and_searches_them_all(qtbot, col, enterprise, window):
    """Only completed inspections are offered (a document needs the finished checklist and its hazards);
    typing searches every completed inspection in the database, not only the newest listed."""
    from inspector_app.core import uscc
    other = col.enterprises.add({"township_id": col.profile.get()["township_id"], "name": "示例青石酿造有限公司",
                                 "uscc": uscc.make("91370882MA3C4E5F8")}).id
    a = col.inspections.start(enterprise["id"]).id
    b = col.inspections.start(other, place="发酵车间").id
    unfinished = col.inspections.start(other).id
    for iid in (a, b):
        col.inspections.complete(iid)
    page = window.show_page("documents")
    page.refresh()
    listed = [page.inspection.itemData(i) for i in range(page.inspection.count())]
    assert set(listed) == {a, b} and unfinished not in listed
    completer = page.inspection.completer()
    completer.setCompletionPrefix("青石")                       # part of the name, not its start
    assert completer.completionCount() == 1
    assert "青石酿造" in completer.currentCompletion() and "发酵车间" in completer.currentCompletion()
    page.inspection.setCurrentIndex(page.inspection.findData(b))
    assert page.inspection.currentData() == b and a != b
    # Typing asks the database: the matches replace the list, the typed text stays.
    page.inspection.lineEdit().setText("发酵")
    page._search()
    assert [page.inspection.itemData(i) for i in range(page.inspection.count())] == [b]
    assert page.inspection.lineEdit().text() == "发酵"
    assert col.inspections.completed("91370882MA3C4E5F8"[:10]) and not col.inspections.completed("没有这家")
    # Reached from elsewhere (a draft of an unfinished inspection), it is shown, marked, never another one.
    page.select_inspection(unfinished)
    assert page.inspection.currentData() == unfinished and "未完成" in page.inspection.currentText()


def test_an_unfinished_inspection_shows_its_documents_but_offers_no_draft(qtbot, col, enterprise, window):
    """Reached from elsewhere (the inspection page, a hazard), an inspection still in progress is listed with
    its mark; drafting is off and says why, as the core would refuse it. Once completed it can be drafted."""
    insp = col.inspections.start(enterprise["id"]).id
    page = window.show_page("documents")
    page.select_inspection(insp)
    assert page.inspection.currentData() == insp and "未完成" in page.inspection.currentText()
    for key in ("draft_record", "draft_notice"):
        assert not page.buttons[key].isEnabled() and "完成检查后" in page.buttons[key].toolTip()
    col.inspections.complete(insp)
    page.refresh()
    page.select_inspection(insp)
    assert page.buttons["draft_record"].isEnabled() and not page.buttons["draft_record"].toolTip()
