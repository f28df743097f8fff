"""Timestamps written with different UTC offsets (laptops set differently, demo data at +08:00) order by
the instant they name, in Python and in SQL alike; new writes always carry an offset; display is local."""

import datetime as dt
import sqlite3

import pytest

from inspector_app.core import clock
from inspector_app.core.errors import ValidationError
from inspector_app.core.hazards import derive

# 10:00 in Beijing is 02:00 UTC, so the UTC text "02:30+00:00" is later though it sorts first as text.
NOTICE_AT = "2026-11-21T10:00:00.000+08:00"
FAILED_AT = "2026-11-21T02:30:00.000+00:00"
MIXED = ["2026-11-21T09:00:00.000+08:00", "2026-11-21T01:30:00.000Z", "2026-11-21T02:00:00.000+00:00",
         "2026-11-20T20:00:00.000-05:00", "2026-11-21T01:00:00.500+00:00", "2026-11-21T00:59:59.999",
         "2026-11-21T09:00:00.000+08:00", "2026-11-21T10:00:00.123456+08:00"]


def ev(kind, at, **data):
    return {"id": f"{kind}", "kind": kind, "at": at, "data": data}


def test_derive_orders_events_by_instant_not_by_text():
    d = derive([ev("created", "2026-11-20T09:00:00.000+08:00", deadline="2026-11-30"),
                ev("notice_issued", NOTICE_AT, deadline="2026-12-10"),
                ev("reinspection_failed", FAILED_AT, new_deadline="2026-12-20")])
    assert d.state == "awaiting_rectification" and d.deadline == "2026-12-20"


def test_python_key_orders_like_sqlite_julianday():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (id TEXT, at TEXT)")
    rows = [{"id": f"e{i}", "at": at} for i, at in enumerate(MIXED)]
    db.executemany("INSERT INTO t VALUES (:id, :at)", rows)
    in_sql = [r[0] for r in db.execute("SELECT id FROM t ORDER BY julianday(at), id")]
    assert [r["id"] for r in clock.in_time_order(rows, "at", "id")] == in_sql
    assert [r["id"] for r in sorted(rows, key=lambda r: (r["at"], r["id"]))] != in_sql   # text order is wrong
    utc = [clock.parse(r["at"]) for r in clock.in_time_order(rows, "at", "id")]
    assert utc == sorted(utc)


def test_hazard_history_and_state_follow_the_instant(col, enterprise):
    h = col.hazards.create({"enterprise_id": enterprise["id"], "description": "配电箱未接地",
                            "found_on": "2026-11-20", "deadline": "2026-11-30"}).id
    col.hazards.add_event(h, "notice_issued", data={"deadline": "2026-12-10"}, at=NOTICE_AT)
    col.hazards.add_event(h, "reinspection_failed", data={"new_deadline": "2026-12-20"}, at=FAILED_AT)
    assert [e["kind"] for e in col.hazards.events(h)] == ["created", "notice_issued", "reinspection_failed"]
    row = col.hazards.get(h)
    assert row["state"] == "awaiting_rectification" and row["deadline"] == "2026-12-20"


def test_new_event_times_carry_an_offset_and_bad_times_are_refused(col, enterprise):
    h = col.hazards.create({"enterprise_id": enterprise["id"], "description": "消防通道堵塞",
                            "found_on": "2026-11-20"}).id
    col.hazards.add_event(h, "note", at="2026-11-22T08:15:00")
    created, note = col.hazards.events(h)
    for e in (created, note):
        assert dt.datetime.fromisoformat(e["at"]).tzinfo is not None, e["at"]
    assert created["at"].startswith("2026-11-20T00:00:00.000") and note["at"].startswith("2026-11-22T08:15:00.000")
    with pytest.raises(ValidationError):
        col.hazards.add_event(h, "note", at="22.11.2026 08:15")
    assert len(col.hazards.events(h)) == 2


def test_recent_inspections_newest_instant_first(col, enterprise):
    early = col.inspections.start(enterprise["id"], started_at="2026-11-21T09:00:00.000+08:00").id  # 01:00 UTC
    late = col.inspections.start(enterprise["id"], started_at="2026-11-21T02:00:00.000+00:00").id   # 02:00 UTC
    assert [r["id"] for r in col.inspections.recent()][:2] == [late, early]


def test_local_text_shows_this_computers_time(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    import time
    time.tzset()
    try:
        assert clock.local_text("2026-11-21T02:30:00.000+00:00") == "2026-11-21 10:30"
        assert clock.local_text("2026-11-21T10:30:05.000+08:00", seconds=True) == "2026-11-21 10:30:05"
        assert clock.local_text("2026-11-21") == "2026-11-21"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_now_iso_is_strictly_increasing_so_events_of_one_millisecond_keep_their_order(col, enterprise):
    """Events recorded one after the other in the same millisecond must replay in that order (they were
    ordered by their random ids before), e.g. 五落实 then 复查合格 on a major hazard."""
    from inspector_app.core.clock import instant_key, now_iso
    stamps = [now_iso() for _ in range(500)]
    keys = [instant_key(s) for s in stamps]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    h = col.hazards.create({"enterprise_id": enterprise["id"], "description": "x"}).id
    for _ in range(30):
        col.hazards.add_event(h, "note", data={})
    ats = [e["at"] for e in col.hazards.events(h)]
    assert len(set(ats)) == len(ats)


def test_a_clock_set_back_is_followed_at_once(monkeypatch):
    """The user corrects a laptop clock that ran an hour ahead: the next stamps are the corrected time,
    not an hour in the future until real time catches up."""
    real = clock.wall_ns
    monkeypatch.setattr(clock, "wall_ns", lambda: real() + 3600 * 10**9)
    ahead = clock.instant_key(clock.now_iso())
    monkeypatch.setattr(clock, "wall_ns", real)
    now = clock.instant_key(clock.now_iso())
    assert now < ahead
    assert clock.parse(clock.now_iso()) - clock.dt.datetime.now().astimezone() < clock.dt.timedelta(seconds=10)
