"""Sync benchmark: import throughput and the cost of a small export from a district-decade database.

    python build/bench_sync.py [--scale district-decade|small] [--keep DIR]

1. A laptop records N changes (enterprises, inspections, answers through the capture triggers),
   exports one bundle; the district imports it: operations per second.
2. A district database at scale (bulk-loaded baseline + a large operations log) makes 10 changes
   in one township; exporting them to that township's laptop is timed (budget 200 ms).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "core"))

from sync_support import make_district, make_laptop, new_uscc  # noqa: E402

SCALES = {"district-decade": dict(enterprises=2000, inspections=120_000, answers=2_400_000, hazards=180_000,
                                  oplog=1_000_000),
          "small": dict(enterprises=200, inspections=12_000, answers=240_000, hazards=18_000, oplog=100_000)}


def bench_import(root: Path, n_answers: int) -> dict:
    d = make_district(root)
    a = make_laptop(root, d, "张伟")
    tid = a.profile.get()["township_id"]
    t0 = time.perf_counter()
    with a.db.atomic():
        ents = [str(uuid.uuid4()) for _ in range(200)]
        now = "2026-11-23T10:00:00.000+08:00"
        a.db.conn.executemany(
            "INSERT INTO enterprises (id, created_at, updated_at, device_id, township_id, name, uscc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", [(e, now, now, a.device_id, tid, f"企业{i}", new_uscc())
                                             for i, e in enumerate(ents)])
        a.db.execute("INSERT INTO checklist_templates VALUES ('h', 'c', '1', 'x', 't', '', 's', ?)", [now])
        insp = [str(uuid.uuid4()) for _ in range(n_answers // 20)]
        a.db.conn.executemany(
            "INSERT INTO inspections (id, created_at, updated_at, device_id, enterprise_id, township_id, "
            "inspector1_name, inspector1_cert, started_at) VALUES (?, ?, ?, ?, ?, ?, '张伟', 'C1', ?)",
            [(i, now, now, a.device_id, ents[k % len(ents)], tid, now) for k, i in enumerate(insp)])
        a.db.conn.executemany(
            "INSERT INTO answers (id, created_at, updated_at, device_id, inspection_id, template_hash, item_id, "
            "result) VALUES (?, ?, ?, ?, ?, 'h', ?, 'complies')",
            [(str(uuid.uuid4()), now, now, a.device_id, insp[k // 20], f"item{k % 20}") for k in range(n_answers)])
    capture_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    res = a.sync.export(root, "district")
    export_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    imp = d.sync.import_bundle(res.path)
    import_s = time.perf_counter() - t0
    assert imp.ops_new == res.ops
    out = {"ops": res.ops, "bundle_mb": res.size / 1e6, "capture_s": capture_s, "export_s": export_s,
           "import_s": import_s, "import_ops_per_s": res.ops / import_s,
           "capture_writes_per_s": res.ops / capture_s}
    d.close()
    a.close()
    return out


def build_district(root: Path, s: dict) -> tuple:
    d = make_district(root)
    a = make_laptop(root, d, "张伟")
    tid = a.profile.get()["township_id"]
    towns = [tid] + [d.townships.ensure(f"3708821{i:02d}", f"乡镇{i}") for i in range(1, 12)]
    now = "2026-11-23T10:00:00.000+08:00"
    t0 = time.perf_counter()
    with d.sync.bulk_load(), d.db.atomic():
        c = d.db.conn
        ents = [str(uuid.uuid4()) for _ in range(s["enterprises"])]
        c.executemany("INSERT INTO enterprises (id, created_at, updated_at, device_id, township_id, name, uscc) "
                      "VALUES (?, ?, ?, 'x', ?, ?, ?)",
                      [(e, now, now, towns[i % len(towns)], f"企业{i}", f"U{i:017d}") for i, e in enumerate(ents)])
        c.execute("INSERT INTO checklist_templates VALUES ('h', 'c', '1', 'x', 't', '', 's', ?)", [now])
        insp = [str(uuid.uuid4()) for _ in range(s["inspections"])]
        c.executemany("INSERT INTO inspections (id, created_at, updated_at, device_id, enterprise_id, township_id, "
                      "inspector1_name, inspector1_cert, started_at) VALUES (?, ?, ?, 'x', ?, ?, 'n', 'c', ?)",
                      [(i, now, now, ents[k % len(ents)], towns[(k % len(ents)) % len(towns)], now)
                       for k, i in enumerate(insp)])
        per = max(1, s["answers"] // len(insp))
        c.executemany("INSERT INTO answers (id, created_at, updated_at, device_id, inspection_id, template_hash, "
                      "item_id, result) VALUES (?, ?, ?, 'x', ?, 'h', ?, 'complies')",
                      ((str(uuid.uuid4()), now, now, insp[k // per], f"i{k % per}") for k in range(s["answers"])))
        c.executemany("INSERT INTO hazards (id, created_at, updated_at, device_id, enterprise_id, township_id, "
                      "description, found_on) VALUES (?, ?, ?, 'x', ?, ?, 'd', '2020-01-01')",
                      ((str(uuid.uuid4()), now, now, ents[k % len(ents)], towns[(k % len(ents)) % len(towns)])
                       for k in range(s["hazards"])))
        # A decade of operations received from laptops (other townships), already acknowledged.
        c.executemany("INSERT INTO sync_ops (op_id, origin, oseq, hlc, tbl, row_id, kind, fields, scope, "
                      "received_from) VALUES (?, 'old', ?, ?, 'answers', ?, 'update', '{\"note\":\"x\"}', ?, 'old')",
                      ((uuid.uuid4().hex, k, k, str(k), towns[1 + k % 11]) for k in range(s["oplog"])))
    build_s = time.perf_counter() - t0
    # The laptop is up to date.
    d.sync.export(root, a.device_id)
    top = d.db.execute("SELECT max(lseq) FROM sync_ops").fetchone()[0]
    d.db.execute("UPDATE sync_peers SET last_acked_seq = ? WHERE peer_id = ?", [top, a.device_id])
    return d, a, ents[0], build_s


def bench_export(root: Path, s: dict) -> dict:
    d, a, ent, build_s = build_district(root, s)
    for i in range(10):
        d.enterprises.update(ent, {"notes": f"区局修改{i}"})
    t0 = time.perf_counter()
    res = d.sync.export(root, a.device_id)
    export_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    a.sync.import_bundle(res.path)
    import_s = time.perf_counter() - t0
    out = {"build_s": build_s, "export_ops": res.ops, "export_ms": export_s * 1000, "laptop_import_ms": import_s * 1000,
           "db_mb": (d.data_dir / "inspector.db").stat().st_size / 1e6}
    d.close()
    a.close()
    return out


def bench_demo(district_dir: Path, root: Path) -> dict:
    """The same export measurement on a real `inspector demo --scale district-decade` district
    (data directory made with `inspector init --role district` then `inspector demo`)."""
    from inspector_app.core.collection import Collection
    from inspector_app.core.sync import bundle as bf
    d = Collection(district_dir)
    code, name, tid = d.db.execute("SELECT code, name, id FROM townships ORDER BY code LIMIT 1").fetchone()
    a = Collection(root / "laptop")
    a.profile.init(role="inspector", name="张伟", cert_no="C1", unit=name + "应急办", township=name, township_code=code)
    a.sync.trust_district(d.sync.write_card(root / "card.json"))
    try:
        d.sync.import_bundle(a.sync.export(root, "district").path)
    except bf.BundleQuarantined:
        pass
    t0 = time.perf_counter()
    d.sync.approve(a.device_id)
    approve_ms = (time.perf_counter() - t0) * 1000
    first = d.sync.export(root, a.device_id)
    a.sync.import_bundle(first.path)
    d.sync.import_bundle(a.sync.export(root, "district").path)
    for i, (e,) in enumerate(d.db.execute("SELECT id FROM enterprises WHERE township_id = ? LIMIT 10", [tid]).fetchall()):
        d.enterprises.update(e, {"notes": f"区局修改{i}"})
    t0 = time.perf_counter()
    res = d.sync.export(root, a.device_id)
    out = {"approve_ms": approve_ms, "baseline_ops": first.ops, "export_ops": res.ops,
           "export_ms": (time.perf_counter() - t0) * 1000}
    d.close()
    a.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", choices=list(SCALES), default="district-decade")
    ap.add_argument("--import-ops", type=int, default=40_000)
    ap.add_argument("--demo-district", type=Path, default=None,
                    help="also measure on a district data directory filled by `inspector demo` (a copy is used)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.demo_district:
            import shutil
            shutil.copytree(args.demo_district, Path(tmp) / "demo")
            r = bench_demo(Path(tmp) / "demo", Path(tmp))
            print(f"demo district: approval published {r['baseline_ops']} baseline ops in {r['approve_ms']:.0f} ms; "
                  f"{r['export_ops']} changes exported in {r['export_ms']:.1f} ms (budget <= 200 ms)")
        r = bench_import(Path(tmp) / "imp", args.import_ops)
        print(f"import: {r['ops']} ops in one bundle ({r['bundle_mb']:.1f} MB): export {r['export_s']:.2f} s, "
              f"import {r['import_s']:.2f} s = {r['import_ops_per_s']:,.0f} ops/s (budget >= 10,000); "
              f"capture through triggers {r['capture_writes_per_s']:,.0f} writes/s")
        e = bench_export(Path(tmp) / "exp", SCALES[args.scale])
        print(f"export: {args.scale} database {e['db_mb']:.0f} MB (built in {e['build_s']:.0f} s): "
              f"{e['export_ops']} changes exported in {e['export_ms']:.1f} ms (budget <= 200 ms); "
              f"laptop import {e['laptop_import_ms']:.1f} ms")


if __name__ == "__main__":
    main()
