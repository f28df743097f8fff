"""Authorization of received operations, one by one, by the receiver from its own data.

A bundle that passes the container checks (bundle.py) is applied partially: every operation is
judged here, the accepted ones are applied and the refused ones are recorded (sync_refused) and,
at the district, sent back to the laptop that made them with what and why. Nothing a sender
says about scope is believed: the township of a record is looked up along its parent chain
(enterprise → inspection → hazard → event) in the receiver's own database, or, for a record the
same bundle creates, from its accepted parent.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from inspector_app.core import clock
from inspector_app.core.sync.capture import SYNCED

CLOCK_MARGIN_MS = 24 * 3600 * 1000          # an operation's clock may run this far ahead of ours
GLOBAL_TABLES = frozenset(t for t, s in SYNCED.items() if s.scope == "''")
META = frozenset({"created_at", "updated_at", "device_id"})

# How a record reaches its enterprise (whose township decides scope).
PARENT_LINK: dict[str, tuple[str, str]] = {
    "confined_spaces": ("enterprise_id", "enterprises"),
    "height_projects": ("enterprise_id", "enterprises"),
    "contractors": ("enterprise_id", "enterprises"),
    "inspections": ("enterprise_id", "enterprises"),
    "inspection_checklists": ("inspection_id", "inspections"),
    "answers": ("inspection_id", "inspections"),
    "hazards": ("enterprise_id", "enterprises"),
    "hazard_events": ("hazard_id", "hazards"),
    "documents": ("enterprise_id", "enterprises"),
    "planned_inspections": ("enterprise_id", "enterprises"),
    "complaints": ("enterprise_id", "enterprises"),
}
PARENT_ZH = {"enterprises": "企业", "inspections": "检查", "hazards": "隐患"}
# Records that name their township themselves (the enterprise; township-level records such as the
# roster and plans); the others are placed through PARENT_LINK.
OWN_TOWNSHIP = frozenset(t for t, s in SYNCED.items() if s.scope == "NEW.township_id" and t not in PARENT_LINK)
# Township columns a laptop may only ever set to its own township.
TOWNSHIP_COLUMNS = {t: "township_id" for t in (*sorted(OWN_TOWNSHIP), "inspections", "hazards",
                                               "planned_inspections", "complaints")}

# code -> (what went wrong, what to do), in Chinese and English; the details are added per case.
HINTS: dict[str, tuple[str, str]] = {
    "scope": ("如企业登记错了乡镇，请联系区局把企业划转到本乡镇；其他记录请在本乡镇的企业下重新录入。",
              "If the enterprise was registered under the wrong township, ask the district to move it to "
              "yours; otherwise record this under an enterprise of your township."),
    "parent": ("先处理其上级记录被拒绝的原因；上级记录被接收后，此记录可重新发送。",
               "Resolve why its parent record was refused first; then this record can be sent again."),
    "global": ("乡镇和检查表由区局统一维护；如需更改请联系区局。",
               "Townships and checklists are maintained by the district; ask the district for changes."),
    "origin": ("本机数据可能被复制或篡改，请联系区局。", "This device's data may have been copied or altered; "
                                                     "contact the district."),
    "row": ("记录编号与内容不符，请联系管理员。", "The record's id does not match its content; contact an administrator."),
    "value": ("请在本机修正该记录后重新同步。", "Correct the record on this device and sync again."),
    "clock": ("请把电脑的日期和时间改正，然后在“同步”页重新发送被拒绝的记录。",
              "Set the computer's date and time right, then send the refused records again from the sync page."),
}


@dataclass
class Refusal:
    op: dict[str, Any]
    code: str
    zh: str
    en: str

    def record(self) -> dict[str, Any]:
        hint_zh, hint_en = HINTS[self.code]
        return {"op_id": self.op["id"], "origin": self.op["origin"], "tbl": self.op["tbl"], "row": self.op["row"],
                "fields": sorted(self.op["fields"])[:50], "hlc": self.op["hlc"], "code": self.code,
                "reason_zh": self.zh, "reason_en": self.en, "hint_zh": hint_zh, "hint_en": hint_en}


def column_rules(db: Database) -> dict[str, dict[str, tuple[str, bool]]]:
    """table -> column -> (declared type, NOT NULL) for the synced tables."""
    return {t: {r[1]: (str(r[2]).upper(), bool(r[3])) for r in db.execute(f"PRAGMA table_info({t})")}
            for t in SYNCED}


def value_problem(value: Any, decl: str, notnull: bool) -> str | None:
    """Why `value` does not fit a column declared `decl` (None when it fits)."""
    if value is None:
        return "NOT NULL" if notnull else None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN/Infinity"
    if "INT" in decl:
        return None if isinstance(value, int) else "not an integer"
    if "REAL" in decl or "FLOA" in decl or "DOUB" in decl:
        return None if isinstance(value, (int, float)) else "not a number"
    if "TEXT" in decl or "CHAR" in decl or "CLOB" in decl:
        return None if isinstance(value, (str, int)) else "not text"
    return None if isinstance(value, (str, int, float)) else "invalid type"


def clock_limit(now_ms: int | None = None) -> int:
    """The greatest HLC accepted now: the receiver's clock plus CLOCK_MARGIN_MS."""
    if now_ms is None:
        now_ms = int(clock.utc_now().timestamp() * 1000)
    return (now_ms + CLOCK_MARGIN_MS) * 65536


