"""Inspections (现场检查) and their answers, saved item by item as they are given."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from inspector_app.core.changes import OpChanges
from inspector_app.core.clock import new_id, now_iso
from inspector_app.core.errors import ValidationError

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection

RESULTS = ("complies", "fails", "not_applicable")


class Inspections:
    def __init__(self, col: "Collection"):
        self.col = col
        self.db = col.db

    def start(self, enterprise_id: str, *, inspector2_name: str = "", inspector2_cert: str = "",
              place: str = "", purpose: str = "", template_hashes: list[str] | None = None,
              started_at: str | None = None) -> OpChanges:
        """Open an inspection by this profile's inspector (inspector 1)."""
        prof = self.col.profile.get()
        if prof is None:
            raise ValidationError("请先创建用户资料（inspector init）", "Create the profile first (inspector init)")
        ent = self.col.enterprises.get(enterprise_id)
        row = {
            "id": new_id(), "enterprise_id": enterprise_id, "township_id": ent["township_id"],
            "inspector1_name": prof["inspector_name"], "inspector1_cert": prof["cert_no"],
            "inspector2_name": inspector2_name.strip(), "inspector2_cert": inspector2_cert.strip(),
            "started_at": started_at or now_iso(), "place": place.strip(), "purpose": purpose.strip(),
            "status": "in_progress",
        }
        self.col.stamp(row)
        with self.db.atomic():
            self.db.table("inspections").insert(row)
            for pos, h in enumerate(template_hashes or []):
                self.db.table("inspection_checklists").insert(
                    {"inspection_id": row["id"], "template_hash": h, "position": pos})
            self.col.audit.append(self.col.actor(), "inspection.start", "inspections", row["id"],
                                  {"enterprise": ent["name"]})
        return OpChanges().add("inspections", row["id"])

    def set_answer(self, inspection_id: str, template_hash: str, item_id: str, *,
                   result: str | None = None, note: str | None = None,
                   readings: dict[str, Any] | None = None, photos: list[str] | None = None) -> OpChanges:
        """Save one item's answer at once (autosave); only the given fields change."""
        if result is not None and result not in RESULTS:
            raise ValidationError(f"无效的检查结果：{result}", f"Invalid result: {result}")
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
            self.col.audit.append(self.col.actor(), "inspection.complete", "inspections", inspection_id)
        return OpChanges().add("inspections", inspection_id)

    def in_progress(self) -> list[dict[str, Any]]:
        return list(self.db.query(
            "SELECT i.*, e.name AS enterprise_name FROM inspections i JOIN enterprises e ON e.id=i.enterprise_id "
            "WHERE i.status='in_progress' ORDER BY i.started_at DESC"))
