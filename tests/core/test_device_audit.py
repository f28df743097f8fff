"""The audit trail travels: the district keeps each laptop's chain and `inspector check` names a laptop whose
chain was rewritten or truncated after the next sync."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from inspector_app.core import device_audit
from inspector_app.core.audit import _row_hash
from sync_support import add_enterprise, make_district, make_laptop, send

ROOT = str(Path(__file__).resolve().parents[2])


def _check(d) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "inspector_app", "--lang", "en", "--data-dir", str(d.data_dir),
                           "check"], capture_output=True, text=True, cwd=ROOT)


def _rewrite_whole_chain(col) -> None:
    """What an attacker with the database can do: change an entry and recompute every hash after it."""
    rows = list(col.db.query("SELECT * FROM audit_log ORDER BY seq"))
    col.db.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    for t in [r[0] for r in col.db.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'")]:
        col.db.execute(f"DROP TRIGGER {t}")
    prev = "0" * 64
    for r in rows:
        if r["seq"] == 2:
            r["actor"] = "someone else"
        r["prev_hash"] = prev
        r["hash"] = _row_hash(prev, r)
        col.db.execute("UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                       [r["actor"], r["prev_hash"], r["hash"], r["seq"]])
        prev = r["hash"]


def test_district_holds_each_chain_and_names_a_rewritten_one(tmp_path):
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    b = make_laptop(tmp_path, d, "李娜")
    try:
        for lap in (a, b):
            add_enterprise(lap, "宏达化工")
            send(lap, d, tmp_path)
            send(d, lap, tmp_path)
        top = a.db.execute("SELECT MAX(seq) FROM audit_log").fetchone()[0]
        assert 0 < device_audit.held(d, a.device_id) < top    # all but the entry for the district's reply
        assert not device_audit.check(d)
        _rewrite_whole_chain(a)
        assert a.audit.verify().ok            # consistent on the laptop: its own check cannot see it
        add_enterprise(a, "第二家")
        send(a, d, tmp_path)
        problems = device_audit.check(d)
        assert [p["device"] for p in problems] == [a.device_id] and "rewritten" in problems[0]["en"]
        d.close()
        r = _check(d)
        assert r.returncode == 1 and "张伟" in r.stdout and a.device_id[:8] in r.stdout and "rewritten" in r.stdout
        assert "李娜" not in r.stdout
    finally:
        for c in (a, b):
            c.close()


def test_truncated_chain_is_named(tmp_path):
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    try:
        add_enterprise(a, "宏达化工")
        send(a, d, tmp_path)
        send(d, a, tmp_path)
        for t in [r[0] for r in a.db.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'")]:
            a.db.execute(f"DROP TRIGGER {t}")
        top = a.db.execute("SELECT MAX(seq) FROM audit_log").fetchone()[0]
        a.db.execute("DELETE FROM audit_log WHERE seq > ?", [top - 2])
        a.db.execute("UPDATE sync_peers SET last_acked_seq = 0")  # make it send again
        send(a, d, tmp_path)
        problems = device_audit.check(d)
        assert problems and problems[0]["device"] == a.device_id
        assert "truncated" in problems[0]["en"] or "deleted" in problems[0]["en"]
    finally:
        d.close()
        a.close()
