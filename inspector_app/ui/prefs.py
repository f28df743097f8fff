"""The user's GUI preferences (QSettings, organisation and application "inspector"): language, window
state, the last export folder, colleagues. Not data: losing them loses nothing a user entered."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QStandardPaths


def settings() -> QSettings:
    return QSettings("inspector", "inspector")


def export_folder() -> str:
    """Where save dialogs open: the folder last saved to, else the user's Documents."""
    return str(settings().value("export/folder", "") or
               QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation))


def remember_export_folder(folder: str) -> None:
    settings().setValue("export/folder", folder)
