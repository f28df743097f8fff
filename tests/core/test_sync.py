"""Sync between laptops and the district: round trips, merging, scoping, quarantine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from inspector_app.core.sync import bundle as bf
from sync_support import (add_enterprise, full_snapshot, make_district, make_laptop, rejections, send, synced_dump,
                          without_rejections)

REPO = str(Path(__file__).resolve().parents[2])  # run `-m inspector_app` from this checkout


@pytest.fixture
def world(tmp_path):
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    b = make_laptop(tmp_path, d, "李娜")
    yield tmp_path, d, a, b
    for c in (d, a, b):
        try:
            c.close()
        except Exception:  # noqa: BLE001 - a test may have closed it already
            pass


def _photo(col) -> str:
    import io

    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buf, "PNG")
    return col.attachments.import_photo(buf.getvalue(), "p.png")


def test_round_trip_laptop_district_laptop_with_photo(world):
    root, d, a, b = world
    ent = add_enterprise(a, "宏达化工")
    sha = _photo(a)
    h = a.hazards.create({"enterprise_id": ent, "description": "有限空间未设警示标志", "before_photos": [sha]}).id
    res = send(a, d, root)
    assert res.status == "applied" and res.attachments == 1
    assert d.enterprises.get(ent)["name"] == "宏达化工"
    assert d.attachments.read(sha) == a.attachments.read(sha)
    d.hazards.add_event(h, "notice_issued", data={"deadline": "2026-12-01"})
    send(d, b, root)
    assert b.hazards.get(h)["state"] == "awaiting_rectification"
    assert b.attachments.exists(sha)
    send(d, a, root)
    assert a.hazards.get(h)["state"] == "awaiting_rectification"
    assert synced_dump(a) == synced_dump(d) == synced_dump(b)
    # Laptops got their certificate and a serial block on approval.
    assert a.sync.serial_blocks() and a.sync.serial_blocks()[0]["first"] != b.sync.serial_blocks()[0]["first"]
    # The second time the sender only sends what was not acknowledged; the photo is not resent.
    send(b, d, root)
    again = a.sync.export(root, "district")
    assert again.attachments == 0 and again.ops == 0


def test_importing_twice_and_out_of_order_is_harmless(world):
    root, d, a, _b = world
    ent = add_enterprise(a)
    first = a.sync.export(root, "district")
    a.enterprises.update(ent, {"address": "新地址2号"})
    second = a.sync.export(root, "district")  # everything unacknowledged again
    assert d.sync.import_bundle(second.path).status == "applied"
    assert d.sync.import_bundle(first.path).status == "already_applied"
    assert d.sync.import_bundle(second.path).status == "already_applied"
    assert d.enterprises.get(ent)["address"] == "新地址2号"


def test_concurrent_edits_converge_and_conflict_is_listed(world):
    root, d, a, b = world
    ent = add_enterprise(a, "宏达化工")
    h = a.hazards.create({"enterprise_id": ent, "description": "配电箱无防护"}).id
    a.hazards.add_event(h, "notice_issued", data={"deadline": "2026-12-01"})
    send(a, d, root)
    send(d, b, root)
    # Concurrently: both laptops edit the enterprise (one field each and one field both);
    # laptop B records a failed re-inspection while the district approves an extension.
    a.enterprises.update(ent, {"phone": "13905371234", "notes": "A的备注"})
    b.enterprises.update(ent, {"principal": "王五", "notes": "B的备注"})
    b.hazards.add_event(h, "rectification_reported", data={"measures": "已加装防护"})
    b.hazards.add_event(h, "reinspection_failed", data={"new_deadline": "2026-12-20"}, at="2026-12-05T10:00:00")
    d.hazards.add_event(h, "extension_approved", data={"new_deadline": "2026-12-10"}, at="2026-11-30T10:00:00")
    send(a, d, root)
    res = send(b, d, root)
    assert res.conflicts == 1
    for lap in (a, b):
        send(d, lap, root)
    assert synced_dump(a) == synced_dump(b) == synced_dump(d)
    e = d.enterprises.get(ent)
    assert e["phone"] == "13905371234" and e["principal"] == "王五" and e["notes"] in ("A的备注", "B的备注")
    kinds = [ev["kind"] for ev in a.hazards.events(h)]
    assert "extension_approved" in kinds and "reinspection_failed" in kinds
    assert a.hazards.get(h)["deadline"] == b.hazards.get(h)["deadline"] == "2026-12-20"
    (c,) = d.sync.conflicts()
    assert c["field"] == "notes" and {c["winner_value"], c["other_value"]} == {"A的备注", "B的备注"}
    d.sync.resolve(c["id"], keep="other")
    assert d.enterprises.get(ent)["notes"] == c["other_value"] and not d.sync.conflicts()
    for lap in (a, b):
        send(d, lap, root)
    assert a.enterprises.get(ent)["notes"] == b.enterprises.get(ent)["notes"] == c["other_value"]


def test_each_laptop_gets_only_its_township(tmp_path):
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟", "城关街道", "370882001")
    b = make_laptop(tmp_path, d, "赵敏", "南站镇", "370882102")
    ea = add_enterprise(a, "城关企业")
    eb = add_enterprise(b, "南站企业")
    send(a, d, tmp_path)
    send(b, d, tmp_path)
    assert {r[0] for r in d.db.execute("SELECT name FROM enterprises")} == {"城关企业", "南站企业"}
    send(d, a, tmp_path)
    send(d, b, tmp_path)
    assert [r[0] for r in a.db.execute("SELECT id FROM enterprises")] == [ea]
    assert [r[0] for r in b.db.execute("SELECT id FROM enterprises")] == [eb]


def test_one_flipped_byte_is_rejected_and_nothing_changes(world):
    root, d, a, _b = world
    add_enterprise(a)
    out = a.sync.export(root, "district").path
    before = full_snapshot(d)
    raw = bytearray(out.read_bytes())
    for pos in (len(raw) // 3, len(raw) // 2, len(raw) - 30):
        bad = root / f"flip{pos}.isb"
        flipped = bytearray(raw)
        flipped[pos] ^= 0x01
        bad.write_bytes(bytes(flipped))
        with pytest.raises(bf.BundleRejected):
            d.sync.import_bundle(bad)
        assert without_rejections(full_snapshot(d)) == without_rejections(before)
    assert [r["file"] for r in rejections(d)] == [f"flip{pos}.isb" for pos in (len(raw) // 3, len(raw) // 2,
                                                                                len(raw) - 30)]


def test_unknown_and_revoked_devices_are_quarantined_never_applied(tmp_path):
    d = make_district(tmp_path)
    stranger = make_laptop(tmp_path, d, "陌生人", approve=False)
    add_enterprise(stranger, "未登记企业")
    out = stranger.sync.export(tmp_path, "district").path
    raw = out.read_bytes()  # a lost stick names nobody: the request travels encrypted
    assert "陌生人".encode() not in raw and stranger.profile.get()["cert_no"].encode() not in raw
    assert "未登记企业".encode() not in raw
    with pytest.raises(bf.BundleQuarantined):
        d.sync.import_bundle(out)
    assert d.db.execute("SELECT count(*) FROM enterprises").fetchone()[0] == 0
    (q,) = d.sync.quarantined()
    assert (d.data_dir / "quarantine" / q["file"]).exists()
    assert [x["status"] for x in d.sync.devices()] == ["pending"]
    d.sync.approve(stranger.device_id)  # approval applies what was held
    assert [r[0] for r in d.db.execute("SELECT name FROM enterprises")] == ["未登记企业"]
    d.sync.revoke(stranger.device_id)
    add_enterprise(stranger, "吊销后企业")
    with pytest.raises(bf.BundleQuarantined):
        d.sync.import_bundle(stranger.sync.export(tmp_path, "district").path)
    assert "吊销后企业" not in {r[0] for r in d.db.execute("SELECT name FROM enterprises")}


def test_bulk_load_logs_nothing(col, enterprise):
    n = col.db.execute("SELECT count(*) FROM sync_ops").fetchone()[0]
    with col.sync.bulk_load():
        with col.db.atomic():
            col.db["enterprises"].update(enterprise["id"], {"notes": "批量"})
    assert col.db.execute("SELECT count(*) FROM sync_ops").fetchone()[0] == n
    col.enterprises.update(enterprise["id"], {"notes": "手工"})
    assert col.db.execute("SELECT count(*) FROM sync_ops").fetchone()[0] == n + 1


def test_cli_import_exit_codes(world):
    root, d, a, _b = world
    add_enterprise(a)
    out = a.sync.export(root, "district").path
    cmd = [sys.executable, "-m", "inspector_app", "--lang", "en", "--data-dir", str(d.data_dir), "import"]
    d.close()
    ok = subprocess.run(cmd + [str(out)], capture_output=True, text=True, cwd=REPO)
    assert ok.returncode == 0, ok.stderr
    again = subprocess.run(cmd + [str(out)], capture_output=True, text=True, cwd=REPO)
    assert again.returncode == 0 and "already applied" in again.stdout
    bad = root / "bad.isb"
    bad.write_bytes(out.read_bytes()[:-100])
    rej = subprocess.run(cmd + [str(bad)], capture_output=True, text=True, cwd=REPO)
    assert rej.returncode != 0 and "rejected" in rej.stderr
    from inspector_app.core.collection import Collection
    with Collection(root / "district") as again_d:      # the refusal outlives the process
        (rec,) = rejections(again_d)
        assert rec["file"] == "bad.isb" and rec["size"] == bad.stat().st_size and "rejected" in rec["reason_en"]


def test_bulk_loaded_register_reaches_a_newly_approved_laptop(tmp_path):
    from sync_support import new_uscc
    d = make_district(tmp_path)
    town = d.townships.ensure("370882001", "城关街道")
    other = d.townships.ensure("370882102", "南站镇")
    with d.sync.bulk_load():
        for i, t in enumerate((town, town, other)):
            d.db["enterprises"].insert({"id": f"e{i}", "created_at": "x", "updated_at": "x", "device_id": "x",
                                        "township_id": t, "name": f"基线企业{i}", "uscc": new_uscc()})
    a = make_laptop(tmp_path, d, "张伟")
    assert sorted(r[0] for r in a.db.execute("SELECT id FROM enterprises")) == ["e0", "e1"]
    a.enterprises.update("e0", {"notes": "笔记本修改"})
    send(a, d, tmp_path)
    assert d.enterprises.get("e0")["notes"] == "笔记本修改"


def test_same_credit_code_on_two_laptops_is_kept_waiting_not_lost(world):
    from sync_support import new_uscc
    root, d, a, b = world
    code = new_uscc()
    tid = a.profile.get()["township_id"]
    ea = a.enterprises.add({"township_id": tid, "name": "同一企业", "uscc": code}).id
    eb = b.enterprises.add({"township_id": tid, "name": "同一企业（乙录入）", "uscc": code}).id
    b.hazards.create({"enterprise_id": eb, "description": "乙发现的隐患"})
    send(a, d, root)
    res = send(b, d, root)
    assert res.status == "applied"
    waiting = {(w["tbl"], w["row_id"]) for w in d.sync.pending()}
    assert ("enterprises", eb) in waiting and any(t == "hazards" for t, _ in waiting)
    assert d.enterprises.get(ea)["name"] == "同一企业"
    # Kept in the log, so it is applied once a person fixes the clash at the source.
    b.enterprises.update(eb, {"uscc": new_uscc()})
    send(b, d, root)
    assert d.enterprises.get(eb)["name"] == "同一企业（乙录入）" and not d.sync.pending()


def test_first_edit_of_a_bulk_loaded_row_reaches_laptops_without_it(world):
    root, d, a, _b = world
    tid = a.profile.get()["township_id"]
    from sync_support import new_uscc
    with d.sync.bulk_load():
        d.db["enterprises"].insert({"id": "base1", "created_at": "x", "updated_at": "x", "device_id": "x",
                                    "township_id": tid, "name": "基线企业", "uscc": new_uscc()})
    d.enterprises.update("base1", {"phone": "13905371234"})
    send(d, a, root)
    row = a.enterprises.get("base1")
    assert row["name"] == "基线企业" and row["phone"] == "13905371234"
    d.enterprises.update("base1", {"notes": "第二次"})
    op = d.db.execute("SELECT kind, fields FROM sync_ops ORDER BY lseq DESC LIMIT 1").fetchone()
    assert op[0] == "update" and "name" not in op[1]


def test_issued_documents_do_not_change_after_issue(world):
    root, d, a, _b = world
    ent = add_enterprise(a)
    doc = "doc-1"
    a.db["documents"].insert({"id": doc, "created_at": "x", "updated_at": "x", "device_id": a.device_id,
                              "doc_type": "inspection_record", "enterprise_id": ent, "content": '{"v": 1}'})
    a.db["documents"].update(doc, {"state": "issued", "doc_no": "城关检记〔2026〕1号", "issued_at": "2026-11-23"})
    a.db["documents"].update(doc, {"content": '{"v": "tampered"}'})  # a bug or a forger after issue
    send(a, d, root)
    row = d.db.execute("SELECT state, content FROM documents WHERE id = ?", [doc]).fetchone()
    assert row == ("issued", '{"v": 1}')
    a.db["documents"].update(doc, {"state": "voided", "void_reason": "填写错误"})
    send(a, d, root)
    assert d.db.execute("SELECT state, void_reason FROM documents WHERE id = ?", [doc]).fetchone() == ("voided", "填写错误")


def test_capture_survives_a_migration_that_adds_a_column_or_rebuilds_a_table(tmp_path):
    from inspector_app.core.collection import Collection
    c = Collection(tmp_path / "x")
    c.db.execute("ALTER TABLE enterprises ADD COLUMN grid TEXT NOT NULL DEFAULT ''")  # a later migration
    c.db["contractors"].transform(types={"notes": str})                               # a table rebuild
    c.close()
    c = Collection(tmp_path / "x")
    c.profile.init(role="inspector", name="张伟", cert_no="C1", unit="城关街道应急办", township="城关街道")
    ent = add_enterprise(c)
    c.enterprises.db["enterprises"].update(ent, {"grid": "第三网格"})
    c.db["contractors"].insert({"id": "k1", "created_at": "x", "updated_at": "x", "device_id": "x",
                                "enterprise_id": ent, "name": "外包单位"})
    tables = [r[0] for r in c.db.execute("SELECT tbl FROM sync_ops ORDER BY lseq")]
    fields = c.db.execute("SELECT fields FROM sync_ops WHERE tbl = 'enterprises' ORDER BY lseq DESC").fetchone()[0]
    assert "contractors" in tables and "第三网格" in fields
    c.close()


def test_district_publishes_checklist_versions(world):
    from pathlib import Path
    root, d, a, b = world
    shipped = (Path(__file__).resolve().parents[2] / "resources" / "checklists" / "confined_space.toml")
    text = shipped.read_text("utf-8").replace('version = "2026.4"', 'version = "2099.1"')
    d.checklists.district_dir.mkdir(exist_ok=True)
    (d.checklists.district_dir / "confined_space-2099.1.toml").write_text(text, "utf-8")
    (d.checklists.district_dir / "broken.toml").write_text("this is = not [valid", "utf-8")
    assert d.sync.due(a.device_id)  # a new checklist version is due even without data changes
    send(d, a, root)
    installed = a.checklists.district_dir / "confined_space-2099.1.toml"
    assert installed.read_text("utf-8") == text
    assert not (a.checklists.district_dir / "broken.toml").exists()   # a broken file is not published
    assert {(c.checklist_id, c.version) for c in a.checklists.available()} >= {("confined_space", "2099.1")}
    assert not b.checklists.district_dir.joinpath("confined_space-2099.1.toml").exists()
    send(d, b, root)
    assert b.checklists.district_dir.joinpath("confined_space-2099.1.toml").exists()


def test_status_for_the_sync_page(world):
    root, d, a, _b = world
    add_enterprise(a)
    st = a.sync.status()
    assert st["district_trusted"] and st["enrolled"]
    (peer,) = st["peers"]
    assert peer["unacknowledged"] >= 1
    send(a, d, root)
    send(d, a, root)
    assert a.sync.status()["peers"][0]["unacknowledged"] == 0
    assert d.sync.status()["awaiting_approval"] == 0 and len(d.sync.status()["peers"]) == 2


def test_laptop_restored_from_backup_loses_nothing(world):
    import shutil
    root, d, a, _b = world
    add_enterprise(a, "备份前企业")
    send(a, d, root)
    send(d, a, root)
    a.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup = root / "backup"
    shutil.copytree(a.data_dir, backup)
    for i in range(3):                               # work that the backup does not hold
        add_enterprise(a, f"丢失的{i}")
    send(a, d, root)
    send(d, a, root)
    a.close()
    shutil.rmtree(a.data_dir)
    shutil.copytree(backup, a.data_dir)              # the laptop is restored
    from inspector_app.core.collection import Collection
    a2 = Collection(a.data_dir)
    add_enterprise(a2, "恢复后企业")                  # numbered like the ones the district already acknowledged
    for _ in range(2):
        send(a2, d, root)
        send(d, a2, root)
    names = {r[0] for r in d.db.execute("SELECT name FROM enterprises")}
    assert {"备份前企业", "恢复后企业", "丢失的0"} <= names
    assert {r[0] for r in a2.db.execute("SELECT name FROM enterprises")} == names
    a2.close()


def _laptop_by_name(root, d, name, township):
    """A laptop set up like `inspector init --township NAME` (no code: a stand-in code)."""
    from inspector_app.core.collection import Collection
    lap = Collection(root / f"laptop-{name}")
    lap.profile.init(role="inspector", name=name, cert_no=f"C-{name}", unit=f"{township}应急办",
                     township=township, district="示例区")
    lap.sync.trust_district(d.sync.write_card(root / "district-card.json"))
    return lap


def _referenced_hashes(col) -> set[str]:
    import re
    found: set[str] = set()
    for table in ("hazards", "hazard_events", "answers", "documents"):
        for row in col.db.execute(f"SELECT * FROM {table}"):
            for v in row:
                if isinstance(v, str):
                    found.update(re.findall(r"[0-9a-f]{64}", v))
    return found


def test_two_townships_each_laptop_gets_only_its_own(tmp_path):
    """A district with a demo register; laptops set up by township name only, working before
    approval. Each is re-homed into the district's township and receives only its data."""
    from inspector_app.core.demo import generate
    d = make_district(tmp_path)
    generate(d, "small", 1)
    towns = {name: tid for tid, name in d.db.execute("SELECT id, name FROM townships")}
    # A's township has an open and a closed hazard; B is in another one.
    ta = d.db.execute("SELECT t.name FROM townships t JOIN hazards h ON h.township_id = t.id GROUP BY t.id "
                      "HAVING min(h.state = 'closed') = 0 AND max(h.state = 'closed') = 1 ORDER BY t.code").fetchone()[0]
    tb = next(n for n in sorted(towns) if n != ta)
    a = _laptop_by_name(tmp_path, d, "张伟", ta)
    b = _laptop_by_name(tmp_path, d, "赵敏", tb)
    ea = add_enterprise(a, "城关新企业")
    sha = _photo(a)
    ha = a.hazards.create({"enterprise_id": ea, "description": "城关隐患", "before_photos": [sha]}).id
    eb = add_enterprise(b, "青石新企业")
    for lap in (a, b):
        with pytest.raises(bf.BundleQuarantined):
            d.sync.import_bundle(lap.sync.export(tmp_path, "district").path)
        d.sync.approve(lap.device_id)
    assert {dev["township_id"] for dev in d.sync.devices()} == {towns[ta], towns[tb]}
    # The district acts on an open and on a closed (bulk-loaded) hazard of A's township.
    open_h, closed_h = (d.db.execute("SELECT id FROM hazards WHERE township_id = ? AND state {} 'closed' "
                                     "ORDER BY id".format(op), [towns[ta]]).fetchone()[0] for op in ("!=", "="))
    d.hazards.add_event(open_h, "extension_approved", data={"new_deadline": "2099-01-31"})
    d.hazards.add_event(closed_h, "note", data={})
    for _ in range(3):
        for lap in (a, b):
            send(d, lap, tmp_path)
            send(lap, d, tmp_path)
    for lap, town, own in ((a, ta, ea), (b, tb, eb)):
        tid = towns[town]
        assert lap.profile.get()["township_id"] == tid
        assert lap.enterprises.get(own)["township_id"] == d.enterprises.get(own)["township_id"] == tid
        for table in ("enterprises", "inspections", "hazards"):
            mine = {r[0] for r in lap.db.execute(f"SELECT township_id FROM {table}")}
            assert mine <= {tid}, table
        expected = {r[0] for r in d.db.execute("SELECT id FROM enterprises WHERE township_id = ?", [tid])}
        assert {r[0] for r in lap.db.execute("SELECT id FROM enterprises")} == expected
        assert not lap.db.execute("SELECT count(*) FROM hazard_events WHERE hazard_id NOT IN "
                                  "(SELECT id FROM hazards)").fetchone()[0]
        files = {r[0] for r in lap.db.execute("SELECT sha256 FROM attachments")}
        assert files <= _referenced_hashes(lap)   # no photo of another township
        assert not lap.sync.pending()
    assert a.hazards.get(open_h)["deadline"] == "2099-01-31" and a.hazards.get(closed_h)["state"] == "closed"
    assert b.db.execute("SELECT count(*) FROM hazards WHERE id IN (?, ?)", [open_h, closed_h]).fetchone()[0] == 0
    assert d.hazards.get(ha)["township_id"] == towns[ta] and d.attachments.read(sha) == a.attachments.read(sha)
    assert not b.attachments.exists(sha)
    for c in (d, a, b):
        c.close()


