"""The monthly report (月调度、月通报): per township and per sector — inspections done against planned, hazards
found / rectified / overdue, major hazards and 挂牌督办, documents issued, each campaign (core.checklists.model.CAMPAIGNS), a 12-month trend.

Definitions (one place): a month's inspections are completed inspections started in it (every kind); planned
are the planned inspections of the month not cancelled, planned_done those of them carried out (the plan
completion rate is planned_done / planned); found = hazards with found_on in the month; rectified =
closed_on in the month; overdue = at the end of the month (or today, for the running month), found by then,
past the deadline and not closed by then; 挂牌督办 = hazards with a listed_supervision event in the month;
documents = documents issued in the month (voided later still count: they were issued)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from inspector_app.core.checklists.model import CAMPAIGNS
from inspector_app.core.clock import today_iso
from inspector_app.core.enterprises import SECTORS
from inspector_app.core.plans import check_month, month_bounds

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection

MEASURES = ("planned", "planned_done", "done", "found", "major", "rectified", "overdue", "supervised", "documents")
LABELS = {"planned": "计划检查", "planned_done": "计划已完成", "done": "完成检查（全部）", "found": "发现隐患",
          "major": "其中重大",
          "rectified": "已整改销号", "overdue": "逾期未整改", "supervised": "挂牌督办", "documents": "执法文书"}
LABELS_EN = {"planned": "Planned", "planned_done": "Planned, done", "done": "Done (all)", "found": "Hazards found",
             "major": "of which major",
             "rectified": "Rectified", "overdue": "Overdue", "supervised": "Listed supervision",
             "documents": "Documents"}
DOC_TYPES = {"inspection_record": "现场检查记录", "rectification_order": "责令限期整改指令书",
             "rectification_opinion": "限期整改意见书", "reinspection_opinion": "整改复查意见书"}
KIND_NAMES = {"random": "双随机", "planned": "计划", "special": "专项", "complaint": "举报核查", "reinspection": "复查"}


@dataclass
class MonthlyReport:
    month: str
    as_of: str
    townships: list[dict[str, Any]]          # township, measures...
    sectors: list[dict[str, Any]]            # sector, measures...
    totals: dict[str, int]
    campaigns: list[dict[str, Any]]          # campaign, label, found, rectified, overdue
    documents: dict[str, int]                # doc_type -> issued
    kinds: dict[str, int]                    # inspection kind -> done
    unannounced: int
    trend: list[dict[str, Any]]              # month, done, found, rectified
    complaints: dict[str, int] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not any(self.totals.values()) and not any(self.complaints.values())


def _months_back(month: str, n: int) -> list[str]:
    y, m = int(month[:4]), int(month[5:])
    out = []
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]


# Hazards still open at a day's end: closed_on empty or later. Few in a district's history, so they are
# found through hazards_closed_on (migration 0012); the planner would otherwise scan every hazard for the
# GROUP BY. _OVERDUE_AT (past its deadline and open at the day's end) takes the day three times.
_OPEN_AT = "hazards h INDEXED BY hazards_closed_on"
_OVERDUE_AT = ("(h.closed_on IS NULL OR h.closed_on > ?) AND h.found_on <= ? "
               "AND h.deadline IS NOT NULL AND h.deadline != '' AND h.deadline < ?")


class Reports:
    """`col.reports`: figures for the district's month."""

    def __init__(self, col: Collection):
        self.col = col
        self.db = col.db

    def _grouped(self, key: str, month: str, as_of: str) -> dict[str, dict[str, int]]:
        """measure -> group value -> count; `key` is 'township' or 'sector'."""
        first, last = month_bounds(month)
        g_ins = "i.township_id" if key == "township" else "e.sector"
        g_h = "h.township_id" if key == "township" else "e.sector"
        g_p = "p.township_id" if key == "township" else "e.sector"
        g_d = "e.township_id" if key == "township" else "e.sector"
        q = {
            "planned": (f"SELECT {g_p}, count(*) FROM planned_inspections p JOIN enterprises e ON e.id=p.enterprise_id "
                        f"WHERE p.month=? AND p.status!='cancelled' GROUP BY 1", [month]),
            "planned_done": (f"SELECT {g_p}, count(*) FROM planned_inspections p JOIN enterprises e "
                             f"ON e.id=p.enterprise_id WHERE p.month=? AND p.status='done' GROUP BY 1", [month]),
            "done": (f"SELECT {g_ins}, count(*) FROM inspections i JOIN enterprises e ON e.id=i.enterprise_id "
                     f"WHERE i.status='completed' AND substr(i.started_at,1,7)=? GROUP BY 1", [month]),
            "found": (f"SELECT {g_h}, count(*) FROM hazards h JOIN enterprises e ON e.id=h.enterprise_id "
                      f"WHERE h.found_on BETWEEN ? AND ? GROUP BY 1", [first, last]),
            "major": (f"SELECT {g_h}, count(*) FROM hazards h JOIN enterprises e ON e.id=h.enterprise_id "
                      f"WHERE h.severity='major' AND h.found_on BETWEEN ? AND ? GROUP BY 1", [first, last]),
            "rectified": (f"SELECT {g_h}, count(*) FROM hazards h JOIN enterprises e ON e.id=h.enterprise_id "
                          f"WHERE h.closed_on BETWEEN ? AND ? GROUP BY 1", [first, last]),
            "overdue": (f"SELECT {g_h}, count(*) FROM {_OPEN_AT} JOIN enterprises e ON e.id=h.enterprise_id "
                        f"WHERE {_OVERDUE_AT} GROUP BY 1", [as_of, as_of, as_of]),
            "supervised": (f"SELECT {g_h}, count(DISTINCT h.id) FROM hazards h "
                           f"JOIN enterprises e ON e.id=h.enterprise_id "
                           f"JOIN hazard_events ev ON ev.hazard_id=h.id WHERE ev.kind='listed_supervision' "
                           f"AND substr(ev.at,1,10) BETWEEN ? AND ? GROUP BY 1", [first, last]),
            "documents": (f"SELECT {g_d}, count(*) FROM documents d JOIN enterprises e ON e.id=d.enterprise_id "
                          f"WHERE d.state IN ('issued', 'voided') AND substr(d.issued_at,1,10) BETWEEN ? AND ? "
                          f"GROUP BY 1", [first, last]),
        }
        return {m: {k or "": n for k, n in self.db.execute(sql, args)} for m, (sql, args) in q.items()}

    def monthly(self, month: str, today: str | None = None) -> MonthlyReport:
        check_month(month)
        today = today or today_iso()
        first, last = month_bounds(month)
        as_of = min(last, today)
        by_t = self._grouped("township", month, as_of)
        townships = []
        for t in self.col.townships.all():
            townships.append({"township_id": t["id"], "township": t["name"],
                              **{m: by_t[m].get(t["id"], 0) for m in MEASURES}})
        by_s = self._grouped("sector", month, as_of)
        sectors = [{"sector": key, "label": SECTORS.get(key, "未分类"), **{m: by_s[m].get(key, 0) for m in MEASURES}}
                   for key in (*SECTORS, "")]
        totals = {m: sum(r[m] for r in townships) for m in MEASURES}
        camp = {c: [0, 0, 0] for c in CAMPAIGNS}
        for k, (sql, args) in enumerate((
                ("SELECT campaign, count(*) FROM hazards h WHERE h.found_on BETWEEN ? AND ?", [first, last]),
                ("SELECT campaign, count(*) FROM hazards h WHERE h.closed_on BETWEEN ? AND ?", [first, last]),
                (f"SELECT campaign, count(*) FROM {_OPEN_AT} WHERE {_OVERDUE_AT}", [as_of, as_of, as_of]))):
            for c, n in self.db.execute(sql + " AND h.campaign != '' GROUP BY 1", args):
                camp.setdefault(c, [0, 0, 0])[k] = n
        campaigns = [{"campaign": c, "label": CAMPAIGNS.get(c, (c, c))[0], "found": v[0], "rectified": v[1],
                      "overdue": v[2]} for c, v in camp.items()]
        documents = {t: 0 for t in DOC_TYPES}
        for t, n in self.db.execute("SELECT doc_type, count(*) FROM documents WHERE state IN ('issued', 'voided') "
                                    "AND substr(issued_at,1,10) BETWEEN ? AND ? GROUP BY 1", [first, last]):
            documents[t] = n
        kinds = {k: 0 for k in KIND_NAMES}
        for k, n in self.db.execute("SELECT kind, count(*) FROM inspections WHERE status='completed' "
                                    "AND substr(started_at,1,7)=? GROUP BY 1", [month]):
            kinds[k] = n
        unannounced = self.db.execute("SELECT count(*) FROM inspections WHERE status='completed' AND unannounced=1 "
                                      "AND substr(started_at,1,7)=?", [month]).fetchone()[0]
        complaints = dict(zip(("received", "replied", "overdue"), self.db.execute(
            "SELECT sum(received_on BETWEEN ? AND ?), sum(replied_on BETWEEN ? AND ?), "
            "sum(received_on <= ? AND due_on < ? AND (replied_on IS NULL OR replied_on > ?)) FROM complaints",
            [first, last, first, last, as_of, as_of, as_of]).fetchone()))
        complaints = {k: v or 0 for k, v in complaints.items()}
        return MonthlyReport(month, as_of, townships, sectors, totals, campaigns, documents, kinds, unannounced,
                             self.trend(month), complaints)

    def trend(self, month: str, months: int = 12) -> list[dict[str, Any]]:
        span = _months_back(month, months)
        first, last = month_bounds(span[0])[0], month_bounds(span[-1])[1]
        out = {m: {"month": m, "done": 0, "found": 0, "rectified": 0} for m in span}
        for m, n in self.db.execute("SELECT substr(started_at,1,7), count(*) FROM inspections WHERE status='completed' "
                                    "AND substr(started_at,1,10) BETWEEN ? AND ? GROUP BY 1", [first, last]):
            out[m]["done"] = n
        for m, n in self.db.execute("SELECT substr(found_on,1,7), count(*) FROM hazards WHERE found_on BETWEEN ? AND ? "
                                    "GROUP BY 1", [first, last]):
            out[m]["found"] = n
        for m, n in self.db.execute("SELECT substr(closed_on,1,7), count(*) FROM hazards "
                                    "WHERE closed_on BETWEEN ? AND ? GROUP BY 1", [first, last]):
            out[m]["rectified"] = n
        return list(out.values())


