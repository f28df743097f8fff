"""The GUI reaches data only through core services: no SQL and no database handle in inspector_app/ui."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "inspector_app" / "ui"
FORBIDDEN = re.compile(r"\.execute\(|\.executemany\(|\.query\(|\bdb\[|\.db\.|\.db\b|\bsqlite3\b|\batomic\(")


def test_no_sql_in_ui():
    found = []
    for path in sorted(UI.rglob("*.py")):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if FORBIDDEN.search(line.split("#", 1)[0]):
                found.append(f"{path.relative_to(UI)}:{n}: {line.strip()}")
    assert not found, "database access in the UI (move it into a core service):\n" + "\n".join(found)
