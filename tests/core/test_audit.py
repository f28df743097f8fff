import sqlite3

import pytest


def test_chain_verifies_and_detects_tampering(col, enterprise):
    report = col.audit.verify()
    assert report.ok and report.rows >= 3
    # Triggers refuse edits through SQL...
    with pytest.raises(sqlite3.IntegrityError):
        col.db.execute("UPDATE audit_log SET actor='someone else' WHERE seq=2")
    # ...and the chain catches edits that bypass them.
    col.db.execute("DROP TRIGGER audit_log_no_update")
    col.db.execute("UPDATE audit_log SET actor='someone else' WHERE seq=2")
    report = col.audit.verify()
    assert not report.ok and report.broken_at == 2
    assert "篡改" in report.reason_zh


def test_deleted_row_detected(col, enterprise):
    col.db.execute("DROP TRIGGER audit_log_no_delete")
    col.db.execute("DELETE FROM audit_log WHERE seq=2")
    report = col.audit.verify()
    assert not report.ok and report.broken_at == 3
