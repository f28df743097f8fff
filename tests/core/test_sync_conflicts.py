"""Conflicts that stay true: a conflict is about the values it records; a later change settles it; a
stale resolution is refused without touching the newer value; a resolution syncs like any change."""

from __future__ import annotations

import pytest

from inspector_app.core.errors import ValidationError
from sync_support import add_enterprise, make_district, make_laptop, send, synced_dump


@pytest.fixture
def world(tmp_path):
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    b = make_laptop(tmp_path, d, "李娜")
    ent = add_enterprise(a, "宏达化工")
    send(a, d, tmp_path)
    send(d, b, tmp_path)
    a.enterprises.update(ent, {"notes": "A的备注"})
    b.enterprises.update(ent, {"notes": "B的备注"})
    send(a, d, tmp_path)
    assert send(b, d, tmp_path).conflicts == 1
    yield tmp_path, d, a, b, ent
    for c in (d, a, b):
        c.close()


def _everyone(root, d, laps, rounds=2):
    for _ in range(rounds):
        for lap in laps:
            send(d, lap, root)
            send(lap, d, root)


def test_a_later_edit_settles_the_conflict_and_a_stale_resolution_is_refused(world):
    root, d, a, b, ent = world
    (c,) = d.sync.conflicts()
    send(d, a, root)
    a.enterprises.update(ent, {"notes": "后来的修改"})          # replaces both conflicting values
    send(a, d, root)
    assert not d.sync.conflicts()                               # no longer listed: it is not true any more
    with pytest.raises(ValidationError) as err:
        d.sync.resolve(c["id"], keep="other")
    assert "已过时" in err.value.zh and "后来的修改" in err.value.zh and "out of date" in err.value.en
    assert d.enterprises.get(ent)["notes"] == "后来的修改"       # the newer edit is kept
    _everyone(root, d, (a, b))
    assert {x.enterprises.get(ent)["notes"] for x in (a, b, d)} == {"后来的修改"}


def test_a_resolution_is_an_operation_every_device_follows(world):
    root, d, a, b, ent = world
    (c,) = d.sync.conflicts()
    other = c["other_value"]
    d.sync.resolve(c["id"], keep="other")
    assert d.enterprises.get(ent)["notes"] == other and not d.sync.conflicts()
    _everyone(root, d, (a, b))
    for lap in (a, b):
        assert lap.enterprises.get(ent)["notes"] == other and not lap.sync.conflicts()
    assert synced_dump(a) == synced_dump(b) == synced_dump(d)


def test_keeping_the_current_value_also_settles_it_everywhere(world):
    root, d, a, b, ent = world
    _everyone(root, d, (a, b), rounds=1)
    listed = [x for x in (a, b, d) if x.sync.conflicts()]
    assert d in listed
    (c,) = d.sync.conflicts()
    d.sync.resolve(c["id"], keep="winner")
    _everyone(root, d, (a, b))
    assert not any(x.sync.conflicts() for x in (a, b, d))
    assert {x.enterprises.get(ent)["notes"] for x in (a, b, d)} == {c["winner_value"]}
