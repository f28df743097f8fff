"""Pages owned by GUI part 2 (issue 8) until they land; each replaces its line in main_window.PAGES."""

from __future__ import annotations

from inspector_app.ui.pages.base import UnavailablePage


class HazardsPage(UnavailablePage):
    key = "hazards"
    nav_text = "隐患台账"


class SyncPage(UnavailablePage):
    key = "sync"
    nav_text = "同步"
