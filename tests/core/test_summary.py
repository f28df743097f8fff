"""`col.summary`: 今日 and the district desk from grouped queries, overdue defined once."""

from __future__ import annotations

import datetime as dt

from inspector_app.core.demo import generate
from inspector_app.core.hazards import is_overdue


def _naive_townships(col, today: str) -> dict[str, tuple]:
    """The definition, row by row in Python."""
    out = {}
    for tid, name in col.db.execute("SELECT id, name FROM townships"):
        ents = {r[0] for r in col.db.execute("SELECT id FROM enterprises WHERE township_id=?", [tid])}
        insp = sum(1 for e, at in col.db.execute("SELECT enterprise_id, started_at FROM inspections")
                   if e in ents and at[:7] == today[:7])
        hz = col.db.execute("SELECT id, state, deadline, severity FROM hazards WHERE township_id=?", [tid]).fetchall()
        supervised = {r[0] for r in col.db.execute("SELECT hazard_id FROM hazard_events WHERE kind='listed_supervision'")}
        out[name] = (insp, sum(s != "closed" for _i, s, _d, _v in hz),
                     sum(is_overdue(s, d, today) for _i, s, d, _v in hz), sum(s == "closed" for _i, s, _d, _v in hz),
                     sum(v == "major" and s != "closed" and i in supervised for i, s, _d, v in hz))
    return out


def test_township_summary_matches_the_definition(col):
    generate(col, "small", 7, force=True)
    today = dt.date.today().isoformat()
    rows = col.summary.townships(today)
    got = {r["township"]: (r["inspections_month"], r["open"], r["overdue"], r["closed"], r["major_supervised"])
           for r in rows}
    assert got == _naive_townships(col, today)
    assert sum(r["overdue"] for r in rows) > 0 and sum(r["closed"] for r in rows) > 0


def test_today_overdue_uses_the_one_definition(col):
    generate(col, "small", 7, force=True)
    today = dt.date.today().isoformat()
    data = col.summary.today(today)
    expected = sum(is_overdue(s, d, today) for s, d in col.db.execute("SELECT state, deadline FROM hazards"))
    assert data["overdue_count"] == expected == sum(r["n"] for r in data["overdue"])
    from inspector_app.core.ledger import Ledger, LedgerFilter
    assert Ledger(col).summary(LedgerFilter(overdue=True), today)["overdue"] == expected
