"""The core reads the wall clock in one place, core/clock.py (SQL's `now_ms()` included), so a test can run
it on a clock it sets (sync_support.controlled_clock) and get the same result every time."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from inspector_app.core import clock
from sync_support import CONTROLLED_START, controlled_clock

CORE = Path(__file__).resolve().parents[2] / "inspector_app" / "core"
READS = re.compile(r"date\.today\(|datetime\.now\(|datetime\.utcnow\(|\btime\.time\(|time\.time_ns\(|'now'|\"now\"")


def test_core_reads_the_wall_clock_only_in_clock_py():
    found = []
    for path in sorted(CORE.rglob("*.py")):
        if path.name == "clock.py" and path.parent == CORE:
            continue
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if READS.search(line.split("#", 1)[0]):
                found.append(f"{path.relative_to(CORE)}:{n}: {line.strip()}")
    assert not found, "the wall clock read outside core/clock.py (use clock.now() and friends):\n" + "\n".join(found)


def test_a_controlled_clock_drives_python_and_sql(col, enterprise):
    with controlled_clock(seed=5):
        ms = dt.timedelta(milliseconds=1)
        assert clock.now() == CONTROLLED_START + ms
        assert clock.today_iso() == (CONTROLLED_START + 2 * ms).astimezone().date().isoformat()
        assert clock.parse(clock.now_iso()) == CONTROLLED_START + 3 * ms   # every reading moves it on
        ids = [clock.new_id() for _ in range(3)]
    with controlled_clock(seed=5):
        assert [clock.new_id() for _ in range(3)] == ids   # the same seed, the same ids
    # SQL's now_ms() and the sync clock follow it; a clock ahead of the last tick moves the sync clock there.
    ahead = clock.now() + dt.timedelta(days=2)
    with controlled_clock(start=ahead):
        sql_ms = col.db.execute("SELECT now_ms()").fetchone()[0]
        assert sql_ms == int(ahead.timestamp() * 1000) + 1   # SQL's now_ms() reads the same clock
        col.enterprises.update(enterprise["id"], {"notes": "改"})   # a captured write ticks the sync clock
        updated = col.db.execute("SELECT updated_at FROM enterprises WHERE id=?", [enterprise["id"]]).fetchone()[0]
        assert clock.parse(updated) > ahead
        hlc = col.db.execute("SELECT hlc FROM sync_control").fetchone()[0]
        assert 0 < (hlc >> 16) - sql_ms < 100
    assert clock.now() < ahead   # the real clock again
