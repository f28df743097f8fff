"""Hostile bundles: each is rejected with a clear message and changes nothing at the district."""

from __future__ import annotations

import io
import os
import stat
import zipfile

import pytest

from inspector_app.core.jsonutil import canonical
from inspector_app.core.sync import bundle as bf
from inspector_app.core.sync import crypto
from sync_support import craft, forged_op, full_snapshot, make_district, make_laptop, raw_zip, rejections, without_rejections


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    d = make_district(root)
    a = make_laptop(root, d, "张伟")
    b = make_laptop(root, d, "李娜")
    yield root, d, a, b
    for c in (d, a, b):
        c.close()


NESTED = b"[" * 100_000 + b"]" * 100_000   # ~200 KB: crashed the recursive JSON parser before


def _inner(contents: bytes, ops: bytes) -> bytes:
    return raw_zip([("contents.json", contents), ("ops.jsonl", ops)], compress=True)


def _nested_op(a) -> tuple[bytes, bytes]:
    ops = b'{"fields":' + NESTED + b"}\n"
    contents = canonical({"ops_sha256": bf.hashlib.sha256(ops).hexdigest(), "ops": 1, "attachments": [],
                          "control": {}}).encode()
    return contents, ops


def _bomb():
    return raw_zip([("manifest.json", b"{}"), ("signature.txt", b"x"), ("payload.bin", b"\0" * 30_000_000)], True)


CASES = {
    "absolute path": lambda a, d, b: craft(a, d, extra=[("/etc/cron.d/evil", b"x")]),
    "windows absolute path": lambda a, d, b: craft(a, d, extra=[("C:/evil", b"x")]),
    "dot-dot path": lambda a, d, b: craft(a, d, extra=[("../../evil", b"x")]),
    "symlink entry": lambda a, d, b: craft(a, d, extra=[("link", b"/etc/passwd", stat.S_IFLNK | 0o777)]),
    "duplicate name": lambda a, d, b: craft(a, d, extra=[("manifest.json", b"{}")]),
    "compression bomb": lambda a, d, b: _bomb(),
    "truncated": lambda a, d, b: craft(a, d)[:-200],
    "not a zip": lambda a, d, b: b"hello, this is not a bundle",
    "deeply nested JSON file": lambda a, d, b: NESTED,
    "deeply nested manifest": lambda a, d, b: raw_zip([("manifest.json", NESTED), ("signature.txt", b"0" * 128),
                                                       ("payload.bin", b"x")]),
    "deeply nested contents": lambda a, d, b: craft(a, d, inner=_inner(NESTED, b"")),
    "deeply nested operation": lambda a, d, b: craft(a, d, inner=_inner(*_nested_op(a))),
    "NaN in control": lambda a, d, b: craft(a, d, inner=_inner(
        b'{"attachments":[],"control":{"ack":NaN},"ops":0,"ops_sha256":"' + bf.hashlib.sha256(b"").hexdigest().encode()
        + b'"}', b"")),
    "devices table": lambda a, d, b: craft(a, d, [forged_op(a, tbl="devices", fields={"status": "approved"})]),
    "missing signature": lambda a, d, b: craft(a, d, drop=("signature.txt",)),
    "wrong signature": lambda a, d, b: craft(a, d, signer=b.sync.keys),
    "wrong recipient": lambda a, d, b: craft(a, d, manifest_patch={"recipient": b.device_id}),
    "future version": lambda a, d, b: craft(a, d, manifest_patch={"version": 99}),
    "manifest schema": lambda a, d, b: craft(a, d, manifest_patch={"counts": {"ops": "many"}}),
    "manifest field too long": lambda a, d, b: craft(a, d, manifest_patch={"bundle_id": "x" * 5000}),
    "payload hash mismatch": lambda a, d, b: _swap_payload(craft(a, d)),
    "not encrypted to us": lambda a, d, b: craft(a, d, payload_override=crypto.seal(
        b.sync.keys.box_public, bf.inner_payload([forged_op(a)], [], {}, {"ack": 0}), b"x")[1]),
    "field too long": lambda a, d, b: craft(a, d, [forged_op(a, fields={"name": os.urandom(300_000).hex()})]),
    "field wrong type": lambda a, d, b: craft(a, d, [forged_op(a, fields={"name": ["list"]})]),
    "bool field": lambda a, d, b: craft(a, d, [forged_op(a, fields={"name": True})]),
    "table not synced": lambda a, d, b: craft(a, d, [forged_op(a, tbl="audit_log")]),
    "profile table": lambda a, d, b: craft(a, d, [forged_op(a, tbl="profile")]),
    "column not synced": lambda a, d, b: craft(a, d, [forged_op(a, tbl="hazards", fields={"state": "closed"})]),
    "sql in column name": lambda a, d, b: craft(a, d, [forged_op(a, fields={'name" = 1; DROP TABLE x; --': "x"})]),
    "op missing key": lambda a, d, b: craft(a, d, [{k: v for k, v in forged_op(a).items() if k != "hlc"}]),
    "op count mismatch": lambda a, d, b: craft(a, d, manifest_patch={"counts": {"ops": 5, "attachments": 0}}),
    "inner dot-dot": lambda a, d, b: craft(a, d, inner=raw_zip([("contents.json", b"{}"), ("../x", b"y")])),
    "inner unexpected entry": lambda a, d, b: craft(a, d, inner=raw_zip([("contents.json", b"{}"),
                                                                        ("ops.jsonl", b""), ("run.sh", b"y")])),
    "attachment hash mismatch": lambda a, d, b: craft(a, d, inner=_bad_attachment(a)),
}


