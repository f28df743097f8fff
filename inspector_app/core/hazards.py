"""Hazards and their events. The state is derived from the events (docs/hazard-lifecycle.md).

Events from several devices merge by union; ordering by (instant of `at`, id) makes the derived
state the same everywhere, whatever UTC offset each device wrote. The `state`, `deadline` and `closed_on` columns of `hazards` are a cache of
`derive()` kept current by `refresh_state()`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from inspector_app.core.changes import OpChanges
from inspector_app.core.clock import in_time_order, new_id, normalise, now_iso, today_iso
from inspector_app.core.errors import ValidationError

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection

STATES = ("open", "awaiting_rectification", "awaiting_reinspection", "closed")
SEVERITIES = ("general", "major")
HANDLINGS = ("rectify_on_site", "rectify_by_deadline", "suspend")

# Where a hazard came from: an inspection, the enterprise's own self-check (自查自报), a complaint (举报).
SOURCES = ("inspection", "self_check", "report", "other")

# Event kinds and what they do to the state.
EVENT_KINDS = (
    "created",                 # found during an inspection or entered by hand
    "closed_on_site",          # fixed during the visit, photo evidence
    "notice_issued",           # data: deadline, document_id
    "extension_requested",     # data: new_deadline, original_deadline
    "extension_approved",      # data: new_deadline, approver
    "extension_rejected",
    "rectification_reported",  # enterprise reports done: data: date, measures, money_spent
    "reinspection_passed",     # closes the hazard (销号)
    "reinspection_failed",     # data: new_deadline
    "listed_supervision",      # data: level, unit, doc_no, deadline, ...
    "supervision_progress",    # data: report text
    "supervision_accepted",    # the supervising unit's acceptance (验收销号): data: unit, person, date, doc_no
    "five_measures",           # 五落实 of a major hazard: data: measures, responsible, funds, deadline, plan
    "suspension_ordered",      # 责令停产停业 / 停止使用: data: scope, date, doc_no
    "resumption_applied",      # the enterprise applies to resume (复产申请): data: date, applicant, content
    "resumption_reviewed",     # the review of that application: data: approved, reviewer, date, doc_no, opinion
    "note",
)
FIVE_MEASURES = ("measures", "responsible", "funds", "deadline", "plan")   # 措施、责任、资金、时限、预案
FIVE_MEASURES_ZH = {"measures": "整改措施", "responsible": "责任人", "funds": "资金", "deadline": "时限",
                    "plan": "应急预案"}


@dataclass
class Derived:
    state: str = "open"
    deadline: str | None = None
    closed_on: str | None = None
    listed: bool = False          # 挂牌督办
    accepted: bool = False        # the supervising unit accepted the rectification
    suspended: bool = False       # 停产停业 ordered and not yet lifted by an approved 复产 review
    resumption_pending: bool = False
    passed: bool = False          # re-inspection passed (closes once nothing else holds it open)
    five_measures: bool = False


def derive(events: Iterable[dict[str, Any]], severity: str = "general") -> Derived:
    """Replay events in (instant of at, id) order into the current state. A major hazard is never closed on
    the spot; a listed (挂牌督办) one closes only when the supervising unit has accepted it too; a
    suspended one only after its 复产 review approved resumption (whichever comes last closes it)."""
    d = Derived()
    for ev in in_time_order(events, "at", "id"):
        data = ev["data"] if isinstance(ev["data"], dict) else json.loads(ev["data"] or "{}")
        kind = ev["kind"]
        if d.state == "closed":
            continue  # nothing reopens a closed hazard
        if kind == "created":
            d.deadline = data.get("deadline") or d.deadline
        elif kind == "closed_on_site":
            if severity != "major":
                d.state, d.closed_on = "closed", ev["at"][:10]
        elif kind == "listed_supervision":
            d.listed = True
        elif kind == "supervision_accepted":
            d.accepted = True
        elif kind == "five_measures":
            d.five_measures = True
        elif kind == "suspension_ordered":
            d.suspended, d.resumption_pending = True, False
        elif kind == "resumption_applied":
            d.resumption_pending = d.suspended
        elif kind == "resumption_reviewed":
            d.resumption_pending = False
            if data.get("approved"):
                d.suspended = False
        elif kind == "reinspection_passed":
            d.passed = True
        elif kind == "notice_issued":
            d.state = "awaiting_rectification"
            d.deadline = data.get("deadline") or d.deadline
        elif kind == "extension_approved":
            d.deadline = data.get("new_deadline") or d.deadline
        elif kind == "rectification_reported":
            if d.state in ("open", "awaiting_rectification"):
                d.state = "awaiting_reinspection"
        elif kind == "reinspection_failed":
            d.state = "awaiting_rectification"
            d.deadline = data.get("new_deadline") or d.deadline
            d.passed = False
        if d.passed and d.state != "closed" and (d.accepted or not d.listed) and not d.suspended:
            d.state, d.closed_on = "closed", ev["at"][:10]
    return d


def closing_blockers(d: Derived, severity: str) -> list[tuple[str, str]]:
    """What still keeps a hazard from being closed by a passed re-inspection (zh, en)."""
    out = []
    if severity == "major" and not d.five_measures:
        out.append(("重大事故隐患须先记录“五落实”（措施、责任、资金、时限、预案）",
                    "Record the five measures (措施、责任、资金、时限、预案) of the major hazard first"))
    if d.suspended:
        out.append(("停产停业整改的隐患须先审查同意复产申请", "The resumption application must be reviewed and approved first"))
    return out


def is_overdue(state: str, deadline: str | None, today: str | None = None) -> bool:
    """Past deadline and not closed: a derived flag, never stored. `overdue_sql` is its SQL twin."""
    return bool(deadline and state != "closed" and deadline < (today or today_iso()))


def overdue_sql(alias: str = "h") -> str:
    """`is_overdue` as an SQL condition on the hazards table aliased `alias`; takes one parameter,
    today's date (ISO). The states are also listed (the CHECK constraint allows no others) so that the
    planner reaches the few overdue rows through hazards_state_deadline instead of walking the ledger's
    date order past every closed hazard; `!= 'closed'` stays for the partial indexes built on it."""
    a = f"{alias}." if alias else ""
    not_closed = ", ".join(f"'{s}'" for s in STATES if s != "closed")
    return (f"({a}state != 'closed' AND {a}state IN ({not_closed}) AND {a}deadline IS NOT NULL"
            f" AND {a}deadline != '' AND {a}deadline < ?)")


class Hazards:
    """Create hazards, record events, query the ledger."""

    def __init__(self, col: "Collection"):
        self.col = col
        self.db = col.db

    def create(self, fields: dict[str, Any], *, actor: str | None = None) -> OpChanges:
        """Create a hazard with its `created` event. Required: enterprise_id, description."""
        for key in ("enterprise_id", "description"):
            if not str(fields.get(key) or "").strip():
                raise ValidationError(
                    "隐患描述不能为空" if key == "description" else "未指定企业",
                    "A hazard needs a description" if key == "description" else "No enterprise given",
                    field=key,
                )
        if fields.get("severity", "general") not in SEVERITIES:
            raise ValidationError("隐患等级无效", "Invalid severity", field="severity")
        if fields.get("source", "inspection") not in SOURCES:
            raise ValidationError("隐患来源无效", "Invalid hazard source", field="source")
        if fields.get("handling", "rectify_by_deadline") not in HANDLINGS:
            raise ValidationError("整改方式无效", "Invalid handling", field="handling")
        ent = self.col.enterprises.get(fields["enterprise_id"])
        row = dict(fields)
        row.setdefault("id", new_id())
        row.setdefault("township_id", ent["township_id"])
        row.setdefault("found_on", today_iso())
        row.setdefault("found_by", self.col.actor())
        if "source" not in row and row.get("inspection_id"):
            # Hazards found while verifying a complaint (举报核查) carry source = report.
            kind = self.db.execute("SELECT kind FROM inspections WHERE id=?", [row["inspection_id"]]).fetchone()
            if kind and kind[0] == "complaint":
                row["source"] = "report"
        for key in ("before_photos", "after_photos"):
            if isinstance(row.get(key), list):
                row[key] = json.dumps(row[key])
        row.pop("state", None)
        row.pop("closed_on", None)
        deadline = row.pop("deadline", None)
        changes = OpChanges()
        with self.db.atomic():
            if not row.get("number"):
                row["number"] = self._next_number(row["township_id"], row["found_on"])
            self.col.stamp(row)
            self.db.table("hazards").insert(row)
            self.add_event(row["id"], "created", data={"deadline": deadline} if deadline else {},
                           at=row["found_on"] + "T00:00:00", actor=actor)
            self.col.audit.append(actor or self.col.actor(), "hazard.create", "hazards", row["id"],
                                  {"description": row["description"], "severity": row.get("severity", "general")})
        return changes.add("hazards", row["id"])

    def create_many(self, rows: list[dict[str, Any]], *, actor: str | None = None) -> OpChanges:
        """Create several hazards in one transaction (all or none); the ids in order."""
        changes = OpChanges()
        with self.db.atomic():
            for fields in rows:
                changes.merge(self.create(fields, actor=actor))
        return changes

    def _next_number(self, township_id: str, found_on: str) -> str:
        year = found_on[:4]
        code = self.db.execute("SELECT code FROM townships WHERE id=?", [township_id]).fetchone()
        prefix = f"YH{code[0] if code else ''}{year}"
        last = self.db.execute(
            "SELECT number FROM hazards WHERE number LIKE ? ORDER BY number DESC LIMIT 1", [prefix + "%"]
        ).fetchone()
        n = int(last[0][len(prefix):].split("-")[0]) + 1 if last and last[0][len(prefix):].split("-")[0].isdigit() else 1
        # The device suffix keeps numbers unique between laptops working offline.
        return f"{prefix}{n:05d}-{self.col.device_id[:4]}"

    def add_event(
        self,
        hazard_id: str,
        kind: str,
        *,
        data: dict[str, Any] | None = None,
        reason: str = "",
        photos: list[str] | None = None,
        at: str | None = None,
        actor: str | None = None,
    ) -> OpChanges:
        """Record one event and refresh the derived state."""
        if kind not in EVENT_KINDS:
            raise ValidationError(f"未知的隐患事件类型：{kind}", f"Unknown hazard event kind: {kind}")
        data = data or {}
        for key in ("deadline", "new_deadline", "date"):
            if key in data and data[key]:
                _check_date(data[key])
        self._check_allowed(hazard_id, kind, data)
        if at:
            try:
                at = normalise(at)
            except ValueError:
                raise ValidationError(f"时间格式无效：{at}", f"Invalid time: {at}", field="at") from None
        ev = {
            "id": new_id(),
            "hazard_id": hazard_id,
            "kind": kind,
            "at": at or now_iso(),
            "by": actor or self.col.actor(),
            "reason": reason,
            "data": json.dumps(data, ensure_ascii=False),
            "photos": json.dumps(photos or []),
        }
        self.col.stamp(ev)
        with self.db.atomic():
            self.db.table("hazard_events").insert(ev)
            if kind != "created":
                self.col.audit.append(ev["by"], f"hazard.{kind}", "hazards", hazard_id, data)
            self.refresh_state(hazard_id)
        return OpChanges().add("hazard_events", ev["id"]).add("hazards", hazard_id)

    def _check_allowed(self, hazard_id: str, kind: str, data: dict[str, Any]) -> None:
        """Lifecycle rules for majors, 挂牌督办 and 停产停业 (docs/hazard-lifecycle.md)."""
        if kind == "created":
            return
        h = self.get(hazard_id)
        d = derive(self.events(hazard_id), h["severity"])
        major = h["severity"] == "major"

        def refuse(zh: str, en: str) -> None:
            raise ValidationError(zh, en, field=kind)

        if d.state == "closed":
            return   # replaying onto a closed hazard changes nothing (derive ignores it)
        if kind == "closed_on_site" and major:
            refuse("重大事故隐患不得当场整改销号，须经复查（挂牌督办的还须督办单位验收）",
                   "A major hazard cannot be closed on the spot: it needs a re-inspection (and, when listed, "
                   "the supervising unit's acceptance)")
        if kind == "five_measures":
            missing = [FIVE_MEASURES_ZH[k] for k in FIVE_MEASURES if not str(data.get(k) or "").strip()]
            if missing:
                refuse("“五落实”须逐项填写：" + "、".join(missing),
                       "Fill in every one of the five measures: " + ", ".join(missing))
        if kind == "supervision_accepted":
            if not d.listed:
                refuse("该隐患未挂牌督办，无需督办单位验收", "The hazard is not under listed supervision")
            for key, zh, en in (("unit", "验收单位", "accepting unit"), ("person", "验收人", "person"),
                                ("date", "验收日期", "date"), ("doc_no", "验收文书文号", "document number")):
                if not str(data.get(key) or "").strip():
                    refuse(f"督办单位验收须填写{zh}", f"The supervising unit's acceptance needs the {en}")
        if kind == "suspension_ordered" and not str(data.get("date") or "").strip():
            refuse("请填写责令停产停业的日期", "Give the date of the suspension order")
        if kind == "resumption_applied" and not d.suspended:
            refuse("该隐患未责令停产停业，或已同意复产", "The hazard is not under a suspension order")
        if kind == "resumption_reviewed":
            if not d.resumption_pending:
                refuse("没有待审查的复产申请", "There is no resumption application to review")
            if not str(data.get("reviewer") or "").strip():
                refuse("请填写复产审查人", "Give the reviewer")
        if kind == "reinspection_passed":
            if d.listed and not d.accepted:
                refuse("挂牌督办的隐患须先记录督办单位的验收销号意见（单位、人员、日期、文书）",
                       "A listed hazard needs the supervising unit's acceptance (unit, person, date, document) first")
            blockers = closing_blockers(d, h["severity"])
            if blockers:
                refuse("；".join(b[0] for b in blockers), "; ".join(b[1] for b in blockers))

    def derived(self, hazard_id: str) -> Derived:
        """The full derived lifecycle of a hazard (state plus supervision / suspension flags)."""
        return derive(self.events(hazard_id), self.get(hazard_id)["severity"])

    def events(self, hazard_id: str) -> list[dict[str, Any]]:
        rows = self.db.query(
            "SELECT * FROM hazard_events WHERE hazard_id=? ORDER BY julianday(at), id", [hazard_id]
        )
        return [dict(r, data=json.loads(r["data"]), photos=json.loads(r["photos"])) for r in rows]

    def refresh_state(self, hazard_id: str) -> Derived:
        sev = self.db.execute("SELECT severity FROM hazards WHERE id=?", [hazard_id]).fetchone()
        d = derive(self.events(hazard_id), sev[0] if sev else "general")
        self.db.execute(
            "UPDATE hazards SET state=?, deadline=?, closed_on=? WHERE id=?",
            [d.state, d.deadline, d.closed_on, hazard_id],
        )
        return d

    def refresh_rows(self, rows: Iterable[tuple[str, str]]) -> None:
        """Refresh the derived state of every held hazard that `rows` (table, row id) names or holds an
        event of: after sync writes rows, whichever order the hazard and its events arrived in."""
        hazard_ids = set()
        for tbl, row in rows:
            if tbl == "hazards":
                hazard_ids.add(row)
            elif tbl == "hazard_events":
                found = self.db.execute("SELECT hazard_id FROM hazard_events WHERE id = ?", [row]).fetchone()
                if found:
                    hazard_ids.add(found[0])
        for hid in sorted(hazard_ids):
            if self.db.execute("SELECT 1 FROM hazards WHERE id = ?", [hid]).fetchone():
                self.refresh_state(hid)

    def ids_for_inspection(self, inspection_id: str) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT id FROM hazards WHERE inspection_id=? ORDER BY number, created_at", [inspection_id])]

    def get(self, hazard_id: str) -> dict[str, Any]:
        row = self.db.execute("SELECT * FROM hazards WHERE id=?", [hazard_id]).fetchone()
        if row is None:
            raise ValidationError("找不到该隐患", "Hazard not found")
        cols = [d[0] for d in self.db.execute("SELECT * FROM hazards LIMIT 0").description]
        return dict(zip(cols, row))


def _check_date(value: str) -> None:
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError as e:
        raise ValidationError(f"日期格式无效：{value}", f"Invalid date: {value}", field="deadline") from e
