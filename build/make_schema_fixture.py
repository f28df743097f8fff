"""How tests/fixtures/schema_0001.db was made: the first schema (migration 0001_initial only) with a few rows.

Run once when the fixture needs rebuilding (it must keep representing the FIRST schema, so later
migrations are never applied here):

    cd /work/main && /work/venv/bin/python build/make_schema_fixture.py

tests/core/test_migrations_fixture.py opens a copy through Collection, which migrates it to the
current schema, and checks the rows survived.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlite_utils import Database  # noqa: E402
from sqlite_utils.migrations import Migrations  # noqa: E402

from inspector_app.core import migrations as m  # noqa: E402
from inspector_app.core.audit import AuditLog  # noqa: E402
from inspector_app.core.uscc import make  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "schema_0001.db"
DEVICE = "fixture-device-0001"
AT = "2026-01-05T09:30:00.000+08:00"
TOWNSHIP = "2a1f0d52-7a36-5d3e-9c1b-000000000001"
ENTERPRISE = "6b3c1e2a-1111-4a2b-8c3d-000000000001"
INSPECTION = "6b3c1e2a-2222-4a2b-8c3d-000000000001"
HAZARD = "6b3c1e2a-3333-4a2b-8c3d-000000000001"
TEMPLATE = "f" * 64


def main() -> None:
    OUT.unlink(missing_ok=True)
    db = Database(sqlite3.connect(str(OUT)))
    first = Migrations(m.MIGRATION_SET)
    first(name="0001_initial")(m.m0001_initial)   # only the first migration
    first.apply(db)
    rec = {"created_at": AT, "updated_at": AT, "device_id": DEVICE}
    db["meta"].insert_all([{"key": "app", "value": "inspector_app"}, {"key": "device_id", "value": DEVICE}])
    db["townships"].insert(dict(rec, id=TOWNSHIP, code="370899001", name="城关街道", district="示例区"))
    db["profile"].insert(dict(rec, id="profile-1", role="inspector", inspector_name="张伟", cert_no="37089920001",
                              unit_name="城关街道应急管理办公室", unit_short="城关", township_id=TOWNSHIP,
                              district="示例区"))
    db["enterprises"].insert(dict(rec, id=ENTERPRISE, township_id=TOWNSHIP, name="示例宏达机械制造有限公司",
                                  uscc=make("91370899MA3C4E5F6"), address="示例区城关街道工业路18号",
                                  principal="李建国", phone="13905371234", industry="机械制造",
                                  risk_tags='["涉动火作业"]'))
    db["checklist_templates"].insert({"content_hash": TEMPLATE, "checklist_id": "general", "version": "1",
                                      "campaign": "日常检查", "title_zh": "通用检查", "source": "{}",
                                      "installed_at": AT})
    db["inspections"].insert(dict(rec, id=INSPECTION, enterprise_id=ENTERPRISE, township_id=TOWNSHIP,
                                  inspector1_name="张伟", inspector1_cert="37089920001", inspector2_name="王芳",
                                  inspector2_cert="37089920002", started_at=AT, status="completed"))
    db["answers"].insert(dict(rec, id="answer-1", inspection_id=INSPECTION, template_hash=TEMPLATE,
                              item_id="G06", result="fails", note="通道堵塞"))
    db["hazards"].insert(dict(rec, id=HAZARD, number="YH370899001202600001-fixt", enterprise_id=ENTERPRISE,
                              township_id=TOWNSHIP, inspection_id=INSPECTION, description="疏散通道堵塞",
                              found_on="2026-01-05", state="awaiting_rectification", deadline="2026-01-08"))
    db["hazard_events"].insert_all([
        dict(rec, id="event-1", hazard_id=HAZARD, kind="created", at="2026-01-05T00:00:00",
             data='{"deadline": "2026-01-08"}'),
        dict(rec, id="event-2", hazard_id=HAZARD, kind="notice_issued", at=AT, data='{"deadline": "2026-01-08"}'),
    ])
    audit = AuditLog(db, DEVICE)
    audit.append("张伟", "profile.init", "profile", "profile-1", {"role": "inspector"})
    audit.append("张伟", "hazard.create", "hazards", HAZARD, {"description": "疏散通道堵塞"})
    db.conn.commit()
    db.execute("VACUUM")
    db.conn.close()
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
