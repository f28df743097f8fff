"""设置 and the first-start wizard: what is typed there is what the documents service uses."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_signing_key_is_created_from_the_settings_page(qtbot, col, window):
    page = window.show_page("settings")
    assert not col.keys.exists()
    page.password.setText("secret123")
    page.password2.setText("secret123")
    qtbot.mouseClick(page.key_btn, Qt.LeftButton)
    assert col.keys.exists()
    col.keys.load("secret123")                       # the password typed is the one that opens it
    assert page.password.text() == ""


def test_document_settings_reach_the_documents_service(qtbot, col, window):
    page = window.show_page("settings")
    form = page.form
    form.unit_short.setText("城关")
    form.doc_pattern.setText("城关{code}〔{year}〕{serial}号")
    form.type_codes["rectification_opinion"].setText("安监整改〔督〕")
    form.escalation.setPlainText("逾期不改的，移送区应急管理局。")
    qtbot.mouseClick(page.save_btn, Qt.LeftButton)
    s = col.documents.settings()
    assert s["doc_no_pattern"] == "城关{code}〔{year}〕{serial}号"
    assert s["type_codes"]["rectification_opinion"] == "安监整改〔督〕"
    assert s["escalation_sentence"] == "逾期不改的，移送区应急管理局。"
    # The enforcement unit's appeal bodies appear only for that unit kind.
    form.unit_kind.setCurrentIndex(form.unit_kind.findData("enforcement"))
    assert not form.court.isHidden() and form.escalation.isHidden()
    form.court.setText("某区人民法院")
    form.reconsideration.setText("某区人民政府")
    qtbot.mouseClick(page.save_btn, Qt.LeftButton)
    s = col.documents.settings()
    assert s["court"] == "某区人民法院" and s["reconsideration_body"] == "某区人民政府"
    assert col.profile.get()["unit_kind"] == "enforcement"


def test_a_broken_number_pattern_is_refused_beside_the_field(qtbot, col, window):
    page = window.show_page("settings")
    page.form.doc_pattern.setText("{short}{typo}{serial}")
    page.form.doc_pattern.textEdited.emit("x")
    assert page.form.errors["doc_no_pattern"].isVisibleTo(page)
    qtbot.mouseClick(page.save_btn, Qt.LeftButton)
    assert "doc_no_pattern" not in col.profile.get()["settings"]


def test_local_serial_block_is_saved_and_checked(qtbot, col, window):
    page = window.show_page("settings")
    page.serial_first.setText("20")
    page.serial_last.setText("5")
    qtbot.mouseClick(page.serial_btn, Qt.LeftButton)
    assert page.serial_error.text() and not col.documents.settings().get("serial_block")
    page.serial_last.setText("80")
    qtbot.mouseClick(page.serial_btn, Qt.LeftButton)
    assert col.documents.settings()["serial_block"]["first"] == 20
    assert "20" in page.serial_status.text() and page.serial_error.text() == ""


def test_first_start_wizard_on_an_empty_data_dir(qtbot, tmp_path):
    from inspector_app.core.collection import Collection
    from inspector_app.ui.dialogs.first_start import FirstStartDialog
    c = Collection(tmp_path / "empty")
    try:
        dlg = FirstStartDialog(c)
        qtbot.addWidget(dlg)
        dlg.finish()                                   # nothing filled in: stays open, says why
        assert not c.profile.exists() and dlg.form.errors["name"].text()
        dlg.form.name.setText("李娜")
        dlg.form.cert.setText("37088120009")
        dlg.form.unit.setText("城关街道应急管理办公室")
        dlg.form.township.setText("城关街道")
        dlg.password.setText("abc12345")
        dlg.password2.setText("abc12346")
        dlg.finish()
        assert not c.profile.exists() and dlg.password_error.text()
        dlg.password2.setText("abc12345")
        dlg.finish()
        assert dlg.result() == dlg.DialogCode.Accepted
        assert c.profile.get()["inspector_name"] == "李娜" and c.keys.exists()
    finally:
        c.close()


def test_number_pattern_is_previewed_as_typed_and_explained_in_words(qtbot, col, window):
    """设置 shows the numbers the pattern gives (not only its placeholders), updated as it is typed."""
    import datetime as dt
    page = window.show_page("settings")
    form = page.form
    year = dt.date.today().year
    form.unit_short.setText("城关")
    form.unit_short.textEdited.emit("城关")
    form.doc_pattern.clear()
    form.check_pattern()
    assert f"（城关）应急检记〔{year}〕1号" in form.pattern_example.text()            # the default pattern
    assert "单位简称" in form.pattern_help.text() and "顺序号" in form.pattern_help.text()
    form.doc_pattern.setFocus()
    form.doc_pattern.insert("某安监")                 # typed text (QTest cannot type CJK), then the buttons
    form.insert_buttons["code"].click()
    form.doc_pattern.insert("〔")
    form.insert_buttons["year"].click()
    form.doc_pattern.insert("〕")
    form.insert_buttons["serial"].click()
    form.doc_pattern.insert("号")
    assert form.doc_pattern.text() == "某安监{code}〔{year}〕{serial}号"
    assert f"某安监应急检记〔{year}〕1号" in form.pattern_example.text()
    assert f"某安监应急整改〔{year}〕1号" in form.pattern_example.text()          # the notice of this unit kind
    form.type_codes["reinspection_opinion"].setText("复")
    form.type_codes["reinspection_opinion"].textEdited.emit("复")
    assert f"某安监复〔{year}〕1号" in form.pattern_example.text()
    form.unit_kind.setCurrentIndex(form.unit_kind.findData("enforcement"))
    assert "责令限期整改指令书" in form.pattern_example.text() and "应急责改" in form.pattern_example.text()
