"""`col.sync`: export and import bundles, enrol devices, list conflicts and quarantine.

Bulk loads (demo data) must go through `with col.sync.bulk_load():` — rows written inside are a
local baseline: no operations are logged (fast), and they are not sent to anyone.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import json
import logging
import re
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from inspector_app.core import clock
from inspector_app.core.changes import OpChanges
from inspector_app.core.clock import new_id, now_iso
from inspector_app.core.datadir import atomic_write_bytes, atomic_write_text
from inspector_app.core.enterprises import township_id_for
from inspector_app.core.errors import InspectorError, ValidationError
from inspector_app.core.i18n import pick
from inspector_app.core.jsonutil import canonical
from inspector_app.core.sync import bundle as bf
from inspector_app.core.lazy import LazyModule
from inspector_app.core.sync import authorize, capture, locations, merge, reasons
from inspector_app.core.sync.capture import SYNCED, synced_columns
from inspector_app.core.sync.conflicts import Conflicts
from inspector_app.core.sync.baseline import Baseline
from inspector_app.core.sync.enrolment import Enrolment
from inspector_app.core.sync.register import RegisterService

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection
    from inspector_app.core.sync import crypto
else:
    crypto = LazyModule("inspector_app.core.sync.crypto")   # cryptography loads with the first key or bundle

CARD_NAME = "district-card.json"
CLOCK_TOLERANCE_S = 5 * 60      # a bundle dated further ahead of our clock means a clock is wrong
log = logging.getLogger("inspector.sync")
REJECT_ACTION = "sync.reject"   # audit-log action of a refused bundle (see import_bundle)
GLOBAL_TABLES = authorize.GLOBAL_TABLES
_HEX64 = re.compile(r"[0-9a-f]{64}")
_REFUSAL_TEXT = ("op_id", "row", "code", "reason_zh", "reason_en", "hint_zh", "hint_en", "at")


@dataclass
class ExportResult:
    path: Path
    recipient: str
    ops: int
    attachments: int
    seq_from: int
    seq_to: int
    size: int


@dataclass
class ImportResult:
    status: str                      # 'applied' | 'already_applied' | 'quarantined'
    sender: str
    ops_new: int = 0
    ops_known: int = 0
    attachments: int = 0
    conflicts: int = 0
    refused: int = 0                 # operations refused one by one (listed in sync_refused)
    changes: OpChanges = field(default_factory=OpChanges)
    message: str = ""


@dataclass
class SyncReport:
    imported: list[ImportResult] = field(default_factory=list)
    rejected: list[tuple[Path, str]] = field(default_factory=list)      # refused as unusable (left in place)
    exported: list[ExportResult] = field(default_factory=list)
    quarantined: list[tuple[Path, str]] = field(default_factory=list)   # held until the device is approved
    recorded: list[Path] = field(default_factory=list)
    untrusted_card: dict[str, Any] | None = None  # a district card in the folder awaiting the user's trust  # rejections written to the audit log this pass (new ones)
    failed: list[tuple[Path, str]] = field(default_factory=list)        # exports that could not be written


class ExportFailed(InspectorError):
    """The bundle could not be written (full or removed stick, no permission); nothing was left behind."""

    exit_code = 2


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only stick: the file is imported (known ops) again next time, harmlessly


class SyncService:
    """Bundles (export, import, folders, status); composes `enrolment` (district identity, devices,
    serial blocks, signers), `baseline`, `conflict_list` and `register`, whose common calls it forwards."""

    def __init__(self, col: "Collection"):
        self.col = col
        self.db = col.db   # the capture triggers were installed when the collection opened
        self._keys: crypto.DeviceKeys | None = None
        self.enrolment = Enrolment(self)
        self.baseline = Baseline(self)
        self.register = RegisterService(self)
        self.conflict_list = Conflicts(self)
        self._files_after_commit: list[tuple[Path, str]] = []

    # ------------------------------------------------------------ forwarded to the composed services
    def setup_district(self) -> dict[str, Any]:
        return self.enrolment.setup_district()

    def card(self) -> dict[str, Any]:
        return self.enrolment.card()

    def write_card(self, path: Path) -> Path:
        return self.enrolment.write_card(path)

    def district(self) -> dict[str, Any] | None:
        return self.enrolment.district()

    def read_card(self, card_path: Path | str) -> dict[str, Any]:
        return self.enrolment.read_card(card_path)

    def trust_district(self, card_path: Path | str, *, fingerprint: str | None = None,
                       replace: bool = False) -> dict[str, Any]:
        return self.enrolment.trust_district(card_path, fingerprint=fingerprint, replace=replace)

    def untrusted_card(self, folder: Path | str) -> dict[str, Any] | None:
        return self.enrolment.untrusted_card(folder)

    def certify_signer(self, device_id: str, request: object) -> bool:
        return self.enrolment.certify_signer(device_id, request)

    def devices(self) -> list[dict[str, Any]]:
        return self.enrolment.devices()

    def approve(self, device_id: str, township_id: str | None = None) -> list[ImportResult]:
        return self.enrolment.approve(device_id, township_id)

    def revoke(self, device_id: str) -> None:
        self.enrolment.revoke(device_id)

    def quarantined(self, sender: str | None = None) -> list[dict[str, Any]]:
        return self.enrolment.quarantined(sender)

    def serial_blocks(self, device_id: str | None = None) -> list[dict[str, Any]]:
        return self.enrolment.serial_blocks(device_id)

    def assign_serial_block(self, device_id: str, size: int | None = None, year: int | None = None) -> dict[str, Any]:
        return self.enrolment.assign_serial_block(device_id, size=size, year=year)

    def serial_block_usage(self) -> list[dict[str, Any]]:
        return self.enrolment.serial_block_usage()

    def publish_baseline(self, township_id: str) -> int:
        return self.baseline.publish_baseline(township_id)

    # ------------------------------------------------------------ basics
    @property
    def keys(self) -> crypto.DeviceKeys:
        if self._keys is None:
            self._keys = crypto.DeviceKeys(self.col.data_dir, district=self.is_district())
        return self._keys

    def columns(self) -> dict[str, set[str]]:
        return {t: set(synced_columns(self.db, t)) for t in SYNCED}

    @contextlib.contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Write rows without logging operations (a local baseline that is never sent)."""
        with capture.paused(self.db):
            yield

    def is_district(self) -> bool:
        return self.col.role == "district"

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])

    def _device(self, device_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM devices WHERE id = ?", [device_id]))
        return rows[0] if rows else None

    def _peer(self, peer_id: str) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM sync_peers WHERE peer_id = ?", [peer_id]))
        if rows:
            return rows[0]
        self.db.execute("INSERT INTO sync_peers (peer_id) VALUES (?)", [peer_id])
        return self._peer(peer_id)

    def _max_lseq(self) -> int:
        return self.db.execute("SELECT IFNULL(MAX(lseq), 0) FROM sync_ops").fetchone()[0]

    def _profile(self) -> dict[str, Any]:
        prof = self.col.profile.get()
        if prof is None:
            raise ValidationError("请先创建用户资料（inspector init）", "Create the profile first (inspector init)")
        return prof

    # ------------------------------------------------------------ export
    def _recipient(self, to: str) -> dict[str, Any]:
        if to == "district":
            d = self.district()
            if d is None:
                raise ValidationError("尚未信任区局：请先导入区局名片（inspector sync --trust FILE）",
                                      "No district trusted yet: import the district card first (inspector sync --trust FILE)")
            return d
        dev = self._device(to) or next((d for d in self.devices() if d["id"].startswith(to)), None)
        if dev is None or dev["status"] not in ("approved", "district"):
            raise ValidationError(f"设备 {to} 未获批准，不能向其导出", f"Device {to} is not approved; cannot export to it")
        return dev

    def _ops_for(self, peer: dict[str, Any], after: int) -> list[dict[str, Any]]:
        sql = ("SELECT op_id, origin, oseq, hlc, tbl, row_id, kind, fields, prev, scope FROM sync_ops "
               "WHERE lseq > ?")
        params: list[Any] = [after]
        if not self._meta(f"sync_full:{peer['id']}"):  # else: restored from a backup, send its own back too
            sql += " AND origin != ? AND received_from != ?"
            params += [peer["id"], peer["id"]]
        if self.is_district():
            clause, scope_params = self._scope_clause(peer)
            sql += " AND " + clause
            params += scope_params
        sql += " ORDER BY lseq"
        return [{"id": r[0], "origin": r[1], "oseq": r[2], "hlc": r[3], "tbl": r[4], "row": r[5], "kind": r[6],
                 "fields": json.loads(r[7]), "prev": json.loads(r[8]), "scope": r[9]}
                for r in self.db.execute(sql, params)]

    def home_scopes(self, device: dict[str, Any]) -> set[str]:
        """Township ids a laptop's operations may carry: the one the district assigned, and the
        one it enrolled with (its rows are re-homed after it learns the district's; see
        _rehome), so work done before approval is not refused."""
        out = {device["township_id"] or "-"}
        if device.get("township_code"):
            out.add(township_id_for(device["township_code"]))
        return out

    def _scope_clause(self, peer: dict[str, Any]) -> tuple[str, list[str]]:
        """SQL limiting sync_ops to what a laptop may receive: its township, and global tables."""
        scopes = sorted(self.home_scopes(peer))
        globals_ = sorted(GLOBAL_TABLES)
        return (f"(scope IN ({','.join('?' * len(scopes))}) OR (scope = '' AND tbl IN "
                f"({','.join('?' * len(globals_))})))", [*scopes, *globals_])

    def _control(self, peer: dict[str, Any]) -> dict[str, Any]:
        ctl: dict[str, Any] = {"ack": self._peer(peer["id"])["last_received_seq"],
                               "ack_op": self._meta(f"sync_last_op:{peer['id']}") or ""}
        if self.is_district():
            ctl["district_card"] = self.card()
            ctl["certificate"] = peer["certificate"]
            ctl["serial_blocks"] = [{k: b[k] for k in ("id", "year", "first", "last", "issued_at")}
                                    for b in self.serial_blocks(peer["id"])]
            folder = self.col.data_dir / "checklists"
            ctl["checklists"] = publishable_checklists(folder)
            town = self.db.execute("SELECT id, code, name, district FROM townships WHERE id = ?",
                                   [peer["township_id"]]).fetchone()
            if town:
                ctl["township"] = dict(zip(("id", "code", "name", "district"), town))
            ctl["refused"] = self._refusals_for(peer["id"])
            skew = self._meta(f"sync_clock_ahead:{peer['id']}")
            if skew:
                ctl["clock_ahead_s"] = int(skew)
            from inspector_app.core import device_audit
            ctl["audit_held"] = device_audit.held(self.col, peer["id"])
            ctl["doc_certificate"] = self.enrolment.issued_signer_certificate(peer["id"])
            ctl["doc_signers"] = self.enrolment.certified_signers()
            ctl["doc_revoked"] = self.enrolment.revoked_signers()
        else:
            ctl["refused_upto"] = self.db.execute(
                "SELECT IFNULL(MAX(remote_num), 0) FROM sync_refused WHERE refused_by != ?",
                [self.col.device_id]).fetchone()[0]
        return ctl

    def _refusals_for(self, peer_id: str) -> list[dict[str, Any]]:
        """Refusals of a laptop's operations it has not confirmed receiving (numbered by rowid)."""
        upto = int(self._meta(f"sync_refused_upto:{peer_id}") or 0)
        cur = self.db.execute(
            "SELECT rowid, op_id, tbl, row_id, fields, code, reason_zh, reason_en, hint_zh, hint_en, refused_at "
            "FROM sync_refused WHERE origin = ? AND refused_by = ? AND rowid > ? ORDER BY rowid LIMIT ?",
            [peer_id, self.col.device_id, upto, bf.MAX_CONTROL_LIST])
        return [{"num": r[0], "op_id": r[1], "tbl": r[2], "row": r[3], "fields": json.loads(r[4]), "code": r[5],
                 "reason_zh": r[6], "reason_en": r[7], "hint_zh": r[8], "hint_en": r[9], "at": r[10]} for r in cur]

    def due(self, to: str = "district") -> bool:
        """Is there anything to send: unacknowledged ops, an ack, or changed control data?"""
        peer = self._recipient(to)
        state = self._peer(peer["id"])
        if state["last_received_seq"] > state["ack_sent_seq"] or self._meta(f"sync_full:{peer['id']}") \
                or self._meta(f"sync_resend:{peer['id']}"):
            return True
        if self.is_district() and canonical(self._control(peer)) != state["control_sent"]:
            return True
        if not self.is_district() and not self._enrolled() and state["last_sent_seq"] == 0:
            return True
        return bool(self._ops_for(peer, state["last_acked_seq"])[:1])

    def _enrolled(self) -> bool:
        me = self._device(self.col.device_id)
        return bool(me and me["certificate"])

    def export(self, out_path: Path | str, to: str = "district") -> ExportResult:
        """Write everything `to` has not acknowledged into one signed, encrypted bundle."""
        prof = self._profile()
        peer = self._recipient(to)
        if not peer["box_key"]:
            raise ValidationError("对方没有加密公钥，无法导出", "The recipient has no encryption key")
        state = self._peer(peer["id"])
        acked = state["last_acked_seq"]
        ops = self._ops_for(peer, acked)
        if self.is_district() and self.baseline.publish_parents(ops):
            ops = self._ops_for(peer, acked)
        top = self._max_lseq()
        files, atts = self._attachments_for(ops, peer["id"], acked)
        control = self._control(peer)
        control_basis = canonical(control) if self.is_district() else ""
        last = self.db.execute("SELECT op_id FROM sync_ops WHERE lseq = ?", [top]).fetchone()
        control["last_op"] = last[0] if last else ""  # lets the peer's ack prove which history it saw
        control["resend"] = bool(self._meta(f"sync_resend:{peer['id']}"))
        control["full"] = bool(self._meta(f"sync_full:{peer['id']}"))
        enrolling = prof["role"] == "inspector" and not self._enrolled()
        if enrolling:  # inside the encrypted payload: a lost stick does not name the inspector
            town = self.db.execute("SELECT code, name FROM townships WHERE id = ?", [prof["township_id"]]).fetchone()
            control["enrollment"] = {
                "device_id": self.col.device_id, "sign_key": self.keys.sign_public, "box_key": self.keys.box_public,
                "name": prof["inspector_name"], "cert_no": prof["cert_no"], "township_code": town[0] if town else "",
                "township_name": town[1] if town else "", "unit": prof["unit_name"]}
        if prof["role"] == "inspector":  # the audit trail travels to the district (issue 18)
            from inspector_app.core import device_audit
            control["audit"] = device_audit.outgoing(self.col, int(self._meta("audit_held") or 0))
        if prof["role"] == "inspector" and (request := self.col.keys.certificate_request()):
            control["doc_key"] = request  # the district certifies the document-signing key (issue 18)
        payload_plain = bf.inner_payload(ops, atts, files, control)
        manifest: dict[str, Any] = {
            "format": bf.FORMAT, "version": bf.VERSION, "bundle_id": new_id(), "sender": self.col.device_id,
            "sender_role": prof["role"], "recipient": peer["id"], "created_at": now_iso(),
            "seq": {"from": acked + 1, "to": top}, "counts": {"ops": len(ops), "attachments": len(atts)},
            "enrollment": {"sign_key": self.keys.sign_public} if enrolling else None,
        }
        header, sealed = crypto.seal(peer["box_key"], payload_plain, bf.aad(manifest))
        manifest["payload"] = {"sha256": bf.hashlib.sha256(sealed).hexdigest(), "size": len(sealed),
                               "encryption": header}
        mbytes = canonical(manifest).encode("utf-8")
        data = bf.outer_bytes(manifest, self.keys.sign(mbytes), sealed)
        out = Path(out_path)
        if out.is_dir():
            out = out / bundle_name(self.col.device_id, peer["id"], acked + 1, top)
        write_bundle_file(out, data)
        with self.db.atomic():
            self.db.execute("UPDATE sync_peers SET last_sent_seq = ?, ack_sent_seq = ?, control_sent = ?, "
                            "last_sync_at = ? WHERE peer_id = ?",
                            [top, control["ack"], control_basis, now_iso(),
                             peer["id"]])
            self.db.execute("DELETE FROM meta WHERE key = ?", [f"sync_full:{peer['id']}"])
            for sha in files:
                self.db.execute("INSERT OR IGNORE INTO sync_peer_files (peer_id, sha256, sent_in_seq) VALUES (?, ?, ?)",
                                [peer["id"], sha, top])
                self.db.execute("UPDATE sync_peer_files SET sent_in_seq = ? WHERE peer_id = ? AND sha256 = ? "
                                "AND sent_in_seq > 0", [top, peer["id"], sha])
        return ExportResult(out, peer["id"], len(ops), len(atts), acked + 1, top, len(data))

    def _attachments_for(self, ops: list[dict[str, Any]], peer_id: str, acked: int
                         ) -> tuple[dict[str, bytes], list[dict[str, Any]]]:
        wanted: set[str] = set()
        for op in ops:
            for v in op["fields"].values():
                if isinstance(v, str) and len(v) >= 64:
                    wanted.update(_HEX64.findall(v))
        files: dict[str, bytes] = {}
        atts = []
        strip_gps = self.col.attachments.strip_gps()
        for sha in sorted(wanted):
            info = self.col.attachments.info(sha)
            if info is None or not self.col.attachments.exists(sha):
                continue
            known = self.db.execute("SELECT sent_in_seq FROM sync_peer_files WHERE peer_id = ? AND sha256 = ?",
                                    [peer_id, sha]).fetchone()
            if known and known[0] <= acked and not self._meta(f"sync_full:{peer_id}"):
                continue  # the peer holds it (received from it, or sent in an acknowledged bundle)
            files[sha] = self.col.attachments.read(sha)
            entry = {k: info[k] for k in ("sha256", "kind", "mime", "size", "width", "height", "taken_at",
                                          "original_name", "created_at", "device_id")}
            if not strip_gps:  # location evidence travels unless the user chose privacy (issue 18)
                entry.update({k: info[k] for k in ("gps_lat", "gps_lon", "gps_alt") if info.get(k) is not None})
            atts.append(entry)
        return files, atts

    # ------------------------------------------------------------ import
    def import_bundle(self, path: Path | str) -> ImportResult:
        """Check a bundle completely, then apply it in one transaction (or quarantine it).

        A bundle refused as unusable (BundleRejected / UnusableInput) changes nothing; afterwards,
        in a transaction of its own, the refusal is written to the audit log (`sync.reject`: file
        name, size, SHA-256, reason in Chinese and English) once per file content, so the sync
        page can list it after a restart and a watched folder does not log it on every pass."""
        path = Path(path)
        seen: dict[str, Any] = {}
        start = time.perf_counter()
        try:
            res = self._import_bundle(path, seen)
            log.info("import %s from %s: %s, %d new ops, %d conflicts, %.2f s", path.name, res.sender[:8],
                     res.status, res.ops_new, res.conflicts, time.perf_counter() - start)
            return res
        except bf.UnusableInput as e:
            e.recorded = self._record_rejection(path, seen, e)  # type: ignore[attr-defined]
            log.warning("import %s refused after %.2f s: %s", path.name, time.perf_counter() - start, e.en)
            raise
        except (InspectorError, KeyboardInterrupt, SystemExit):
            raise
        except Exception as e:  # noqa: BLE001 - no file may stop a folder pass or a watcher
            err = bf.reject(f"无法处理该文件（{type(e).__name__}），请把它交给管理员检查",
                            f"the file could not be processed ({type(e).__name__}); give it to an administrator")
            err.recorded = self._record_rejection(path, seen, err)  # type: ignore[attr-defined]
            raise err from e

    def _import_bundle(self, path: Path, seen: dict[str, Any]) -> ImportResult:
        try:
            size = path.stat().st_size
            seen["size"] = size
            if size > bf.MAX_BUNDLE_BYTES:
                raise bf.reject("文件超过512 MB", "the file is larger than 512 MB")
            raw = path.read_bytes()
        except OSError as e:
            raise bf.UnusableInput(f"无法读取数据包“{path.name}”：{e.strerror}",
                                   f"Cannot read the bundle '{path.name}': {e.strerror}") from e
        seen["size"], seen["sha256"] = len(raw), bf.hashlib.sha256(raw).hexdigest()
        b = bf.read_outer(raw)
        m = b.manifest
        seen["sender"], seen["bundle_id"] = m["sender"], m["bundle_id"]
        prof = self._profile()
        if m["recipient"] != self.col.device_id:
            raise bf.reject(f"该数据包是发给另一台设备（{m['recipient'][:8]}）的，不是本机",
                            f"the bundle is addressed to another device ({m['recipient'][:8]}), not this one")
        if m["sender"] == self.col.device_id:
            raise bf.reject("这是本机自己导出的数据包", "this bundle was exported by this device")
        sender = self._device(m["sender"])
        if prof["role"] == "district":
            if sender is None or sender["status"] in ("pending", "revoked"):
                enrollment = self._read_enrollment(b) if sender is None else None
                return self._quarantine(path, raw, b, sender, enrollment)
            key = sender["public_key"]
        else:
            if sender is None or sender["status"] != "district" or m["sender_role"] != "district":
                raise bf.reject("发送方不是本机信任的区局", "the sender is not the district this device trusts")
            key = sender["public_key"]
        if not crypto.verify(key, b.manifest_bytes, b.signature):
            raise bf.reject("签名无效（数据包被改动或并非由发送方签署）",
                            "invalid signature (the bundle was altered or not signed by its sender)")
        plain = crypto.unseal(self.keys, m["payload"]["encryption"], b.payload, bf.aad(m))
        if plain is None:
            raise bf.reject("无法解密（不是用本机密钥加密的，或内容被改动）",
                            "cannot decrypt (not encrypted to this device, or altered)")
        columns = self.columns()
        bf.read_inner(b, plain, columns)
        self._check_control(b)
        return self._apply(b, sender, columns)

    def _judge(self, b: bf.Bundle, sender: dict[str, Any]) -> tuple[list[dict[str, Any]], list[authorize.Refusal]]:
        """Authorize each new operation from the receiver's own data (core/sync/authorize.py)."""
        homes = self.home_scopes(sender) if self.is_district() else None
        ack = b.control.get("ack", 0)
        judge = authorize.Authorizer(self.db, b.manifest["sender"], homes, authorize.column_rules(self.db),
                                     sender_ack=ack if isinstance(ack, int) else 0)
        return judge.judge(b.ops)

    def _record_rejection(self, path: Path, seen: dict[str, Any], err: InspectorError) -> bool:
        """Write one `sync.reject` audit entry for a refused file, unless this content (SHA-256;
        name and size for a file that could not be read) was recorded before. Runs after the
        refused import has rolled back, in its own transaction. Returns whether it wrote one."""
        key = seen.get("sha256") or f"{path.name}:{seen.get('size', '')}"
        try:
            if self.db.execute("SELECT 1 FROM audit_log WHERE action = ? AND row_id = ? LIMIT 1",
                               [REJECT_ACTION, key]).fetchone():
                return False
            detail = {"file": path.name[:200], "size": seen.get("size"), "sha256": seen.get("sha256", ""),
                      "reason_zh": err.zh[:1000], "reason_en": err.en[:1000],
                      "sender": str(seen.get("sender", ""))[:64], "bundle_id": str(seen.get("bundle_id", ""))[:64]}
            with self.db.atomic():
                self.col.audit.append(self.col.actor(), REJECT_ACTION, "", key, detail)
        except sqlite3.Error:  # the refusal itself must still reach the caller
            return False
        return True

    def history(self, limit: int = 100) -> list[dict[str, Any]]:
        """Imports and refused bundles from the audit log, newest first: {"kind": "import" |
        "reject", "at", and the entry's detail (sender, ops, new, conflicts | file, size, sha256,
        reason_zh, reason_en, sender)}."""
        out = []
        for at, action, detail in self.db.execute(
                "SELECT at, action, detail FROM audit_log WHERE action IN ('sync.import', ?) "
                "ORDER BY seq DESC LIMIT ?", [REJECT_ACTION, limit]):
            try:
                d = json.loads(detail or "{}")
            except ValueError:
                d = {}
            out.append({**(d if isinstance(d, dict) else {}), "at": at,
                        "kind": "reject" if action == REJECT_ACTION else "import"})
        return out

    def _check_control(self, b: bf.Bundle) -> None:
        ctl = b.control
        ack = ctl.get("ack", 0)
        if not isinstance(ack, int) or isinstance(ack, bool) or ack < 0:
            raise bf.reject("格式不符：ack 无效", "schema violation: invalid ack")
        for key in ("ack_op", "last_op"):
            if not isinstance(ctl.get(key, ""), str) or len(ctl.get(key, "")) > 64:
                raise bf.reject(f"格式不符：{key} 无效", f"schema violation: invalid {key}")
        if b.manifest["sender_role"] == "district":
            from inspector_app.core.checklists.errors import ChecklistError
            from inspector_app.core.checklists.loader import parse
            checklists = ctl.get("checklists") or {}
            if not isinstance(checklists, dict):
                raise bf.reject("格式不符：checklists 应为对象", "schema violation: checklists must be an object")
            for name, text in checklists.items():
                if not bf.safe_file_name(name) or not name.endswith(".toml") or not isinstance(text, str) \
                        or len(text) > 1_000_000:
                    raise bf.reject(f"检查表文件“{str(name)[:40]}”无效", f"invalid checklist file '{str(name)[:40]}'")
                try:
                    parse(text.encode("utf-8"), name)
                except ChecklistError as e:
                    raise bf.reject(f"检查表文件“{name}”无法解析：{e.zh}",
                                    f"checklist file '{name}' does not parse: {e.en}") from e
            town = ctl.get("township")
            if town is not None and not (isinstance(town, dict) and set(town) == {"id", "code", "name", "district"}
                                         and all(isinstance(v, str) and len(v) <= 200 for v in town.values())
                                         and town["id"] and town["name"]):
                raise bf.reject("格式不符：township 无效", "schema violation: invalid township")
            for blk in ctl.get("serial_blocks") or []:
                if not (isinstance(blk, dict) and isinstance(blk.get("id"), str) and len(blk["id"]) <= 64
                        and all(isinstance(blk.get(k), int) for k in ("year", "first", "last"))
                        and isinstance(blk.get("issued_at"), str) and len(blk["issued_at"]) <= 64):
                    raise bf.reject("格式不符：文号段无效", "schema violation: invalid serial block")
            if not isinstance(ctl.get("certificate", ""), str) or len(ctl.get("certificate", "")) > 20000:
                raise bf.reject("格式不符：证书无效", "schema violation: invalid certificate")
            refused = ctl.get("refused") or []
            if not (isinstance(refused, list) and len(refused) <= bf.MAX_CONTROL_LIST and all(
                    isinstance(r, dict) and isinstance(r.get("num"), int) and not isinstance(r["num"], bool)
                    and isinstance(r.get("fields"), list) and all(isinstance(f, str) and len(f) <= 100
                                                                   for f in r["fields"][:50])
                    and len(r["fields"]) <= 50 and r.get("tbl") in SYNCED
                    and all(isinstance(r.get(k), str) and len(r[k]) <= 2000 for k in _REFUSAL_TEXT)
                    for r in refused)):
                raise bf.reject("格式不符：被拒绝的记录清单无效", "schema violation: invalid list of refused records")
            if not isinstance(ctl.get("doc_certificate", ""), str) or len(ctl.get("doc_certificate", "")) > 20000:
                raise bf.reject("格式不符：签章证书无效", "schema violation: invalid signing certificate")
            for key in ("doc_signers", "doc_revoked"):
                val = ctl.get(key, {})
                if not (isinstance(val, dict) and len(val) <= bf.MAX_CONTROL_LIST and all(
                        isinstance(k, str) and isinstance(v, str) and len(k) <= 100 and len(v) <= 300
                        for k, v in val.items())):
                    raise bf.reject(f"格式不符：{key} 无效", f"schema violation: invalid {key}")
            skew = ctl.get("clock_ahead_s", 0)
            if not isinstance(skew, int) or isinstance(skew, bool) or abs(skew) > 10**10:
                raise bf.reject("格式不符：时钟信息无效", "schema violation: invalid clock information")
        else:
            upto = ctl.get("refused_upto", 0)
            if not isinstance(upto, int) or isinstance(upto, bool) or upto < 0:
                raise bf.reject("格式不符：refused_upto 无效", "schema violation: invalid refused_upto")

    def _read_enrollment(self, b: bf.Bundle) -> dict[str, Any] | None:
        """The enrollment request of an unknown device, if its bundle proves possession of the key."""
        m = b.manifest
        key = (m.get("enrollment") or {}).get("sign_key")
        if not key or not crypto.verify(key, b.manifest_bytes, b.signature):
            return None
        plain = crypto.unseal(self.keys, m["payload"]["encryption"], b.payload, bf.aad(m))
        if plain is None:
            return None
        bf.read_inner(b, plain, self.columns())
        enr = b.control.get("enrollment")
        keys = ("device_id", "sign_key", "box_key", "name", "cert_no", "township_code", "township_name", "unit")
        if not (isinstance(enr, dict) and all(isinstance(enr.get(k), str) and len(enr[k]) <= 200 for k in keys)
                and enr["device_id"] == m["sender"] and enr["sign_key"] == key and enr["name"].strip()):
            raise bf.reject("入网申请格式不符", "the enrollment request does not match the schema")
        try:
            bytes.fromhex(enr["box_key"])
        except ValueError as e:
            raise bf.reject("入网申请中的密钥无效", "invalid key in the enrollment request") from e
        return enr

    def _quarantine(self, path: Path, raw: bytes, b: bf.Bundle, sender: dict[str, Any] | None,
                    enr: dict[str, Any] | None) -> ImportResult:
        m = b.manifest
        signed = enr is not None
        status = sender["status"] if sender else "unknown"
        reason = status if status in ("revoked", "pending") else "unknown" if signed else "unknown_unenrolled"
        qdir = self.col.data_dir / "quarantine"
        qdir.mkdir(exist_ok=True)
        name = f"{b.sha256[:16]}{bf.EXTENSION}"
        existing = self.db.execute("SELECT id FROM sync_quarantine WHERE sha256 = ?", [b.sha256]).fetchone()
        if not existing:
            atomic_write_bytes(qdir / name, raw)
            now = now_iso()
            with self.db.atomic():
                self.db.table("sync_quarantine").insert({"id": new_id(), "file": name, "sha256": b.sha256,
                                                   "sender": m["sender"], "reason": reason, "received_at": now})
                if sender is None and enr is not None:
                    self.db.table("devices").insert({
                        "id": enr["device_id"], "name": enr["name"], "role": "inspector", "public_key": enr["sign_key"],
                        "box_key": enr["box_key"], "cert_no": enr["cert_no"], "township_code": enr["township_code"],
                        "township_name": enr["township_name"], "status": "pending", "created_at": now,
                        "updated_at": now})
        zh, en = reasons.QUARANTINE[reason]
        raise bf.BundleQuarantined(
            f"数据包已隔离保存，未应用：{zh}（设备 {m['sender'][:8]}）。批准后将自动应用：inspector devices approve {m['sender'][:8]}",
            f"Bundle quarantined, not applied: {en} (device {m['sender'][:8]}). "
            f"It is applied once approved: inspector devices approve {m['sender'][:8]}")

    def _apply(self, b: bf.Bundle, sender: dict[str, Any], columns: dict[str, set[str]]) -> ImportResult:
        m = b.manifest
        res = ImportResult("applied", m["sender"], attachments=len(b.attachments))
        written: list[Path] = []
        try:
            for sha, data in b.files.items():  # removed again below if the transaction fails
                if not self.col.attachments.exists(sha):
                    target = self.col.attachments.path(sha)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    atomic_write_bytes(target, data)
                    written.append(target)
            self._files_after_commit = []
            self._apply_tx(b, sender, columns, res)
        except BaseException:
            for target in written:
                target.unlink(missing_ok=True)
            raise
        for target, text in self._files_after_commit:  # checklists: only once the data is in
            target.parent.mkdir(exist_ok=True)
            atomic_write_text(target, text)
        return res

    def _apply_tx(self, b: bf.Bundle, sender: dict[str, Any], columns: dict[str, set[str]],
                  res: ImportResult) -> None:
        m = b.manifest
        with self.db.atomic():
            capture.pause(self.db)
            known: set[str] = set()
            ids = [op["id"] for op in b.ops]
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                known.update(r[0] for r in self.db.execute(
                    f"SELECT op_id FROM sync_ops WHERE op_id IN ({','.join('?' * len(chunk))})", chunk))
            fresh = []
            seen: set[str] = set()
            for op in b.ops:
                if op["id"] not in known and op["id"] not in seen:
                    seen.add(op["id"])
                    fresh.append(op)
            res.ops_known = len(b.ops) - len(fresh)
            fresh, refused = self._judge(dataclasses.replace(b, ops=fresh), sender)
            res.ops_new, res.refused = len(fresh), len(refused)
            self._record_refusals(refused, m["sender"])
            by_row: dict[tuple[str, str], list[dict[str, Any]]] = {}
            for op in fresh:
                by_row.setdefault((op["tbl"], op["row"]), []).append(op)
            prior: set[tuple[str, str]] = set()
            for tbl in {t for t, _r in by_row}:
                prior.update((tbl, r) for r in merge.rows_with_ops(self.db, tbl, [r for t, r in by_row if t == tbl]))
            for (tbl, row), ops in by_row.items():
                if (tbl, row) in prior and any(o["prev"] for o in ops):
                    res.conflicts += merge.detect_conflicts(self.db, tbl, row, merge.known_ops(self.db, tbl, row), ops)
            self.db.conn.executemany(
                "INSERT INTO sync_ops (op_id, origin, oseq, hlc, tbl, row_id, kind, fields, prev, scope, received_from) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(op["id"], op["origin"], op["oseq"], op["hlc"], op["tbl"], op["row"], op["kind"],
                  canonical(op["fields"]), canonical(op["prev"]) if op["prev"] else "{}", op["scope"], m["sender"])
                 for op in fresh])
            waiting = set(self.db.execute("SELECT tbl, row_id FROM sync_pending").fetchall())
            for (tbl, row), ops in by_row.items():
                if merge.materialise(self.db, tbl, row, columns[tbl], None if (tbl, row) in prior else ops,
                                     was_pending=(tbl, row) in waiting):
                    res.changes.add(tbl, row)
            retried = merge.retry_pending(self.db, columns)
            for tbl, row in retried:
                res.changes.add(tbl, row)
            # A hazard that waited (for its enterprise, say) while its events arrived is derived again
            # when it becomes real, as is every hazard with a fresh row or event.
            self.col.hazards.refresh_rows([(op["tbl"], op["row"]) for op in fresh] + retried)
            for a in b.attachments:
                if not self.db.execute("SELECT 1 FROM attachments WHERE sha256 = ?", [a["sha256"]]).fetchone():
                    self.db.table("attachments").insert(dict(a))
                self.db.execute("INSERT OR REPLACE INTO sync_peer_files (peer_id, sha256, sent_in_seq) VALUES (?, ?, 0)",
                                [m["sender"], a["sha256"]])
            top = max((op["hlc"] for op in fresh), default=0)
            # A sender whose clock runs far ahead must not drag ours along: cap at now + 1 day.
            cap = int((clock.utc_now().timestamp() + 86400) * 1000) * 65536
            self.db.execute("UPDATE sync_control SET hlc = max(hlc, ?) WHERE id = 1", [min(top, cap)])
            capture.resume(self.db)
            self._apply_control(b, m["sender"])
            if res.ops_new == 0 and not b.files and not refused:
                res.status = "already_applied" if b.ops else "applied"
            self.col.audit.append(self.col.actor(), "sync.import", "sync_ops", m["bundle_id"],
                                  {"sender": m["sender"], "ops": len(b.ops), "new": res.ops_new,
                                   "conflicts": res.conflicts, "refused": res.refused})

    def _record_refusals(self, refused: list[authorize.Refusal], sender_id: str) -> None:
        """Kept by op id; `origin` is the device that sent it (the one that is told), whatever the op claims."""
        now = now_iso()
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO sync_refused (op_id, origin, refused_by, tbl, row_id, fields, hlc, code, reason_zh, "
            "reason_en, hint_zh, hint_en, refused_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(r["op_id"], sender_id, self.col.device_id, r["tbl"], r["row"], canonical(r["fields"]), r["hlc"],
              r["code"], r["reason_zh"], r["reason_en"], r["hint_zh"], r["hint_en"], now)
             for r in (x.record() for x in refused)])

    def _note_clock(self, b: bf.Bundle, sender_id: str) -> None:
        """Compare the sender's bundle time with our clock. A bundle can only be late (carried on a
        stick), never early: one dated ahead of us means a clock is wrong. The district tells the
        laptop (control.clock_ahead_s); a laptop notes its own clock is behind."""
        try:
            created = dt.datetime.fromisoformat(b.manifest["created_at"])
            ahead = int((created - clock.utc_now()).total_seconds()) if created.tzinfo else 0
        except ValueError:
            ahead = 0
        if self.is_district():
            key = f"sync_clock_ahead:{sender_id}"
            if ahead > CLOCK_TOLERANCE_S:
                self._set_meta(key, str(ahead))
            else:
                self.db.execute("DELETE FROM meta WHERE key = ?", [key])
            return
        told = b.control.get("clock_ahead_s", 0) if b.manifest["sender_role"] == "district" else 0
        skew = -ahead if ahead > CLOCK_TOLERANCE_S else (told if told > CLOCK_TOLERANCE_S else 0)
        if skew:
            self._set_meta("sync_clock_skew_s", str(skew))
        else:
            self.db.execute("DELETE FROM meta WHERE key = 'sync_clock_skew_s'")

    def clock_warning(self) -> InspectorError | None:
        """On a laptop: its clock is off (as the last bundle from the district showed), in both languages."""
        skew = int(self._meta("sync_clock_skew_s") or 0)
        if not skew:
            return None
        minutes = round(abs(skew) / 60)
        if skew > 0:
            return InspectorError(f"本机时钟比区局快约 {minutes} 分钟。请把电脑的日期和时间改正（超前一天以上的修改会被区局拒绝）。",
                                  f"This computer's clock is about {minutes} minutes ahead of the district's. Set the "
                                  "date and time right (changes dated more than a day ahead are refused).")
        return InspectorError(f"本机时钟比区局慢约 {minutes} 分钟。请把电脑的日期和时间改正，否则本机的修改可能被较早的修改覆盖。",
                              f"This computer's clock is about {minutes} minutes behind the district's. Set the date "
                              "and time right, or this computer's changes may lose to older ones.")

    def _apply_control(self, b: bf.Bundle, sender_id: str) -> None:
        m, ctl = b.manifest, b.control
        self._note_clock(b, sender_id)
        state = self._peer(sender_id)
        ack = int(ctl.get("ack", 0))
        acked = max(state["last_acked_seq"], ack)
        if ack:
            mine = self.db.execute("SELECT op_id FROM sync_ops WHERE lseq = ?", [ack]).fetchone()
            if not mine or mine[0] != ctl.get("ack_op"):
                acked = 0  # our log is not the one the peer acknowledged (restored backup): resend all,
                self._set_meta(f"sync_resend:{sender_id}", "1")  # and ask for our own lost changes back
        if ctl.get("resend") is True:
            self._set_meta(f"sync_full:{sender_id}", "1")
            acked = 0
        if ctl.get("full") is True:
            self.db.execute("DELETE FROM meta WHERE key = ?", [f"sync_resend:{sender_id}"])
        received = state["last_received_seq"]
        if m["seq"]["from"] == 1:  # a full resend (or the first bundle) defines the watermark afresh
            received = m["seq"]["to"]
        elif m["seq"]["from"] <= received + 1:
            received = max(received, m["seq"]["to"])
        if received == m["seq"]["to"]:
            self._set_meta(f"sync_last_op:{sender_id}", str(ctl.get("last_op", ""))[:64])
        self.db.execute("UPDATE sync_peers SET last_acked_seq = ?, last_received_seq = ?, "
                        "last_sync_at = ? WHERE peer_id = ?", [acked, received, now_iso(), sender_id])
        if m["sender_role"] != "district":
            upto = ctl.get("refused_upto")
            if isinstance(upto, int) and upto > int(self._meta(f"sync_refused_upto:{sender_id}") or 0):
                self._set_meta(f"sync_refused_upto:{sender_id}", str(upto))
            if self.is_district() and ctl.get("doc_key"):
                self.certify_signer(sender_id, ctl["doc_key"])
            if self.is_district() and ctl.get("audit"):
                from inspector_app.core import device_audit
                device_audit.receive(self.col, sender_id, ctl["audit"])
            return
        for r in ctl.get("refused") or []:
            self.db.execute(
                "INSERT OR IGNORE INTO sync_refused (op_id, origin, refused_by, tbl, row_id, fields, code, reason_zh, "
                "reason_en, hint_zh, hint_en, refused_at, remote_num) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [r["op_id"], self.col.device_id, sender_id, r["tbl"], r["row"], canonical(r["fields"]), r["code"],
                 r["reason_zh"], r["reason_en"], r["hint_zh"], r["hint_en"], r["at"], r["num"]])
        if ctl.get("certificate"):
            ca = (ctl.get("district_card") or {}).get("ca_certificate", "")
            if crypto.certificate_matches(ctl["certificate"], ca, self.keys.sign_public):
                self.db.execute("UPDATE devices SET certificate = ?, public_key = ?, box_key = ? WHERE id = ?",
                                [ctl["certificate"], self.keys.sign_public, self.keys.box_public, self.col.device_id])
        self._apply_signer_control(ctl)
        if isinstance(ctl.get("audit_held"), int) and not isinstance(ctl["audit_held"], bool):
            self._set_meta("audit_held", str(max(0, ctl["audit_held"])))
        for blk in ctl.get("serial_blocks") or []:
            self.db.execute("INSERT OR IGNORE INTO sync_serial_blocks (id, device_id, year, first, last, issued_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)", [blk["id"], self.col.device_id, blk["year"], blk["first"],
                                                          blk["last"], blk["issued_at"]])
        folder = self.col.checklists.district_dir
        for name, text in (ctl.get("checklists") or {}).items():
            target = folder / name
            if not target.exists() or target.read_text("utf-8") != text:
                self._files_after_commit.append((target, text))
        if ctl.get("township"):
            self._rehome(ctl["township"])

    def _apply_signer_control(self, ctl: dict[str, Any]) -> None:
        """A laptop adopts what the district sends about document signers: its own certificate (checked
        against the trusted district root), the certified inspectors' keys, revoked certificates."""
        root = self._meta("district_doc_ca") or ""
        if ctl.get("doc_certificate") and root:
            self.col.keys.install_district_certificate(ctl["doc_certificate"], root, root)
        if ctl.get("doc_signers"):
            self.col.keys.add_known(ctl["doc_signers"])
        if "doc_revoked" in ctl:
            self.col.keys.set_revoked(ctl["doc_revoked"])

    def _rehome(self, town: dict[str, str]) -> None:
        """Adopt the township the district assigned (a laptop set up by name only carries a
        stand-in code): the profile and this device's rows move to it, as logged changes."""
        prof = self._profile()
        old, new = prof["township_id"], town["id"]
        if old == new or not self.db.execute("SELECT 1 FROM townships WHERE id = ?", [new]).fetchone():
            return  # already home, or the township row has not arrived yet (next bundle)
        capture.resume(self.db)
        for table in ("enterprises", "inspections", "hazards"):
            self.db.execute(f"UPDATE {table} SET township_id = ? WHERE township_id = ?", [new, old])
        self.db.execute("UPDATE profile SET township_id = ? WHERE id = ?", [new, prof["id"]])
        self.db.execute("UPDATE devices SET township_id = ? WHERE id = ?", [new, self.col.device_id])
        self.col.audit.append(self.col.actor(), "sync.rehome", "townships", new,
                              {"from": old, "to": new, "name": town["name"], "code": town["code"]})

    def refusals(self, limit: int = 500) -> list[dict[str, Any]]:
        """Refused operations, newest first: on a laptop, its changes the district refused (and any
        it refused itself); at the district, what it refused from the laptops. Each with `what` (a
        readable label of the record from this device's data), reason and hint in both languages."""
        rows = list(self.db.query("SELECT * FROM sync_refused ORDER BY julianday(refused_at) DESC, rowid DESC LIMIT ?", [limit]))
        for r in rows:
            r["what"] = self._label(r["tbl"], r["row_id"])
            r["fields"] = json.loads(r["fields"] or "[]")
        return rows

    def resend_refused(self, op_ids: list[str] | None = None) -> OpChanges:
        """Laptop: send refused records again once the cause is fixed (clock set right, enterprise
        moved to this township by the district). Each record's current values are logged as a new
        insert; the refused operations (which exist only here: the district never stored them) get
        the lowest clock so they lose to everything, and a clock left far ahead by them is reset."""
        rows = [r for r in self.db.query("SELECT op_id, tbl, row_id FROM sync_refused WHERE resent_at IS NULL "
                                         "AND refused_by != ?", [self.col.device_id])
                if op_ids is None or r["op_id"] in op_ids]
        order = list(SYNCED)
        records = sorted({(r["tbl"], r["row_id"]) for r in rows if r["tbl"] in SYNCED},
                         key=lambda k: (order.index(k[0]), k[1]))
        columns = self.columns()
        changes = OpChanges()
        with self.db.atomic():
            ids = [r["op_id"] for r in rows]
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                self.db.execute(f"UPDATE sync_ops SET hlc = 0 WHERE origin = ? AND op_id IN "
                                f"({','.join('?' * len(chunk))})", [self.col.device_id, *chunk])
            now = int(clock.utc_now().timestamp() * 1000) * 65536
            self.db.execute("UPDATE sync_control SET hlc = max(?, (SELECT IFNULL(MAX(hlc), 0) FROM sync_ops)) "
                            "WHERE id = 1 AND hlc > ?", [now, now + CLOCK_TOLERANCE_S * 1000 * 65536])
            for tbl, row in records:
                spec = SYNCED[tbl]
                where, params = merge._row_where(tbl, row)
                cur = self.db.execute(f'SELECT *, IFNULL({spec.scope}, \'\') AS "~scope" FROM "{tbl}" AS NEW '
                                      f'WHERE {where}', params)
                names = [d[0] for d in cur.description]
                found = cur.fetchone()
                if found is None:
                    continue
                values = dict(zip(names, found))
                fields = {k: v for k, v in values.items() if k in columns[tbl]}
                self.db.execute("UPDATE sync_control SET hlc = max(hlc + 1, ?) WHERE id = 1", [now])
                self.db.execute(
                    "INSERT INTO sync_ops (op_id, origin, oseq, hlc, tbl, row_id, kind, fields, prev, scope) "
                    "VALUES (lower(hex(randomblob(16))), ?, (SELECT IFNULL(MAX(lseq), 0) + 1 FROM sync_ops), "
                    "(SELECT hlc FROM sync_control WHERE id = 1), ?, ?, 'insert', ?, '{}', ?)",
                    [self.col.device_id, tbl, row, canonical(fields), values["~scope"]])
                changes.add(tbl, row)
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                self.db.execute(f"UPDATE sync_refused SET resent_at = ? WHERE op_id IN ({','.join('?' * len(chunk))})",
                                [now_iso(), *chunk])
            self.col.audit.append(self.col.actor(), "sync.resend", "sync_refused", "",
                                  {"records": len(records), "operations": len(ids)})
        return changes.add("sync_refused", "")

    def conflicts(self, include_resolved: bool = False) -> list[dict[str, Any]]:
        return self.conflict_list.find(include_resolved)

    def resolve(self, conflict_id: str, keep: str = "winner") -> OpChanges:
        return self.conflict_list.resolve(conflict_id, keep)

    def pending(self) -> list[dict[str, Any]]:
        return self.conflict_list.pending()

    def _label(self, tbl: str, row_id: str) -> str:
        """A readable name of a record, in the user's language ("企业 宏达化工" / "Enterprise 宏达化工")."""
        queries = {
            "enterprises": "SELECT name FROM enterprises WHERE id = ?",
            "inspections": "SELECT e.name || ' ' || substr(i.started_at, 1, 10) FROM inspections i "
                           "JOIN enterprises e ON e.id = i.enterprise_id WHERE i.id = ?",
            "hazards": "SELECT substr(description, 1, 30) FROM hazards WHERE id = ?",
            "hazard_events": "SELECT substr(h.description, 1, 20) FROM hazard_events ev "
                             "JOIN hazards h ON h.id = ev.hazard_id WHERE ev.id = ?",
            "documents": "SELECT doc_no FROM documents WHERE id = ?",
            "townships": "SELECT name FROM townships WHERE id = ?",
        }
        kinds = {"enterprises": ("企业", "Enterprise"), "inspections": ("检查", "Inspection"),
                 "hazards": ("隐患", "Hazard"), "hazard_events": ("隐患记录", "Hazard record"),
                 "documents": ("文书", "Document"), "townships": ("乡镇", "Township")}
        row = self.db.execute(queries[tbl], [row_id]).fetchone() if tbl in queries else None
        if row is None:
            return f"{tbl} {row_id[:8]}"
        return f"{pick(*kinds[tbl])} {row[0]}"

    def status(self) -> dict[str, Any]:
        """What the GUI's sync page shows: trust, enrollment, per-peer progress, things to look at."""
        peers = []
        for p in self.db.query("SELECT p.*, d.name, d.status, d.township_id FROM sync_peers p "
                               "LEFT JOIN devices d ON d.id = p.peer_id"):
            sql = "SELECT count(*) FROM sync_ops WHERE lseq > ? AND origin != ? AND received_from != ?"
            params = [p["last_acked_seq"], p["peer_id"], p["peer_id"]]
            dev = self._device(p["peer_id"])
            if self.is_district() and dev:
                clause, scope_params = self._scope_clause(dev)
                sql += " AND " + clause
                params += scope_params
            unacked = self.db.execute(sql, params).fetchone()[0]
            peers.append({"peer_id": p["peer_id"], "name": p["name"] or "", "status": p["status"] or "",
                          "last_sync_at": p["last_sync_at"], "unacknowledged": unacked})
        district = self.district()
        return {"role": self.col.role, "district_trusted": district is not None,
                "district": district["name"] if district else "", "enrolled": self._enrolled(),
                "peers": peers, "conflicts": len(self.conflicts()), "pending": len(self.pending()),
                "quarantined": len(self.quarantined()),
                "refused": self.db.execute("SELECT count(*) FROM sync_refused WHERE resent_at IS NULL AND "
                                           "(refused_by != ? OR ?)", [self.col.device_id,
                                                                      self.is_district()]).fetchone()[0],
                "clock_warning": str(w) if (w := self.clock_warning()) else "",
                "awaiting_approval": sum(1 for d in self.devices() if d["status"] == "pending")}

    # ------------------------------------------------------------ folders
    def locations(self, volumes: Iterable[locations.Volume] = ()) -> list[Path]:
        """Configured sync folders, and USB sticks among the mounted `volumes`, reachable now (see
        core.sync.locations; the caller lists the volumes, e.g. ui.volumes.mounted_volumes)."""
        prof = self.col.profile.get()
        return locations.available(prof["settings"], volumes) if prof else []

    def add_location(self, *, path: str = "", label: str = "") -> OpChanges:
        with self.col.lock:   # the list read and written back as one step
            prof = self._profile()
            locs = list(prof["settings"].get("sync_locations") or [])
            loc = {"kind": "usb", "label": label} if label else {"kind": "folder", "path": str(path)}
            if loc not in locs:
                locs.append(loc)
            return self.col.profile.update_settings(sync_locations=locs)

    def remove_location(self, *, path: str = "", label: str = "") -> OpChanges:
        """Forget a configured sync folder (by path) or USB stick (by volume label). Files in the
        folder or on the stick are not touched."""
        with self.col.lock:   # the list read and written back as one step
            prof = self._profile()
            locs = list(prof["settings"].get("sync_locations") or [])
            keep = [loc for loc in locs if not locations.matches(loc, path=path, label=label)]
            if len(keep) == len(locs):
                what = f"U 盘卷标“{label}”" if label else f"文件夹“{path}”"
                what_en = f"USB label '{label}'" if label else f"folder '{path}'"
                raise ValidationError(f"同步位置中没有{what}，未做修改", f"No sync location {what_en}; nothing changed")
            return self.col.profile.update_settings(sync_locations=keep)

    def sync_folder(self, folder: Path | str) -> SyncReport:
        """Import every bundle in `folder` addressed to this device, then export what is due into it."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        report = SyncReport()
        if self.is_district():
            self.setup_district()
            if not (folder / CARD_NAME).exists():
                self.write_card(folder / CARD_NAME)
        else:  # a card found in the folder is never trusted silently: it is reported for the user to confirm
            report.untrusted_card = self.untrusted_card(folder)
        try:
            names = sorted(p.name for p in folder.iterdir() if p.name.endswith(bf.EXTENSION))
        except OSError as e:
            raise bf.UnusableInput(f"无法读取同步文件夹“{folder}”：{e.strerror}",
                                   f"Cannot read the sync folder '{folder}': {e.strerror}") from e
        for name in names:
            if not bundle_name_addressed_to(name, self.col.device_id):
                continue  # another device's bundle: never opened
            path = folder / name
            try:
                report.imported.append(self.import_bundle(path))
                _unlink_quietly(path)
            except bf.BundleQuarantined as e:
                report.quarantined.append((path, str(e)))
                _unlink_quietly(path)  # a copy is kept in <data_dir>/quarantine
            except bf.UnusableInput as e:  # left in the folder; recorded once (import_bundle)
                report.rejected.append((path, str(e)))
                if getattr(e, "recorded", False):
                    report.recorded.append(path)
        peers = ([d["id"] for d in self.devices() if d["status"] == "approved"] if self.is_district()
                 else (["district"] if self.district() else []))
        for peer in peers:
            if self.due(peer):
                peer_id = self._recipient(peer)["id"]
                older = list(folder.glob(f"{self.col.device_id[:8]}-to-{peer_id}-*{bf.EXTENSION}"))
                try:
                    report.exported.append(self.export(folder, to=peer))
                except ExportFailed as e:  # full or removed stick: the next pass tries again
                    report.failed.append((folder, str(e)))
                    continue
                for path in older:  # the new bundle holds everything they held that is still unacknowledged
                    _unlink_quietly(path)
        return report


def write_bundle_file(out: Path, data: bytes) -> None:
    """Write a bundle via a temporary file and rename; on any failure (full or removed stick,
    read-only folder) the temporary file is removed and ExportFailed says what to do."""
    try:
        atomic_write_bytes(out, data)
    except OSError as e:
        if e.errno == errno.ENOSPC:
            zh, en = "U盘或磁盘空间已满", "the stick or disk is full"
        elif e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            zh, en = "目标位置只读或没有写入权限", "the location is read-only or not writable"
        else:
            zh, en = f"写入失败（{e.strerror or e}），U盘可能已拔出", f"writing failed ({e.strerror or e}); was the stick removed?"
        raise ExportFailed(f"数据包未能写入“{out.parent}”：{zh}。未留下任何文件，本机数据未变；"
                           f"请腾出空间或重新插入U盘后再同步。",
                           f"The bundle could not be written to '{out.parent}': {en}. Nothing was left there and "
                           f"nothing changed here; free some space or reinsert the stick and sync again.") from e


def publishable_checklists(folder: Path) -> dict[str, str]:
    """The district's checklist files (name -> TOML text) that parse; a broken file is not sent."""
    from inspector_app.core.checklists.loader import parse
    out: dict[str, str] = {}
    if not folder.is_dir():
        return out
    for p in sorted(folder.glob("*.toml")):
        if not bf.safe_file_name(p.name):
            continue
        try:
            data = p.read_bytes()
            digest = bf.hashlib.sha256(data).digest()
            if digest not in _PARSED_OK:  # parsing is slow-ish; due() asks on every watch pass
                parse(data, p.name)
                _PARSED_OK.add(digest)
            out[p.name] = data.decode("utf-8")
        except Exception:  # noqa: BLE001 - any broken file is simply not published
            continue
    return out


_PARSED_OK: set[bytes] = set()


def bundle_name(sender: str, recipient: str, seq_from: int, seq_to: int) -> str:
    stamp = clock.now().strftime("%Y%m%d%H%M%S%f")
    return f"{sender[:8]}-to-{recipient}-{seq_from}-{seq_to}-{stamp}{bf.EXTENSION}"


def bundle_name_addressed_to(name: str, device_id: str) -> bool:
    """File names carry the recipient so a shared folder can be sorted without opening files;
    the manifest inside is what is checked."""
    return f"-to-{device_id}-" in name
