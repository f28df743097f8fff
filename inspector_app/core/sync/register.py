"""`col.sync.register`: the district's corrections to the enterprise register that must reach every
device — moving an enterprise to another township, merging duplicates (one credit code registered by
two laptops) — and the laptop's check before inspecting an enterprise outside its township.

Every correction is written as ordinary operations of the district (core/sync/capture.py format), so
laptops follow by applying them like any other change and every device converges.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from inspector_app.core.changes import OpChanges
from inspector_app.core.clock import now_iso
from inspector_app.core.errors import ValidationError
from inspector_app.core.jsonutil import canonical
from inspector_app.core.sync import merge
from inspector_app.core.sync.capture import SYNCED, TICK

if TYPE_CHECKING:
    from inspector_app.core.sync.service import SyncService

# Records hanging directly off an enterprise (re-pointed by a merge, published by a move), parents first.
CHILDREN = ("confined_spaces", "height_projects", "contractors", "inspections", "hazards", "documents",
            "planned_inspections", "complaints")
# Records below those, published with them when an enterprise moves.
GRANDCHILDREN = {"inspections": (("inspection_checklists", "inspection_id"), ("answers", "inspection_id")),
                 "hazards": (("hazard_events", "hazard_id"),)}
# Children that repeat their enterprise's township_id.
TOWNSHIP_COPIES = ("inspections", "hazards", "planned_inspections", "complaints")


class RegisterService:
    def __init__(self, sync: "SyncService"):
        self.sync = sync
        self.col = sync.col
        self.db = sync.db

    # ------------------------------------------------------------ laptop
    def outside_township(self, enterprise_id: str) -> tuple[str, str] | None:
        """On a laptop: (zh, en) warning when the enterprise is not in this laptop's township (its
        changes would be refused by the district), else None."""
        prof = self.col.profile.get()
        row = self.db.execute("SELECT e.township_id, IFNULL(t.name, '') FROM enterprises e LEFT JOIN townships t "
                              "ON t.id = e.township_id WHERE e.id = ?", [enterprise_id]).fetchone()
        if not prof or prof["role"] == "district" or row is None or row[0] == prof["township_id"]:
            return None
        return (f"该企业登记在“{row[1] or '其他乡镇'}”，不属于本机的乡镇。在这里检查的记录会被区局拒绝；"
                f"如企业登记错了乡镇，请先请区局把它划转过来。",
                f"This enterprise is registered under '{row[1] or 'another township'}', not this laptop's "
                f"township. Records made here would be refused by the district; if the township is wrong, "
                f"ask the district to move the enterprise first.")

    # ------------------------------------------------------------ writing district operations
    def _log(self, tbl: str, row: str, fields: dict[str, Any], scope: str, kind: str = "update",
             hlc: int | None = None, op_id: str | None = None) -> None:
        """Append one operation of this device to the log (fresh clock unless `hlc` is given)."""
        if hlc is None:
            self.db.execute(TICK)
        self.db.execute(
            "INSERT OR IGNORE INTO sync_ops (op_id, origin, oseq, hlc, tbl, row_id, kind, fields, prev, scope) "
            "VALUES (?, ?, (SELECT IFNULL(MAX(lseq), 0) + 1 FROM sync_ops), "
            "IFNULL(?, (SELECT hlc FROM sync_control WHERE id = 1)), ?, ?, ?, ?, '{}', ?)",
            [op_id or uuid.uuid4().hex, self.col.device_id, hlc, tbl, row, kind, canonical(fields), scope])

    def _current(self, tbl: str, row: str) -> dict[str, Any]:
        """A record's merged synced values (from the table, else from its operations if it waits)."""
        where, params = merge._row_where(tbl, row)
        cur = self.db.execute(f'SELECT * FROM "{tbl}" WHERE {where}', params)
        names = [d[0] for d in cur.description]
        found = cur.fetchone()
        if found is not None:
            return dict(zip(names, found))
        return {k: v for k, (v, _op) in merge.winners(merge.known_ops(self.db, tbl, row), tbl).items()}

    def _children(self, enterprise_id: str) -> list[tuple[str, str]]:
        """(table, row) of every record whose merged enterprise_id is this enterprise (held or waiting)."""
        out = []
        for tbl in CHILDREN:
            rows = {r[0] for r in self.db.execute(f'SELECT id FROM "{tbl}" WHERE enterprise_id = ?', [enterprise_id])}
            rows |= {r[0] for r in self.db.execute(
                "SELECT DISTINCT row_id FROM sync_ops WHERE tbl = ? AND json_extract(fields, '$.enterprise_id') = ?",
                [tbl, enterprise_id])}
            out += [(tbl, r) for r in sorted(rows) if self._current(tbl, r).get("enterprise_id") == enterprise_id]
        return out

    def _settle(self, records: list[tuple[str, str]]) -> None:
        columns = self.sync.columns()
        waiting = {tuple(r) for r in self.db.execute("SELECT tbl, row_id FROM sync_pending")}
        for tbl, row in records:
            merge.materialise(self.db, tbl, row, columns[tbl], was_pending=(tbl, row) in waiting)
        retried = merge.retry_pending(self.db, columns)
        self.col.hazards.refresh_rows(records + retried)

    def _district_only(self) -> None:
        if not self.sync.is_district():
            raise ValidationError("只有区级可以调整企业名录", "Only the district corrects the enterprise register")

    # ------------------------------------------------------------ move
    def move_enterprise(self, enterprise_id: str, township_id: str) -> OpChanges:
        """District: move an enterprise (with its inspections and hazards) to another township. The old
        township's laptops are told it left; the new township's laptops receive it with its ledgers,
        inspections, hazards and documents. Edits the old laptop made before it learned of the move are
        still accepted and go to the new township (core/sync/authorize.py)."""
        self._district_only()
        ent = self.col.enterprises.get(enterprise_id)
        old = ent["township_id"]
        if not self.db.execute("SELECT 1 FROM townships WHERE id = ?", [township_id]).fetchone():
            raise ValidationError("找不到目标乡镇", "No such township", field="township_id")
        if old == township_id:
            raise ValidationError("企业已在该乡镇", "The enterprise is already in that township", field="township_id")
        changes = OpChanges()
        stamp = {"updated_at": now_iso(), "device_id": self.col.device_id}
        with self.db.atomic():
            # Each change twice: under the new township's scope and under the old one's, so the old
            # township's laptops learn that the records left.
            records = [("enterprises", enterprise_id)] + [
                (tbl, row) for tbl, row in self._children(enterprise_id)
                if tbl in TOWNSHIP_COPIES and self._current(tbl, row).get("township_id") != township_id]
            for tbl, row in records:
                for scope in (township_id, old):
                    self._log(tbl, row, {"township_id": township_id, **stamp}, scope)
                changes.add(tbl, row)
            self._settle(records)
            self._publish(enterprise_id, township_id)
            self.col.audit.append(self.col.actor(), "enterprise.move", "enterprises", enterprise_id,
                                  {"from": old, "to": township_id, "name": ent["name"]})
        return changes

    def _publish(self, enterprise_id: str, township_id: str) -> None:
        """Log the enterprise and everything under it as inserts at the lowest clock, scoped to its new
        township: a laptop that never had them can create them, and any real edit wins over them."""
        columns = self.sync.columns()
        records: list[tuple[str, str]] = [("enterprises", enterprise_id)] + self._children(enterprise_id)
        for ptbl, prow in list(records):
            for gtbl, link in GRANDCHILDREN.get(ptbl, ()):
                key = " || '|' || ".join(SYNCED[gtbl].pk)
                records += [(gtbl, r[0]) for r in self.db.execute(f'SELECT {key} FROM "{gtbl}" WHERE "{link}" = ?',
                                                                  [prow])]
        tag = uuid.uuid4().hex
        for tbl, row in records:
            values = self._current(tbl, row)
            fields = {k: v for k, v in values.items() if k in columns[tbl]}
            if fields:
                self._log(tbl, row, fields, township_id, kind="insert", hlc=1,
                          op_id=uuid.uuid5(uuid.NAMESPACE_URL, f"inspector-move:{tag}:{tbl}:{row}").hex)

    # ------------------------------------------------------------ duplicates
    def duplicates(self) -> list[dict[str, Any]]:
        """District: enterprises received from a laptop that wait because their credit code is already
        registered (two laptops registered the same firm). Each: `id` (the waiting one), `uscc`, `name`,
        `township_id`, `records` (how many inspections/hazards/documents... hang off it), and `existing`
        (id and name of the registered one)."""
        out = []
        for (row,) in self.db.execute("SELECT row_id FROM sync_pending WHERE tbl = 'enterprises' ORDER BY row_id"):
            values = self._current("enterprises", row)
            code = values.get("uscc")
            held = self.db.execute("SELECT id, name FROM enterprises WHERE uscc = ? AND id != ?", [code, row]).fetchone()
            if held:
                out.append({"id": row, "uscc": code, "name": values.get("name", ""),
                            "township_id": values.get("township_id", ""), "records": len(self._children(row)),
                            "existing": {"id": held[0], "name": held[1]}})
        return out

    def merge_enterprises(self, duplicate_id: str, into_id: str) -> OpChanges:
        """District: merge a duplicate enterprise into the registered one: its inspections, hazards,
        documents and ledgers are re-pointed to `into_id` (and its township), and the duplicate is
        kept as a deleted record with its credit code marked, so laptops that hold it can receive the
        registered one. The mark names the duplicate itself: two duplicates of one firm merged into the
        same enterprise must not collide on the unique credit code again. All as operations: the laptops
        follow."""
        self._district_only()
        into = self.col.enterprises.get(into_id)
        dup = self._current("enterprises", duplicate_id)
        if not dup or duplicate_id == into_id:
            raise ValidationError("找不到要合并的重复企业", "No such duplicate enterprise")
        changes = OpChanges()
        now = now_iso()
        stamp = {"updated_at": now, "device_id": self.col.device_id}
        with self.db.atomic():
            dup_scope = dup.get("township_id") or ""
            self._log("enterprises", duplicate_id,
                      {"deleted": 1, "uscc": f"{dup.get('uscc', '')}~{duplicate_id}",
                       "notes": (f"{dup.get('notes') or ''}\n已合并到 {into['name']}（{into_id}）").strip(), **stamp},
                      dup_scope)
            moved = self._children(duplicate_id)
            for tbl, row in moved:
                fields: dict[str, Any] = {"enterprise_id": into_id, **stamp}
                if tbl in TOWNSHIP_COPIES:
                    fields["township_id"] = into["township_id"]
                self._log(tbl, row, fields, into["township_id"])
                if dup_scope and dup_scope != into["township_id"]:  # the old township learns it left
                    self._log(tbl, row, fields, dup_scope)
                changes.add(tbl, row)
            self._settle([("enterprises", duplicate_id), *moved])
            self.col.audit.append(self.col.actor(), "enterprise.merge", "enterprises", into_id,
                                  {"duplicate": duplicate_id, "records": len(moved), "uscc": into["uscc"]})
        return changes.add("enterprises", into_id).add("enterprises", duplicate_id)

