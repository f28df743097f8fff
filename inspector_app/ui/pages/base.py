"""Base class for main-window pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from inspector_app.ui.pages.registry import spec_of_class
from inspector_app.ui.signals import bus


class Page(QWidget):
    """A page: `key` (stable id), `title()` (translated nav label) and `roles`, all from registry.PAGES;
    built with the collection.
    `refresh()` is called when the page is shown and after `bus.data_changed` that touched one of
    `tables` (all changes when `tables` is empty or the changes are unknown), except for the
    change the page made itself (`db_op(..., initiator=page)`: it updates itself)."""

    key = "page"
    nav_text = ""          # Chinese source string; translated in context "Navigation"
    roles: tuple[str, ...] = ()
    tables: frozenset[str] = frozenset()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        spec = spec_of_class(cls.__name__)   # registry.PAGES is the one place for key, label and roles
        if spec is not None:
            cls.key, cls.nav_text, cls.roles = spec.key, spec.nav_text, spec.roles

    def __init__(self, col, parent=None):
        super().__init__(parent)
        self.col = col
        self._stale = True
        bus.data_changed.connect(self._on_data_changed)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Navigation", cls.nav_text)

    @classmethod
    def visible_for(cls, col) -> bool:
        return not cls.roles or col.role in cls.roles

    def _on_data_changed(self, changes) -> None:
        from inspector_app.ui.workers import current_initiator
        if current_initiator() is self or getattr(self.col, "closed", False):
            return
        if changes is not None and self.tables and not (set(getattr(changes, "tables", ())) & self.tables):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()
            self._stale = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._stale:
            self.refresh()
            self._stale = False
        super().showEvent(event)

    def refresh(self) -> None:
        pass


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 18pt; font-weight: 600; margin-bottom: 6px;")
    return label
