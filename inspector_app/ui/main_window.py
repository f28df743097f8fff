"""The main window: a left navigation list and a stack of pages.

Adding a page is one line in PAGES: a `(module, class name)` pair under inspector_app.ui.pages,
the class being a `pages.base.Page` subclass with `key` and `nav_text`.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget,
                               QWidget)

from inspector_app.ui.signals import bus

# (module under inspector_app.ui.pages, class) — order is the navigation order.
PAGES: list[tuple[str, str]] = [
    ("today", "TodayPage"),
    ("enterprises", "EnterprisesPage"),
    ("inspection", "InspectionPage"),
    ("hazards_ledger", "HazardsPage"),
    ("documents", "DocumentsPage"),
    ("sync_page", "SyncPage"),
    ("district", "DistrictPage"),
    ("settings", "SettingsPage"),
]

# Navigation labels are translated in context "Navigation"; listed here so lupdate finds them.
NAV_STRINGS = (QT_TRANSLATE_NOOP("Navigation", "今日"), QT_TRANSLATE_NOOP("Navigation", "企业"),
               QT_TRANSLATE_NOOP("Navigation", "检查"), QT_TRANSLATE_NOOP("Navigation", "隐患台账"),
               QT_TRANSLATE_NOOP("Navigation", "文书"), QT_TRANSLATE_NOOP("Navigation", "同步"),
               QT_TRANSLATE_NOOP("Navigation", "设置"), QT_TRANSLATE_NOOP("Navigation", "区级工作台"))


WARM_DELAY_MS = 300   # after the first paint, so the warm-up never delays the window itself


def load_page_class(module: str, name: str):
    return getattr(importlib.import_module(f"inspector_app.ui.pages.{module}"), name)


class MainWindow(QMainWindow):
    def __init__(self, col, parent=None):
        super().__init__(parent)
        self.col = col
        self.setWindowTitle(self.tr("安全生产检查"))
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(170)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setStyleSheet("QListWidget#nav { font-size: 13pt; border: none; background: #f2f4f7; }"
                               "QListWidget#nav::item { padding: 12px 14px; }"
                               "QListWidget#nav::item:selected { background: #1f5fbf; color: white; }")
        self.stack = QStackedWidget()
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.pages = _Pages(self)
        self.page_classes = [load_page_class(module, name) for module, name in PAGES]
        for cls in self.page_classes:   # pages are built when first shown (start-up time)
            self.stack.addWidget(QWidget())
            item = QListWidgetItem(cls.title())
            item.setData(Qt.UserRole, cls.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._switch)
        self.nav.setCurrentRow(0)
        self.update_nav()
        bus.data_changed.connect(self._data_changed)   # a bound slot: disconnected when the window goes
        for i in range(min(len(PAGES), 9)):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda i=i: self.nav.setCurrentRow(i))
        bus.status_message.connect(self._status_message)
        self.resize(1280, 760)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not getattr(self, "_warm_started", False):
            self._warm_started = True
            QTimer.singleShot(WARM_DELAY_MS, self._warm_documents)

    def _warm_documents(self) -> None:
        """Load the document stack on a background thread, so the first 签发 is not slower than later ones."""
        from inspector_app.core.documents.warm import warm
        from inspector_app.ui.workers import background
        background(warm, on_error=lambda exc: None)   # a missing font is reported when a document is made

    def _status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _data_changed(self, _changes) -> None:
        if not self.col.closed:  # a window outliving its collection (shutdown) ignores late results
            self.update_nav()

    def update_nav(self) -> None:
        """Pages meant for one role (the district workbench) are listed only for that role."""
        for i, cls in enumerate(self.page_classes):
            visible_for = getattr(cls, "visible_for", None)
            self.nav.item(i).setHidden(bool(visible_for) and not visible_for(self.col))

    def _switch(self, row: int) -> None:
        if 0 <= row < len(self.page_classes):
            self.pages[self.page_classes[row].key]          # built on first use
            self.stack.setCurrentIndex(row)

    def _build_page(self, key: str) -> QWidget:
        row = next(i for i, cls in enumerate(self.page_classes) if cls.key == key)
        page = self.page_classes[row](self.col, self)
        page.main_window = self
        placeholder = self.stack.widget(row)
        current = self.stack.currentIndex()
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        return page

    def show_page(self, key: str):
        """Switch to the page with `key` and return it."""
        page = self.pages[key]
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page


class _Pages(dict):
    """key → page; a page not yet built is built on first access."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window = window

    def __missing__(self, key: str) -> QWidget:
        if not any(cls.key == key for cls in self.window.page_classes):
            raise KeyError(key)
        page = self[key] = self.window._build_page(key)
        return page
