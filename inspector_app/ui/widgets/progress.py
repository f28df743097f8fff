"""Long work with a progress dialog and 取消: `run_with_progress(parent, title, fn, on_done)` runs
`fn(progress)` on the database worker; `progress.step(done, total, text)` moves the bar (queued to the
UI thread) and 取消 makes the next step raise `Cancelled`, which the work undoes and which is reported
as a status message, not an error."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from inspector_app.core.progress import Cancelled, Progress
from inspector_app.ui.signals import bus
from inspector_app.ui.workers import background, db_op


class _Relay(QObject):
    moved = Signal(int, int, str)


def run_with_progress(parent, title: str, fn: Callable[[Progress], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None] | None = None, *, db: bool = True,
                      buttons=(), initiator: object | None = None) -> Progress:
    dlg = QProgressDialog(title, QCoreApplication.translate("Progress", "取消"), 0, 0, parent)
    dlg.setWindowTitle(title)
    dlg.setWindowModality(Qt.WindowModal)
    dlg.setMinimumDuration(400)       # short work finishes before the dialog shows
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    relay = _Relay(dlg)

    def moved(done: int, total: int, text: str) -> None:
        dlg.setMaximum(max(total, 0))
        dlg.setValue(min(done, total) if total else 0)
        if text:
            dlg.setLabelText(f"{title}\n{text}")

    relay.moved.connect(moved)
    progress = Progress(lambda d, t, x: relay.moved.emit(d, t, x))
    dlg.canceled.connect(progress.cancel)

    def finish(result: Any) -> None:
        dlg.close()
        dlg.deleteLater()
        on_done(result)

    def failed(exc: BaseException) -> None:
        dlg.close()
        dlg.deleteLater()
        if isinstance(exc, Cancelled):
            bus.status_message.emit(str(exc))
            if on_error is not None:
                on_error(exc)
            return
        if on_error is not None:
            on_error(exc)
        else:
            from inspector_app.ui import errors
            errors.show_error(exc, parent)

    if db:
        db_op(lambda: fn(progress), finish, failed, owner=parent, buttons=buttons, initiator=initiator)
    else:
        background(lambda: fn(progress), finish, failed, owner=parent, buttons=buttons)
    return progress
