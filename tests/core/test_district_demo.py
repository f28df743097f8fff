"""`inspector demo` in a district data directory: townships with inspectors, a year of plans and draws,
complaints in every state, hazards from every source and in every state, listed supervision."""

from __future__ import annotations

import datetime as dt

from inspector_app.cli import main
from inspector_app.core.collection import Collection


def test_district_demo_fills_every_screen(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "init", "--role", "district", "--name", "王局长", "--cert-no", "D0001",
                 "--unit", "示例区应急管理局", "--district", "示例区"]) == 0
    assert main(["--data-dir", data, "demo"]) == 0
    assert "district-year" in capsys.readouterr().out
    with Collection(data) as c:
        q = lambda sql: c.db.execute(sql).fetchall()  # noqa: E731
        assert len(c.townships.all()) == 5
        assert {t for (t,) in q("SELECT DISTINCT township_id FROM roster WHERE township_id IS NOT NULL")} == \
            {t["id"] for t in c.townships.all()}
        year = dt.date.today().year
        assert q(f"SELECT count(*) FROM inspection_plans WHERE year={year}")[0][0] == 5
        assert q("SELECT count(*) FROM draws")[0][0] == 12
        assert {s for (s,) in q("SELECT DISTINCT status FROM planned_inspections")} >= {"planned", "done"}
        assert {s for (s,) in q("SELECT DISTINCT status FROM complaints")} >= {"received", "verified", "replied"}
        assert {s for (s,) in q("SELECT DISTINCT source FROM hazards")} == {"inspection", "report", "self_check"}
        assert {s for (s,) in q("SELECT DISTINCT state FROM hazards")} == {"open", "awaiting_rectification",
                                                                          "awaiting_reinspection", "closed"}
        assert {k for (k,) in q("SELECT DISTINCT kind FROM inspections")} == {"random", "planned", "special",
                                                                              "complaint", "reinspection"}
        assert q("SELECT count(*) FROM hazard_events WHERE kind='listed_supervision'")[0][0] > 0
        # Every planned inspection marked done points at an inspection of its enterprise that links back.
        assert q("SELECT count(*) FROM planned_inspections p LEFT JOIN inspections i ON i.id=p.inspection_id "
                 "WHERE p.status='done' AND (i.enterprise_id IS NOT p.enterprise_id OR i.planned_id IS NOT p.id)")[0][0] == 0
        # Hazards stay with the enterprise of their inspection.
        assert q("SELECT count(*) FROM hazards h JOIN inspections i ON i.id=h.inspection_id "
                 "WHERE h.enterprise_id != i.enterprise_id")[0][0] == 0
        assert q("SELECT count(*) FROM sync_ops")[0][0] == 0          # a local baseline, like the rest of the demo
    assert main(["--data-dir", data, "check"]) == 0
