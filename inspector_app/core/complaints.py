"""Complaints (举报): received, checked by a verification inspection (举报核查), answered, each with a deadline.

received → dispatched (a planned inspection of kind `complaint` goes to the township's laptops; hazards recorded
in that inspection carry source = report) → verified (finding, substantiated or not) → replied. A complaint about
no particular enterprise, or outside the office's remit, may be answered without a verification inspection.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from inspector_app.core.changes import OpChanges
from inspector_app.core.clock import new_id, today_iso
from inspector_app.core.errors import ValidationError

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection

SOURCES = {"hotline": "举报电话（12350等）", "letter": "来信", "online": "网络平台", "visit": "来访",
           "referral": "上级转办", "other": "其他"}
STATES = {"received": "已受理", "dispatched": "已派核查", "verified": "已核查", "replied": "已答复"}
# Days from receipt to the reply deadline when none is given (our default; see docs/complaints.md).
REPLY_DAYS = 15


def _date(value: str, field: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise ValidationError(f"日期格式应为 YYYY-MM-DD：{value}", f"A date is written YYYY-MM-DD: {value}",
                              field=field) from None


class Complaints:
    """`col.complaints`."""

    def __init__(self, col: Collection):
        self.col = col
        self.db = col.db

    def add(self, *, content: str, source: str = "hotline", township_id: str | None = None,
            enterprise_id: str | None = None, complainant: str = "", received_on: str | None = None,
            due_on: str | None = None) -> OpChanges:
        content = content.strip()
        if not content:
            raise ValidationError("举报内容不能为空", "The complaint's content is required", field="content")
        if source not in SOURCES:
            raise ValidationError(f"无效的举报来源：{source}", f"Invalid complaint source: {source}", field="source")
        today = today_iso()
        received = _date(received_on or today, "received_on")
        if received > today:
            raise ValidationError("受理日期不能晚于今天", "The date received cannot be in the future",
                                  field="received_on")
        due = _date(due_on, "due_on") if due_on else (
            dt.date.fromisoformat(received) + dt.timedelta(days=REPLY_DAYS)).isoformat()
        if due < received:
            raise ValidationError("答复期限不能早于受理日期", "The reply deadline cannot precede receipt",
                                  field="due_on")
        if enterprise_id:
            township_id = self.col.enterprises.get(enterprise_id)["township_id"]
        if not township_id:
            raise ValidationError("请指定所属乡镇或被举报企业", "Name the township or the enterprise", field="township")
        row: dict[str, Any] = {"id": new_id(), "township_id": township_id, "enterprise_id": enterprise_id, "source": source,
               "content": content, "complainant": complainant.strip(), "received_on": received, "due_on": due,
               "status": "received"}
        self.col.stamp(row)
        with self.db.atomic():
            self.db.table("complaints").insert(row)
            self.col.audit.append(self.col.actor(), "complaint.add", "complaints", row["id"],
                                  {"source": source, "received_on": received})
        return OpChanges().add("complaints", row["id"])

    def get(self, complaint_id: str) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM complaints WHERE id=? OR id LIKE ?",
                                  [complaint_id, complaint_id + "%"]))
        if len(rows) != 1:
            raise ValidationError("找不到该举报", "Complaint not found")
        return rows[0]

    def dispatch(self, complaint_id: str, *, unannounced: bool = True, inspector1: tuple[str, str] = ("", ""),
                 inspector2: tuple[str, str] = ("", "")) -> OpChanges:
        """Send a verification inspection (举报核查, 四不两直 by default) to the township's laptops."""
        c = self.get(complaint_id)
        if c["status"] != "received":
            raise ValidationError("该举报已派出核查", "This complaint has already been dispatched")
        if not c["enterprise_id"]:
            raise ValidationError("举报未指明企业，无法派出核查检查；请先指定被举报企业",
                                  "The complaint names no enterprise; name it before dispatching a check")
        with self.db.atomic():
            planned = self.col.plans.add_planned(
                c["enterprise_id"], c["received_on"][:7], "complaint", unannounced=unannounced,
                complaint_id=c["id"], due_on=c["due_on"], note=c["content"][:200],
                inspector1=inspector1, inspector2=inspector2)
            self._update(c["id"], {"status": "dispatched", "planned_id": planned.id}, "complaint.dispatch")
        return OpChanges().add("complaints", c["id"]).add("planned_inspections", planned.id)

    def set_enterprise(self, complaint_id: str, enterprise_id: str) -> OpChanges:
        c = self.get(complaint_id)
        ent = self.col.enterprises.get(enterprise_id)
        self._update(c["id"], {"enterprise_id": enterprise_id, "township_id": ent["township_id"]},
                     "complaint.enterprise")
        return OpChanges().add("complaints", c["id"])

    def verify(self, complaint_id: str, finding: str, substantiated: bool) -> OpChanges:
        c = self.get(complaint_id)
        if c["status"] not in ("received", "dispatched"):
            raise ValidationError("该举报已核查", "This complaint has already been verified")
        if not finding.strip():
            raise ValidationError("请填写核查情况", "Describe what the check found", field="finding")
        self._update(c["id"], {"status": "verified", "finding": finding.strip(), "substantiated": int(substantiated)},
                     "complaint.verify")
        return OpChanges().add("complaints", c["id"])

    def reply(self, complaint_id: str, reply: str, replied_on: str | None = None) -> OpChanges:
        c = self.get(complaint_id)
        if c["status"] == "replied":
            raise ValidationError("该举报已答复", "This complaint has already been answered")
        if c["status"] != "verified" and c["enterprise_id"]:
            raise ValidationError("请先记录核查情况再答复", "Record the verification before replying")
        if not reply.strip():
            raise ValidationError("答复内容不能为空", "The reply is required", field="reply")
        on = _date(replied_on or today_iso(), "replied_on")
        if on < c["received_on"] or on > today_iso():
            raise ValidationError("答复日期应在受理日期和今天之间", "The reply date must lie between receipt and today",
                                  field="replied_on")
        self._update(c["id"], {"status": "replied", "reply": reply.strip(), "replied_on": on}, "complaint.reply")
        return OpChanges().add("complaints", c["id"])

    def _update(self, complaint_id: str, fields: dict[str, Any], action: str) -> None:
        self.col.stamp(fields, created=False)
        with self.db.atomic():
            self.db.table("complaints").update(complaint_id, fields)
            self.col.audit.append(self.col.actor(), action, "complaints", complaint_id,
                                  {k: v for k, v in fields.items() if k in ("status", "substantiated", "replied_on")})

    def list(self, *, open_only: bool = False, township_id: str | None = None,
             today: str | None = None) -> list[dict[str, Any]]:
        today = today or today_iso()
        where, args = ["1=1"], []
        if open_only:
            where.append("c.status != 'replied'")
        if township_id:
            where.append("c.township_id = ?")
            args.append(township_id)
        rows = list(self.db.query(
            "SELECT c.*, e.name AS enterprise, t.name AS township, p.status AS check_status "
            "FROM complaints c LEFT JOIN enterprises e ON e.id=c.enterprise_id JOIN townships t ON t.id=c.township_id "
            "LEFT JOIN planned_inspections p ON p.id=c.planned_id "
            f"WHERE {' AND '.join(where)} ORDER BY c.received_on DESC", args))
        for r in rows:
            r["overdue"] = r["status"] != "replied" and r["due_on"] < today
        return rows
