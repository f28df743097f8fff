"""Benchmark: hazard-ledger filter changes (count + first page + summary) on demo data.

Usage: python build/bench_ledger.py DATA_DIR   (e.g. after `inspector demo --scale district-decade`)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inspector_app.core.collection import Collection  # noqa: E402
from inspector_app.core.ledger import Ledger, LedgerFilter  # noqa: E402


def main(data_dir: str) -> None:
    col = Collection(Path(data_dir))
    led = Ledger(col)
    total = col.db.execute("SELECT count(*) FROM hazards").fetchone()[0]
    town = col.db.execute("SELECT id FROM townships LIMIT 1").fetchone()[0]
    ent = col.db.execute("SELECT enterprise_id FROM hazards LIMIT 1").fetchone()[0]
    number = col.db.execute("SELECT number FROM hazards ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    camp = (col.db.execute("SELECT campaign FROM hazards WHERE campaign != '' LIMIT 1").fetchone() or [""])[0]
    cases = {
        "all": LedgerFilter(), "overdue": LedgerFilter(overdue=True),
        "township+overdue": LedgerFilter(township_id=town, overdue=True),
        "major, not closed": LedgerFilter(severity="major", state="not_closed"),
        "enterprise": LedgerFilter(enterprise_id=ent), "campaign": LedgerFilter(campaign=camp or None),
        "date range": LedgerFilter(date_from="2022-01-01", date_to="2022-12-31"),
        "sort by enterprise": LedgerFilter(sort="enterprise", descending=False),
        "text, 1 character": LedgerFilter(text="罐"),
        "text, 1 common char": LedgerFilter(text="安"),
        "text, 2 characters": LedgerFilter(text="警示"),
        "text, 2 common chars": LedgerFilter(text="安全"),
        "text, 4 characters": LedgerFilter(text="警示标志"),
        "text, rare": LedgerFilter(text="不存在的隐患"),
        "text + overdue": LedgerFilter(text="安全", overdue=True),
        "hazard number": LedgerFilter(text=number),
    }
    print(f"hazards: {total}")
    worst = 0.0
    for name, flt in cases.items():
        times = []
        for _ in range(3):
            col.db.execute("DROP TABLE IF EXISTS temp.ledger_text_key")  # time the text lookup every run
            t0 = time.perf_counter()
            n = led.summary(flt)["total"]   # as the page does: summary (gives the count) + first page
            led.page(flt, 0, 200)
            times.append((time.perf_counter() - t0) * 1000)
        best = min(times)
        worst = max(worst, best)
        print(f"{name:22s} rows {n:7d}  {best:7.1f} ms")
    print(f"worst filter change: {worst:.1f} ms (target ≤ 100 ms)")
    # A bare baseline in the same run, to read the figures against the machine's load: raw sqlite3, a
    # count and 200 rows of the table with no filter, join or order.
    import sqlite3
    raw = sqlite3.connect(str(Path(data_dir) / "inspector.db"))
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        raw.execute("SELECT count(*) FROM hazards").fetchone()
        raw.execute("SELECT * FROM hazards LIMIT 200").fetchall()
        times.append((time.perf_counter() - t0) * 1000)
    raw.close()
    print(f"bare sqlite3 count + 200 rows: {min(times):.1f} ms; load average {__import__('os').getloadavg()[0]:.1f}")
    # Side by side, same run: the text filter as it was before migration 0011 (LIKE over hazards).
    from inspector_app.core.ledger import _FROM, _SELECT
    for text in ("罐", "警示", "警示标志"):
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            like = [f"%{text}%"] * 2
            col.db.execute("SELECT count(*) FROM hazards h WHERE (h.number LIKE ? OR h.description LIKE ?)",
                           like).fetchone()
            col.db.execute(_SELECT + _FROM + " WHERE (h.number LIKE ? OR h.description LIKE ?)"
                           " ORDER BY h.found_on DESC, h.id DESC LIMIT 200", like).fetchall()
            times.append((time.perf_counter() - t0) * 1000)
        print(f"before 0011, LIKE {text!r:10s} {min(times):7.1f} ms")
    # Side by side, same run: one- and two-character texts as they were looked up before migration 0015
    # (one pass over the narrow text table) against the character index now.
    for text in ("安", "警示", "安全"):
        scan, grams = [], []
        for _ in range(3):
            t0 = time.perf_counter()
            col.db.execute("SELECT count(*) FROM hazard_text WHERE instr(text, ?) > 0", [text]).fetchone()
            scan.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            col.db.execute("SELECT count(*) FROM hazard_text_grams WHERE hazard_text_grams MATCH ?",
                           [f'"{text}"']).fetchone()
            grams.append((time.perf_counter() - t0) * 1000)
        print(f"lookup {text!r:6s} before 0015 (scan) {min(scan):6.1f} ms, character index {min(grams):6.1f} ms")
    col.close()


if __name__ == "__main__":
    main(sys.argv[1])
