"""A table model that pages its rows from SQL as the view scrolls (canFetchMore/fetchMore)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

PAGE_SIZE = 200
# Bound once: PySide6 resolves short names such as Qt.DisplayRole through a slow fallback (~14 µs each),
# and these methods run for every cell at each paint.
_DISPLAY, _HORIZONTAL = Qt.ItemDataRole.DisplayRole, Qt.Orientation.Horizontal


class PagedSqlModel(QAbstractTableModel):
    """Subclasses set `headers` and implement `fetch(offset, limit)` and `data()`; `reload(total)` starts over."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.total = 0
        self.headers: list[str] = []

    def fetch(self, offset: int, limit: int) -> list[dict]:
        raise NotImplementedError

    def reload(self, total: int) -> None:
        """Reset to the first page of a new query whose row count is `total`."""
        self.beginResetModel()
        self.total = total
        self.rows = self.fetch(0, PAGE_SIZE)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent=QModelIndex()):  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802
        more = self.fetch(len(self.rows), PAGE_SIZE)
        if not more:  # rows went away since the count: stop asking
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == _HORIZONTAL and role == _DISPLAY:
            return self.headers[section]
        return None
