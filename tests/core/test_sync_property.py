"""Property: three devices, random edits, random delivery (reordered, duplicated, dropped and
resent) — after a final exchange every device holds identical synced contents."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync_support import add_enterprise, make_district, make_laptop, synced_dump

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
)


def _rows(col, sql):
    return [r[0] for r in col.db.execute(sql)]


def _run(actions):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        d = make_district(root)
        devs = {"d": d, "a": make_laptop(root, d, "甲"), "b": make_laptop(root, d, "乙")}
        # The district works in the laptops' township too.
        devs["d"].db.execute("UPDATE profile SET township_id = ?", [devs["a"].profile.get()["township_id"]])
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
                elif kind in ("deliver", "drop") and pool:
                    path, dst = pool[act[1] % len(pool)]
                    if kind == "deliver":
                        devs[dst].sync.import_bundle(path)
                    if kind == "drop" or not act[2]:
                        pool.remove((path, dst))
            for _ in range(3):  # the final exchange: everything unacknowledged is resent
                for src, dst in ROUTES:
                    to = "district" if dst == "d" else devs[dst].device_id
                    out = root / f"final-{src}-{dst}.isb"
                    devs[src].sync.export(out, to)
                    devs[dst].sync.import_bundle(out)
            dumps = {k: synced_dump(c) for k, c in devs.items()}
            assert dumps["a"] == dumps["d"] == dumps["b"]
            assert not any(_rows(c, "SELECT tbl FROM sync_pending") for c in devs.values())
        finally:
            for c in devs.values():
                c.close()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(action, min_size=5, max_size=30))
def test_random_delivery_converges(actions):
    _run(actions)
