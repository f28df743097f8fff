"""Property: three devices, random edits, random delivery (reordered, duplicated, dropped and
resent), laptop clocks running days ahead, records registered under the wrong township, conflict
resolutions (some stale) and one credit code registered twice — after the district merges the
duplicates, the laptops send refused records again and a final exchange, every device holds identical
synced contents, and nothing is lost: a laptop's record the district does not hold is listed on that
laptop as refused.

Deterministic: the core runs on a controlled clock and seeded ids (sync_support.controlled_clock), so an
example gives the same data every time it is run (Hypothesis replays a failing example and reports it
flaky when the replay differs; with the wall clock and random ids it could: records picked `ORDER BY id`,
ties of the sync clock within a millisecond)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from inspector_app.core import clock, uscc
from inspector_app.core.errors import ValidationError
from inspector_app.core.sync.capture import SYNCED
from sync_support import add_enterprise, controlled_clock, make_district, make_laptop, synced_dump

DEVICES = ("d", "a", "b")
ROUTES = (("a", "d"), ("b", "d"), ("d", "a"), ("d", "b"))

action = st.one_of(
    st.tuples(st.just("enterprise"), st.sampled_from(DEVICES)),
    st.tuples(st.just("edit"), st.sampled_from(DEVICES), st.integers(0, 5),
              st.sampled_from(["address", "notes", "principal"]), st.sampled_from(["甲", "乙", "丙", ""])),
    st.tuples(st.just("hazard"), st.sampled_from(DEVICES), st.integers(0, 5)),
    st.tuples(st.just("event"), st.sampled_from(DEVICES), st.integers(0, 5),
              st.sampled_from(["note", "extension_approved", "rectification_reported", "reinspection_failed"])),
    st.tuples(st.just("send"), st.sampled_from(ROUTES)),
    st.tuples(st.just("deliver"), st.integers(0, 20), st.booleans()),
    st.tuples(st.just("drop"), st.integers(0, 20)),
    st.tuples(st.just("skew"), st.sampled_from(("a", "b")), st.sampled_from((0, 3, 30, 72))),
    st.tuples(st.just("wrong_township"), st.sampled_from(("a", "b"))),
    st.tuples(st.just("resolve"), st.sampled_from(DEVICES), st.sampled_from(("winner", "other"))),
    st.tuples(st.just("duplicate"), st.sampled_from(DEVICES), st.integers(0, 1)),
)
SHARED_CODES = (uscc.make("91370882MA9X00000"), uscc.make("91370882MA9X00001"))
# Found by this test: two laptops' duplicates of one firm merged into the same enterprise were both
# marked with that enterprise's id and collided on the unique credit code, so one never settled.
MERGED_DUPLICATES = [("enterprise", "d")] * 5 + [("duplicate", "d", 1)] + [("enterprise", "d")] * 7 + [
    ("enterprise", "a"), ("duplicate", "b", 1), ("drop", 11), ("duplicate", "d", 0), ("edit", "a", 3, "notes", "乙"),
    ("event", "d", 0, "rectification_reported"), ("duplicate", "a", 1), ("enterprise", "a"), ("duplicate", "d", 0),
    ("hazard", "d", 3)]


def _rows(col, sql):
    return [r[0] for r in col.db.execute(sql)]


def _run(actions):
    """Play the actions and check convergence; returns every device's synced contents."""
    with controlled_clock(seed=0), tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        d = make_district(root)
        devs = {"d": d, "a": make_laptop(root, d, "甲"), "b": make_laptop(root, d, "乙")}
        # The district works in the laptops' township too; another township exists everywhere.
        town = devs["a"].profile.get()["township_id"]
        devs["d"].db.execute("UPDATE profile SET township_id = ?", [town])
        other = d.townships.ensure("370882999", "别的镇", "示例区")
        for k in ("a", "b"):
            devs[k].townships.ensure("370882999", "别的镇", "示例区")
        pool: list[tuple[Path, str]] = []
        try:
            for n, act in enumerate(actions):
                kind = act[0]
                if kind == "enterprise":
                    add_enterprise(devs[act[1]], f"企业{n}")
                elif kind == "edit":
                    col = devs[act[1]]
                    ents = _rows(col, "SELECT id FROM enterprises ORDER BY id")
                    if ents:
                        col.enterprises.update(ents[act[2] % len(ents)], {act[3]: act[4]})
                elif kind == "hazard":
                    col = devs[act[1]]
                    ents = _rows(col, "SELECT id FROM enterprises ORDER BY id")
                    if ents:
                        col.hazards.create({"enterprise_id": ents[act[2] % len(ents)], "description": f"隐患{n}"})
                elif kind == "event":
                    col = devs[act[1]]
                    hs = _rows(col, "SELECT id FROM hazards ORDER BY id")
                    if hs:
                        data = {"new_deadline": f"2026-12-{n % 28 + 1:02d}"} if act[3] != "note" else {}
                        col.hazards.add_event(hs[act[2] % len(hs)], act[3], data=data)
                elif kind == "send":
                    src, dst = act[1]
                    to = "district" if dst == "d" else devs[dst].device_id
                    out = root / f"b{n}.isb"
                    devs[src].sync.export(out, to)
                    pool.append((out, dst))
                elif kind == "skew":   # the laptop's clock runs this many hours ahead from now on
                    ahead = (clock.now_ms() + act[2] * 3600 * 1000) * 65536
                    devs[act[1]].db.execute("UPDATE sync_control SET hlc = max(hlc, ?)", [ahead])
                elif kind == "wrong_township":
                    devs[act[1]].enterprises.add({"township_id": other, "name": f"错乡镇{n}",
                                                  "uscc": uscc.make(f"91370882MA8{n:06d}")})
                elif kind == "resolve":
                    open_ = devs[act[1]].sync.conflicts()
                    if open_:
                        try:
                            devs[act[1]].sync.resolve(open_[0]["id"], keep=act[2])
                        except ValidationError:
                            pass
                elif kind == "duplicate":
                    col = devs[act[1]]
                    if col.enterprises.by_uscc(SHARED_CODES[act[2]]) is None:
                        col.enterprises.add({"township_id": town, "name": f"重复{n}", "uscc": SHARED_CODES[act[2]]})
                elif kind in ("deliver", "drop") and pool:
                    path, dst = pool[act[1] % len(pool)]
                    if kind == "deliver":
                        devs[dst].sync.import_bundle(path)
                    if kind == "drop" or not act[2]:
                        pool.remove((path, dst))
            def exchange(rounds):  # everything unacknowledged is resent
                for _ in range(rounds):
                    for src, dst in ROUTES:
                        to = "district" if dst == "d" else devs[dst].device_id
                        out = root / f"final-{src}-{dst}.isb"
                        devs[src].sync.export(out, to)
                        devs[dst].sync.import_bundle(out)
            exchange(2)
            for k in ("a", "b"):                             # clocks set right; refused records sent again
                devs[k].sync.resend_refused()
            exchange(2)
            for dup in d.sync.register.duplicates():        # the district merges what it sees
                d.sync.register.merge_enterprises(dup["id"], dup["existing"]["id"])
            exchange(3)
            dumps = {k: synced_dump(c) for k, c in devs.items()}
            for k in ("a", "b"):                             # what the district refused stays on the laptop, listed
                refused = set(devs[k].db.execute("SELECT tbl, row_id FROM sync_refused WHERE resent_at IS NULL"))
                for tbl, spec in SYNCED.items():
                    if len(spec.pk) == 1:
                        dumps[k][tbl] = [r for r in dumps[k][tbl] if (tbl, r[0]) not in refused]
                assert not any(code == "clock" for (code,) in devs[k].db.execute(
                    "SELECT code FROM sync_refused WHERE resent_at IS NULL"))
            assert dumps["a"] == dumps["d"] == dumps["b"]
            assert not any(_rows(c, "SELECT tbl FROM sync_pending") for c in devs.values())
            return dumps
        finally:
            for c in devs.values():
                c.close()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(action, min_size=5, max_size=30))
