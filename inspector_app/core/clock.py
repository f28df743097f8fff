"""Identifiers and timestamps shared by every record."""

from __future__ import annotations

import datetime as dt
import uuid


def new_id() -> str:
    """A new record id (UUID4, text)."""
    return str(uuid.uuid4())


def now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def now_iso() -> str:
    """Local time with offset, millisecond precision, e.g. 2026-11-23T13:05:00.123+08:00."""
    return now().isoformat(timespec="milliseconds")


def today_iso() -> str:
    return dt.date.today().isoformat()
