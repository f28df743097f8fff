"""Backups: one zip holding an online copy of the database, the data directory's files and a manifest.

Layout of a backup file (format 1):
  manifest.json   {"app": "inspector_app", "format": "inspector-backup", "format_version": 1,
                   "schema": <last migration>, "created_at", "device_id", "counts": {...},
                   "members": {name: sha256}}
  inspector.db    SQLite online backup (sqlite3 backup API), consistent while the app runs
  attachments/... photos, signatures, PDFs (by SHA-256), and the other files of the data
                  directory (sealed key files, certificates, district checklists, quarantine)

Private keys: only key files sealed by core.keystore (Argon2id + AES-GCM) are copied, so a backup never
holds a private key in clear; any other private key file (an unencrypted or old-format key) is left out.
The manifest's "keys" says which were left out and which open only with this computer's keyring, and the
restore result repeats it (`notes`), with the way to recover (re-create the key, re-enrol the laptop).

Restore checks everything before touching the data directory: that the file is our backup,
that its schema is not newer than this app, and every member's SHA-256. It then builds the
new data directory next to the old one, opens (and migrates) it, and swaps the two by
renaming. The old data is kept as `<data_dir>.before-restore-<time>`; a data directory that
already holds a database is only replaced with `force`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from inspector_app.core import clock
from inspector_app.core import datadir
from inspector_app.core.clock import now_iso
from inspector_app.core.errors import DataDirError, UnusableInput
from inspector_app.core.migrations import migrations
from inspector_app.core.progress import Progress, step
from inspector_app.core.store import APP_MARK, open_database, schema_version, translate_errors

FORMAT = "inspector-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
COUNTED = ("townships", "enterprises", "inspections", "answers", "hazards", "hazard_events", "documents",
           "attachments", "audit_log")
# Files of the data directory that are not copied as files (the database goes in by the backup API).
_SKIP = {datadir.DB_NAME, datadir.DB_NAME + "-wal", datadir.DB_NAME + "-shm", datadir.DB_NAME + "-journal"}
_CHUNK = 1 << 20


@dataclass
class BackupResult:
    path: Path
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    members: int = 0
    keys_left_out: list[str] = field(default_factory=list)


@dataclass
class RestoreResult:
    data_dir: Path
    previous: Path | None
    schema: str
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (zh, en) about keys not restored


def _key_status(path: Path) -> str | None:
    """"sealed" / "keyring" for our key files, "clear" for any other private key file, None otherwise."""
    from inspector_app.core import keystore
    if path.suffix == ".key" or path.parent.name in ("keys", "sync-keys"):
        if keystore.is_sealed(path):
            return "keyring" if keystore.header(path)["kdf"]["name"] == "keyring" else "sealed"
        with open(path, "rb") as f:
            if b"PRIVATE KEY" in f.read(1 << 16):
                return "clear"
    return None


def key_notes(keys: dict[str, list[str]]) -> list[tuple[str, str]]:
    notes = []
    if keys.get("left_out"):
        names = "、".join(keys["left_out"])
        notes.append((f"备份中不含以下未加密（或旧格式）的私钥：{names}。恢复后请重新建立签章密钥（设置 / inspector keys init），"
                       f"同步密钥会自动新建并须由区局重新批准本机。",
                       f"The backup leaves out these unencrypted (or old-format) private keys: {', '.join(keys['left_out'])}. After "
                       f"restoring, create the signing key again (Settings / inspector keys init); sync keys are "
                       f"created anew and the district approves this laptop again."))
    if keys.get("keyring"):
        notes.append(("本机同步密钥由原电脑的系统钥匙串保护，在其他电脑或用户下无法解开；如在别处恢复，请移走 sync-keys/ "
                      "文件夹并请区局重新批准本机（重新登记）。",
                      "The sync keys are protected by the original computer's keyring and do not open on another "
                      "computer or user account; when restoring elsewhere, move the sync-keys/ folder away and have "
                      "the district approve this laptop again (re-enrol)."))
    if keys.get("sealed"):
        notes.append(("备份中的私钥已用密码加密，恢复后仍须原密码才能使用。",
                      "The private keys in the backup are password-encrypted and still need their password."))
    return notes

log = logging.getLogger("inspector.backup")


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(_CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in COUNTED if t in tables}


def create(col: Any, out: Path | str, progress: Progress | None = None) -> BackupResult:
    """Write a backup of the open collection to `out` (atomically: a temp file, then a rename).
    `progress` is told of every file; cancelling leaves no file behind."""
    out = Path(out).expanduser().resolve()
    if out.is_dir():
        raise UnusableInput(f"“{out}”是一个文件夹，请给出备份文件名（例如 backup.zip）。",
                            f"'{out}' is a folder; give a file name for the backup (e.g. backup.zip).")
    if out.is_relative_to(col.data_dir):
        raise UnusableInput("备份文件不能放在数据目录里面。", "The backup file cannot go inside the data directory.")
    tmp_out = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    work = Path(tempfile.mkdtemp(prefix="inspector-backup-"))
    try:
        snap = work / datadir.DB_NAME
        with translate_errors():
            dst = sqlite3.connect(str(snap))
            try:
                with col.lock:  # a snapshot between transactions, never inside another thread's
                    col.db.conn.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                counts = _counts(dst)
            finally:
                dst.close()
        files: list[tuple[str, Path]] = [(datadir.DB_NAME, snap)]
        keys: dict[str, list[str]] = {"sealed": [], "keyring": [], "left_out": []}
        for path in sorted(col.data_dir.rglob("*")):
            rel = path.relative_to(col.data_dir)
            if path.is_file() and not path.is_symlink() and rel.as_posix() not in _SKIP \
                    and not any(p.startswith(".") for p in rel.parts):
                status = _key_status(path)
                if status is not None:
                    keys["left_out" if status == "clear" else status].append(rel.as_posix())
                    if status == "clear":
                        continue
                files.append((rel.as_posix(), path))
        members = {name: _sha256_file(p) for name, p in files}
        manifest = {
            "app": APP_MARK, "format": FORMAT, "format_version": FORMAT_VERSION,
            "schema": schema_version(col.db), "created_at": now_iso(), "device_id": col.device_id,
            "data_dir_name": col.data_dir.name, "counts": counts, "members": members, "keys": keys,
        }
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(tmp_out, "w", allowZip64=True) as z:
                z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1), zipfile.ZIP_DEFLATED)
                for i, (name, p) in enumerate(files):
                    step(progress, i, len(files), name)
                    kind = zipfile.ZIP_STORED if name.startswith(datadir.ATTACHMENTS + "/") else zipfile.ZIP_DEFLATED
                    z.write(p, name, compress_type=kind)
                step(progress, len(files), len(files))
            with open(tmp_out, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(tmp_out, out)
        except OSError as e:
            tmp_out.unlink(missing_ok=True)
            raise DataDirError(f"无法写入备份文件“{out}”：{e.strerror}（数据未受影响）",
                               f"Cannot write the backup file '{out}': {e.strerror} (no data was changed)") from e
        except BaseException:  # cancelled
            tmp_out.unlink(missing_ok=True)
            raise
        log.info("backup %s: %d files, %d bytes", out.name, len(files), out.stat().st_size)
        return BackupResult(out, out.stat().st_size, counts, len(files), keys["left_out"])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _not_ours(path: Path, why_zh: str = "", why_en: str = "") -> UnusableInput:
    return UnusableInput(
        f"“{path}”不是本应用的备份文件{('：' + why_zh) if why_zh else ''}。未做任何修改。",
        f"'{path}' is not a backup made by this app{(': ' + why_en) if why_en else ''}. Nothing was changed.")


def _safe_name(name: str) -> bool:
    p = PurePosixPath(name)
    return bool(name) and not p.is_absolute() and ".." not in p.parts and "\\" not in name \
        and not name.endswith("/") and ":" not in name


def read_manifest(path: Path | str) -> dict[str, Any]:
    """Open a backup file and verify it completely (format, schema, every member's hash)."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise UnusableInput(f"找不到备份文件“{path}”。", f"Backup file '{path}' not found.")
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise _not_ours(path, "不是备份压缩包", "not a backup archive") from None
    with z:
        try:
            manifest = json.loads(z.read(MANIFEST).decode("utf-8"))
        except (KeyError, ValueError, UnicodeDecodeError, zipfile.BadZipFile):
            raise _not_ours(path, "缺少有效的清单", "no valid manifest") from None
        if not isinstance(manifest, dict) or manifest.get("app") != APP_MARK or manifest.get("format") != FORMAT:
            raise _not_ours(path)
        if not isinstance(manifest.get("format_version"), int) or manifest["format_version"] > FORMAT_VERSION:
            raise UnusableInput("该备份由更新版本的程序制作（备份格式更新），本版本无法恢复。请升级程序。未做任何修改。",
                                "The backup was made by a newer version of the app (newer backup format); "
                                "upgrade the app to restore it. Nothing was changed.")
        known = [m.name for m in migrations._migrations]
        if manifest.get("schema") not in known:
            raise UnusableInput(
                f"该备份来自更新版本的程序（结构版本 {manifest.get('schema')}），本版本无法恢复。请升级程序。未做任何修改。",
                f"The backup comes from a newer version of the app (schema {manifest.get('schema')}); "
                f"upgrade the app to restore it. Nothing was changed.")
        members = manifest.get("members")
        names = [i.filename for i in z.infolist()]
        if not isinstance(members, dict) or datadir.DB_NAME not in members or len(set(names)) != len(names) \
                or set(names) != set(members) | {MANIFEST} or not all(_safe_name(n) for n in members):
            raise _not_ours(path, "内容与清单不符", "its contents do not match its manifest")
        for name, expected in members.items():
            h = hashlib.sha256()
            try:
                with z.open(name) as f:
                    for block in iter(lambda: f.read(_CHUNK), b""):
                        h.update(block)
            except (zipfile.BadZipFile, OSError, EOFError):
                raise _damaged(path, name) from None
            if h.hexdigest() != expected:
                raise _damaged(path, name)
    return manifest


def _damaged(path: Path, name: str) -> UnusableInput:
    return UnusableInput(f"备份文件“{path}”已损坏（{name} 校验不符），无法恢复。未做任何修改。",
                         f"The backup file '{path}' is damaged ({name} fails its checksum); it cannot be restored. "
                         f"Nothing was changed.")


def _refuse_if_in_use(db_path: Path) -> None:
    """A database another window has open must not be swapped away under it."""
    if not db_path.exists():
        return
    conn = sqlite3.connect(str(db_path), timeout=0.2)
    try:
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError:
        raise DataDirError("数据目录正被另一个程序使用（可能已打开本应用）。请先关闭后再恢复。未做任何修改。",
                           "The data directory is in use by another program (perhaps this app is open). "
                           "Close it before restoring. Nothing was changed.") from None
    finally:
        conn.close()


def restore(backup: Path | str, data_dir: Path | str, *, force: bool = False,
            progress: Progress | None = None) -> RestoreResult:
    """Replace `data_dir` with the backup's contents (see the module docstring for the rules).
    `progress` is told of every file; cancelling before the swap changes nothing."""
    backup = Path(backup).expanduser().resolve()
    target = Path(data_dir).expanduser().resolve()
    manifest = read_manifest(backup)
    has_data = (target / datadir.DB_NAME).exists()
    if target.exists() and (not target.is_dir() or (
            any(target.iterdir()) and not (target / datadir.MARKER).exists())):
        datadir.prepare(target, create=False)  # raises: a file, or a folder that is not ours
    if has_data and not force:
        raise DataDirError(
            f"数据目录“{target}”已有数据。如确要用备份替换，请加 --force（原数据将保留在 {target.name}.before-restore-<时间> 文件夹）。未做任何修改。",
            f"The data directory '{target}' already holds data. To replace it with the backup, add --force (the "
            f"current data is kept in a {target.name}.before-restore-<time> folder). Nothing was changed.")
    _refuse_if_in_use(target / datadir.DB_NAME)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    work = target.parent / f".{target.name}.restore-{stamp}-{os.getpid()}"
    previous: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        work.mkdir()
        with zipfile.ZipFile(backup) as z:
            total = len(manifest["members"])
            for i, name in enumerate(manifest["members"]):
                step(progress, i, total, name)
                dest = work / name
                dest.parent.mkdir(parents=True, exist_ok=True)
                with z.open(name) as src, open(dest, "wb") as dst:
                    shutil.copyfileobj(src, dst, _CHUNK)
                    dst.flush()
                    os.fsync(dst.fileno())
                mode = (z.getinfo(name).external_attr >> 16) & 0o777
                if mode:
                    os.chmod(dest, mode)  # private keys stay readable by their owner only
        step(progress, total, total)
        (work / datadir.ATTACHMENTS).mkdir(exist_ok=True)
        if not (work / datadir.MARKER).exists():
            datadir.atomic_write_text(work / datadir.MARKER, json.dumps({"app": "inspector", "layout": 1}))
        db = open_database(work / datadir.DB_NAME)  # refuses foreign/newer; migrates an older schema
        try:
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise _damaged(backup, datadir.DB_NAME)
            schema = schema_version(db)
            counts = _counts(db.conn)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.conn.close()
        if target.exists():
            previous = target.parent / f"{target.name}.before-restore-{stamp}"
            os.rename(target, previous)
        try:
            os.rename(work, target)
        except OSError:
            if previous is not None:
                os.rename(previous, target)
                previous = None
            raise
    except OSError as e:
        shutil.rmtree(work, ignore_errors=True)
        raise DataDirError(f"恢复失败：{e.strerror}。原有数据未受影响。",
                           f"Restore failed: {e.strerror}. The existing data was not changed.") from e
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    keys = manifest.get("keys")
    return RestoreResult(target, previous, schema, counts, key_notes(keys if isinstance(keys, dict) else {}))
