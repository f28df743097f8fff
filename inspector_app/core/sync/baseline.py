"""`col.sync.baseline`: records that exist at the district only as a bulk-loaded baseline (no
operations) are logged as operations with the lowest clock when a laptop needs them: a newly approved
laptop's township register, and the parents of any outgoing change."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from inspector_app.core.jsonutil import canonical
from inspector_app.core.sync import merge
from inspector_app.core.sync.capture import SYNCED

if TYPE_CHECKING:
    from inspector_app.core.sync.service import SyncService

# Parent rows a synced row needs on the receiving side (foreign keys), for publish_parents.
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "confined_spaces": (("enterprise_id", "enterprises"),),
    "height_projects": (("enterprise_id", "enterprises"),),
    "contractors": (("enterprise_id", "enterprises"),),
    "inspections": (("enterprise_id", "enterprises"),),
    "answers": (("inspection_id", "inspections"),),
    "hazards": (("enterprise_id", "enterprises"), ("inspection_id", "inspections")),
    "hazard_events": (("hazard_id", "hazards"),),
    "documents": (("enterprise_id", "enterprises"), ("inspection_id", "inspections")),
    "planned_inspections": (("enterprise_id", "enterprises"),),
    "complaints": (("enterprise_id", "enterprises"),),
}


class Baseline:
    def __init__(self, sync: "SyncService"):
        self.sync = sync
        self.col = sync.col
        self.db = sync.db

    def publish_baseline(self, township_id: str) -> int:
        """Log the township's register and ledgers that exist only as a baseline (bulk-loaded, or
        older than sync) as operations with the lowest clock, so a newly approved laptop receives
        them and any real edit wins over them. Idempotent (op ids derive from the row)."""
        queries = {
            "townships": ("SELECT * FROM townships WHERE id = ?", [township_id]),
            "enterprises": ("SELECT * FROM enterprises WHERE township_id = ?", [township_id]),
            **{t: (f"SELECT * FROM {t} WHERE enterprise_id IN (SELECT id FROM enterprises WHERE township_id = ?)",
                   [township_id]) for t in ("confined_spaces", "height_projects", "contractors")},
            # Open hazards (the laptop follows them up; the district's extensions must find them),
            # the inspections they came from (without answers), and their events.
            "inspections": ("SELECT * FROM inspections WHERE id IN (SELECT inspection_id FROM hazards "
                            "WHERE township_id = ? AND state != 'closed')", [township_id]),
            "hazards": ("SELECT * FROM hazards WHERE township_id = ? AND state != 'closed'", [township_id]),
            "hazard_events": ("SELECT * FROM hazard_events WHERE hazard_id IN (SELECT id FROM hazards "
                              "WHERE township_id = ? AND state != 'closed')", [township_id]),
        }
        columns = self.sync.columns()
        rows_out = []
        for table, (sql, params) in queries.items():
            cur = self.db.execute(sql, params)
            names = [d[0] for d in cur.description]
            rows = [dict(zip(names, r)) for r in cur]
            with_ops = merge.rows_with_ops(self.db, table, [r["id"] for r in rows])
            scope = "" if table == "townships" else township_id
            rows_out += [self._baseline_op(table, r, scope, columns) for r in rows if r["id"] not in with_ops]
        with self.db.atomic():  # executemany alone would leave sqlite3's implicit transaction open
            return self._log_baseline(rows_out)

    def _baseline_op(self, table: str, row: dict[str, Any], scope: str, columns: dict[str, set[str]]) -> tuple:
        fields = {k: v for k, v in row.items() if k in columns[table]}
        op_id = uuid.uuid5(uuid.NAMESPACE_URL, f"inspector-baseline:{table}:{row['id']}").hex
        return (op_id, self.col.device_id, 0, 1, table, row["id"], "insert", canonical(fields), scope)

    def _log_baseline(self, rows_out: list[tuple]) -> int:
        before = self.db.conn.total_changes
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO sync_ops (op_id, origin, oseq, hlc, tbl, row_id, kind, fields, scope) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows_out)
        return self.db.conn.total_changes - before

    def publish_parents(self, ops: list[dict[str, Any]]) -> int:
        """Log as baseline the parent rows (hazard of an event, inspection of a hazard, ...) that
        outgoing operations need but that exist here only as a bulk-loaded baseline, so the
        district's change to an old record is not left waiting on the laptop. Idempotent."""
        columns = self.sync.columns()
        todo = {(op["tbl"], op["row"]) for op in ops if op["tbl"] in PARENTS}
        seen: set[tuple[str, str]] = set()
        rows_out: list[tuple] = []
        while todo:
            wanted: dict[str, set[str]] = {}
            for tbl, row in todo - seen:
                seen.add((tbl, row))
                cur = self.db.execute(f'SELECT {", ".join(c for c, _p in PARENTS[tbl])} FROM "{tbl}" WHERE id = ?',
                                      [row]).fetchone()
                for (_col, parent), pid in zip(PARENTS[tbl], cur or ()):
                    if pid:
                        wanted.setdefault(parent, set()).add(pid)
            todo = set()
            for parent, ids in wanted.items():
                missing = sorted(ids - merge.rows_with_ops(self.db, parent, sorted(ids)))
                for pid in missing:
                    cur = self.db.execute(f'SELECT *, IFNULL({SYNCED[parent].scope}, \'\') AS "~scope" '
                                          f'FROM "{parent}" AS NEW WHERE id = ?', [pid])
                    names = [d[0] for d in cur.description]
                    r = cur.fetchone()
                    if r is None:
                        continue
                    row = dict(zip(names, r))
                    scope = row.pop("~scope")
                    rows_out.append(self._baseline_op(parent, row, scope, columns))
                    if parent in PARENTS:
                        todo.add((parent, pid))
                    if parent == "hazards":  # its state is derived from all its events: send them too
                        cur = self.db.execute("SELECT * FROM hazard_events WHERE hazard_id = ?", [pid])
                        names = [d[0] for d in cur.description]
                        events = [dict(zip(names, e)) for e in cur]
                        logged = merge.rows_with_ops(self.db, "hazard_events", [e["id"] for e in events])
                        rows_out += [self._baseline_op("hazard_events", e, scope, columns)
                                     for e in events if e["id"] not in logged]
        if not rows_out:
            return 0
        with self.db.atomic():
            return self._log_baseline(rows_out)