def previous_month(today: str | None = None) -> str:
    d = dt.date.fromisoformat(today or today_iso()).replace(day=1) - dt.timedelta(days=1)
    return d.isoformat()[:7]


def township_work(col: Collection, year: int | None = None, today: str | None = None) -> list[dict[str, Any]]:
    """Per township for the district desk: the year's plan and progress, and overdue work (planned inspections
    whose month has passed, hazards past their deadline, complaints past their reply date)."""
    today = today or today_iso()
    year = year or int(today[:4])
    progress = {r["township_id"]: r for r in col.plans.progress(year, today)}
    rows = []
    for t in col.townships.all():
        p = progress[t["id"]]
        hz = col.db.execute("SELECT count(*) FROM hazards WHERE township_id=? AND state!='closed' "
                            "AND deadline IS NOT NULL AND deadline != '' AND deadline < ?", [t["id"], today]).fetchone()[0]
        c_open, c_late = col.db.execute(
            "SELECT count(*), sum(due_on < ?) FROM complaints WHERE township_id=? AND status!='replied'",
            [today, t["id"]]).fetchone()
        rows.append({"township_id": t["id"], "township": t["name"], "planned_year": p["planned"],
                     "done_year": p["done"],
                     "enterprises": p["enterprises"], "covered": p["covered"], "planned_overdue": p["overdue_planned"],
                     "hazards_overdue": hz, "complaints_open": c_open, "complaints_overdue": c_late or 0})
    return rows


def overdue_hazards(col: Collection, township_id: str, today: str | None = None,
                    limit: int = 500) -> list[dict[str, Any]]:
    today = today or today_iso()
    return list(col.db.query(
        "SELECT h.id, h.number, h.description, h.deadline, h.severity, h.source, e.name AS enterprise FROM hazards h "
        "JOIN enterprises e ON e.id=h.enterprise_id WHERE h.township_id=? AND h.state!='closed' "
        "AND h.deadline IS NOT NULL AND h.deadline != '' AND h.deadline < ? ORDER BY h.deadline LIMIT ?",
        [township_id, today, limit]))