# ---------------------------------------------------------------- further serial blocks (district)
def test_district_assigns_further_blocks_without_overlap_and_they_reach_the_laptop(world):
    root, d, a, b = world
    first_a, first_b = a.sync.serial_blocks()[0], b.sync.serial_blocks()[0]
    size = first_a["last"] - first_a["first"] + 1
    blk = d.sync.assign_serial_block(a.device_id)
    assert (blk["first"], blk["last"] - blk["first"] + 1) == (first_b["last"] + 1, size)
    small = d.sync.assign_serial_block(b.device_id, size=10)
    assert small["first"] == blk["last"] + 1 and small["last"] == blk["last"] + 10
    other_year = d.sync.assign_serial_block(a.device_id, size=5, year=2031)
    assert (other_year["first"], other_year["last"]) == (1, 5)  # each year numbers afresh
    ranges = sorted((r[0], r[1], r[2]) for r in d.db.execute("SELECT year, first, last FROM sync_serial_blocks"))
    for (y1, _f1, l1), (y2, f2, _l2) in zip(ranges, ranges[1:]):
        assert y1 != y2 or l1 < f2                       # no overlap within a year, across devices
    assert d.sync.due(a.device_id)                       # the new block is something to send
    send(d, a, root)
    assert [(x["year"], x["first"], x["last"]) for x in a.sync.serial_blocks()] == [
        (first_a["year"], first_a["first"], first_a["last"]), (blk["year"], blk["first"], blk["last"]),
        (2031, 1, 5)]
    send(d, a, root)                                     # delivered once: importing again adds nothing
    assert len(a.sync.serial_blocks()) == 3
    audit = [r[0] for r in d.db.execute("SELECT action FROM audit_log WHERE action = 'device.serial_block'")]
    assert len(audit) == 3


