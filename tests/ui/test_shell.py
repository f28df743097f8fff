"""First start creates the profile; unexpected errors become a dialog naming the log, never a traceback."""

from __future__ import annotations

from inspector_app.core.collection import Collection


def test_first_start_wizard_validates_in_place_then_creates_the_profile(qtbot, tmp_path):
    from inspector_app.ui.dialogs.first_start import FirstStartDialog
    col = Collection(tmp_path / "fresh")
    try:
        dlg = FirstStartDialog(col)
        qtbot.addWidget(dlg)
        f = dlg.form
        f.name.setText("张伟")
        f.cert.setText("37088120001")
        f.unit.setText("城关街道应急管理办公室")
        assert not f.save()                           # township missing for an inspector
        assert f.errors["township"].text() and not col.profile.exists()
        f.township.setText("城关街道")
        assert f.save()
        prof = col.profile.get()
        assert prof["inspector_name"] == "张伟" and prof["unit_short"]
    finally:
        col.close()


def test_unexpected_error_dialog_names_the_log_file(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    from inspector_app.ui import errors
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text)))
    log = errors.setup_logging(tmp_path)
    try:
        try:
            raise KeyError("boom")
        except KeyError as exc:
            errors.error_dialog(exc)
        assert str(log) in shown[0] and "Traceback" not in shown[0]
        assert "boom" in log.read_text(encoding="utf-8")
        from inspector_app.core.errors import ValidationError
        errors.error_dialog(ValidationError("找不到该企业", "Enterprise not found"))
        assert shown[1] == "找不到该企业"
    finally:
        import logging
        for h in list(logging.getLogger().handlers):
            if getattr(h, "baseFilename", "") == str(log):
                logging.getLogger().removeHandler(h)
                h.close()
        errors.LOG_PATH = None


def test_logging_goes_to_a_rotating_log_with_qt_messages_and_about_copies_diagnostics(qtbot, col, tmp_path,
                                                                                     monkeypatch):
    import logging
    from logging.handlers import RotatingFileHandler

    from PySide6.QtCore import qWarning
    from PySide6.QtWidgets import QApplication, QMessageBox

    from inspector_app.ui import errors
    from inspector_app.ui.pages.settings import SettingsPage
    monkeypatch.setenv("INSPECTOR_LOG_DIR", str(tmp_path / "logs"))
    log = errors.setup_logging()
    try:
        assert log.parent == tmp_path / "logs" and (tmp_path / "logs" / "faults.log").exists()
        assert any(isinstance(h, RotatingFileHandler) and h.baseFilename == str(log)
                   for h in logging.getLogger().handlers)
        qWarning("a Qt warning reaches the log")
        page = SettingsPage(col)
        qtbot.addWidget(page)
        monkeypatch.setattr(QMessageBox, "exec", lambda box: [b for b in box.buttons()
                                                              if b.text() == "复制诊断信息"][0].click())
        page.about_btn.click()
        copied = QApplication.clipboard().text()
        assert "inspector 0." in copied and col.device_id in copied and str(log) in copied
        for h in logging.getLogger().handlers:
            h.flush()
        assert "a Qt warning reaches the log" in log.read_text(encoding="utf-8")
    finally:
        for h in list(logging.getLogger().handlers):
            if getattr(h, "baseFilename", "") == str(log):
                logging.getLogger().removeHandler(h)
                h.close()
        errors.LOG_PATH = None
