"""Cost of the database's owner lock (store.OwnedConnection) beside a bare sqlite3 connection.

    python build/bench_owned_connection.py

Same file layout, same pragmas, same statements: 20,000 primary-key reads, and 2,000 single-row
write transactions (BEGIN; INSERT; COMMIT), once through a plain connection and once through the
OwnedConnection the app uses. Prints both and the ratio.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inspector_app.core.store import OwnedConnection  # noqa: E402

READS, WRITES = 20_000, 2_000


def run(factory) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as d:
        conn = sqlite3.connect(str(Path(d) / "b.db"), isolation_level=None, check_same_thread=False, factory=factory)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        conn.executemany("INSERT INTO t (id, v) VALUES (?, ?)", [(i, f"v{i}") for i in range(1000)])
        t0 = time.perf_counter()
        for i in range(READS):
            conn.execute("SELECT v FROM t WHERE id = ?", [i % 1000]).fetchone()
        reads = (time.perf_counter() - t0) / READS * 1e6
        t0 = time.perf_counter()
        for i in range(WRITES):
            conn.execute("BEGIN")
            conn.execute("INSERT INTO t (v) VALUES (?)", [f"w{i}"])
            conn.execute("COMMIT")
        writes = (time.perf_counter() - t0) / WRITES * 1e6
        conn.close()
    return reads, writes


def main() -> int:
    bare = min((run(sqlite3.Connection) for _ in range(3)), key=sum)
    owned = min((run(OwnedConnection) for _ in range(3)), key=sum)
    print(f"read  (µs/statement):   bare {bare[0]:.1f}  owned {owned[0]:.1f}  ratio {owned[0] / bare[0]:.2f}")
    print(f"write (µs/transaction): bare {bare[1]:.1f}  owned {owned[1]:.1f}  ratio {owned[1] / bare[1]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
