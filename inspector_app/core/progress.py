"""Progress and cancellation for long work (backup, restore, demo data, sync passes, exports).

The worker calls `progress.step(done, total, text)` between safe points; the GUI (or the CLI) passes a
`Progress` whose `report` shows it and whose `cancel()` makes the next `step` raise `Cancelled`. Work
that is cancelled undoes itself (transactions roll back, temporary files are removed) and changes
nothing.
"""

from __future__ import annotations

import threading
from typing import Callable

from inspector_app.core.errors import InspectorError


class Cancelled(InspectorError):
    def __init__(self) -> None:
        super().__init__("已取消，未做任何更改。", "Cancelled; nothing was changed.")


class Progress:
    def __init__(self, report: Callable[[int, int, str], None] | None = None):
        self.report = report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def __call__(self, text: str) -> None:
        """A step known only by its description (the demo generator's `progress(text)`)."""
        self.step(0, 0, text)

    def step(self, done: int, total: int, text: str = "") -> None:
        """Report how far the work got; raises Cancelled when cancel() was asked for."""
        if self._cancel.is_set():
            raise Cancelled()
        if self.report is not None:
            self.report(done, total, text)


def step(progress: Progress | None, done: int, total: int, text: str = "") -> None:
    """`progress.step(...)` when there is a progress, else nothing (for optional parameters)."""
    if progress is not None:
        progress.step(done, total, text)
