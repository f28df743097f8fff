"""Enterprise search budget: ≤ 30 ms per keystroke (count + first page) on district-decade data.

    python build/bench_search.py DATA_DIR   # a directory made by `inspector demo --scale district-decade`

Replays typing of several queries one character at a time (as the list does after its debounce) and
reports median and worst time per keystroke.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inspector_app.core import search  # noqa: E402
from inspector_app.core.collection import Collection  # noqa: E402

QUERIES = ["示例城关化工", "913708", "工业路", "张", "李建", "有限公司", "xyz不存在"]


def main(argv: list[str]) -> int:
    col = Collection(Path(argv[0]), create=False)
    n = col.enterprises.count()
    towns = col.townships.all()
    times = []
    for q in QUERIES:
        for i in range(1, len(q) + 1):
            for town in (None, towns[0]["id"] if towns else None):
                t0 = time.perf_counter()
                search.count_enterprises(col, q[:i], town)
                search.search_enterprises(col, q[:i], town, limit=200)
                times.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    search.risk_tags(col)
    tags_ms = (time.perf_counter() - t0) * 1000
    print(f"enterprises: {n}; keystrokes: {len(times)}; median {statistics.median(times):.1f} ms; "
          f"worst {max(times):.1f} ms; risk-tag list {tags_ms:.1f} ms")
    col.close()
    return 0 if max(times) <= 30 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
