"""The documents' inspection picker search (`Inspections.completed`, migrations 0014 and 0016): every way the list
is built — the newest inspections, the matches sorted, the matches checked along the index — gives what a plain
substring filter over the completed inspections gives, for texts of any length, newest first by the instant
(times written with different UTC offsets included), and the text index follows every write."""

from __future__ import annotations

import random

import pytest

from inspector_app.core import inspections as inspections_module
from inspector_app.core import uscc
from inspector_app.core.clock import instant_key

ALPHABET = "城关街道车间仓库罐区Aa-_%0123"
# (window, sort_max): the list found in the newest inspections / matches sorted / matches walked in index order
PATHS = {"window": (10_000, 10_000), "sorted": (2, 10_000), "walked": (2, 0)}


def _text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(n))


def _fold(s: str) -> str:
    return s.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"))


def _expected(col, q: str, limit: int) -> list[str]:
    rows = col.db.execute(
        "SELECT i.started_at, e.name, e.uscc, i.place, i.rowid FROM inspections i JOIN enterprises e"
        " ON e.id = i.enterprise_id WHERE i.status = 'completed'").fetchall()
    f = _fold(q.strip())
    hits = [(instant_key(at), rowid, at) for at, name, code, place, rowid in rows
            if any(f in _fold(s) for s in (name, code, place, at[:10]))]
    return [at for _key, _rowid, at in sorted(hits, reverse=True)[:limit]]


@pytest.fixture
def searched(col):
    """Six enterprises and 80 inspections (random places, dates, UTC offsets, states) from a fixed seed."""
    rng = random.Random(20261201)
    town = col.profile.get()["township_id"]
    firms = []
    for k in range(6):
        firms.append(col.enterprises.add({
            "township_id": town, "name": f"示例{_text(rng, 4)}有限公司",
            "uscc": uscc.make(f"91370882MA3C4E{k:02d}X"[:17])}).id)
    for k in range(80):
        day = f"20{rng.randint(16, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        offset = rng.choice(["+08:00", "+08:00", "+00:00", "-05:00", "+05:45"])   # a clock zone changed, a record synced
        ins = col.inspections.start(rng.choice(firms), place=_text(rng, rng.randint(0, 6)),
                                    started_at=f"{day}T{k // 60 + 8:02d}:{k % 60:02d}:00.000{offset}").id
        state = rng.random()
        if state < 0.75:
            col.inspections.complete(ins)
        elif state < 0.85:
            col.inspections.abandon(ins)
    return rng


@pytest.mark.parametrize("path", PATHS)
def test_picker_search_matches_a_plain_substring_filter(col, searched, monkeypatch, path):
    window, sort_max = PATHS[path]
    monkeypatch.setattr(inspections_module, "PICKER_WINDOW", window)
    monkeypatch.setattr(inspections_module, "PICKER_SORT_MAX", sort_max)
    rng = searched
    stored = [r[0] for r in col.db.execute(
        "SELECT e.name || e.uscc || i.place || substr(i.started_at, 1, 10) FROM inspections i"
        " JOIN enterprises e ON e.id = i.enterprise_id")]
    texts = ["", "不存在的地方", "示例", "2019", "-0", "%", "_", "a", "A", "913", '"', "AND", "城关 "]
    for _ in range(120):            # pieces of stored text, 1 to 5 characters: every one is found
        s = rng.choice(stored)
        n = rng.randint(1, 5)
        start = rng.randint(0, max(0, len(s) - n))
        texts.append(s[start:start + n])
    texts += [_text(rng, rng.randint(1, 4)) for _ in range(60)]   # mostly nothing
    for q in texts:
        for limit in (3, 300):
            got = [r["started_at"] for r in col.inspections.completed(q, limit=limit)]
            assert got == _expected(col, q, limit), (q, limit)
    rows = col.inspections.completed("", limit=300)
    assert rows and all(r["status"] == "completed" for r in rows)
    assert not col.db.conn.in_transaction       # the temp table of matches leaves no transaction open


@pytest.mark.parametrize("path", PATHS)
def test_newest_first_by_the_instant_not_the_text(col, enterprise, monkeypatch, path):
    """07:30 in Beijing on 1 March is 23:30 UTC on 28 February: an inspection written at 23:45 UTC that night
    started later, though its text sorts first."""
    window, sort_max = PATHS[path]
    monkeypatch.setattr(inspections_module, "PICKER_WINDOW", window)
    monkeypatch.setattr(inspections_module, "PICKER_SORT_MAX", sort_max)
    times = ["2026-03-01T07:30:00.000+08:00", "2026-02-28T23:45:00.000+00:00", "2026-02-28T18:40:00.000-05:00",
             "2026-03-01T08:00:00.000+08:00"]
    for at in times:
        col.inspections.complete(col.inspections.start(enterprise["id"], place="二号车间", started_at=at).id)
    newest_first = ["2026-03-01T08:00:00.000+08:00",      # 00:00 UTC, 1 Mar
                    "2026-02-28T23:45:00.000+00:00",      # 23:45 UTC, 28 Feb
                    "2026-02-28T18:40:00.000-05:00",      # 23:40 UTC
                    "2026-03-01T07:30:00.000+08:00"]      # 23:30 UTC
    assert sorted(times, key=instant_key, reverse=True) == newest_first != sorted(times, reverse=True)
    for q in ("", "车间", enterprise["name"][2:6], "2026"):
        assert [r["started_at"] for r in col.inspections.completed(q)] == newest_first, q
    assert [r["started_at"] for r in col.inspections.completed("", limit=2)] == newest_first[:2]


def test_the_picker_reads_the_instant_index_in_order(col):
    plan = " ".join(r[-1] for r in col.db.execute(
        "EXPLAIN QUERY PLAN SELECT i.id FROM inspections i INDEXED BY inspections_completed_instant"
        " JOIN enterprises e ON e.id=i.enterprise_id WHERE i.status='completed'"
        f" ORDER BY {inspections_module._NEWEST} LIMIT 100"))
    assert "USING INDEX inspections_completed_instant" in plan and "TEMP B-TREE" not in plan, plan


def test_picker_text_follows_writes(col, enterprise):
    ins = col.inspections.start(enterprise["id"], place="二号车间", started_at="2025-03-14T09:00:00.000+08:00").id
    col.inspections.complete(ins)

    def ids(q: str) -> list[str]:
        return [r["id"] for r in col.inspections.completed(q)]

    assert ids("二号车间") == [ins] and ids("车间") == [ins] and ids("2025-03-14") == [ins] and ids("03-1") == [ins]
    assert ids(enterprise["name"][2:6]) == [ins] and ids(enterprise["uscc"][-8:].lower()) == [ins]
    # A change arriving the way sync applies it (plain UPDATE) moves the text with it.
    col.db.execute("UPDATE inspections SET place = '三号仓库', started_at = '2024-11-02T10:00:00.000+08:00'"
                   " WHERE id = ?", [ins])
    assert ids("车间") == [] and ids("二号车间") == [] and ids("2025-03") == []
    assert ids("三号仓库") == [ins] and ids("仓库") == [ins] and ids("2024-11-02") == [ins]
    # The narrow table holds one row per inspection, the index agrees with it.
    n = col.db.execute("SELECT count(*) FROM inspections").fetchone()[0]
    assert col.db.execute("SELECT count(*) FROM inspection_text").fetchone()[0] == n
    col.db.execute("INSERT INTO inspection_text_fts (inspection_text_fts) VALUES ('integrity-check')")