@example(MERGED_DUPLICATES)
# Found by this test: a hazard that waited for its enterprise (held back by the credit-code duplicates) while
# its deadline extension arrived became real without its state derived again: deadline empty on one laptop.
@example([("enterprise", "d")] * 3 + [("duplicate", "b", 1), ("enterprise", "d"), ("hazard", "d", 0),
    ("skew", "a", 72), ("skew", "b", 3), ("drop", 4), ("wrong_township", "a"), ("hazard", "b", 1),
    ("wrong_township", "a"), ("resolve", "d", "winner"), ("hazard", "b", 2), ("resolve", "d", "winner"),
    ("deliver", 5, True), ("duplicate", "a", 1), ("event", "a", 3, "reinspection_failed"), ("skew", "a", 72),
    ("resolve", "d", "winner"), ("duplicate", "a", 1), ("resolve", "b", "other"),
    ("event", "d", 0, "extension_approved"), ("deliver", 8, False), ("skew", "b", 72), ("hazard", "a", 3),
    ("event", "b", 2, "extension_approved"), ("duplicate", "d", 0), ("deliver", 14, False), ("send", ("b", "d"))])
def test_random_delivery_converges(actions):
    _run(actions)


def test_an_example_gives_the_same_data_every_run():
    """What makes a failing example replay the same way: two runs of one example (skewed clocks, conflicts,
    resolutions, duplicates merged) end with identical contents, ids and times included."""
    actions = MERGED_DUPLICATES + [
        ("skew", "a", 3), ("edit", "a", 0, "address", "甲"), ("edit", "b", 0, "address", "乙"), ("send", ("a", "d")),
        ("send", ("b", "d")), ("deliver", 0, True), ("deliver", 1, True), ("resolve", "d", "other"),
        ("skew", "b", 30), ("hazard", "b", 1), ("event", "b", 0, "note"), ("send", ("b", "d")), ("deliver", 2, False),
        ("wrong_township", "a"), ("send", ("a", "d")), ("deliver", 3, True)]
    first = _run(actions)
    assert first["d"]["enterprises"] and first["d"]["hazard_events"]
    assert _run(actions) == first
