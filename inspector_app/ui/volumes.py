"""Mounted volumes (USB sticks and the rest) from Qt's QStorageInfo, for the sync locations.

Listing can block on a slow or disconnected drive, so the GUI calls it on a worker thread
(ui.workers.background); QStorageInfo is reentrant. The CLI calls it directly. Only QtCore is needed.
"""

from __future__ import annotations

from pathlib import Path

from inspector_app.core.sync.locations import Volume


def mounted_volumes() -> list[Volume]:
    """Every valid mounted volume: root path, label (the volume name; empty when it has none), ready state."""
    from PySide6.QtCore import QStorageInfo
    return [Volume(root=Path(v.rootPath()), label=v.name(), ready=v.isReady())
            for v in QStorageInfo.mountedVolumes() if v.isValid()]
