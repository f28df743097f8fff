"""Modules imported on first use, to keep start-up short (docs/performance.md: start-up)."""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    """Stands in for a module until an attribute is read; then imports it (thread-safe: the import
    system's lock) and forwards. Declare the real import under TYPE_CHECKING for type checkers."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)
