"""Work off the UI thread.

* `db_op(fn, on_done)` runs `fn()` on the ONE serialised database worker (a single-thread pool),
  so two database operations never overlap (Anki's CollectionOp/QueryOp). If the result is an
  OpChanges, `bus.data_changed` is emitted on the UI thread afterwards; the page named as
  `initiator` is not refreshed by it (it updates itself in `on_done`).
* `background(fn, on_done)` runs CPU/file work (PDF rendering, photo import) on the global pool.
* `owner`: a widget; when it has been deleted by the time the result arrives, the callbacks are
  dropped (a page closed, a dialog gone). `buttons`: disabled while the operation runs, so a
  double click cannot submit twice.
* `Latest`: a generation counter for queries whose older results must never be shown (a preview
  rendered twice, a list reloaded while the previous load is still running).

Errors raised in `fn` reach `on_error` (default: the app's error dialog) on the UI thread.
Most UI tests call `set_immediate(True)` so everything runs synchronously (Picard's fake thread
pool); the tests in tests/ui/threads use the real pools.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Callable, Iterable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from shiboken6 import isValid

from inspector_app.core.changes import OpChanges
from inspector_app.ui.signals import bus

log = logging.getLogger("inspector.ui.workers")

_immediate = False
_db_pool: QThreadPool | None = None
_live: set = set()
_initiators: list[object] = []   # pages whose own operation's data_changed is being delivered


def set_immediate(value: bool) -> None:
    global _immediate
    _immediate = value


def db_pool() -> QThreadPool:
    global _db_pool
    if _db_pool is None:
        _db_pool = QThreadPool()
        _db_pool.setMaxThreadCount(1)
    return _db_pool


def current_initiator() -> object | None:
    """The page whose operation caused the `data_changed` being delivered (None if unknown)."""
    return _initiators[-1] if _initiators else None


def in_flight() -> int:
    """Operations submitted whose callbacks have not run yet (tests wait for 0)."""
    return len(_live)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, name: str):
        super().__init__()
        self.fn, self.relay, self.name = fn, relay, name

    def run(self) -> None:
        start = time.perf_counter()
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - reported to the UI thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)
        took = time.perf_counter() - start
        if took > 0.5:
            log.info("slow operation %s: %.2f s", self.name, took)


def _default_error(exc: BaseException) -> None:
    from inspector_app.ui import errors
    errors.show_error(exc)


def emit_changes(changes: OpChanges | None, initiator: object | None = None) -> None:
    """Tell every page what changed (`initiator`, if given, skips its own refresh)."""
    _initiators.append(initiator)
    try:
        bus.data_changed.emit(changes)
    finally:
        _initiators.pop()


def _alive(obj: object | None) -> bool:
    return obj is None or not isinstance(obj, QObject) or isValid(obj)


def _submit(pool: QThreadPool, fn, on_done, on_error, owner, buttons, initiator) -> None:
    on_error = on_error or _default_error
    disabled = [b for b in buttons if isValid(b) and b.isEnabled()]
    # The window's focus widget, not hasFocus(): after a dialog that asked first (password, deadlines) the
    # window is not active again yet, but the button is still where its focus will return.
    had_focus = next((b for b in disabled if hasattr(b, "window") and b.window().focusWidget() is b), None)
    for b in disabled:
        b.setEnabled(False)
    # Disabling the focused button sends the focus elsewhere (often to a preview pane): give it back when
    # the work ends, unless the user has moved it since, so the keyboard user goes on from the same button.
    drifted = had_focus.window().focusWidget() if had_focus is not None else None

    def restore() -> None:
        for b in disabled:
            if isValid(b):
                b.setEnabled(True)
        if (had_focus is not None and isValid(had_focus) and had_focus.isVisible()
                and had_focus.window().focusWidget() is drifted):
            had_focus.setFocus(Qt.OtherFocusReason)

    def finish(result: Any) -> None:
        restore()
        if not _alive(owner):
            log.debug("result dropped: its widget was closed")
            return
        if on_done:
            on_done(result)
        if isinstance(result, OpChanges):
            emit_changes(result, initiator)

    def fail(exc: BaseException) -> None:
        restore()
        if not _alive(owner) and on_error is not _default_error:
            return
        on_error(exc)

    if _immediate:
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001
            fail(exc)
            return
        finish(result)
        return
    relay = _Relay()
    _live.add(relay)

    @Slot(object)
    def done(result):
        _live.discard(relay)
        finish(result)

    @Slot(object)
    def failed(exc):
        _live.discard(relay)
        fail(exc)

    relay.done.connect(done)
    relay.failed.connect(failed)
    pool.start(_Task(fn, relay, getattr(fn, "__qualname__", "operation")))


def db_op(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
          on_error: Callable[[BaseException], None] | None = None, *, owner: QObject | None = None,
          buttons: Iterable[Any] = (), initiator: object | None = None) -> None:
    """Run a database operation on the serialised DB worker."""
    _submit(db_pool(), fn, on_done, on_error, owner, list(buttons), initiator)


def background(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None, *, owner: QObject | None = None,
               buttons: Iterable[Any] = ()) -> None:
    """Run file/CPU work on the global thread pool."""
    _submit(QThreadPool.globalInstance(), fn, on_done, on_error, owner, list(buttons), None)


class Latest:
    """Only the newest of a series of queries delivers its result: `run()` bumps a generation and
    a result from an older generation is dropped."""

    def __init__(self, owner: QObject):
        self.owner = owner
        self.generation = 0

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None], *, db: bool = True,
            on_error: Callable[[BaseException], None] | None = None) -> int:
        self.generation += 1
        gen = self.generation

        def deliver(result: Any) -> None:
            if gen == self.generation:
                on_done(result)

        def fail(exc: BaseException) -> None:
            if gen == self.generation:
                (on_error or _default_error)(exc)

        submit = db_op if db else background
        submit(fn, deliver, fail, owner=self.owner)
        return gen

    def cancel(self) -> None:
        """Drop whatever is still running."""
        self.generation += 1


def wait_idle(ms: int = 10000) -> None:
    """Block until queued work finished (shutdown, tests)."""
    db_pool().waitForDone(ms)
    QThreadPool.globalInstance().waitForDone(ms)


def finish_writes(background_ms: int = 10000) -> None:
    """At shutdown, before the collection closes: every operation queued on the database worker runs to its
    end, however long the one running takes (a sync of a large bundle): behind it wait the user's last edits.
    Background work (renders, exports) gets `background_ms`."""
    db_pool().waitForDone(-1)
    QThreadPool.globalInstance().waitForDone(background_ms)
