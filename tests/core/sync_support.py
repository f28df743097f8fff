"""Helpers for the sync tests: a district and enrolled laptops in temporary data directories, and a clock and
record ids a test controls."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
import json
import random
import uuid
import zipfile
from pathlib import Path
from typing import Iterator
from unittest import mock

from inspector_app.core import clock, uscc
from inspector_app.core.collection import Collection
from inspector_app.core.jsonutil import canonical
from inspector_app.core.sync import bundle as bf
from inspector_app.core.sync import crypto
from inspector_app.core.sync.capture import SYNCED

_counter = itertools.count(1)
CONTROLLED_START = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@contextlib.contextmanager
def controlled_clock(seed: int = 0, start: dt.datetime = CONTROLLED_START) -> Iterator[None]:
    """Run the core on a clock and ids this test owns: the wall clock (core.clock.wall_ns, which every reading
    in the core goes through, SQL's now_ms() too) starts at `start` and moves on one millisecond at each reading;
    record, device, bundle and operation ids (uuid4) come from random.Random(seed); the numbers this module
    gives credit codes and certificates start again at 1. The same actions then give the same data."""
    ns = [int(start.timestamp()) * 1_000_000_000 + start.microsecond * 1000]
    rng = random.Random(seed)

    def wall_ns() -> int:
        ns[0] += 1_000_000
        return ns[0]

    def uuid4() -> uuid.UUID:
        return uuid.UUID(int=rng.getrandbits(128), version=4)

    with mock.patch.object(clock, "wall_ns", wall_ns), mock.patch.object(clock, "_last", None), \
            mock.patch.object(uuid, "uuid4", uuid4), mock.patch(f"{__name__}._counter", itertools.count(1)):
        yield


def make_district(root: Path) -> Collection:
    d = Collection(root / "district")
    d.profile.init(role="district", name="王局长", cert_no="D0001", unit="示例区应急管理局", district="示例区")
    d.sync.setup_district()
    return d


def make_laptop(root: Path, district: Collection, name: str, township: str = "城关街道",
                code: str = "370882001", approve: bool = True) -> Collection:
    lap = Collection(root / f"laptop-{name}")
    lap.profile.init(role="inspector", name=name, cert_no=f"C{next(_counter):05d}", unit=f"{township}应急办",
                     township=township, district="示例区", township_code=code)
    lap.sync.trust_district(district.sync.write_card(root / "district-card.json"))
    if approve:
        first = lap.sync.export(root, "district")
        try:
            district.sync.import_bundle(first.path)
        except bf.BundleQuarantined:
            pass
        district.sync.approve(lap.device_id)
        send(district, lap, root)
    return lap


def send(src: Collection, dst: Collection, root: Path):
    """Export from src to dst and import it at dst; returns the ImportResult."""
    to = "district" if dst.role == "district" else dst.device_id
    res = src.sync.export(root, to)
    return dst.sync.import_bundle(res.path)


def new_uscc() -> str:
    return uscc.make(f"91370882MA{next(_counter):07d}")


def add_enterprise(col: Collection, name: str = "示例企业") -> str:
    return col.enterprises.add({"township_id": col.profile.get()["township_id"], "name": name,
                                "uscc": new_uscc(), "address": "工业路1号"}).id


def synced_dump(col: Collection) -> dict[str, list[tuple]]:
    """Contents of every synced table, ordered by key (what must converge)."""
    out = {}
    for table, spec in SYNCED.items():
        cols = [r[1] for r in col.db.execute(f"PRAGMA table_info({table})")]
        out[table] = col.db.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {', '.join(spec.pk)}").fetchall()
    return out


def full_snapshot(col: Collection) -> tuple[list[str], list[str]]:
    """Every row of the database and the attachment store listing (for 'nothing changed')."""
    rows = list(col.db.conn.iterdump())
    files = sorted(str(p.relative_to(col.data_dir)) for p in col.data_dir.rglob("*") if p.is_file()
                   and not p.name.startswith("inspector.db"))
    return rows, files


def without_rejections(snapshot: tuple[list[str], list[str]]) -> tuple[list[str], list[str]]:
    """A full_snapshot minus the audit entries that record refused bundles (the one thing a
    refusal writes, after the rolled-back import, in its own transaction)."""
    rows, files = snapshot
    return [r for r in rows if not (r.startswith('INSERT INTO "audit_log"') and "'sync.reject'" in r)], files


def rejections(col: Collection) -> list[dict]:
    """The `sync.reject` audit entries, oldest first (their detail, with `at`)."""
    return [dict(json.loads(d), at=at) for at, d in col.db.execute(
        "SELECT at, detail FROM audit_log WHERE action = 'sync.reject' ORDER BY seq")]


def forged_op(a, **over):
    """An operation from `a`, by default a townships rename; override any key."""
    op = {"id": uuid.uuid4().hex, "origin": a.device_id, "oseq": 1, "hlc": 1, "tbl": "townships",
          "row": "r1", "kind": "update", "fields": {"name": "改名"}, "prev": {},
          "scope": ""}
    op.update(over)
    return op


def raw_zip(entries, compress=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED) as z:
        for name, data, *attr in entries:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info.external_attr = (attr[0] if attr else 0o644) << 16
            z.writestr(info, data)
    return buf.getvalue()


def craft(a, d, ops=None, *, manifest_patch=None, inner=None, extra=(), drop=(), signer=None,
          compress=False, payload_override=None):
    """A bundle from laptop `a` to district `d`, valid unless told otherwise."""
    ops = [forged_op(a)] if ops is None else ops
    plain = inner if inner is not None else bf.inner_payload(ops, [], {}, {"ack": 0})
    m = {"format": bf.FORMAT, "version": bf.VERSION, "bundle_id": str(uuid.uuid4()), "sender": a.device_id,
         "sender_role": "inspector", "recipient": d.device_id, "created_at": "2026-11-23T10:00:00+08:00",
         "seq": {"from": 1, "to": 1}, "counts": {"ops": len(ops), "attachments": 0}, "enrollment": None}
    m.update(manifest_patch or {})
    header, sealed = crypto.seal(d.sync.keys.box_public, plain, bf.aad(m))
    sealed = payload_override if payload_override is not None else sealed
    m["payload"] = {"sha256": bf.hashlib.sha256(sealed).hexdigest(), "size": len(sealed), "encryption": header}
    mbytes = canonical(m).encode()
    sig = (signer or a.sync.keys).sign(mbytes)
    entries = [("manifest.json", mbytes), ("signature.txt", sig.encode()), ("payload.bin", sealed)]
    entries = [e for e in entries if e[0] not in drop] + list(extra)
    return raw_zip(entries, compress)
