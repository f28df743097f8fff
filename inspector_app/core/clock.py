"""Identifiers and timestamps shared by every record.

Timestamps are stored as ISO 8601 text in the writer's local time with its UTC offset
(`2026-11-23T13:05:00.123+08:00`): the date part is the calendar day where it happened, which documents,
QR codes and monthly reports use. Devices may write different offsets, so text order is not time order:
order by the instant, `instant_key()` in Python and `julianday(column)` in SQL (the same order; text
without an offset counts as UTC in both). Shown to a person, a time is converted to this computer's
local time (`local_text()`).
"""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Mapping, TypeVar

M = TypeVar("M", bound=Mapping[str, Any])


def new_id() -> str:
    """A new record id (UUID4, text)."""
    return str(uuid.uuid4())


_offset_ns = 0   # set only inside running_from()


def wall_ns() -> int:
    """The wall clock: nanoseconds since 1970-01-01 UTC. The core reads the time here and nowhere else —
    now() and the helpers below build on it, and so does SQL's now_ms(), registered on every connection by
    core/store.py, and the signing time of documents — so a test can run everything on a clock it sets
    (tests/core/sync_support.controlled_clock)."""
    return time.time_ns() + _offset_ns


@contextmanager
def running_from(moment: dt.datetime) -> Iterator[None]:
    """Inside the block the clock reads `moment` and runs on from there. The demo writes its history through
    the real services this way (core/demo/documents.py). It is process-wide: only for work done before any
    other thread writes, as the demo is, before a window opens."""
    global _offset_ns
    saved = _offset_ns
    _offset_ns = int(moment.timestamp() * 1_000_000_000) - time.time_ns()
    try:
        yield
    finally:
        _offset_ns = saved


def now() -> dt.datetime:
    """This computer's clock: local time with its offset."""
    ns = wall_ns()
    utc = dt.datetime.fromtimestamp(ns // 1_000_000_000, dt.timezone.utc)
    return utc.replace(microsecond=ns // 1000 % 1_000_000).astimezone()


def now_ms() -> int:
    """Milliseconds since 1970-01-01 UTC: the wall-clock part of the sync clock (HLC). Cheap: SQL calls it at
    every captured write."""
    return wall_ns() // 1_000_000


def utc_now() -> dt.datetime:
    return now().astimezone(dt.timezone.utc)


def today() -> dt.date:
    """Today's date where this computer is."""
    return now().date()


_last: dt.datetime | None = None
_last_lock = threading.Lock()
_MAX_NUDGE = dt.timedelta(seconds=10)   # the most a burst of stamps may run ahead of the clock


def now_iso() -> str:
    """Local time with offset, millisecond precision, e.g. 2026-11-23T13:05:00.123+08:00. Increasing
    within this process: two records written in one millisecond (a hazard's events, recorded one after
    the other) would otherwise tie and be ordered by their random ids. Only ties and sub-second
    stumbles are moved on; a clock set back (the user corrects it) is followed at once."""
    global _last
    with _last_lock:
        t = now()
        t = t.replace(microsecond=t.microsecond // 1000 * 1000)
        if _last is not None and _last - _MAX_NUDGE < t <= _last:
            t = _last + dt.timedelta(milliseconds=1)
        _last = t
    return t.isoformat(timespec="milliseconds")


def today_iso() -> str:
    return today().isoformat()


def parse(value: str) -> dt.datetime:
    """A stored or entered timestamp as an aware datetime; text without an offset is taken as UTC.
    Raises ValueError for text that is no ISO 8601 date-time."""
    text = str(value).strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    t = dt.datetime.fromisoformat(text)
    return t if t.tzinfo is not None else t.replace(tzinfo=dt.timezone.utc)


def instant_key(value: str | None) -> str:
    """Sort key: the UTC instant as fixed-width text (ms), so timestamps written with different offsets
    order by time — the same order as SQL `ORDER BY julianday(value)`. Unreadable text sorts first."""
    if not value:
        return ""
    try:
        t = parse(value).astimezone(dt.timezone.utc)
    except ValueError:
        return ""
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def in_time_order(rows: Iterable[M], at: str, tie: str) -> list[M]:
    """Rows (mappings) ordered by the instant of `row[at]`, then `row[tie]`. Texts of one length ending
    in one offset already sort by time, so the common case skips parsing."""
    out = list(rows)
    if len({(len(r[at] or ""), (r[at] or "")[-6:]) for r in out}) <= 1:
        out.sort(key=lambda r: (r[at] or "", r[tie]))
    else:
        out.sort(key=lambda r: (instant_key(r[at]), r[tie]))
    return out


def normalise(value: str) -> str:
    """A timestamp given by a caller or user, in the stored form: with an offset (a time without one is
    this computer's local time, as the person typing it meant) and millisecond precision."""
    text = str(value).strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    t = dt.datetime.fromisoformat(text)
    if t.tzinfo is None:
        t = t.astimezone()
    return t.isoformat(timespec="milliseconds")


def local_text(value: str | None, *, seconds: bool = False) -> str:
    """A stored timestamp for display: this computer's local time, `YYYY-MM-DD HH:MM[:SS]`. A value
    that is only a date, or unreadable, is shown as it is."""
    if not value:
        return ""
    text = str(value)
    if len(text) <= 10:
        return text
    try:
        t = parse(text).astimezone()
    except ValueError:
        return text
    return t.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def local_date(value: str | None) -> str:
    """The calendar day of a stored timestamp in this computer's local time, `YYYY-MM-DD` (what a list shows
    when the time of day does not matter). A value that is only a date, or unreadable, is shown as it is."""
    text = local_text(value)
    return text[:10] if len(text) == 16 else text