class Authorizer:
    """Judges the operations of one bundle in order. `homes` is None when the sender may write
    anywhere (the district, as seen by a laptop); else the township ids the sending laptop owns."""

    def __init__(self, db: Database, sender_id: str, homes: set[str] | None,
                 rules: dict[str, dict[str, tuple[str, bool]]], now_ms: int | None = None, sender_ack: int = 0):
        self.db = db
        self.sender_ack = sender_ack   # our log position the sender had received when it wrote the bundle
        self.sender_id = sender_id
        self.homes = homes
        self.rules = rules
        self.limit = clock_limit(now_ms)
        self._cache: dict[tuple[str, str], tuple[str, str] | None] = {}
        self.created: dict[tuple[str, str], tuple[str, str]] = {}   # accepted in this bundle
        self.refused_rows: set[tuple[str, str]] = set()

    # ------------------------------------------------------------ lookups
    def _row(self, tbl: str, row_id: str, cols: list[str]) -> dict[str, Any] | None:
        pk = SYNCED[tbl].pk
        parts = row_id.split("|") if len(pk) > 1 else [row_id]
        if len(parts) != len(pk):
            return None
        cur = self.db.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{tbl}" WHERE '
                              + " AND ".join(f'"{c}" = ?' for c in pk), parts).fetchone()
        if cur is not None:
            return dict(zip(cols, cur))
        # Received earlier but not materialised yet (waiting in sync_pending): its logged values.
        values: dict[str, Any] = {}
        for fields, in self.db.execute("SELECT fields FROM sync_ops WHERE tbl = ? AND row_id = ? ORDER BY hlc, origin, "
                                       "op_id", [tbl, row_id]):
            values.update(json.loads(fields))
        return {c: values.get(c) for c in cols} if values else None

    def place(self, tbl: str, row_id: str, depth: int = 0) -> tuple[str, str] | None:
        """(township id, enterprise id) of an existing record, from the receiver's own data."""
        key = (tbl, row_id)
        if key in self.created:
            return self.created[key]
        if key in self._cache:
            return self._cache[key]
        out: tuple[str, str] | None = None
        if tbl in OWN_TOWNSHIP:
            row = self._row(tbl, row_id, ["township_id"])
            out = (row["township_id"], row_id if tbl == "enterprises" else "") if row and row["township_id"] else None
        elif tbl in PARENT_LINK and depth < 5:
            link, parent = PARENT_LINK[tbl]
            row = self._row(tbl, row_id, [link])
            if row and row[link]:
                out = self.place(parent, row[link], depth + 1)
            elif row and SYNCED[tbl].scope == "NEW.township_id":  # e.g. a complaint about no registered firm
                own = self._row(tbl, row_id, ["township_id"])
                out = (own["township_id"], "") if own and own["township_id"] else None
        self._cache[key] = out
        return out

    def _moved_away_unseen(self, enterprise_id: str, hlc: int) -> bool:
        """Did the district move the enterprise out of one of the sender's townships by a change the
        sender had not received when it made this change (later in time, or beyond the sender's
        acknowledgement)? Then the change is still the sender's own: accepted, and re-routed."""
        if self.homes is None:
            return False
        for (scope,) in self.db.execute(
                "SELECT scope FROM sync_ops WHERE tbl = 'enterprises' AND row_id = ? AND (hlc > ? OR lseq > ?) "
                "AND origin != ? AND json_extract(fields, '$.township_id') IS NOT NULL",
                [enterprise_id, hlc, self.sender_ack, self.sender_id]):
            if scope in self.homes:   # the notice sent to the old township (register.move_enterprise)
                return True
        return False

    # ------------------------------------------------------------ judging
    def judge(self, ops: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Refusal]]:
        """Split `ops` into accepted (with `scope` set from the receiver's data) and refused.
        """
        accepted: list[dict[str, Any]] = []
        refused: list[Refusal] = []
        for op in ops:
            try:
                verdict = self._judge(op)
            except (ValueError, TypeError, KeyError) as e:  # malformed beyond the schema check
                verdict = Refusal(op, "row", "记录无法识别", f"the record cannot be read ({type(e).__name__})")
            if isinstance(verdict, Refusal):
                refused.append(verdict)
                self.refused_rows.add((op["tbl"], op["row"]))
            else:
                accepted.append(verdict)
        return accepted, refused

    def _judge(self, op: dict[str, Any]) -> dict[str, Any] | Refusal:
        tbl, row, fields = op["tbl"], op["row"], op["fields"]
        if self.homes is not None and op["origin"] != self.sender_id:
            return Refusal(op, "origin", f"操作来源（{op['origin'][:8]}）不是发送设备；只有区局可以转发",
                           f"the change claims to come from {op['origin'][:8]}, not the sender; only the "
                           "district relays changes")
        pk = SYNCED[tbl].pk
        parts = row.split("|") if len(pk) > 1 else [row]
        if len(parts) != len(pk) or any(c in fields and fields[c] != p for c, p in zip(pk, parts)) \
                or (op["kind"] == "insert" and any(c not in fields for c in pk)):
            return Refusal(op, "row", "记录编号与字段中的编号不一致",
                           "the record id differs from the id in its fields")
        rules = self.rules[tbl]
        for col, value in fields.items():
            decl, notnull = rules.get(col, ("", False))
            problem = value_problem(value, decl, notnull)
            if problem:
                return Refusal(op, "value", f"字段 {col} 的值无效（{problem}）",
                               f"invalid value for {col} ({problem})")
        for col, value in op["prev"].items():  # prev is only compared, but it is stored and sent on
            if isinstance(value, float) and not math.isfinite(value):
                return Refusal(op, "value", f"字段 {col} 的原值无效", f"invalid previous value for {col}")
        if self.homes is None:
            return op
        if op["hlc"] > self.limit:
            return Refusal(op, "clock", "修改时间比区局时钟超前一天以上（发送设备的时钟不准）",
                           "the change is dated more than a day ahead of the district's clock "
                           "(the sending computer's clock is wrong)")
        if tbl in GLOBAL_TABLES:
            return self._judge_global(op)
        return self._judge_scoped(op)

    def _judge_global(self, op: dict[str, Any]) -> dict[str, Any] | Refusal:
        assert self.homes is not None
        tbl, fields = op["tbl"], op["fields"]
        plain = [c for c in fields if c not in META]
        held = self._row(tbl, op["row"], plain or list(SYNCED[tbl].pk))
        if held is not None and all(held[c] == fields[c] for c in plain):
            return dict(op, scope="")  # repeats what we hold (a laptop's copy of a township or a checklist)
        own = sorted(self.homes)[0]
        if held is None and op["kind"] == "insert" and (tbl != "townships" or op["row"] in self.homes):
            return dict(op, scope=op["row"] if tbl == "townships" else own)  # kept to the sender's township
        what = "乡镇" if tbl == "townships" else "检查表"
        return Refusal(op, "global", f"笔记本不能修改{what}记录",
                       f"a laptop may not change {'townships' if tbl == 'townships' else 'checklist templates'}")

    def _judge_scoped(self, op: dict[str, Any]) -> dict[str, Any] | Refusal:
        assert self.homes is not None
        tbl, row, fields = op["tbl"], op["row"], op["fields"]
        key = (tbl, row)
        if key in self.refused_rows:
            return Refusal(op, "parent", "该记录的创建已被拒绝", "the creation of this record was refused")
        current = self.place(tbl, row)
        target: tuple[str, str] | None = None
        if tbl in OWN_TOWNSHIP and "township_id" in fields:
            target = (fields["township_id"], row if tbl == "enterprises" else "")
        elif (tbl in PARENT_LINK and fields.get(PARENT_LINK[tbl][0], "") is None
              and SYNCED[tbl].scope == "NEW.township_id" and "township_id" in fields):
            target = (fields["township_id"], "")
        elif tbl in PARENT_LINK and PARENT_LINK[tbl][0] in fields:
            link, parent = PARENT_LINK[tbl]
            if (parent, fields[link]) in self.refused_rows:
                return Refusal(op, "parent", f"其上级记录（{PARENT_ZH[parent]}）已被拒绝",
                               f"its parent record ({parent[:-1]} {str(fields[link])[:8]}) was refused")
            target = self.place(parent, fields[link])
            if target is None:
                return Refusal(op, "parent", f"区局没有其上级记录（{PARENT_ZH[parent]}）",
                               f"the district does not hold its parent record ({parent[:-1]} {str(fields[link])[:8]})")
        if current is None and target is None:
            return Refusal(op, "parent", "区局没有该记录，也无法确定它属于哪个乡镇",
                           "the district does not hold this record and cannot tell its township")
        for place in (current, target):
            if place is not None and place[0] not in self.homes and not self._moved_away_unseen(place[1], op["hlc"]):
                return Refusal(op, "scope", "该记录属于其他乡镇，本机无权修改",
                               "the record belongs to another township; this device may not change it")
        col = TOWNSHIP_COLUMNS.get(tbl)
        if col and col in fields and fields[col] not in self.homes:
            return Refusal(op, "scope", "不能把记录划到其他乡镇", "a record may not be moved to "
                                                                           "another township")
        township = (target or current)[0]  # type: ignore[index]
        if current is None:
            self.created[key] = (township, (target or ("", row))[1])
        return dict(op, scope=township)
