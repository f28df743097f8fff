"""App-wide signals. `bus.data_changed` is emitted after every operation that changed data,
carrying its OpChanges; views refresh themselves from it (Anki's operation_did_execute)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class _Bus(QObject):
    data_changed = Signal(object)   # OpChanges (or None when unknown)
    status_message = Signal(str)


bus = _Bus()
