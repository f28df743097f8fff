"""Ledger summaries and the overdue filter agree with the rule itself (`hazards.is_overdue`) row by row,
whichever path the query takes (covering index, the text matches, the state/deadline index)."""

from __future__ import annotations

import random

import pytest

from inspector_app.core import ledger as ledger_mod
from inspector_app.core.hazards import STATES, is_overdue
from inspector_app.core.ledger import Ledger, LedgerFilter

TODAY = "2026-12-01"
WORDS = ("储罐", "警示标志", "电焊", "有限空间", "通风", "护栏")


@pytest.fixture
def ledger(col, enterprise):
    rng = random.Random(7)
    for i in range(120):
        col.hazards.create({"enterprise_id": enterprise["id"], "description": f"{rng.choice(WORDS)}问题{i}",
                            "severity": rng.choice(("general", "general", "major"))})
    # States and deadlines set directly: every combination the rule distinguishes, past/today/future/none.
    for hid, in col.db.execute("SELECT id FROM hazards ORDER BY rowid").fetchall():   # creation order: the same every run
        col.db.execute("UPDATE hazards SET state = ?, deadline = ? WHERE id = ?",
                       [rng.choice(STATES), rng.choice(("2026-11-01", TODAY, "2026-12-31", "", None)), hid])
    return Ledger(col)


def _expected(col, flt: LedgerFilter) -> dict[str, int]:
    rows = col.db.execute("SELECT number, description, severity, state, deadline FROM hazards").fetchall()
    text = flt.text.strip().lower()
    rows = [r for r in rows if (not text or text in (r[0] or "").lower() or text in r[1].lower())
            and (not flt.overdue or is_overdue(r[3], r[4], TODAY)) and (not flt.severity or r[2] == flt.severity)]
    out = {"total": len(rows), **{s: sum(r[3] == s for r in rows) for s in STATES},
           "overdue": sum(is_overdue(r[3], r[4], TODAY) for r in rows), "major": sum(r[2] == "major" for r in rows)}
    return out


@pytest.mark.parametrize("flt", [LedgerFilter(), LedgerFilter(overdue=True), LedgerFilter(severity="major"),
                                 LedgerFilter(text="罐"), LedgerFilter(text="警示标志", overdue=True),
                                 LedgerFilter(text="问题", severity="major")], ids=repr)
@pytest.mark.parametrize("via_index", [False, True])
def test_summary_and_pages_match_the_rule(col, ledger, flt, via_index, monkeypatch):
    if via_index:   # the path taken for texts with very many matches
        monkeypatch.setattr(ledger_mod, "SUMMARY_VIA_INDEX", 0)
        monkeypatch.setattr(ledger_mod, "MANY_MATCHES", 0)
    expected = _expected(col, flt)
    assert expected["total"] > 0
    assert ledger.summary(flt, TODAY) == expected
    rows = ledger.page(flt, 0, 500, TODAY)
    assert len(rows) == expected["total"] == ledger.count(flt, TODAY)
    assert sum(r["overdue"] for r in rows) == expected["overdue"]
