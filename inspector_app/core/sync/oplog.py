"""Writing this device's own operations directly into the log (not through the capture triggers):
used where a change must be logged although the table row is absent or already holds the value —
register corrections, conflict resolutions, records sent again."""

from __future__ import annotations

import uuid
from typing import Any

from sqlite_utils import Database

from inspector_app.core.jsonutil import canonical
from inspector_app.core.sync import merge
from inspector_app.core.sync.capture import SYNCED, TICK


def log_op(db: Database, device_id: str, tbl: str, row: str, fields: dict[str, Any], scope: str, *,
           kind: str = "update", prev: dict[str, Any] | None = None, hlc: int | None = None,
           op_id: str | None = None) -> str:
    """Append one operation of this device (a fresh clock tick unless `hlc` is given); returns its id."""
    if hlc is None:
        db.execute(TICK)
    op_id = op_id or uuid.uuid4().hex
    db.execute(
        "INSERT OR IGNORE INTO sync_ops (op_id, origin, oseq, hlc, tbl, row_id, kind, fields, prev, scope) "
        "VALUES (?, ?, (SELECT IFNULL(MAX(lseq), 0) + 1 FROM sync_ops), "
        "IFNULL(?, (SELECT hlc FROM sync_control WHERE id = 1)), ?, ?, ?, ?, ?, ?)",
        [op_id, device_id, hlc, tbl, row, kind, canonical(fields), canonical(prev or {}), scope])
    return op_id


def row_scope(db: Database, tbl: str, row: str) -> str:
    """The township a held record belongs to, as the capture triggers compute it ('' for global rows)."""
    where, params = merge._row_where(tbl, row)
    found = db.execute(f'SELECT IFNULL({SYNCED[tbl].scope}, \'\') FROM "{tbl}" AS NEW WHERE {where}', params).fetchone()
    return found[0] if found else ""
