"""Change capture: SQLite triggers that log every write to a synced table as an operation.

Which tables sync, how a row is named (`row_id`) and which township it belongs to (`scope`)
is declared once in SYNCED. The triggers are generated from the live schema each time a
collection opens, so columns added by later migrations are captured without anyone editing
this file.

The triggers are TEMP triggers of the connection, and so is the switch that silences them
(`pause`/`resume`, `paused()`: applying received operations, `SyncService.bulk_load()`): whether a
write is captured is decided by the connection that makes it, never by a shared row another
connection or a crashed process could leave switched off. (Migration 0002's
`sync_control.capture` column is no longer read.)
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Iterator

from sqlite_utils import Database



@dataclass(frozen=True)
class Synced:
    pk: tuple[str, ...]              # primary-key columns; row_id joins them with '|'
    scope: str                       # SQL giving the township id from NEW (or "''" = global)
    exclude: tuple[str, ...] = ()    # derived or local columns, never synced


_BY_ENTERPRISE = "(SELECT township_id FROM enterprises WHERE id = NEW.enterprise_id)"
_BY_INSPECTION = "(SELECT township_id FROM inspections WHERE id = NEW.inspection_id)"

# The allow-list: tables (and, through their live columns, fields) a bundle may touch.
SYNCED: dict[str, Synced] = {
    "townships": Synced(("id",), "''"),
    "checklist_templates": Synced(("content_hash",), "''"),
    "enterprises": Synced(("id",), "NEW.township_id"),
    "confined_spaces": Synced(("id",), _BY_ENTERPRISE),
    "height_projects": Synced(("id",), _BY_ENTERPRISE),
    "contractors": Synced(("id",), _BY_ENTERPRISE),
    "inspections": Synced(("id",), "NEW.township_id"),
    "inspection_checklists": Synced(("inspection_id", "template_hash"), _BY_INSPECTION),
    "answers": Synced(("id",), _BY_INSPECTION),
    "hazards": Synced(("id",), "NEW.township_id", ("state", "deadline", "closed_on")),
    "hazard_events": Synced(("id",), "(SELECT township_id FROM hazards WHERE id = NEW.hazard_id)"),
    "documents": Synced(("id",), _BY_ENTERPRISE),
    "roster": Synced(("id",), "NEW.township_id"),
    "inspection_plans": Synced(("id",), "NEW.township_id"),
    "draws": Synced(("id",), "NEW.township_id"),
    "planned_inspections": Synced(("id",), "NEW.township_id"),
    "complaints": Synced(("id",), "NEW.township_id"),
}

# One tick of this device's hybrid logical clock: past its last value and at least the wall clock (ms × 65536).
# now_ms() is core.clock.now_ms, registered on the connection by core/store.py.
TICK = "UPDATE sync_control SET hlc = max(hlc + 1, now_ms() * 65536) WHERE id = 1"
_CLOCK = TICK + ";"
_CAPTURING = "NOT EXISTS (SELECT 1 FROM temp.sync_quiet)"
_QUIET_TABLE = "CREATE TEMP TABLE IF NOT EXISTS sync_quiet (on_since INTEGER)"
_OURS = "(name LIKE 'sync_ins_%' OR name LIKE 'sync_upd_%')"


def synced_columns(db: Database, table: str) -> list[str]:
    """The live columns of a synced table that travel in operations."""
    spec = SYNCED[table]
    cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
    return [c for c in cols if c not in spec.exclude]


def _row_id(spec: Synced, ref: str) -> str:
    return " || '|' || ".join(f"{ref}.{c}" for c in spec.pk)


def trigger_sql(db: Database) -> list[str]:
    out = []
    for table, spec in SYNCED.items():
        cols = synced_columns(db, table)
        new_obj = "json_object(" + ", ".join(f"'{c}', NEW.\"{c}\"" for c in cols) + ")"
        old_obj = "json_object(" + ", ".join(f"'{c}', OLD.\"{c}\"" for c in cols) + ")"
        same = ", ".join(f"CASE WHEN NEW.\"{c}\" IS OLD.\"{c}\" THEN '$.{c}' ELSE '$.\"~\"' END" for c in cols)
        changed = " OR ".join(f"NEW.\"{c}\" IS NOT OLD.\"{c}\"" for c in cols)
        head = ("INSERT INTO sync_ops (op_id, origin, oseq, hlc, tbl, row_id, kind, fields, prev, scope) "
                "VALUES (lower(hex(randomblob(16))), "
                "IFNULL((SELECT value FROM meta WHERE key = 'device_id'), ''), "
                "(SELECT IFNULL(MAX(lseq), 0) + 1 FROM sync_ops), "
                "(SELECT hlc FROM sync_control WHERE id = 1), "
                f"'{table}', {_row_id(spec, 'NEW')}, ")
        out.append(
            f"CREATE TEMP TRIGGER sync_ins_{table} AFTER INSERT ON main.{table} WHEN {_CAPTURING} BEGIN "
            f"{_CLOCK} {head}'insert', {new_obj}, '{{}}', IFNULL({spec.scope}, '')); END;")
        # The first logged change of a baseline row (bulk-loaded, or older than sync) carries the
        # whole row as an insert, so a device that never had the row can create it.
        logged = f"EXISTS (SELECT 1 FROM sync_ops WHERE tbl = '{table}' AND row_id = {_row_id(spec, 'NEW')})"
        out.append(
            f"CREATE TEMP TRIGGER sync_upd_{table} AFTER UPDATE ON main.{table} WHEN {_CAPTURING} AND ({changed}) BEGIN "
            f"{_CLOCK} {head}CASE WHEN {logged} THEN 'update' ELSE 'insert' END, "
            f"CASE WHEN {logged} THEN json_remove({new_obj}, {same}) ELSE {new_obj} END, "
            f"json_remove({old_obj}, {same}), IFNULL({spec.scope}, '')); END;")
    return out


def ensure_triggers(db: Database) -> None:
    """Install this connection's capture triggers (from the live schema). Drops the persistent
    triggers earlier builds kept in the database file."""
    statements = trigger_sql(db)
    legacy = db.execute(f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND {_OURS}").fetchall()
    if legacy:
        with db.atomic():
            for (name,) in legacy:
                db.execute(f"DROP TRIGGER main.{name}")
            db.execute("DELETE FROM meta WHERE key = 'sync_triggers'")
    db.execute(_QUIET_TABLE)
    for (name,) in db.execute(f"SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND {_OURS}").fetchall():
        db.execute(f"DROP TRIGGER temp.{name}")
    for sql in statements:
        db.execute(sql)


def pause(db: Database) -> None:
    """Stop capturing this connection's writes (until `resume`). Inside a transaction the pause
    is part of it: a rollback undoes it too."""
    db.execute("INSERT INTO temp.sync_quiet (on_since) VALUES (1)")


def resume(db: Database) -> None:
    db.execute("DELETE FROM temp.sync_quiet")


def capturing(db: Database) -> bool:
    return db.execute("SELECT NOT EXISTS (SELECT 1 FROM temp.sync_quiet)").fetchone()[0] == 1


@contextlib.contextmanager
def paused(db: Database) -> Iterator[None]:
    """Write without capture, holding the connection so no other thread writes meanwhile."""
    lock = getattr(db.conn, "lock", None)
    with lock if lock is not None else contextlib.nullcontext():
        pause(db)
        try:
            yield
        finally:
            resume(db)
