"""`col.sync` conflicts: concurrent edits of one field to different values, for a person to decide.

A conflict records the two values it is about and the operations that wrote them. It stays true:
once a later change of that field wins (an edit, or a resolution made on any device), it is no
longer listed, and resolving it is refused as stale instead of overwriting the newer value.
A resolution is itself an operation (the chosen value written again with a fresh clock), so every
device that receives it agrees the conflict is settled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from inspector_app.core.changes import OpChanges
from inspector_app.core.clock import now_iso
from inspector_app.core.errors import ValidationError
from inspector_app.core.sync import merge, oplog, reasons

if TYPE_CHECKING:
    from inspector_app.core.sync.service import SyncService


class Conflicts:
    def __init__(self, sync: "SyncService"):
        self.sync = sync
        self.col = sync.col
        self.db = sync.db

    def _current(self, c: dict[str, Any]) -> tuple[Any, str] | None:
        """(value, id of the operation that wrote it) of the conflict's field as merged now."""
        win = merge.winners(merge.known_ops(self.db, c["tbl"], c["row_id"]), c["tbl"])
        if c["field"] not in win:
            return None
        value, op = win[c["field"]]
        return value, op["id"]

    def find(self, include_resolved: bool = False) -> list[dict[str, Any]]:
        """Open conflicts (with `current_value`); a conflict whose field has changed since (a later
        edit or a resolution from another device) is settled and left out unless `include_resolved`."""
        sql = "SELECT * FROM sync_conflicts" + ("" if include_resolved else " WHERE resolved_at IS NULL")
        out = []
        for c in self.db.query(sql + " ORDER BY julianday(detected_at), id"):
            cur = self._current(c)
            c["current_value"] = None if cur is None else cur[0]
            c["stale"] = cur is None or cur[1] != c["winner_op"]
            if include_resolved or not c["stale"]:
                out.append(c)
        return out

    def pending(self) -> list[dict[str, Any]]:
        """Received rows that cannot be applied yet: parent missing, or a clash such as two laptops
        registering the same credit code (the district merges those: register.duplicates())."""
        return reasons.localise(list(self.db.query("SELECT * FROM sync_pending ORDER BY tbl, row_id")))

    def resolve(self, conflict_id: str, keep: str = "winner") -> OpChanges:
        """Keep the current value or take the other one. Refused, changing nothing, when the field has
        changed since the conflict was recorded (the newer value is never overwritten)."""
        if keep not in ("winner", "other"):
            raise ValidationError("keep 应为 winner 或 other", "keep must be winner or other")
        rows = [c for c in self.find(True) if c["id"].startswith(conflict_id)] if conflict_id else []
        if len(rows) != 1:
            raise ValidationError(f"找不到冲突 {conflict_id}", f"No conflict {conflict_id}")
        c = rows[0]
        if c["resolved_at"]:
            raise ValidationError("该冲突已经处理过，未做修改", "This conflict was already resolved; nothing changed")
        if c["stale"]:
            shown = "（空）" if c["current_value"] is None else str(c["current_value"])
            raise ValidationError(
                f"该冲突已过时：字段“{c['field']}”后来又被改为“{shown}”（本机或其他设备的新修改，或已在别处处理），"
                f"未做修改。如需更改，请直接编辑该记录。",
                f"This conflict is out of date: field '{c['field']}' has since been changed to '{shown}' (a newer "
                f"edit, or resolved on another device); nothing changed. Edit the record itself if needed.")
        if keep == "winner":
            value = c["current_value"]
        else:
            other = next((op for op in merge.known_ops(self.db, c["tbl"], c["row_id"]) if op["id"] == c["other_op"]),
                         None)
            value = other["fields"].get(c["field"]) if other else c["other_value"]
        changes = OpChanges()
        with self.db.atomic():
            # The resolution must win over both values it settles, whatever clock wrote them.
            self.db.execute("UPDATE sync_control SET hlc = max(hlc, (SELECT IFNULL(MAX(hlc), 0) FROM sync_ops "
                            "WHERE tbl = ? AND row_id = ?)) WHERE id = 1", [c["tbl"], c["row_id"]])
            fields = {c["field"]: value, "updated_at": now_iso(), "device_id": self.col.device_id}
            oplog.log_op(self.db, self.col.device_id, c["tbl"], c["row_id"], fields,
                         oplog.row_scope(self.db, c["tbl"], c["row_id"]), prev={c["field"]: c["current_value"]})
            columns = self.sync.columns()
            merge.materialise(self.db, c["tbl"], c["row_id"], columns[c["tbl"]])
            self.col.hazards.refresh_rows([(c["tbl"], c["row_id"])])
            self.db.execute("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                            [now_iso(), keep, c["id"]])
            self.col.audit.append(self.col.actor(), "sync.resolve", c["tbl"], c["row_id"],
                                  {"field": c["field"], "keep": keep})
        changes.add(c["tbl"], c["row_id"])
        return changes.add("sync_conflicts", c["id"])
