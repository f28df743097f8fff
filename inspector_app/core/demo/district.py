"""The district's part of the demo (`inspector demo` in a district data directory), on top of the generated
enterprises, inspections and hazards: sectors and supervision classes, the roster of enforcement staff, this
year's and last year's plans, a 双随机 draw every month of the past year (most of them carried out, a few still
open), inspection kinds and 四不两直, complaints in every state, self-reported hazards and listed supervision.
Written as a local baseline (no sync operations), like the rest of the demo."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from inspector_app.core.clock import new_id

TZ = "+08:00"


def _month_add(month: str, k: int) -> str:
    y, m = int(month[:4]), int(month[5:]) - 1 + k
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}"


def fill(col: Any, seed: int, today: dt.date) -> dict[str, int]:
    r = random.Random(f"district:{seed}")
    db = col.db
    counts: dict[str, int] = {}
    with db.atomic(), col.sync.bulk_load():
        _classes(db, r)
        counts["roster"] = _roster(col)
        for year in (today.year - 1, today.year):
            col.plans.make_annual(year)
        counts["draws"], counts["planned_inspections"] = _draws(col, r, today)
        _kinds(db, r)
        counts["complaints"] = _complaints(col, r, today)
        counts["self_check_hazards"] = _self_checks(col, r, today)
        counts["listed_supervision"] = _supervision(col, r, today)
    return counts


def _classes(db: Any, r: random.Random) -> None:
    rows = []
    for eid, industry, tags in db.execute("SELECT id, industry, risk_tags FROM enterprises ORDER BY id").fetchall():
        if "危化" in tags or "化工" in industry:
            sector, klass = "hazardous_chemicals", r.choice("AAB")
        elif "建筑" in industry or "建设" in industry:
            sector, klass = "construction", r.choice("BCC")
        else:
            sector = "industry_trade" if r.random() < 0.85 else "other"
            klass = r.choices("ABCD", weights=(8, 20, 42, 30))[0]
        if ("涉氨" in tags or "涉粉尘" in tags) and r.random() < 0.4:
            klass = min(klass, "B")
        rows.append((sector, klass, eid))
    db.conn.executemany("UPDATE enterprises SET sector=?, supervision_class=? WHERE id=?", rows)


def _roster(col: Any) -> int:
    n = 0
    for tid, name, cert in col.db.execute(
            "SELECT township_id, inspector1_name, inspector1_cert FROM inspections GROUP BY inspector1_cert "
            "UNION SELECT township_id, inspector2_name, inspector2_cert FROM inspections WHERE inspector2_cert != '' "
            "GROUP BY inspector2_cert ORDER BY 3").fetchall():
        if not col.db.execute("SELECT 1 FROM roster WHERE cert_no=?", [cert]).fetchone():
            col.plans.add_inspector(name, cert, tid)
            n += 1
    for k, name in enumerate(("刘振华", "陈思远", "赵明德"), start=1):   # district staff, sent anywhere
        cert = f"37089900{k:03d}"
        if not col.db.execute("SELECT 1 FROM roster WHERE cert_no=?", [cert]).fetchone():
            col.plans.add_inspector(name, cert, None)
            n += 1
    return n


def _draws(col: Any, r: random.Random, today: dt.date) -> tuple[int, int]:
    db = col.db
    n_ent = db.execute("SELECT count(*) FROM enterprises WHERE deleted=0").fetchone()[0]
    count = max(2, n_ent // 25)
    current = today.isoformat()[:7]
    draws = planned = 0
    for k in range(-11, 1):
        month = _month_add(current, k)
        if db.execute("SELECT 1 FROM draws WHERE month=?", [month]).fetchone():
            continue
        res = col.plans.draw(month, count, f"{month.replace('-', '')}01", unannounced=(k % 3 == 0))
        drawn_at = f"{month}-01T09:30:00.000{TZ}"
        db.execute("UPDATE draws SET drawn_at=?, created_at=?, updated_at=? WHERE id=?",
                   [drawn_at, drawn_at, drawn_at, res.id])
        draws += 1
        planned += len(res.enterprises)
        # Carried out: most of a past month's draw, half of the current month's so far.
        share = 0.5 if k == 0 else 0.88
        for p in db.execute("SELECT id, enterprise_id, township_id, unannounced FROM planned_inspections "
                            "WHERE draw_id=? ORDER BY id", [res.id]).fetchall():
            if r.random() > share:
                continue
            ins = _inspection_for(db, p[1], p[2], month, today)
            if ins is None:
                continue
            db.execute("UPDATE inspections SET enterprise_id=?, kind='random', unannounced=?, planned_id=? WHERE id=?",
                       [p[1], p[3], p[0], ins])
            db.execute("UPDATE planned_inspections SET status='done', inspection_id=? WHERE id=?", [ins, p[0]])
    return draws, planned


def _inspection_for(db: Any, enterprise_id: str, township_id: str, month: str, today: dt.date) -> str | None:
    """A completed inspection in the month to stand for the drawn one: one of this enterprise if there is
    one, else another of the same township (without documents), moved with its hazards to this enterprise."""
    row = db.execute("SELECT id FROM inspections WHERE enterprise_id=? AND status='completed' AND planned_id IS NULL "
                     "AND substr(started_at,1,7)=? ORDER BY id LIMIT 1", [enterprise_id, month]).fetchone()
    if row:
        return row[0]
    return _move_inspection(db, enterprise_id, township_id, f"{month}-01", min(f"{month}-31", today.isoformat()))


def _move_inspection(db: Any, enterprise_id: str, township_id: str, first: str, last: str) -> str | None:
    row = db.execute(
        "SELECT i.id FROM inspections i WHERE i.township_id=? AND i.status='completed' AND i.planned_id IS NULL "
        "AND substr(i.started_at,1,10) BETWEEN ? AND ? "
        "AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.inspection_id=i.id) ORDER BY i.id LIMIT 1",
        [township_id, first, last]).fetchone()
    if row is None:
        return None
    db.execute("UPDATE inspections SET enterprise_id=? WHERE id=?", [enterprise_id, row[0]])
    db.execute("UPDATE hazards SET enterprise_id=? WHERE inspection_id=?", [enterprise_id, row[0]])
    return row[0]


def _kinds(db: Any, r: random.Random) -> None:
    rows = []
    for (iid,) in db.execute("SELECT id FROM inspections WHERE planned_id IS NULL ORDER BY id").fetchall():
        x = r.random()
        kind = "special" if x < 0.12 else "reinspection" if x < 0.2 else "planned"
        rows.append((kind, int(r.random() < 0.25), iid))
    db.conn.executemany("UPDATE inspections SET kind=?, unannounced=? WHERE id=?", rows)


_COMPLAINTS = ["反映该企业夜间在污水池内清淤，无人监护、未检测气体", "反映厂房顶棚维修人员未系安全带",
               "反映车间内违规电焊，周边堆放易燃物", "反映外包施工队无资质，未签安全协议",
               "反映企业未开展安全培训，新员工直接上岗", "反映有限空间入口无警示标志",
               "反映脚手架搭设不规范，存在坍塌风险", "反映动火作业未办理审批"]
_FINDINGS = [("情况属实，已现场责令停止作业并限期整改", 1), ("部分属实，已督促企业完善管理制度", 1),
             ("经现场核查，未发现举报所述问题", 0)]


def _complaints(col: Any, r: random.Random, today: dt.date) -> int:
    db = col.db
    ents = db.execute("SELECT id, township_id FROM enterprises WHERE deleted=0 ORDER BY id").fetchall()
    n = 0
    for back in range(360, 0, -9):
        received = today - dt.timedelta(days=back + r.randint(0, 5))
        eid, tid = r.choice(ents)
        due = received + dt.timedelta(days=15)
        cid = new_id()
        row: dict[str, Any] = {"id": cid, "township_id": tid, "enterprise_id": eid,
                               "source": r.choice(["hotline", "hotline", "online", "letter", "visit", "referral"]),
                               "content": r.choice(_COMPLAINTS),
                               "complainant": "匿名" if r.random() < 0.6 else "王先生",
                               "received_on": received.isoformat(), "due_on": due.isoformat(), "status": "received"}
        col.stamp(row)
        if back > 9:      # the newest complaint is still waiting to be dispatched
            planned = new_id()
            p = {"id": planned, "township_id": tid, "enterprise_id": eid, "month": received.isoformat()[:7],
                 "due_on": due.isoformat(), "kind": "complaint", "unannounced": 1, "complaint_id": cid,
                 "note": row["content"], "status": "planned"}
            col.stamp(p)
            row.update(status="dispatched", planned_id=planned)
            checked = received + dt.timedelta(days=r.randint(2, 8))
            if checked < today and r.random() < 0.9:
                finding, real = r.choice(_FINDINGS)
                ins = _inspection_near(db, eid, tid, checked)
                if ins:
                    db.execute("UPDATE inspections SET kind='complaint', unannounced=1, planned_id=? WHERE id=?",
                               [planned, ins])
                    p.update(status="done", inspection_id=ins)
                row.update(status="verified", finding=finding, substantiated=real)
                replied = checked + dt.timedelta(days=r.randint(1, 10))
                if replied < today and r.random() < 0.88:
                    row.update(status="replied", replied_on=replied.isoformat(),
                               reply="经核查，" + finding + "。感谢您的监督。")
            db.table("planned_inspections").insert(p)
        db.table("complaints").insert(row)
        n += 1
        if row.get("substantiated"):
            col.hazards.create({"enterprise_id": eid, "description": row["content"].replace("反映", "经核查"),
                                "source": "report", "found_on": row["received_on"],
                                "deadline": (due + dt.timedelta(days=15)).isoformat()}, actor="示例区应急管理局")
    return n


def _inspection_near(db: Any, enterprise_id: str, township_id: str, day: dt.date) -> str | None:
    return _move_inspection(db, enterprise_id, township_id, (day - dt.timedelta(days=3)).isoformat(),
                            (day + dt.timedelta(days=3)).isoformat())


def _self_checks(col: Any, r: random.Random, today: dt.date) -> int:
    ents = col.db.execute("SELECT id FROM enterprises WHERE deleted=0 ORDER BY id").fetchall()
    texts = ["自查发现配电箱箱门缺失、线路裸露", "自查发现有限空间警示标志褪色", "自查发现灭火器过期未更换",
             "自查发现动火作业审批记录不全"]
    n = 0
    for k in range(max(4, len(ents) // 30)):
        found = today - dt.timedelta(days=r.randint(1, 200))
        hid = col.hazards.create({"enterprise_id": r.choice(ents)[0], "description": r.choice(texts),
                                  "source": "self_check", "found_on": found.isoformat(),
                                  "deadline": (found + dt.timedelta(days=20)).isoformat()}, actor="企业自查").id
        if k % 2 == 0 and (found + dt.timedelta(days=12)) < today:
            done = (found + dt.timedelta(days=10)).isoformat()
            col.hazards.add_event(hid, "rectification_reported", data={"date": done}, at=f"{done}T10:00:00.000{TZ}")
            col.hazards.add_event(hid, "reinspection_passed",
                                  at=f"{found + dt.timedelta(days=12)}T10:00:00.000{TZ}")
        n += 1
    return n


def _supervision(col: Any, r: random.Random, today: dt.date) -> int:
    rows = col.db.execute("SELECT id, found_on FROM hazards WHERE severity='major' AND state!='closed' "
                          "ORDER BY found_on DESC, id LIMIT 6").fetchall()
    for k, (hid, found) in enumerate(rows):
        at = min(today, dt.date.fromisoformat(found) + dt.timedelta(days=3 + k))
        col.hazards.add_event(hid, "listed_supervision", at=f"{at}T15:00:00.000{TZ}",
                              data={"level": "区级", "unit": "示例区安全生产委员会办公室",
                                    "doc_no": f"示安委办督〔{at.year}〕{k + 1}号",
                                    "deadline": (at + dt.timedelta(days=60)).isoformat()})
    return len(rows)
