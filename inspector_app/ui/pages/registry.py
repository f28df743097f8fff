"""The main window's pages, in navigation order: what the window needs before any page is built.

A page module is imported only when its page is first shown (start-up time), so the key, the
navigation label and the roles live here rather than on the classes; `Page` subclasses take them
from here by class name.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class PageSpec:
    key: str                      # stable id: settings keys, show_page()
    nav_text: str                 # Chinese source, translated in context "Navigation"
    module: str                   # under inspector_app.ui.pages
    cls: str
    roles: tuple[str, ...] = ()   # the profile roles that see the page; empty: every role

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", self.nav_text)

    def visible_for(self, col) -> bool:
        return not self.roles or col.role in self.roles

    def load(self) -> type:
        return getattr(importlib.import_module(f"inspector_app.ui.pages.{self.module}"), self.cls)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", QT_TRANSLATE_NOOP("Navigation", "今日"), "today", "TodayPage"),
    PageSpec("enterprises", QT_TRANSLATE_NOOP("Navigation", "企业"), "enterprises", "EnterprisesPage"),
    PageSpec("inspection", QT_TRANSLATE_NOOP("Navigation", "检查"), "inspection", "InspectionPage"),
    PageSpec("hazards", QT_TRANSLATE_NOOP("Navigation", "隐患台账"), "hazards_ledger", "HazardsPage"),
    PageSpec("documents", QT_TRANSLATE_NOOP("Navigation", "文书"), "documents", "DocumentsPage"),
    PageSpec("sync", QT_TRANSLATE_NOOP("Navigation", "同步"), "sync_page", "SyncPage"),
    PageSpec("district", QT_TRANSLATE_NOOP("Navigation", "区级工作台"), "district", "DistrictPage",
             roles=("district",)),
    PageSpec("settings", QT_TRANSLATE_NOOP("Navigation", "设置"), "settings", "SettingsPage"),
)


def spec(key: str) -> PageSpec:
    for s in PAGES:
        if s.key == key:
            return s
    raise KeyError(key)


def spec_of_class(name: str) -> PageSpec | None:
    return next((s for s in PAGES if s.cls == name), None)
