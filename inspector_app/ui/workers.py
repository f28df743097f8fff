"""Work off the UI thread.

* `db_op(fn, on_done)` runs `fn()` on the ONE serialised database worker (a single-thread pool),
  so two database operations never overlap (DESIGN.md: Anki's CollectionOp/QueryOp). If the
  result is an OpChanges, `bus.data_changed` is emitted on the UI thread afterwards.
* `background(fn, on_done)` runs CPU/file work (PDF rendering, photo import) on the global pool.

Errors raised in `fn` reach `on_error` (default: the app's error dialog) on the UI thread.
Tests call `set_immediate(True)` so everything runs synchronously (Picard's fake thread pool).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from inspector_app.core.changes import OpChanges
from inspector_app.ui.signals import bus

_immediate = False
_db_pool: QThreadPool | None = None
_live: set = set()


def set_immediate(value: bool) -> None:
    global _immediate
    _immediate = value


def db_pool() -> QThreadPool:
    global _db_pool
    if _db_pool is None:
        _db_pool = QThreadPool()
        _db_pool.setMaxThreadCount(1)
    return _db_pool


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - reported to the UI thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


def _default_error(exc: BaseException) -> None:
    from inspector_app.ui.errors import show_error
    show_error(exc)


def _finish(result: Any, on_done: Callable[[Any], None] | None) -> None:
    if on_done:
        on_done(result)
    if isinstance(result, OpChanges):
        bus.data_changed.emit(result)


def _submit(pool: QThreadPool, fn, on_done, on_error) -> None:
    on_error = on_error or _default_error
    if _immediate:
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001
            on_error(exc)
            return
        _finish(result, on_done)
        return
    relay = _Relay()
    _live.add(relay)

    @Slot(object)
    def done(result):
        _live.discard(relay)
        _finish(result, on_done)

    @Slot(object)
    def failed(exc):
        _live.discard(relay)
        on_error(exc)

    relay.done.connect(done)
    relay.failed.connect(failed)
    pool.start(_Task(fn, relay))


def db_op(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
          on_error: Callable[[BaseException], None] | None = None) -> None:
    """Run a database operation on the serialised DB worker."""
    _submit(db_pool(), fn, on_done, on_error)


def background(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
    """Run file/CPU work on the global thread pool."""
    _submit(QThreadPool.globalInstance(), fn, on_done, on_error)


def wait_idle(ms: int = 10000) -> None:
    """Block until queued work finished (shutdown, tests)."""
    db_pool().waitForDone(ms)
    QThreadPool.globalInstance().waitForDone(ms)
