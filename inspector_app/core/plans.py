"""Annual inspection plans from the supervision classes, the monthly 双随机 draw, and planned inspections.

双随机、一公开: enterprises are drawn at random from the register (名录库) and inspectors from the roster of
enforcement staff (执法人员名录库), from a seed published with the result, so anyone holding the same data
can repeat the draw. The draw is reproducible because the candidates are put in a fixed order (by credit code,
by certificate number) and every random number comes from one `random.Random(seed)`.

Weighting: an enterprise's chance grows with its class (A is drawn more often than D) and with the time since
its last inspection, using weighted sampling without replacement (Efraimidis–Spirakis: key = u ** (1 / w),
the `count` largest keys win).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from inspector_app.core.changes import OpChanges
from inspector_app.core.clock import new_id, now_iso, today_iso
from inspector_app.core.enterprises import SUPERVISION_CLASSES
from inspector_app.core.errors import ValidationError

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection

# Visits per enterprise per year by supervision class (see docs/plans.md for why these numbers).
FREQUENCIES: dict[str, float] = {"A": 4, "B": 2, "C": 1, "D": 1, "": 1}
# Relative draw weight by class: the same ordering as the frequencies.
CLASS_WEIGHTS: dict[str, float] = {"A": 4.0, "B": 2.0, "C": 1.0, "D": 0.5, "": 1.0}
NEVER_VISITED_MONTHS = 24     # an enterprise never inspected counts as last seen two years ago
MAX_MONTHS = 24

KINDS = {"random": "双随机", "planned": "计划", "special": "专项", "complaint": "举报核查", "reinspection": "复查"}
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def check_month(month: str) -> str:
    if not _MONTH.match(month or ""):
        raise ValidationError(f"月份格式应为 YYYY-MM：{month}", f"A month is written YYYY-MM: {month}", field="month")
    return month


def month_bounds(month: str) -> tuple[str, str]:
    """First and last day (ISO dates) of a YYYY-MM month."""
    y, m = int(month[:4]), int(month[5:])
    first = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return first.isoformat(), (nxt - dt.timedelta(days=1)).isoformat()


def draw_weight(klass: str, months_since: float) -> float:
    """Class weight times a factor growing from 1 (just visited) to 3 (two years or never)."""
    return CLASS_WEIGHTS.get(klass, 1.0) * (1.0 + 2.0 * min(months_since, MAX_MONTHS) / MAX_MONTHS)


@dataclass
class DrawResult:
    month: str
    seed: str
    township_id: str | None
    township: str
    count: int
    pool: int
    roster: int
    enterprises: list[dict[str, Any]]     # drawn order: id, name, uscc, township, class, months, weight, pair
    drawn_at: str = ""
    drawn_by: str = ""
    id: str | None = None
    unannounced: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "month": self.month, "seed": self.seed, "township": self.township,
                "count": self.count, "pool": self.pool, "roster": self.roster, "drawn_at": self.drawn_at,
                "drawn_by": self.drawn_by, "unannounced": self.unannounced, "enterprises": self.enterprises}


class Plans:
    """`col.plans`: the roster, annual plans, draws and planned inspections."""

    def __init__(self, col: Collection):
        self.col = col
        self.db = col.db

    # -- roster (执法人员名录库) ------------------------------------------------------------------------
    def add_inspector(self, name: str, cert_no: str, township_id: str | None = None) -> OpChanges:
        name, cert_no = name.strip(), cert_no.strip()
        if not name or not cert_no:
            raise ValidationError("执法人员须有姓名和执法证号", "An inspector needs a name and a certificate number")
        if self.db.execute("SELECT 1 FROM roster WHERE cert_no=?", [cert_no]).fetchone():
            raise ValidationError(f"执法证号 {cert_no} 已在名录库中", f"Certificate {cert_no} is already on the roster")
        row: dict[str, Any] = {"id": new_id(), "township_id": township_id, "name": name, "cert_no": cert_no,
                               "active": 1}
        self.col.stamp(row)
        with self.db.atomic():
            self.db.table("roster").insert(row)
            self.col.audit.append(self.col.actor(), "roster.add", "roster", row["id"], {"name": name})
        return OpChanges().add("roster", row["id"])

    def roster(self, township_id: str | None = None) -> list[dict[str, Any]]:
        """Active staff who may inspect in the township (its own and district staff), by certificate."""
        if township_id is None:
            return list(self.db.query("SELECT * FROM roster WHERE active=1 ORDER BY cert_no"))
        return list(self.db.query("SELECT * FROM roster WHERE active=1 AND (township_id=? OR township_id IS NULL) "
                                  "ORDER BY cert_no", [township_id]))

    # -- annual plans -------------------------------------------------------------------------------
    def make_annual(self, year: int, frequencies: dict[str, float] | None = None) -> list[dict[str, Any]]:
        """Create or replace each township's plan for `year` from its enterprises' classes."""
        freq = dict(FREQUENCIES, **(frequencies or {}))
        for k, v in freq.items():
            if k not in (*SUPERVISION_CLASSES, "") or v < 0:
                raise ValidationError(f"无效的检查频次：{k}={v}", f"Invalid frequency: {k}={v}")
        counts: dict[str, dict[str, int]] = {}
        for tid, klass, n in self.db.execute(
                "SELECT township_id, supervision_class, count(*) FROM enterprises WHERE deleted=0 "
                "GROUP BY township_id, supervision_class"):
            counts.setdefault(tid, {})[klass] = n
        out = []
        with self.db.atomic():
            for t in self.col.townships.all():
                by_class = {k: [n, round(n * freq.get(k, 1))] for k, n in sorted(counts.get(t["id"], {}).items())}
                total = sum(v[1] for v in by_class.values())
                existing = self.db.execute("SELECT id FROM inspection_plans WHERE township_id=? AND year=?",
                                           [t["id"], year]).fetchone()
                row = {"township_id": t["id"], "year": year, "frequencies": json.dumps(freq, sort_keys=True),
                       "by_class": json.dumps(by_class, ensure_ascii=False), "total_visits": total,
                       "created_by": self.col.actor()}
                if existing:
                    self.col.stamp(row, created=False)
                    self.db.table("inspection_plans").update(existing[0], row)
                    row["id"] = existing[0]
                else:
                    row["id"] = new_id()
                    self.col.stamp(row)
                    self.db.table("inspection_plans").insert(row)
                out.append(dict(row, township=t["name"], by_class=by_class))
            self.col.audit.append(self.col.actor(), "plan.annual", "inspection_plans", "",
                                  {"year": year, "frequencies": freq})
        return out

    def progress(self, year: int, until: str | None = None) -> list[dict[str, Any]]:
        """Per township: planned visits for the year, inspections done so far, enterprises covered."""
        until = until or today_iso()
        rows = []
        for t in self.col.townships.all():
            plan = self.db.execute("SELECT total_visits FROM inspection_plans WHERE township_id=? AND year=?",
                                   [t["id"], year]).fetchone()
            done, covered = self.db.execute(
                "SELECT count(*), count(DISTINCT enterprise_id) FROM inspections WHERE township_id=? "
                "AND status='completed' AND started_at >= ? AND substr(started_at,1,10) <= ?",
                [t["id"], f"{year}-01-01", until]).fetchone()
            ents = self.db.execute("SELECT count(*) FROM enterprises WHERE township_id=? AND deleted=0",
                                   [t["id"]]).fetchone()[0]
            planned_open = self.db.execute(
                "SELECT count(*) FROM planned_inspections WHERE township_id=? AND status IN ('planned', 'started') "
                "AND month < ?", [t["id"], until[:7]]).fetchone()[0]
            rows.append({"township_id": t["id"], "township": t["name"], "planned": plan[0] if plan else None,
                         "done": done, "enterprises": ents, "covered": covered, "overdue_planned": planned_open})
        return rows

    # -- the draw -----------------------------------------------------------------------------------
    def draw(self, month: str, count: int, seed: str, township: str | None = None, *,
             unannounced: bool = False, record: bool = True) -> DrawResult:
        """Draw `count` enterprises and an inspector pair for each; `record` stores the draw and its
        planned inspections (sent to the township's laptops with the next sync)."""
        check_month(month)
        seed = str(seed).strip()
        if not seed:
            raise ValidationError("须给出公开的随机种子", "A published seed is required", field="seed")
        if count < 1:
            raise ValidationError("抽取数量须至少为1", "The count must be at least 1", field="count")
        tid, tname = self._township(township)
        if record and self.db.execute("SELECT 1 FROM draws WHERE month=? AND township_id IS ?",
                                      [month, tid]).fetchone():
            raise ValidationError(f"{tname} {month} 已经抽取过，结果已公示，不能重抽",
                                  f"{month} has already been drawn for {tname}; a published draw is not redrawn")
        start = month_bounds(month)[0]
        pool = list(self.db.query(
            "SELECT e.id, e.name, e.uscc, e.township_id, t.name AS township, e.supervision_class AS class, "
            "(SELECT max(substr(i.started_at,1,10)) FROM inspections i WHERE i.enterprise_id=e.id "
            " AND i.status!='cancelled' AND substr(i.started_at,1,10) < ?) AS last_visit "
            "FROM enterprises e JOIN townships t ON t.id=e.township_id WHERE e.deleted=0 "
            + ("AND e.township_id=? " if tid else "") + "ORDER BY e.uscc",
            [start, tid] if tid else [start]))
        if len(pool) < count:
            raise ValidationError(
                f"名录库中只有 {len(pool)} 家企业（{tname}），不够抽取 {count} 家",
                f"The register holds only {len(pool)} enterprises ({tname}); cannot draw {count}", field="count")
        rng = random.Random(f"{month}|{seed}")
        keyed = []
        for e in pool:
            months = NEVER_VISITED_MONTHS if not e["last_visit"] else _months_between(e["last_visit"], start)
            w = draw_weight(e["class"], months)
            keyed.append((rng.random() ** (1.0 / w), e, months, w))
        keyed.sort(key=lambda k: -k[0])
        chosen = keyed[:count]
        roster_all = self.roster(tid)
        out = []
        load: dict[str, int] = {}
        for _key, e, months, w in chosen:
            eligible = [r for r in roster_all if r["township_id"] in (e["township_id"], None)]
            if len(eligible) < 2:
                raise ValidationError(
                    f"执法人员名录库中{e['township']}可抽取的人员只有 {len(eligible)} 人，至少需要2人组成检查组",
                    f"The roster has only {len(eligible)} inspector(s) for {e['township']}; a pair needs 2")
            # Least-loaded first keeps the work even; the random draw decides among equals.
            rng.shuffle(eligible)
            eligible.sort(key=lambda r: load.get(r["cert_no"], 0))
            pair = eligible[:2]
            for r in pair:
                load[r["cert_no"]] = load.get(r["cert_no"], 0) + 1
            out.append({"id": e["id"], "name": e["name"], "uscc": e["uscc"], "township_id": e["township_id"],
                        "township": e["township"], "class": e["class"], "last_visit": e["last_visit"],
                        "months": round(months, 1), "weight": round(w, 3),
                        "pair": [{"name": r["name"], "cert_no": r["cert_no"]} for r in pair]})
        result = DrawResult(month, seed, tid, tname, count, len(pool), len(roster_all), out,
                            drawn_at=now_iso(), drawn_by=self.col.actor(), unannounced=unannounced)
        if record:
            self._record(result, unannounced)
        return result

    def _record(self, result: DrawResult, unannounced: bool) -> None:
        row: dict[str, Any] = {"id": new_id(), "month": result.month, "seed": result.seed, "township_id": result.township_id,
               "count": result.count, "drawn_at": result.drawn_at, "drawn_by": result.drawn_by,
               "result": json.dumps({"pool": result.pool, "roster": result.roster, "township": result.township,
                                     "unannounced": unannounced, "enterprises": result.enterprises},
                                    ensure_ascii=False)}
        self.col.stamp(row)
        due = month_bounds(result.month)[1]
        with self.db.atomic():
            self.db.table("draws").insert(row)
            for e in result.enterprises:
                p = {"id": new_id(), "township_id": e["township_id"], "enterprise_id": e["id"], "month": result.month,
                     "due_on": due, "kind": "random", "unannounced": int(unannounced), "draw_id": row["id"],
                     "inspector1_name": e["pair"][0]["name"], "inspector1_cert": e["pair"][0]["cert_no"],
                     "inspector2_name": e["pair"][1]["name"], "inspector2_cert": e["pair"][1]["cert_no"]}
                self.col.stamp(p)
                self.db.table("planned_inspections").insert(p)
            self.col.audit.append(self.col.actor(), "plan.draw", "draws", row["id"],
                                  {"month": result.month, "seed": result.seed, "count": result.count,
                                   "township": result.township})
        result.id = row["id"]

    def get_draw(self, draw_id: str) -> DrawResult:
        rows = list(self.db.query("SELECT * FROM draws WHERE id=? OR id LIKE ?", [draw_id, draw_id + "%"]))
        if len(rows) != 1:
            raise ValidationError("找不到该次抽取", "Draw not found")
        r = rows[0]
        data = json.loads(r["result"])
        return DrawResult(r["month"], r["seed"], r["township_id"], data["township"], r["count"], data["pool"],
                          data["roster"], data["enterprises"], r["drawn_at"], r["drawn_by"], r["id"],
                          bool(data.get("unannounced")))

    def draws(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT id, month, seed, township_id, count, drawn_at, drawn_by FROM draws "
                                  "ORDER BY month DESC, julianday(drawn_at) DESC"))

    def _township(self, township: str | None) -> tuple[str | None, str]:
        if not township:
            return None, "全区"
        row = self.db.execute("SELECT id, name FROM townships WHERE name=? OR code=? OR id=?",
                              [township, township, township]).fetchone()
        if not row:
            raise ValidationError(f"未知的乡镇：{township}", f"Unknown township: {township}", field="township")
        return row[0], row[1]

    # -- planned inspections ------------------------------------------------------------------------
    def add_planned(self, enterprise_id: str, month: str, kind: str = "planned", *, unannounced: bool = False,
                    complaint_id: str | None = None, due_on: str | None = None, note: str = "",
                    inspector1: tuple[str, str] = ("", ""), inspector2: tuple[str, str] = ("", "")) -> OpChanges:
        check_month(month)
        if kind not in KINDS:
            raise ValidationError(f"无效的检查类别：{kind}", f"Invalid inspection kind: {kind}", field="kind")
        ent = self.col.enterprises.get(enterprise_id)
        row: dict[str, Any] = {"id": new_id(), "township_id": ent["township_id"], "enterprise_id": enterprise_id,
               "month": month,
               "due_on": due_on or month_bounds(month)[1], "kind": kind, "unannounced": int(unannounced),
               "complaint_id": complaint_id, "note": note, "inspector1_name": inspector1[0],
               "inspector1_cert": inspector1[1], "inspector2_name": inspector2[0], "inspector2_cert": inspector2[1]}
        self.col.stamp(row)
        with self.db.atomic():
            self.db.table("planned_inspections").insert(row)
            self.col.audit.append(self.col.actor(), "plan.add", "planned_inspections", row["id"],
                                  {"enterprise": ent["name"], "kind": kind, "month": month})
        return OpChanges().add("planned_inspections", row["id"])

    def planned(self, *, month: str | None = None, township_id: str | None = None,
                open_only: bool = False) -> list[dict[str, Any]]:
        where, args = ["1=1"], []
        if month:
            where.append("p.month=?")
            args.append(month)
        if township_id:
            where.append("p.township_id=?")
            args.append(township_id)
        if open_only:
            where.append("p.status IN ('planned', 'started')")
        return list(self.db.query(
            "SELECT p.*, e.name AS enterprise, e.uscc, t.name AS township FROM planned_inspections p "
            "JOIN enterprises e ON e.id=p.enterprise_id JOIN townships t ON t.id=p.township_id "
            f"WHERE {' AND '.join(where)} ORDER BY p.due_on, e.name", args))

    def due_for_laptop(self, today: str | None = None) -> list[dict[str, Any]]:
        """Open planned inspections of this month and earlier (今日), oldest first."""
        month = (today or today_iso())[:7]
        return list(self.db.query(
            "SELECT p.*, e.name AS enterprise FROM planned_inspections p JOIN enterprises e ON e.id=p.enterprise_id "
            "WHERE p.status='planned' AND p.month <= ? ORDER BY p.month, p.due_on, e.name LIMIT 200", [month]))

    def mark(self, planned_id: str, status: str, inspection_id: str | None = None) -> None:
        """Move a planned inspection on (called inside the inspection's transaction)."""
        row: dict[str, Any] = {"status": status}
        if inspection_id:
            row["inspection_id"] = inspection_id
        self.col.stamp(row, created=False)
        self.db.table("planned_inspections").update(planned_id, row)


def _months_between(earlier: str, later: str) -> float:
    a, b = dt.date.fromisoformat(earlier[:10]), dt.date.fromisoformat(later[:10])
    return max(0.0, (b - a).days / 30.4375)
