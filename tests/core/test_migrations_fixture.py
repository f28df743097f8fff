"""A database of the first schema (tests/fixtures/schema_0001.db, made by build/make_schema_fixture.py)
opens and migrates to the current schema with its data intact."""

from __future__ import annotations

import shutil
from pathlib import Path

from inspector_app.core.collection import Collection
from inspector_app.core.datadir import MARKER
from inspector_app.core.store import known_schema_version, schema_version

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0001.db"


def test_first_schema_migrates_with_data_intact(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    (d / MARKER).write_text('{"app": "inspector", "layout": 1}')
    shutil.copy(FIXTURE, d / "inspector.db")
    with Collection(d) as col:
        assert schema_version(col.db) == known_schema_version()
        ent = col.db.execute("SELECT name, uscc FROM enterprises").fetchall()
        assert ent == [("示例宏达机械制造有限公司", "91370899MA3C4E5F6" + ent[0][1][-1])]
        assert col.device_id == "fixture-device-0001"
        assert col.profile.get()["inspector_name"] == "张伟"
        assert col.hazards.get("6b3c1e2a-3333-4a2b-8c3d-000000000001")["state"] == "awaiting_rectification"
        assert [e["kind"] for e in col.hazards.events("6b3c1e2a-3333-4a2b-8c3d-000000000001")] == \
            ["created", "notice_issued"]
        assert col.db.execute("SELECT note FROM answers").fetchone()[0] == "通道堵塞"
        assert col.audit.verify().ok and col.audit.verify().rows == 2
        # The migrated database is usable: new events derive state as before.
        col.hazards.add_event("6b3c1e2a-3333-4a2b-8c3d-000000000001", "rectification_reported")
        assert col.hazards.get("6b3c1e2a-3333-4a2b-8c3d-000000000001")["state"] == "awaiting_reinspection"
        assert col.audit.verify().ok
    # The fixture itself is untouched (tests work on a copy).
    import sqlite3
    conn = sqlite3.connect(FIXTURE)
    assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")] == ["0001_initial"]
    conn.close()
