"""Applying received operations: field-by-field last-writer-wins over the operations log.

A row's synced fields are a function of the set of operations known for it: for every field the
value of the operation with the greatest (hlc, origin, op id) wins. Rows are "materialised" from
the log after new operations are stored, so delivery order, duplicates and resends cannot change
the outcome. Fields no operation ever touched (bulk-loaded baseline) keep their local value.

A genuine conflict — a received update whose `prev` value is not the value we hold, from another
device, to a different value — is recorded in sync_conflicts (winner and other value) for a person.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any, Iterable

from sqlite_utils import Database

from inspector_app.core.clock import now_iso
from inspector_app.core.sync import reasons
from inspector_app.core.sync.capture import SYNCED

META_FIELDS = {"created_at", "updated_at", "device_id"}


def _key(op: dict[str, Any]) -> tuple:
    return (op["hlc"], op["origin"], op["id"])


def _row_where(table: str, row_id: str) -> tuple[str, list[str]]:
    pk = SYNCED[table].pk
    parts = row_id.split("|") if len(pk) > 1 else [row_id]
    if len(parts) != len(pk):
        parts = (parts + [""] * len(pk))[: len(pk)]
    return " AND ".join(f'"{c}" = ?' for c in pk), parts


def known_ops(db: Database, table: str, row_id: str) -> list[dict[str, Any]]:
    cur = db.execute("SELECT op_id, origin, hlc, kind, fields FROM sync_ops WHERE tbl = ? AND row_id = ?",
                     [table, row_id])
    return [{"id": r[0], "origin": r[1], "hlc": r[2], "kind": r[3], "fields": json.loads(r[4])} for r in cur]


# Once a document is issued only these may change (voiding); later edits of anything else are void.
DOCUMENT_AFTER_ISSUE = {"state", "voided_at", "void_reason", "updated_at", "device_id"}


def winners(ops: Iterable[dict[str, Any]], table: str = "") -> dict[str, tuple[Any, dict[str, Any]]]:
    win: dict[str, tuple[Any, dict[str, Any]]] = {}
    frozen = False
    for op in sorted(ops, key=_key):
        for k, v in op["fields"].items():
            if frozen and (k not in DOCUMENT_AFTER_ISSUE or (k == "state" and v != "voided")):
                continue
            win[k] = (v, op)
        if table == "documents" and win.get("state", (None,))[0] in ("issued", "voided"):
            frozen = True  # issued documents are immutable (a function of the op set: converges)
    return win


def detect_conflicts(db: Database, table: str, row_id: str, before: list[dict[str, Any]],
                     incoming: list[dict[str, Any]]) -> int:
    """Record concurrent edits of one field to different values. Returns how many were new."""
    if not before:
        return 0
    win = winners(before, table)
    found = 0
    for op in incoming:
        if not op["prev"]:
            continue
        for f, value in op["fields"].items():
            if f in META_FIELDS or f not in win or f not in op["prev"]:
                continue
            held, held_op = win[f]
            if held_op["origin"] == op["origin"] or value == held or op["prev"][f] == held:
                continue
            a, b = sorted([(held, held_op), (value, op)], key=lambda x: _key(x[1]))
            (other_v, other_op), (win_v, win_op) = a, b
            cid = hashlib.sha256(f"{table}|{row_id}|{f}|{win_op['id']}|{other_op['id']}".encode()).hexdigest()[:32]
            cur = db.execute(
                "INSERT OR IGNORE INTO sync_conflicts (id, tbl, row_id, field, winner_value, winner_op, "
                "other_value, other_op, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [cid, table, row_id, f, _text(win_v), win_op["id"], _text(other_v), other_op["id"], now_iso()])
            found += cur.rowcount
    return found


def _text(v: Any) -> str | None:
    return None if v is None else str(v)


def rows_with_ops(db: Database, table: str, row_ids: list[str]) -> set[str]:
    """Which of these rows already have operations in the log."""
    out: set[str] = set()
    for i in range(0, len(row_ids), 500):
        chunk = row_ids[i:i + 500]
        out.update(r[0] for r in db.execute(
            f"SELECT DISTINCT row_id FROM sync_ops WHERE tbl = ? AND row_id IN ({','.join('?' * len(chunk))})",
            [table, *chunk]))
    return out


def materialise(db: Database, table: str, row_id: str, columns: set[str],
                ops: list[dict[str, Any]] | None = None, was_pending: bool = True) -> bool:
    """Bring one row in line with its operations (all of them: pass `ops` only when they are
    the row's complete set; then an insert is tried first, the common case of a new row).
    False when it cannot exist yet (kept pending)."""
    conn = db.conn
    fast = ops is not None
    if ops is None:
        ops = known_ops(db, table, row_id)
    win = {k: v for k, (v, _op) in winners(ops, table).items() if k in columns}
    inserting = any(op["kind"] == "insert" for op in ops)
    if fast and inserting:
        cols = list(win)
        try:
            conn.execute(f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
                         f'VALUES ({", ".join("?" for _ in cols)})', [win[c] for c in cols])
            if was_pending:
                conn.execute("DELETE FROM sync_pending WHERE tbl = ? AND row_id = ?", [table, row_id])
            return True
        except sqlite3.IntegrityError:
            pass  # the row exists (a local baseline) or a constraint fails: the careful path below
    where, params = _row_where(table, row_id)
    cur = conn.execute(f'SELECT * FROM "{table}" WHERE {where}', params)
    names = [d[0] for d in cur.description]
    row = cur.fetchone()
    try:
        if row is None:
            if not inserting:
                _pending(db, table, row_id, "waiting_parent")
                return False
            cols = list(win)
            conn.execute(f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
                         f'VALUES ({", ".join("?" for _ in cols)})', [win[c] for c in cols])
        else:
            current = dict(zip(names, row))
            diff = {k: v for k, v in win.items() if current.get(k) != v}
            if diff:
                conn.execute(f'UPDATE "{table}" SET {", ".join(chr(34) + k + chr(34) + " = ?" for k in diff)} '
                             f'WHERE {where}', [*diff.values(), *params])
    except sqlite3.IntegrityError as e:
        _pending(db, table, row_id, reasons.both(f"数据库约束不允许写入：{e}", f"refused by a database constraint: {e}"))
        return False
    if was_pending:
        conn.execute("DELETE FROM sync_pending WHERE tbl = ? AND row_id = ?", [table, row_id])
    return True


def _pending(db: Database, table: str, row_id: str, reason: str) -> None:
    db.execute("INSERT OR REPLACE INTO sync_pending (tbl, row_id, reason) VALUES (?, ?, ?)", [table, row_id, reason])


def retry_pending(db: Database, columns: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Materialise pending rows until no more progress; returns rows that became real."""
    done: list[tuple[str, str]] = []
    while True:
        rows = db.execute("SELECT tbl, row_id FROM sync_pending").fetchall()
        progress = [(t, r) for t, r in rows if t in columns and materialise(db, t, r, columns[t])]
        done += progress
        if not progress:
            return done
