"""Per-user GUI preferences (QSettings), stored under the app's one name (inspector_app.APP_NAME), the same
name the data directory has (core.datadir.default_data_dir, platformdirs)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from inspector_app import APP_NAME


def preferences() -> QSettings:
    """QSettings for organisation and application APP_NAME: ~/.config/inspector-app/inspector-app.conf on
    Linux, HKCU\\Software\\inspector-app\\inspector-app on Windows."""
    return QSettings(APP_NAME, APP_NAME)


def saved_language() -> str:
    return str(preferences().value("language", "zh_CN"))


def save_language(lang: str) -> None:
    preferences().setValue("language", lang)


def export_folder() -> str:
    """Where save dialogs open: the folder last saved to, else the user's Documents."""
    from PySide6.QtCore import QStandardPaths
    return str(preferences().value("export/folder", "") or
               QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation))


def remember_export_folder(folder: str) -> None:
    preferences().setValue("export/folder", folder)
