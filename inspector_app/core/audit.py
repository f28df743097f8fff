"""The append-only, hash-chained audit log (执法全过程记录).

Each row's hash covers its own fields and the previous row's hash, so changing, removing or
inserting any row breaks the chain from that row on. Triggers refuse UPDATE and DELETE.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from inspector_app.core.clock import now_iso
from inspector_app.core.jsonutil import canonical, sha256_hex

GENESIS = "0" * 64
_FIELDS = ("seq", "at", "device_id", "actor", "action", "tbl", "row_id", "detail")


def _row_hash(prev_hash: str, row: dict[str, Any]) -> str:
    return sha256_hex(prev_hash + "|" + canonical([row[f] for f in _FIELDS]))


@dataclass
class ChainReport:
    ok: bool
    rows: int
    broken_at: int | None = None
    reason_zh: str = ""
    reason_en: str = ""


class AuditLog:
    def __init__(self, db: Database, device_id: str):
        self.db = db
        self.device_id = device_id

    def append(
        self,
        actor: str,
        action: str,
        tbl: str = "",
        row_id: str = "",
        detail: dict[str, Any] | None = None,
    ) -> int:
        """Append one entry; call inside the transaction of the change it records."""
        last = self.db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        row = {
            "seq": seq,
            "at": now_iso(),
            "device_id": self.device_id,
            "actor": actor,
            "action": action,
            "tbl": tbl,
            "row_id": row_id,
            "detail": canonical(detail or {}),
        }
        row["prev_hash"] = prev
        row["hash"] = _row_hash(prev, row)
        self.db.table("audit_log").insert(row)
        return seq

    def verify(self) -> ChainReport:
        """Walk the chain; report the first row whose link or content does not match."""
        prev = GENESIS
        expected_seq = 1
        n = 0
        cur = self.db.execute(
            "SELECT seq, at, device_id, actor, action, tbl, row_id, detail, prev_hash, hash "
            "FROM audit_log ORDER BY seq"
        )
        cols = [d[0] for d in cur.description]
        for values in cur:
            row = dict(zip(cols, values))
            n += 1
            seq = row["seq"]
            if seq != expected_seq:
                return ChainReport(
                    False, n, seq,
                    f"审计日志第 {expected_seq} 条缺失（下一条为第 {seq} 条）",
                    f"audit entry {expected_seq} is missing (next is {seq})",
                )
            if row["prev_hash"] != prev:
                return ChainReport(
                    False, n, seq,
                    f"审计日志第 {seq} 条与前一条的链接不符",
                    f"audit entry {seq} does not link to the entry before it",
                )
            if _row_hash(prev, row) != row["hash"]:
                return ChainReport(
                    False, n, seq,
                    f"审计日志第 {seq} 条内容已被篡改（哈希不符）",
                    f"audit entry {seq} was altered (hash mismatch)",
                )
            prev = row["hash"]
            expected_seq += 1
        return ChainReport(True, n)
