"""Authorization per operation, partial acceptance, clocks: attacks made with genuine signed bundles
from an approved laptop. Each refused operation changes nothing; the rest of its bundle is applied;
the laptop learns what was refused and why with the next bundle from the district."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from inspector_app.core import clock
from inspector_app.core.sync import authorize
from sync_support import (add_enterprise, craft, forged_op, make_district, make_laptop, new_uscc, raw_zip, rejections,
                          send, synced_dump)

REPO = str(Path(__file__).resolve().parents[2])
NESTED = b"[" * 100_000 + b"]" * 100_000


@pytest.fixture()
def world(tmp_path):
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    other = d.townships.ensure("370882999", "别的镇", "示例区")
    ent2 = d.enterprises.add({"township_id": other, "name": "别镇企业", "uscc": new_uscc()}).id
    haz2 = d.hazards.create({"enterprise_id": ent2, "description": "重大隐患", "severity": "major"}).id
    yield tmp_path, d, a, {"township": other, "enterprise": ent2, "hazard": haz2}
    for c in (d, a):
        c.close()


def _deliver(root, a, d, ops):
    path = root / f"crafted-{uuid.uuid4().hex[:8]}.isb"
    path.write_bytes(craft(a, d, ops))
    return d.sync.import_bundle(path)


def _refused(col):
    return {r["op_id"]: r for r in col.sync.refusals()}


def _hlc(col):
    return col.db.execute("SELECT hlc FROM sync_control").fetchone()[0]


def _own_enterprise(root, a, d):
    ent = add_enterprise(a, "本镇企业")
    send(a, d, root)
    return ent


def test_row_id_must_equal_the_id_in_the_fields(world):
    root, d, a, o = world
    own = _own_enterprise(root, a, d)
    op = forged_op(a, tbl="enterprises", row=own, hlc=_hlc(a) + 1, fields={"id": o["enterprise"], "notes": "改"})
    res = _deliver(root, a, d, [op])
    assert res.status == "applied" and res.refused == 1
    assert _refused(d)[op["id"]]["code"] == "row"
    assert d.enterprises.get(o["enterprise"])["notes"] == "" and d.enterprises.get(own)["notes"] == ""


def test_an_event_cannot_close_another_townships_hazard(world):
    root, d, a, o = world
    own_town = a.profile.get()["township_id"]
    ev = str(uuid.uuid4())
    op = forged_op(a, tbl="hazard_events", row=ev, kind="insert", scope=own_town, hlc=_hlc(a) + 1,
                   fields={"id": ev, "hazard_id": o["hazard"], "kind": "reinspection_passed", "at": "2026-11-30",
                           "by": "x", "reason": "", "data": "{}", "photos": "[]", "created_at": "2026-11-30",
                           "updated_at": "2026-11-30", "device_id": a.device_id})
    _deliver(root, a, d, [op])
    assert _refused(d)[op["id"]]["code"] == "scope"
    assert d.hazards.get(o["hazard"])["state"] != "closed"
    assert not d.db.execute("SELECT 1 FROM hazard_events WHERE id = ?", [ev]).fetchone()


@pytest.mark.parametrize("attack, code", [
    ("origin claims the district", "origin"),
    ("renames its township", "global"),
    ("renames another township", "global"),
    ("changes a checklist template", "global"),
    ("NaN value", "value"),
    ("Infinity value", "value"),
    ("text in an integer column", "value"),
    ("HLC 2^62-1", "clock"),
    ("moves its enterprise to another township", "scope"),
    ("edits another township's enterprise under its own scope", "scope"),
    ("registers an enterprise in another township", "scope"),
])
def test_attack_is_refused_alone(world, attack, code):
    root, d, a, o = world
    own = _own_enterprise(root, a, d)
    town = a.profile.get()["township_id"]
    tpl = d.db.execute("SELECT content_hash FROM checklist_templates LIMIT 1").fetchone()
    new_ent = str(uuid.uuid4())
    h = _hlc(a) + 1
    ops = {
        "origin claims the district": forged_op(a, tbl="enterprises", row=own, origin=d.device_id, hlc=h,
                                                fields={"notes": "x"}),
        "renames its township": forged_op(a, tbl="townships", row=town, hlc=h, fields={"name": "改名镇"}),
        "renames another township": forged_op(a, tbl="townships", row=o["township"], hlc=h, fields={"name": "改名镇"}),
        "changes a checklist template": forged_op(a, tbl="checklist_templates", row=tpl[0] if tpl else "x", hlc=h,
                                                  fields={"title_zh": "篡改"}),
        "NaN value": forged_op(a, tbl="enterprises", row=own, hlc=h, fields={"notes": float("nan")}),
        "Infinity value": forged_op(a, tbl="hazards", row=str(uuid.uuid4()), hlc=h, fields={"money_spent": float("inf")}),
        "text in an integer column": forged_op(a, tbl="enterprises", row=own, hlc=h, fields={"deleted": "yes"}),
        "HLC 2^62-1": forged_op(a, tbl="enterprises", row=own, hlc=2**62 - 1, fields={"notes": "永远赢"}),
        "moves its enterprise to another township": forged_op(a, tbl="enterprises", row=own, hlc=h,
                                                              fields={"township_id": o["township"]}),
        "edits another township's enterprise under its own scope": forged_op(
            a, tbl="enterprises", row=o["enterprise"], scope=town, hlc=h, fields={"notes": "越界"}),
        "registers an enterprise in another township": forged_op(
            a, tbl="enterprises", row=new_ent, kind="insert", scope=town, hlc=h,
            fields={"id": new_ent, "township_id": o["township"], "name": "x", "uscc": new_uscc(),
                    "created_at": "2026", "updated_at": "2026", "device_id": a.device_id}),
    }
    before = {t: d.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
              for t in ("townships", "enterprises", "checklist_templates", "hazards")}
    good = str(uuid.uuid4())   # the same bundle also carries a good change: it is applied
    ok = forged_op(a, tbl="enterprises", row=good, kind="insert", scope=town, hlc=h + 1,
                   fields={"id": good, "township_id": town, "name": "同包的好记录", "uscc": new_uscc(),
                           "created_at": "2026", "updated_at": "2026", "device_id": a.device_id})
    bad = ops[attack]
    res = _deliver(root, a, d, [bad, ok])
    assert res.refused == 1 and _refused(d)[bad["id"]]["code"] == code
    assert d.enterprises.get(good)["name"] == "同包的好记录"
    d.db.execute("DELETE FROM enterprises WHERE id = ?", [good])  # (only to compare the rest)
    after = {t: d.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in before}
    assert after == before
    assert d.db.execute("SELECT hlc FROM sync_control").fetchone()[0] < 2**61   # the clock was not dragged
    # The laptop learns with the next bundle: what, why, what to do.
    send(d, a, root)
    mine = _refused(a)[bad["id"]]
    assert mine["code"] == code and mine["reason_zh"] and mine["reason_en"] and mine["hint_zh"] and mine["hint_en"]


def test_one_wrong_township_record_never_blocks_the_rest(world):
    """The issue's new-user story: an inspector registers one enterprise under the wrong township
    (the GUI offered it); that record is refused, everything else of the visit and later arrives."""
    root, d, a, o = world
    a.townships.ensure("370882999", "别的镇", "示例区")   # the demo data holds every township
    ent = a.enterprises.add({"township_id": o["township"], "name": "登记错乡镇", "uscc": new_uscc()}).id
    a.hazards.create({"enterprise_id": ent, "description": "错乡镇企业的隐患"})
    mine = add_enterprise(a, "本镇企业")
    h = a.hazards.create({"enterprise_id": mine, "description": "本镇隐患"}).id
    res = send(a, d, root)
    assert res.refused >= 2 and d.enterprises.get(mine) and d.hazards.get(h)
    assert not d.db.execute("SELECT 1 FROM enterprises WHERE id = ?", [ent]).fetchone()
    a.enterprises.update(mine, {"notes": "后来的修改"})
    send(d, a, root)
    res2 = send(a, d, root)
    assert res2.status == "applied" and d.enterprises.get(mine)["notes"] == "后来的修改"
    refused = {r["row_id"]: r for r in a.sync.refusals()}
    assert refused[ent]["code"] == "scope" and refused[ent]["what"] == "企业 登记错乡镇"
    assert a.enterprises.get(ent)["name"] == "登记错乡镇"   # nothing the inspector entered is lost
    assert a.sync.status()["refused"] >= 2


def test_refusals_are_sent_until_the_laptop_confirms(world):
    root, d, a, o = world
    own = _own_enterprise(root, a, d)
    bad = forged_op(a, tbl="enterprises", row=own, hlc=_hlc(a) + 1, fields={"notes": float("nan")})
    _deliver(root, a, d, [bad])
    lost = d.sync.export(root, a.device_id)            # this bundle is lost on the way
    lost.path.unlink()
    send(d, a, root)
    assert bad["id"] in _refused(a)
    a.enterprises.update(own, {"notes": "确认"})
    send(a, d, root)                                   # carries refused_upto
    assert not d.sync._refusals_for(a.device_id)


def test_laptop_clock_ahead_is_told_in_its_language(world, monkeypatch):
    root, d, a, _o = world
    real = clock.wall_ns
    monkeypatch.setattr(clock, "wall_ns", lambda: real() + 30 * 60 * 10**9)   # the laptop's clock runs ahead
    add_enterprise(a, "时钟快的企业")
    out = a.sync.export(root, "district")
    monkeypatch.setattr(clock, "wall_ns", real)
    d.sync.import_bundle(out.path)
    send(d, a, root)
    w = a.sync.clock_warning()
    assert w and "快约 30 分钟" in w.zh and "30 minutes ahead" in w.en


def test_deeply_nested_file_in_the_inbox_never_stops_a_pass(tmp_path):
    root = tmp_path
    d = make_district(root)
    a = make_laptop(root, d, "张伟")
    inbox = root / "inbox"
    inbox.mkdir()
    nested_zip = raw_zip([("manifest.json", NESTED), ("signature.txt", b"0" * 128), ("payload.bin", b"x")])
    (inbox / f"deadbeef-to-{d.device_id}-1-1-20261130.isb").write_bytes(nested_zip)
    (inbox / f"deadbeef-to-{d.device_id}-1-2-20261130.isb").write_bytes(NESTED)
    (inbox / "deadbeef-to-someone-else-1-1-20261130.isb").write_bytes(b"never opened")
    add_enterprise(a, "同一轮的好数据包")
    a.sync.export(inbox, "district")
    rep = d.sync.sync_folder(inbox)
    assert len(rep.imported) == 1 and len(rep.rejected) == 2 and len(rep.recorded) == 2
    assert "同一轮的好数据包" in {r[0] for r in d.db.execute("SELECT name FROM enterprises")}
    assert len(rejections(d)) == 2 and {r["file"] for r in rejections(d)} == {p.name for p, _w in rep.rejected}
    rep = d.sync.sync_folder(inbox)                     # again: refused, not recorded twice
    assert len(rep.rejected) == 2 and not rep.recorded and len(rejections(d)) == 2
    a.close()
    d.close()
    r = subprocess.run([sys.executable, "-m", "inspector_app", "--lang", "en", "--data-dir", str(d.data_dir),
                        "sync", "--watch", str(inbox), "--once"], capture_output=True, text=True, cwd=REPO)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "nested more than 8 levels" in r.stderr and "not a complete zip file" in r.stderr


def test_refused_records_are_sent_again_once_the_cause_is_fixed(world):
    """A laptop whose clock ran two days ahead: its changes are refused (clock), it is told; once the
    clock is right, 重新发送 logs the records again and the district accepts them."""
    root, d, a, _o = world
    a.db.execute("UPDATE sync_control SET hlc = ?", [(clock.now_ms() + 2 * 86400 * 1000) * 65536])
    ent = add_enterprise(a, "时钟错时登记")
    res = send(a, d, root)
    assert res.refused == 1 and not d.db.execute("SELECT 1 FROM enterprises WHERE id = ?", [ent]).fetchone()
    send(d, a, root)
    assert [r["code"] for r in a.sync.refusals()] == ["clock"]
    a.sync.resend_refused()
    assert a.db.execute("SELECT hlc FROM sync_control").fetchone()[0] < authorize.clock_limit()
    res = send(a, d, root)
    assert res.refused == 0 and d.enterprises.get(ent)["name"] == "时钟错时登记"
    send(d, a, root)
    assert a.enterprises.get(ent)["name"] == "时钟错时登记"
    assert a.sync.status()["refused"] == 0


def test_district_moves_an_enterprise_and_late_edits_are_rerouted(tmp_path):
    """An enterprise registered under the wrong township: the district moves it; the new township's
    laptop receives it with its hazards; an edit the old laptop made before it heard of the move is
    accepted and reaches the new laptop; the old laptop learns the enterprise left."""
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")                                   # 城关街道
    b = make_laptop(tmp_path, d, "李娜", township="新城镇", code="370882002")
    ent = add_enterprise(a, "登记错乡镇")
    haz = a.hazards.create({"enterprise_id": ent, "description": "配电箱无防护"}).id
    send(a, d, tmp_path)
    send(d, a, tmp_path)
    a.enterprises.update(ent, {"notes": "迁移前在路上的修改"})           # made before a hears of the move
    b_town = b.profile.get()["township_id"]
    d.sync.register.move_enterprise(ent, b_town)
    res = send(a, d, tmp_path)
    assert res.refused == 0 and d.enterprises.get(ent)["notes"] == "迁移前在路上的修改"
    send(d, b, tmp_path)
    assert b.enterprises.get(ent)["township_id"] == b_town and b.enterprises.get(ent)["notes"] == "迁移前在路上的修改"
    assert b.hazards.get(haz)["township_id"] == b_town
    b.hazards.add_event(haz, "note")                                     # the new township works on it
    assert send(b, d, tmp_path).refused == 0
    send(d, a, tmp_path)
    assert a.enterprises.get(ent)["township_id"] == b_town             # the old laptop learns it left
    a.enterprises.update(ent, {"notes": "迁移后仍在旧笔记本上修改"})
    assert send(a, d, tmp_path).refused == 1                            # now that is another township's record
    send(d, b, tmp_path)
    assert a.sync.register.outside_township(ent) and not b.sync.register.outside_township(ent)
    for c in (a, b, d):
        c.close()


def test_duplicate_credit_code_from_two_laptops_is_merged(tmp_path):
    """The same firm registered by two laptops: the second one waits at the district; the district
    merges it into the first, re-pointing its inspections and hazards; both laptops follow."""
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    b = make_laptop(tmp_path, d, "李娜")
    code = new_uscc()
    town = a.profile.get()["township_id"]
    e1 = a.enterprises.add({"township_id": town, "name": "宏达化工", "uscc": code}).id
    e2 = b.enterprises.add({"township_id": town, "name": "宏达化工有限公司", "uscc": code}).id
    h2 = b.hazards.create({"enterprise_id": e2, "description": "储罐区无围堰"}).id
    send(a, d, tmp_path)
    send(b, d, tmp_path)
    dups = d.sync.register.duplicates()
    assert [(x["id"], x["existing"]["id"], x["records"]) for x in dups] == [(e2, e1, 1)]
    d.sync.register.merge_enterprises(e2, e1)
    assert not d.sync.register.duplicates() and not d.sync.pending()
    assert d.hazards.get(h2)["enterprise_id"] == e1
    for _ in range(2):
        for lap in (a, b):
            send(d, lap, tmp_path)
            send(lap, d, tmp_path)
    for lap in (a, b):
        assert lap.hazards.get(h2)["enterprise_id"] == e1 and lap.enterprises.get(e1)["uscc"] == code
        assert lap.enterprises.get(e2)["deleted"] == 1 and not lap.sync.pending()
    assert synced_dump(a) == synced_dump(d) == synced_dump(b)
    for c in (a, b, d):
        c.close()
