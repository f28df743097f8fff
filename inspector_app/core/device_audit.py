"""The audit trail travels: each laptop's hash-chained audit entries go to the district with its bundles;
the district keeps every device's chain (table device_audit) and checks that each batch continues it.

A batch that does not link to the stored chain (a changed entry, a gap, a head behind what the district
holds) marks the device's chain as broken: `inspector check` at the district names the device.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from inspector_app.core.audit import GENESIS, _FIELDS, _row_hash
from inspector_app.core.clock import now_iso

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection

MAX_BATCH = 20_000
_COLS = (*_FIELDS, "prev_hash", "hash")


def outgoing(col: "Collection", held: int) -> dict[str, Any]:
    """Laptop: the entries after `held` (what the district said it holds) and the chain head."""
    rows = col.db.execute(f"SELECT {', '.join(_COLS)} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
                          [held, MAX_BATCH]).fetchall()
    head = col.db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return {"entries": [dict(zip(_COLS, r)) for r in rows],
            "head": {"seq": head[0], "hash": head[1]} if head else {"seq": 0, "hash": GENESIS}}


def held(col: "Collection", device_id: str) -> int:
    row = col.db.execute("SELECT MAX(seq) FROM device_audit WHERE device_id = ?", [device_id]).fetchone()
    return int(row[0] or 0)


def _break(col: "Collection", device_id: str, seq: int, zh: str, en: str) -> None:
    key = f"audit_break:{device_id}"
    if not col.db.execute("SELECT 1 FROM meta WHERE key = ?", [key]).fetchone():
        col.db.execute("INSERT INTO meta (key, value) VALUES (?, ?)",
                       [key, json.dumps({"seq": seq, "zh": zh, "en": en, "at": now_iso()}, ensure_ascii=False)])
        col.audit.append(col.actor(), "audit.chain_break", "devices", device_id, {"seq": seq, "reason": en})


def receive(col: "Collection", device_id: str, batch: object) -> None:
    """District: store a laptop's new entries if they continue its chain; otherwise record the break."""
    if not isinstance(batch, dict):
        return
    entries, head = batch.get("entries") or [], batch.get("head") or {}
    if not (isinstance(entries, list) and isinstance(head, dict)):
        return
    last = col.db.execute("SELECT seq, hash FROM device_audit WHERE device_id = ? ORDER BY seq DESC LIMIT 1",
                          [device_id]).fetchone()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    for e in entries:
        if not (isinstance(e, dict) and all(k in e for k in _COLS) and isinstance(e["seq"], int)):
            _break(col, device_id, seq + 1, "收到的审计记录格式不符", "malformed audit entry received")
            return
        if e["seq"] <= seq:
            stored = col.db.execute("SELECT hash FROM device_audit WHERE device_id = ? AND seq = ?",
                                    [device_id, e["seq"]]).fetchone()
            if stored and stored[0] != e["hash"]:
                _break(col, device_id, e["seq"], f"第 {e['seq']} 条审计记录与区局保存的不同（被改写）",
                       f"audit entry {e['seq']} differs from the copy the district holds (rewritten)")
                return
            continue
        if e["seq"] != seq + 1 or e["prev_hash"] != prev or _row_hash(prev, e) != e["hash"]:
            _break(col, device_id, seq + 1, f"审计记录从第 {seq + 1} 条起不接续区局保存的链（被删除或改写）",
                   f"the audit entries from {seq + 1} on do not continue the chain the district holds "
                   f"(deleted or rewritten)")
            return
        col.db.execute(f"INSERT INTO device_audit (device_id, {', '.join(_COLS)}) VALUES (?{', ?' * len(_COLS)})",
                       [device_id, *(e[c] for c in _COLS)])
        seq, prev = e["seq"], e["hash"]
    hseq, hhash = head.get("seq"), head.get("hash")
    if isinstance(hseq, int) and hseq < seq:
        _break(col, device_id, hseq, f"笔记本的审计日志只到第 {hseq} 条，区局已保存到第 {seq} 条（被截断）",
               f"the laptop's audit log ends at entry {hseq} but the district holds up to {seq} (truncated)")
    elif isinstance(hseq, int) and hseq == seq and seq and hhash != prev:
        _break(col, device_id, seq, f"笔记本审计日志第 {seq} 条与区局保存的不同（被改写）",
               f"the laptop's audit entry {seq} differs from the district's copy (rewritten)")


def check(col: "Collection") -> list[dict[str, Any]]:
    """District: one entry per device whose chain is broken (recorded at import, or in the stored copy)."""
    problems = []
    names = {r[0]: f"{r[1]} {r[2]}".strip() for r in col.db.execute("SELECT id, name, cert_no FROM devices")}
    for (key, value) in col.db.execute("SELECT key, value FROM meta WHERE key LIKE 'audit_break:%'"):
        dev = key.split(":", 1)[1]
        info = json.loads(value)
        problems.append({"device": dev, "name": names.get(dev, ""), **info})
    for (dev,) in col.db.execute("SELECT DISTINCT device_id FROM device_audit"):
        prev, expected = GENESIS, 1
        for r in col.db.execute(f"SELECT {', '.join(_COLS)} FROM device_audit WHERE device_id = ? ORDER BY seq", [dev]):
            e = dict(zip(_COLS, r))
            if e["seq"] != expected or e["prev_hash"] != prev or _row_hash(prev, e) != e["hash"]:
                if not any(p["device"] == dev for p in problems):
                    problems.append({"device": dev, "name": names.get(dev, ""), "seq": e["seq"],
                                     "zh": "区局保存的该设备审计链被改动", "en": "the district's copy of its chain was altered"})
                break
            prev, expected = e["hash"], expected + 1
    return problems