@pytest.mark.parametrize("kwargs, match", [({"size": 0}, "大小"), ({"size": 10**9}, "大小"),
                                           ({"year": 1999}, "年份")])
def test_assign_block_refuses_bad_size_or_year(world, kwargs, match):
    _root, d, a, _b = world
    from inspector_app.core.errors import ValidationError
    n = d.db.execute("SELECT count(*) FROM sync_serial_blocks").fetchone()[0]
    with pytest.raises(ValidationError, match=match):
        d.sync.assign_serial_block(a.device_id, **kwargs)
    assert d.db.execute("SELECT count(*) FROM sync_serial_blocks").fetchone()[0] == n


def test_assign_block_only_for_approved_devices_at_the_district(tmp_path):
    from inspector_app.core.errors import ValidationError
    d = make_district(tmp_path)
    stranger = make_laptop(tmp_path, d, "陌生人", approve=False)
    with pytest.raises(bf.BundleQuarantined):
        d.sync.import_bundle(stranger.sync.export(tmp_path, "district").path)
    with pytest.raises(ValidationError, match="未获批准"):
        d.sync.assign_serial_block(stranger.device_id)
    with pytest.raises(ValidationError, match="区级"):
        stranger.sync.assign_serial_block(stranger.device_id)
    assert not d.db.execute("SELECT 1 FROM sync_serial_blocks").fetchone()


