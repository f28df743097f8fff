"""`col.summary`: the read-only overviews of 今日 and of the district desk, each a few grouped queries
(never a query per township or per enterprise). "Overdue" is `hazards.overdue_sql`, as everywhere."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from inspector_app.core import clock
from inspector_app.core.hazards import overdue_sql

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection


def _week_end(day: dt.date) -> str:
    return (day + dt.timedelta(days=6 - day.weekday())).isoformat()  # Sunday


class Summary:
    def __init__(self, col: "Collection"):
        self.col = col
        self.db = col.db

    def today(self, today: str | None = None, limit: int = 200) -> dict[str, Any]:
        """今日: inspections in progress; re-inspections due (the enterprise reported completion, or the
        deadline falls this week); overdue hazards by enterprise and their count; documents to sign."""
        day = dt.date.fromisoformat(today) if today else clock.today()
        iso = day.isoformat()
        with self.col.lock:  # one consistent picture
            return {
                "in_progress": self.col.inspections.in_progress(),
                "reinspect": list(self.db.query(
                    "SELECT h.id, h.number, h.description, h.deadline, h.state, e.name AS enterprise FROM hazards h "
                    "JOIN enterprises e ON e.id=h.enterprise_id WHERE h.state='awaiting_reinspection' "
                    "OR (h.state='awaiting_rectification' AND h.deadline BETWEEN ? AND ?) "
                    "ORDER BY h.state DESC, h.deadline LIMIT ?", [iso, _week_end(day), limit])),
                "overdue": list(self.db.query(
                    "SELECT e.id, e.name AS enterprise, count(*) AS n, min(h.deadline) AS earliest, "
                    "sum(h.severity='major') AS major FROM hazards h JOIN enterprises e ON e.id=h.enterprise_id "
                    f"WHERE {overdue_sql('h')} GROUP BY e.id ORDER BY n DESC, earliest LIMIT ?", [iso, limit])),
                "overdue_count": self.db.execute(
                    f"SELECT count(*) FROM hazards h WHERE {overdue_sql('h')}", [iso]).fetchone()[0],
                "unsigned": list(self.db.query(
                    "SELECT d.id, d.doc_type, d.created_at, e.name AS enterprise FROM documents d "
                    "JOIN enterprises e ON e.id=d.enterprise_id WHERE d.state='draft' "
                    "ORDER BY julianday(d.created_at) DESC LIMIT ?", [limit])),
            }

    def townships(self, today: str | None = None) -> list[dict[str, Any]]:
        """One row per township: inspections this month (by the enterprise's township), hazards
        open / overdue / closed, major hazards under listed supervision and not closed."""
        iso = today or clock.today().isoformat()
        sql = (
            "WITH insp AS (SELECT e.township_id AS tid, count(*) AS n FROM inspections i "
            "  JOIN enterprises e ON e.id = i.enterprise_id WHERE substr(i.started_at, 1, 7) = ? "
            "  GROUP BY e.township_id), "
            "sup AS (SELECT DISTINCT hazard_id FROM hazard_events WHERE kind = 'listed_supervision'), "
            "hz AS (SELECT h.township_id AS tid, sum(h.state != 'closed') AS open, "
            f"  sum({overdue_sql('h')}) AS overdue, sum(h.state = 'closed') AS closed, "
            "  sum(h.severity = 'major' AND h.state != 'closed' AND sup.hazard_id IS NOT NULL) AS major_supervised "
            "  FROM hazards h LEFT JOIN sup ON sup.hazard_id = h.id GROUP BY h.township_id) "
            "SELECT t.id, t.name, IFNULL(insp.n, 0), IFNULL(hz.open, 0), IFNULL(hz.overdue, 0), "
            "IFNULL(hz.closed, 0), IFNULL(hz.major_supervised, 0) FROM townships t "
            "LEFT JOIN insp ON insp.tid = t.id LEFT JOIN hz ON hz.tid = t.id WHERE t.id IS NOT ? ORDER BY t.code")
        keys = ("township_id", "township", "inspections_month", "open", "overdue", "closed", "major_supervised")
        return [dict(zip(keys, r)) for r in self.db.execute(sql, [iso[:7], iso, self.col.townships.office_id()])]
