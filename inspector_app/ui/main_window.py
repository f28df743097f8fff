"""The main window: a left navigation list, a stack of pages and a menu bar with the actions and their
shortcuts. Its geometry, and each page's splitters and table headers, are saved on close and restored.

Adding a page is one line in pages/registry.py (key, label, module, class); the class is a `pages.base.Page`
subclass, imported when the page is first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
                               QSplitter, QStackedWidget, QWidget)

from inspector_app.ui import preferences as prefs
from inspector_app.ui.icons import icon
from inspector_app.ui.pages.registry import PAGES
from inspector_app.ui.signals import bus

WARM_DELAY_MS = 300   # after the first paint, so the warm-up never delays the window itself


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
        # Colours from the palette: readable under light and dark themes alike.
        self.nav.setStyleSheet("QListWidget#nav { font-size: 13pt; border: none; background: palette(alternate-base); }"
                               "QListWidget#nav::item { padding: 10px 12px; color: palette(window-text); }"
                               "QListWidget#nav::item:selected { background: palette(highlight);"
                               " color: palette(highlighted-text); }")
        self.stack = QStackedWidget()
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.pages = _Pages(self)
        self.specs = PAGES
        for spec in self.specs:   # pages are imported and built when first shown (start-up time)
            self.stack.addWidget(QWidget())
            item = QListWidgetItem(icon(spec.key), spec.title())
            item.setData(Qt.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._switch)
        self.nav.setCurrentRow(0)
        self.update_nav()
        bus.data_changed.connect(self._data_changed)   # a bound slot: disconnected when the window goes
        self._build_menus()
        bus.status_message.connect(self._status_message)
        self._restore_geometry()

    # -- menus ---------------------------------------------------------------------------------------
    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        act = QAction(text, self)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        self._action(file_menu, self.tr("新建检查"), "Ctrl+N", lambda: self.show_page("inspection").new_visit())
        self._action(file_menu, self.tr("导出隐患台账（Excel）…"), "Ctrl+E",
                     lambda: self.show_page("hazards").export("xlsx"))
        self._action(file_menu, self.tr("同步…"), "F5", lambda: self.show_page("sync"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("退出"), QKeySequence.Quit, self.close)
        go = bar.addMenu(self.tr("转到(&G)"))
        self.go_actions = []
        for i, spec in enumerate(self.specs):
            act = self._action(go, spec.title(), f"Alt+{i + 1}" if i < 9 else None,
                               lambda _c=False, i=i: self.nav.setCurrentRow(i))
            act.setIcon(icon(spec.key))
            self.go_actions.append(act)
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        self._action(help_menu, self.tr("键盘操作"), "F1", self.show_keyboard_help)
        self._action(help_menu, self.tr("关于"), None, self.show_about)

    def show_keyboard_help(self) -> None:
        QMessageBox.information(self, self.tr("键盘操作"), self.tr(
            "新建检查：各栏自上而下用 Tab 填写（检查表在“开始检查”之前），企业框中按 Enter 即开始检查。\n"
            "检查时：1 符合，2 不符合（光标进入备注），3 不适用；答后自动进入下一项。\n"
            "备注中 Enter 或 Ctrl+Enter 保存并进入下一项，Shift+Enter 换行，Esc 离开备注。\n"
            "读数中 Enter 或 Tab 进入下一读数（分部位的逐行填写），↑/↓ 同一读数的上一/下一部位；每个读数输入时即判定是否超限。\n"
            "Esc 返回检查列表；最后一项后按 Enter 完成检查。\n"
            "Alt+1…8 切换页面；Ctrl+N 新建检查；Ctrl+E 导出隐患台账；F5 同步。"))

    def show_about(self) -> None:
        from inspector_app import __version__
        QMessageBox.about(self, self.tr("关于"), self.tr("安全生产检查 {0}").format(__version__))

    # -- window state --------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """The saved geometry, else 1280×760 or the available screen if smaller (a 1366×768 laptop)."""
        saved = prefs.preferences().value("window/geometry")
        if saved is not None and self.restoreGeometry(saved):
            return
        screen = QGuiApplication.primaryScreen()
        avail = screen.availableGeometry() if screen else None
        w, h = 1280, 760
        if avail is not None and avail.width() > 200:
            w, h = min(w, avail.width()), min(h, avail.height())
        self.resize(w, h)

    def _widget_states(self, page: QWidget):
        """(settings key, widget) of a page's splitters and table headers, in a stable order. Kept per
        language: widths that fit Chinese labels cut English ones ("Awaiting…") and the other way round.
        A page whose columns changed raises its `state_version`, so a state saved for the old columns
        (hidden ones shown again, widths that no longer fit) is not restored."""
        from inspector_app.core.i18n import language
        key = f"window/{language()}/{getattr(page, 'key', 'page')}"
        version = getattr(page, "state_version", 1)
        if version > 1:
            key += f"@{version}"
        for i, split in enumerate(page.findChildren(QSplitter)):
            yield f"{key}/splitter{i}", split
        for i, header in enumerate(h for h in page.findChildren(QHeaderView) if h.orientation() == Qt.Horizontal):
            yield f"{key}/header{i}", header

    def save_state(self) -> None:
        store = prefs.preferences()
        store.setValue("window/geometry", self.saveGeometry())
        for page in self.pages.values():
            for name, widget in self._widget_states(page):
                store.setValue(name, widget.saveState())

    def _restore_page_state(self, page: QWidget) -> None:
        store = prefs.preferences()
        for name, widget in self._widget_states(page):
            value = store.value(name)
            if value is not None:
                widget.restoreState(value)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.save_state()
        super().closeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not getattr(self, "_warm_started", False):
            self._warm_started = True
            # `self` as the timers' context: a window closed and deleted before they fire cancels them.
            QTimer.singleShot(WARM_DELAY_MS, self, self._warm_documents)
            # Automatic sync runs from the 同步 page's timer: build that page soon after start even if
            # the user never opens it.
            QTimer.singleShot(WARM_DELAY_MS, self, lambda: None if self.col.closed else self.pages["sync"])

    def _warm_documents(self) -> None:
        """Load the document stack on a background thread, so the first 签发 is not slower than later ones."""
        from inspector_app.core.documents.warm import warm
        from inspector_app.ui.workers import background
        col = self.col
        # a missing font or a broken checklist file is reported when it is used
        background(lambda: warm(col), on_error=lambda exc: None)

    def _status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _data_changed(self, _changes) -> None:
        if not self.col.closed:  # a window outliving its collection (shutdown) ignores late results
            self.update_nav()

    def update_nav(self) -> None:
        """Pages meant for one role (the district workbench) are listed only for that role."""
        for i, spec in enumerate(self.specs):
            self.nav.item(i).setHidden(not spec.visible_for(self.col))

    def _switch(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.pages[self.specs[row].key]          # built on first use
            self.stack.setCurrentIndex(row)

    def _build_page(self, key: str) -> QWidget:
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        page = self.specs[row].load()(self.col, self)
        page.main_window = self
        self._restore_page_state(page)
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
        if not any(spec.key == key for spec in self.window.specs):
            raise KeyError(key)
        page = self[key] = self.window._build_page(key)
        return page