def test_laptop_moves_on_to_the_next_block_when_one_is_used_up(tmp_path, monkeypatch):
    """Documents take serials from any block of the year with free numbers: after the district's
    second block arrives, issuing continues there; the district sees how many are used."""
    import io

    from PIL import Image

    from inspector_app.core.errors import InspectorError
    from inspector_app.core.sync import district as district_mod
    monkeypatch.setattr(district_mod, "SERIAL_BLOCK_SIZE", 1)
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    b = make_laptop(tmp_path, d, "李娜")                # holds the numbers right after a's first block
    try:
        a.keys.init("secret123")
        buf = io.BytesIO()
        Image.new("RGBA", (120, 40), (0, 0, 0, 255)).save(buf, "PNG")
        png = buf.getvalue()
        ent = add_enterprise(a, "宏达化工")

        def issue() -> dict:
            insp = a.inspections.start(ent, inspector2_name="王芳", inspector2_cert="2").id
            a.inspections.complete(insp)
            doc = a.documents.draft("inspection_record", inspection_id=insp).id
            for role in ("inspector1", "inspector2", "enterprise"):
                a.documents.set_signature(doc, role, png)
            a.documents.issue(doc, "secret123")
            return a.documents.get(doc)

        assert issue()["serial"] == 1
        with pytest.raises(InspectorError, match="编号段已用完"):
            issue()
        blk = d.sync.assign_serial_block(a.device_id, size=2)
        assert blk["first"] == 3                          # 1 is a's, 2 is b's
        send(d, a, tmp_path)
        assert [issue()["serial"] for _ in range(2)] == [3, 4]
        send(a, d, tmp_path)
        used = {(u["device_id"], u["first"]): u["used"] for u in d.sync.serial_block_usage()}
        assert used == {(a.device_id, 1): 1, (b.device_id, 2): 0, (a.device_id, 3): 2}
    finally:
        b.close()
        a.close()
        d.close()


