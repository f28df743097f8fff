"""Benchmark: the 文书 page's inspection picker (`Inspections.completed`) typed one character at a time.

    python build/bench_picker.py DATA_DIR   # a directory made by `inspector demo --scale district-decade`

Each prefix of each query is searched as the picker does (limit 100, on its worker); the figure is the
best of REPEAT runs per keystroke. Beside it, in the same run and on the same database, the query the
picker used before migration 0014 (one walk over the completed inspections, newest first, with LIKE on
the enterprise's name and credit code, the place and the date) — the baseline.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inspector_app.core.collection import Collection  # noqa: E402

QUERIES = ["示例城关化工", "91370899", "城关街道", "2019-03-14", "-03-1", "化工", "车间", "xyz不存在"]
REPEAT = 2
LIMIT = 100
BASELINE_SQL = (
    "SELECT i.id, i.started_at, i.status, i.place, e.name AS enterprise_name FROM inspections i "
    "JOIN enterprises e ON e.id=i.enterprise_id WHERE i.status='completed'"
    " AND (e.name LIKE ? ESCAPE '\\' OR e.uscc LIKE ? ESCAPE '\\' OR i.place LIKE ? ESCAPE '\\'"
    " OR substr(i.started_at, 1, 10) LIKE ? ESCAPE '\\') ORDER BY i.started_at DESC LIMIT ?")


def baseline(col: Collection, text: str) -> list:
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return col.db.execute(BASELINE_SQL, [like, like.upper(), like, like, LIMIT]).fetchall()


def best(fn, text: str) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        n = len(fn(text))
        times.append((time.perf_counter() - t0) * 1000)
    return min(times), n


def main(argv: list[str]) -> int:
    col = Collection(Path(argv[0]), create=False)
    total = col.db.execute("SELECT count(*) FROM inspections WHERE status='completed'").fetchone()[0]
    ours_all, base_all = [], []
    print(f"completed inspections: {total}")
    print(f"{'query':14s} {'ours median/worst ms':>22s} {'baseline median/worst ms':>26s}  rows (last keystroke)")
    for q in QUERIES:
        ours, base = [], []
        for i in range(1, len(q) + 1):
            t, n = best(lambda s: col.inspections.completed(s, limit=LIMIT), q[:i])
            b, m = best(lambda s: baseline(col, s), q[:i])
            assert n == m, f"{q[:i]!r}: {n} rows, baseline {m}"
            ours.append(t)
            base.append(b)
        ours_all += ours
        base_all += base
        print(f"{q:14s} {statistics.median(ours):10.1f} / {max(ours):7.1f} {statistics.median(base):14.1f} / {max(base):7.1f}"
              f"  {n}")
    print(f"all {len(ours_all)} keystrokes: ours median {statistics.median(ours_all):.1f} ms, worst {max(ours_all):.1f} ms;"
          f" baseline median {statistics.median(base_all):.1f} ms, worst {max(base_all):.1f} ms;"
          f" worst/worst {max(ours_all) / max(base_all):.2f}")
    col.close()
    return 0 if max(ours_all) <= 100 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