def _swap_payload(data: bytes) -> bytes:
    z = zipfile.ZipFile(io.BytesIO(data))
    entries = [(i.filename, z.read(i)) for i in z.infolist()]
    entries = [(n, (c[:-1] + bytes([c[-1] ^ 1])) if n == "payload.bin" else c) for n, c in entries]
    return raw_zip(entries)


def _bad_attachment(a):
    sha = "ab" * 32
    plain = bf.inner_payload([forged_op(a)], [{"sha256": sha, "kind": "photo", "mime": "image/jpeg", "size": 3,
                                         "width": None, "height": None, "taken_at": None, "original_name": "",
                                         "created_at": "2026", "device_id": a.device_id}], {sha: b"abc"}, {"ack": 0})
    return plain


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_bundle_is_rejected_and_changes_nothing(world, case):
    root, d, a, b = world
    path = root / f"hostile-{case.replace(' ', '_')}.isb"
    path.write_bytes(CASES[case](a, d, b))
    before = full_snapshot(d)
    known = len(rejections(d))
    with pytest.raises(bf.BundleRejected) as err:
        d.sync.import_bundle(path)
    assert err.value.zh.startswith("数据包被拒绝") and err.value.en.startswith("Bundle rejected")
    # Nothing changed but one audit entry recording the refusal: file, size, hash, both reasons.
    assert without_rejections(full_snapshot(d)) == without_rejections(before)
    recs = rejections(d)
    assert len(recs) == known + 1
    raw = path.read_bytes()
    assert {k: recs[-1][k] for k in ("file", "size", "sha256", "reason_zh", "reason_en")} == {
        "file": path.name, "size": len(raw), "sha256": bf.hashlib.sha256(raw).hexdigest(),
        "reason_zh": err.value.zh, "reason_en": err.value.en}
    with pytest.raises(bf.BundleRejected):           # the same file again: not recorded twice
        d.sync.import_bundle(path)
    assert len(rejections(d)) == known + 1 and d.audit.verify().ok


def test_the_valid_crafted_bundle_is_accepted(world):
    """The crafting helper makes good bundles, so each case above fails for its own reason."""
    root, d, a, _b = world
    path = root / "good.isb"
    path.write_bytes(craft(a, d))
    assert d.sync.import_bundle(path).status == "applied"


def test_laptop_refuses_bundles_not_from_its_district(world):
    root, d, a, b = world
    path = root / "peer.isb"
    path.write_bytes(craft(b, a))
    before = full_snapshot(a)
    with pytest.raises(bf.BundleRejected):
        a.sync.import_bundle(path)
    assert without_rejections(full_snapshot(a)) == without_rejections(before)


@pytest.mark.parametrize("control", [
    {"ack": 0, "checklists": {"../../evil.toml": "x"}},
    {"ack": 0, "checklists": {"a.sh": "x"}},
    {"ack": 0, "serial_blocks": [{"id": "b", "year": "2026", "first": 1, "last": 9, "issued_at": "x"}]},
    {"ack": -5},
])
def test_laptop_refuses_bad_control_data_from_the_district(world, control):
    root, d, a, _b = world
    op = forged_op(d, origin=d.device_id)
    path = root / "ctl.isb"
    path.write_bytes(craft(d, a, [op], manifest_patch={"sender_role": "district"},
                           inner=bf.inner_payload([op], [], {}, control)))
    before = full_snapshot(a)
    with pytest.raises(bf.BundleRejected):
        a.sync.import_bundle(path)
    assert without_rejections(full_snapshot(a)) == without_rejections(before)
    assert not (a.data_dir.parent / "evil.toml").exists()