def test_cli_devices_assign_block(world):
    root, d, a, _b = world
    d.close()
    cmd = [sys.executable, "-m", "inspector_app", "--lang", "en", "--data-dir", str(root / "district"), "devices"]
    r = subprocess.run(cmd + ["assign-block", a.device_id[:8], "--size", "50", "--year", "2030"],
                       capture_output=True, text=True, cwd=REPO)
    assert r.returncode == 0 and "serial block 1–50" in r.stdout, r.stderr
    r = subprocess.run(cmd + ["list"], capture_output=True, text=True, cwd=REPO)
    assert "2030:1-50(used 0)" in r.stdout
    r = subprocess.run(cmd + ["assign-block", a.device_id[:8], "--size", "0"], capture_output=True, text=True,
                       cwd=REPO)
    assert r.returncode != 0 and "block size" in r.stderr


# ---------------------------------------------------------------- refused bundles are remembered
def test_refused_bundle_in_a_watched_folder_is_recorded_once(world):
    root, d, a, _b = world
    inbox = root / "inbox"
    inbox.mkdir()
    add_enterprise(a)
    good = a.sync.export(inbox, "district").path
    bad = inbox / good.name.replace(".isb", "-x.isb")
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    good.unlink()
    rep = d.sync.sync_folder(inbox)
    assert [p.name for p, _ in rep.rejected] == [bad.name] and rep.recorded == [bad]
    for _ in range(3):                                  # automatic passes: still refused, not re-recorded
        rep = d.sync.sync_folder(inbox)
        assert rep.rejected and not rep.recorded
    (rec,) = rejections(d)
    assert rec["file"] == bad.name and rec["sha256"] == bf.hashlib.sha256(bytes(data)).hexdigest()
    assert rec["reason_zh"].startswith("数据包被拒绝") and rec["reason_en"].startswith("Bundle rejected")
    assert bad.exists()                                 # left where it was, for a person to look at
    hist = d.sync.history()
    assert hist[0]["kind"] == "reject" and hist[0]["file"] == bad.name
    assert d.audit.verify().ok
