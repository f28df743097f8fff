"""One name for the app's places: QSettings (organisation and application) and the data directory."""

from __future__ import annotations

from pathlib import Path

from inspector_app import APP_NAME


def test_preferences_and_data_directory_use_the_one_app_name(qapp, monkeypatch):
    monkeypatch.delenv("INSPECTOR_DATA_DIR", raising=False)
    from PySide6.QtCore import QCoreApplication, QSettings
    from inspector_app.core.datadir import default_data_dir
    from inspector_app.ui.preferences import preferences, save_language, saved_language
    assert QCoreApplication.organizationName() == QCoreApplication.applicationName() == APP_NAME
    assert (preferences().organizationName(), preferences().applicationName()) == (APP_NAME, APP_NAME)
    assert QSettings().fileName() == preferences().fileName()   # a bare QSettings() lands in the same file
    assert Path(default_data_dir()).name == APP_NAME
    before = saved_language()
    try:
        save_language("en")
        assert saved_language() == "en"
    finally:
        save_language(before)
