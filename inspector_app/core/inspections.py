"""Inspections (现场检查) and their answers, saved item by item as they are given."""

from __future__ import annotations

import json
import string
from typing import TYPE_CHECKING, Any

from inspector_app.core.changes import OpChanges
from inspector_app.core.clock import new_id, now_iso
from inspector_app.core.errors import InspectorError, ValidationError

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection

RESULTS = ("complies", "fails", "not_applicable")
# 检查类别: 双随机 / 计划 / 专项 / 举报核查 / 复查 (core.plans.KINDS has the Chinese names).
KINDS = ("random", "planned", "special", "complaint", "reinspection")
# The documents' picker (Inspections.completed): how many of the newest completed inspections are searched
# before the list is built from the matches instead.
PICKER_WINDOW = 3_000
PICKER_SORT_MAX = 20_000   # more matches than this: walk the newest-first index instead of sorting them
_PICKER_COLUMNS = "SELECT i.id, i.started_at, i.status, i.place, e.name AS enterprise_name"
_PICKER_INDEX = "inspections_completed_instant"            # migration 0016: julianday(started_at), completed only
_NEWEST = "julianday(i.started_at) DESC, i.rowid DESC"     # the instant, as clock.instant_key orders it
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


class Inspections:
    def __init__(self, col: "Collection"):
        self.col = col
        self.db = col.db

    def start(self, enterprise_id: str, *, inspector2_name: str = "", inspector2_cert: str = "",
              place: str = "", purpose: str = "", template_hashes: list[str] | None = None,
              started_at: str | None = None, planned_id: str | None = None, kind: str | None = None,
              unannounced: bool | None = None) -> OpChanges:
        """Open an inspection by this profile's inspector (inspector 1). From a planned inspection
        (`planned_id`) it takes that plan's kind, 四不两直 flag and second inspector."""
        prof = self.col.profile.get()
        if prof is None:
            raise ValidationError("请先创建用户资料（inspector init）", "Create the profile first (inspector init)")
        ent = self.col.enterprises.get(enterprise_id)
        plan = self._planned(planned_id, enterprise_id) if planned_id else None
        if plan and not inspector2_name.strip():
            inspector2_name, inspector2_cert = plan["inspector2_name"], plan["inspector2_cert"]
        kind = kind or (plan["kind"] if plan else "planned")
        if kind not in KINDS:
            raise ValidationError(f"无效的检查类别：{kind}", f"Invalid inspection kind: {kind}")
        row = {
            "id": new_id(), "enterprise_id": enterprise_id, "township_id": ent["township_id"],
            "inspector1_name": prof["inspector_name"], "inspector1_cert": prof["cert_no"],
            "inspector2_name": inspector2_name.strip(), "inspector2_cert": inspector2_cert.strip(),
            "started_at": started_at or now_iso(), "place": place.strip(), "purpose": purpose.strip(),
            "status": "in_progress", "kind": kind, "planned_id": planned_id,
            "unannounced": int(unannounced if unannounced is not None else bool(plan and plan["unannounced"])),
        }
        self.col.stamp(row)
        with self.db.atomic():
            self.db.table("inspections").insert(row)
            for pos, h in enumerate(template_hashes or []):
                self.db.table("inspection_checklists").insert(
                    {"inspection_id": row["id"], "template_hash": h, "position": pos})
            if plan:
                self.col.plans.mark(plan["id"], "started", row["id"])
            self.col.audit.append(self.col.actor(), "inspection.start", "inspections", row["id"],
                                  {"enterprise": ent["name"], "kind": kind})
        return OpChanges().add("inspections", row["id"])

    def _planned(self, planned_id: str, enterprise_id: str) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM planned_inspections WHERE id=?", [planned_id]))
        if not rows or rows[0]["enterprise_id"] != enterprise_id:
            raise ValidationError("找不到该计划检查", "Planned inspection not found")
        if rows[0]["status"] not in ("planned",):
            raise ValidationError("该计划检查已开始或已完成", "This planned inspection has already been started")
        return rows[0]

    def set_answer(self, inspection_id: str, template_hash: str, item_id: str, *,
                   result: str | None = None, note: str | None = None,
                   readings: dict[str, Any] | None = None, photos: list[str] | None = None,
                   amend_reason: str | None = None) -> OpChanges:
        """Save one item's answer at once (autosave); only the given fields change. A completed
        inspection is read-only: changing it is an amendment and needs `amend_reason`, which is
        recorded on the answer and, with the old and new values, in the audit log."""
        if result is not None and result not in RESULTS:
            raise ValidationError(f"无效的检查结果：{result}", f"Invalid result: {result}")
        status = self.db.execute("SELECT status FROM inspections WHERE id=?", [inspection_id]).fetchone()
        if status is None:
            raise ValidationError("找不到该检查记录", "Inspection not found")
        amending = status[0] != "in_progress"
        if amending and not (amend_reason or "").strip():
            raise InspectorError("这次检查已完成，记录为只读。如需更正，请说明更正原因。",
                                 "This inspection is completed and read-only; an amendment needs a reason.")
        existing = self.db.execute(
            "SELECT id FROM answers WHERE inspection_id=? AND template_hash=? AND item_id=?",
            [inspection_id, template_hash, item_id]).fetchone()
        fields: dict[str, Any] = {}
        if result is not None:
            fields["result"] = result
        if note is not None:
            fields["note"] = note
        if readings is not None:
            fields["readings"] = json.dumps(readings, ensure_ascii=False)
        if photos is not None:
            fields["photos"] = json.dumps(photos)
        with self.db.atomic():
            if amending:
                before = self.db.execute(
                    "SELECT result, note, readings, photos FROM answers WHERE inspection_id=? AND template_hash=? "
                    "AND item_id=?", [inspection_id, template_hash, item_id]).fetchone()
                self.col.audit.append(self.col.actor(), "inspection.amend", "answers", f"{inspection_id}|{item_id}", {
                    "reason": (amend_reason or "").strip(), "template_hash": template_hash, "item_id": item_id,
                    "before": dict(zip(("result", "note", "readings", "photos"), before)) if before else None,
                    "after": fields})
                fields = dict(fields, amended_at=now_iso(), amend_reason=(amend_reason or "").strip())
            if existing:
                self.col.stamp(fields, created=False)
                self.db.table("answers").update(existing[0], fields)
                answer_id = existing[0]
            else:
                row = {"id": new_id(), "inspection_id": inspection_id, "template_hash": template_hash,
                       "item_id": item_id, **fields}
                self.col.stamp(row)
                self.db.table("answers").insert(row)
                answer_id = row["id"]
        return OpChanges().add("answers", answer_id)

    def answers(self, inspection_id: str) -> list[dict[str, Any]]:
        rows = self.db.query("SELECT * FROM answers WHERE inspection_id=? ORDER BY template_hash, item_id",
                             [inspection_id])
        return [dict(r, readings=json.loads(r["readings"]), photos=json.loads(r["photos"])) for r in rows]

    def get(self, inspection_id: str) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM inspections WHERE id=?", [inspection_id]))
        if not rows:
            raise ValidationError("找不到该检查记录", "Inspection not found")
        row = rows[0]
        row["template_hashes"] = [r[0] for r in self.db.execute(
            "SELECT template_hash FROM inspection_checklists WHERE inspection_id=? ORDER BY position",
            [inspection_id])]
        return row

    def complete(self, inspection_id: str, ended_at: str | None = None) -> OpChanges:
        row = {"status": "completed", "ended_at": ended_at or now_iso()}
        self.col.stamp(row, created=False)
        with self.db.atomic():
            self.db.table("inspections").update(inspection_id, row)
            planned = self.db.execute("SELECT planned_id FROM inspections WHERE id=?", [inspection_id]).fetchone()
            if planned and planned[0]:
                self.col.plans.mark(planned[0], "done")
            self.col.audit.append(self.col.actor(), "inspection.complete", "inspections", inspection_id)
        return OpChanges().add("inspections", inspection_id)

    def recent(self, limit: int = 300) -> list[dict[str, Any]]:
        """The newest inspections with their enterprise's name (id, started_at, status, enterprise_name)."""
        return list(self.db.query(
            "SELECT i.id, i.started_at, i.status, e.name AS enterprise_name FROM inspections i "
            "JOIN enterprises e ON e.id=i.enterprise_id ORDER BY julianday(i.started_at) DESC LIMIT ?", [limit]))

    def completed(self, text: str = "", limit: int = 300) -> list[dict[str, Any]]:
        """Completed inspections, newest first, for the documents' picker (id, started_at, status, place,
        enterprise_name): `text` matches part of the enterprise's name or credit code, the place or the date.

        Newest first means by the instant each started (`julianday(started_at)`, the rule of clock.instant_key),
        not by the text, which sorts wrongly across UTC offsets; migration 0016's partial index holds that
        instant, so the list is read along it in order, never sorted in full. The newest PICKER_WINDOW
        completed inspections are tried first (a common text fills the list there). Otherwise the matches are
        looked up once — enterprises by name or credit code (a small table), places and dates through the text
        index of migration 0014 — and either sorted (up to PICKER_SORT_MAX) or checked one by one along the
        newest-first index (docs/performance.md, inspection picker)."""
        q = text.strip()
        base = _PICKER_COLUMNS + f" FROM inspections i INDEXED BY {_PICKER_INDEX} JOIN enterprises e ON e.id=i.enterprise_id"
        if not q:
            return list(self.db.query(base + f" WHERE i.status='completed' ORDER BY {_NEWEST} LIMIT ?", [limit]))
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conn = self.db.conn
        with self.col.lock:
            rows = list(self.db.query(
                base + " WHERE i.status='completed' AND julianday(i.started_at) >= coalesce((SELECT julianday(started_at)"
                f" FROM inspections INDEXED BY {_PICKER_INDEX} WHERE status='completed'"
                " ORDER BY julianday(started_at) DESC LIMIT 1 OFFSET ?), -1)"
                " AND (e.name LIKE ? ESCAPE '\\' OR e.uscc LIKE ? ESCAPE '\\' OR i.place LIKE ? ESCAPE '\\'"
                f" OR substr(i.started_at, 1, 10) LIKE ? ESCAPE '\\') ORDER BY {_NEWEST} LIMIT ?",
                [PICKER_WINDOW - 1, like, like, like, like, limit]))
            if len(rows) >= limit:
                return rows
            outside = not conn.in_transaction
            try:
                n = self._fill_picker_matches(like, q.translate(_ASCII_LOWER))
                if n <= PICKER_SORT_MAX:
                    newest = ("SELECT i.rowid AS rid FROM temp.picker_match m CROSS JOIN inspections i ON i.rowid = m.id"
                              f" WHERE i.status='completed' ORDER BY {_NEWEST} LIMIT ?")
                    return list(self.db.query(
                        _PICKER_COLUMNS + f" FROM ({newest}) s CROSS JOIN inspections i ON i.rowid = s.rid"
                        f" JOIN enterprises e ON e.id=i.enterprise_id ORDER BY {_NEWEST}", [limit]))
                return list(self.db.query(base + " WHERE i.status='completed' AND i.rowid IN temp.picker_match"
                                          f" ORDER BY {_NEWEST} LIMIT ?", [limit]))
            finally:
                if outside and conn.in_transaction:
                    conn.commit()   # only the temp table was written; never leave a read snapshot open

    def _fill_picker_matches(self, like: str, folded: str) -> int:
        """temp.picker_match := rowids of the inspections of enterprises whose name or credit code is LIKE
        `like`, and of inspections whose place or date contains `folded` (3+ characters through the trigram
        index, shorter ones by one pass over the narrow table); return how many."""
        if len(folded) >= 3:
            places, needle = ("SELECT rowid FROM inspection_text_fts WHERE inspection_text_fts MATCH ?",
                              '"' + folded.replace('"', '""') + '"')
        else:
            places, needle = "SELECT id FROM inspection_text WHERE instr(text, ?) > 0", folded
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS picker_match (id INTEGER PRIMARY KEY)")
        self.db.execute("DELETE FROM temp.picker_match")
        self.db.execute("INSERT INTO temp.picker_match SELECT rowid FROM inspections WHERE enterprise_id IN"
                        " (SELECT id FROM enterprises WHERE name LIKE ? ESCAPE '\\' OR uscc LIKE ? ESCAPE '\\')",
                        [like, like])
        self.db.execute(f"INSERT OR IGNORE INTO temp.picker_match {places}", [needle])
        return int(self.db.execute("SELECT count(*) FROM temp.picker_match").fetchone()[0])

    def abandon(self, inspection_id: str, reason: str = "") -> OpChanges:
        """Give up an inspection started by mistake (wrong enterprise, no checklist): status 'cancelled',
        kept with its answers and recorded in the audit log. Refused once it has hazards or documents."""
        insp = self.get(inspection_id)
        if insp["status"] == "cancelled":
            return OpChanges()
        n_docs = self.db.execute("SELECT count(*) FROM documents WHERE inspection_id=?", [inspection_id]).fetchone()[0]
        if n_docs:
            raise InspectorError("该检查已有文书，不能放弃；如文书有误请作废后重新出具。",
                                 "This inspection has documents and cannot be abandoned; void and reissue a wrong one.")
        n_haz = self.db.execute("SELECT count(*) FROM hazards WHERE inspection_id=?", [inspection_id]).fetchone()[0]
        if n_haz:
            raise InspectorError("该检查已登记隐患，不能放弃。", "Hazards were recorded from this inspection; it cannot be abandoned.")
        row = {"status": "cancelled", "ended_at": now_iso()}
        self.col.stamp(row, created=False)
        with self.db.atomic():
            self.db.table("inspections").update(inspection_id, row)
            self.col.audit.append(self.col.actor(), "inspection.abandon", "inspections", inspection_id,
                                  {"reason": reason.strip(), "previous_status": insp["status"]})
        return OpChanges().add("inspections", inspection_id)

    def in_progress(self) -> list[dict[str, Any]]:
        return list(self.db.query(
            "SELECT i.*, e.name AS enterprise_name FROM inspections i JOIN enterprises e ON e.id=i.enterprise_id "
            "WHERE i.status='in_progress' ORDER BY julianday(i.started_at) DESC"))
