"""Opening the SQLite database: pragmas, schema checks, migrations, error translation."""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
import threading
from pathlib import Path
from typing import Any, Iterator

from sqlite_utils import Database

from inspector_app.core import clock
from inspector_app.core.errors import DataDirError
from inspector_app.core.migrations import MIGRATION_SET, migrations

APP_MARK = "inspector_app"


class OwnedConnection(sqlite3.Connection):
    """A connection that one thread owns for the length of a transaction.

    The GUI process shares one connection between the UI thread and its workers. Every statement
    takes `lock` (a reentrant lock); a statement that leaves a transaction open keeps it until the
    transaction ends, so another thread's write can never land inside someone else's transaction
    (where a rollback would drop it, or an import with change capture paused would swallow it).
    Hold `lock` yourself to make several statements one consistent step.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lock = threading.RLock()
        self._tx_held = False

    def _settle(self) -> None:
        try:
            open_tx = self.in_transaction
        except sqlite3.ProgrammingError:  # closed: nothing is open any more
            open_tx = False
        if open_tx and not self._tx_held:
            self.lock.acquire()
            self._tx_held = True
        elif not open_tx and self._tx_held:
            self._tx_held = False
            self.lock.release()

    def execute(self, *args: Any) -> sqlite3.Cursor:
        with self.lock:
            try:
                return super().execute(*args)
            except sqlite3.OperationalError as e:
                raise _read_only_error(e) from e
            finally:
                self._settle()

    def executemany(self, *args: Any) -> sqlite3.Cursor:
        with self.lock:
            try:
                return super().executemany(*args)
            except sqlite3.OperationalError as e:
                raise _read_only_error(e) from e
            finally:
                self._settle()

    def executescript(self, *args: Any) -> sqlite3.Cursor:
        with self.lock:
            try:
                return super().executescript(*args)
            except sqlite3.OperationalError as e:
                raise _read_only_error(e) from e
            finally:
                self._settle()

    def commit(self) -> None:
        with self.lock:
            try:
                super().commit()
            finally:
                self._settle()

    def rollback(self) -> None:
        with self.lock:
            try:
                super().rollback()
            finally:
                self._settle()

    def __exit__(self, *exc: Any) -> Any:
        with self.lock:
            try:
                return super().__exit__(*exc)
            finally:
                self._settle()


READ_ONLY_MESSAGE = ("数据目录为只读，无法保存。请检查文件夹权限。",
                     "The data directory is read-only; nothing can be saved. Check the folder's permissions.")


def _read_only_error(e: sqlite3.OperationalError) -> Exception:
    """A write refused by a read-only database or medium, as a message a user can act on; other
    errors unchanged (translate_errors handles the rest where the caller wants it)."""
    text = str(e).lower()
    if "readonly" in text or "read-only" in text:
        return DataDirError(*READ_ONLY_MESSAGE)
    return e


def writable_dir(path: Path) -> bool:
    """Whether files can be created in `path` (tried, not guessed: root ignores permission bits
    but not a read-only mount)."""
    try:
        with tempfile.TemporaryFile(dir=path):
            return True
    except OSError:
        return False


def open_database(path: Path, *, migrate: bool = True, read_only: bool = False) -> Database:
    """Open (creating if needed) the app database at `path` and bring its schema up to date.

    Transactions are explicit (`db.atomic()`); a statement outside one commits at once. The
    connection may be used from several threads (`OwnedConnection`). `read_only` opens an existing
    database for reading only (a read-only folder or medium): nothing is migrated or written."""
    path = Path(path)
    if read_only:
        return _open_read_only(path)
    if path.exists() and path.stat().st_size > 0:
        with open(path, "rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                raise DataDirError(
                    f"“{path}”不是SQLite数据库，无法打开。",
                    f"'{path}' is not an SQLite database.",
                )
    with translate_errors():
        conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False, isolation_level=None,
                               factory=OwnedConnection)
        # No sqlite-utils plugins: whatever else is installed on the machine must not change our
        # connection (and scanning for them costs a start-up's importlib.metadata walk).
        _add_functions(conn)
        db = Database(conn, execute_plugins=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA busy_timeout=5000")
        _check_ours(db, path)
        if migrate:
            _check_not_newer(db)
            migrations.apply(db)
            db.table("meta").upsert({"key": "app", "value": APP_MARK}, pk="key")
    return db


def _add_functions(conn: sqlite3.Connection) -> None:
    """SQL functions our statements and TEMP triggers use: `now_ms()`, the wall clock as core.clock reads it
    (instead of SQLite's own clock, so one clock drives the sync clock and the rest alike)."""
    conn.create_function("now_ms", 0, clock.now_ms)


def _open_read_only(path: Path) -> Database:
    if not path.is_file():
        raise DataDirError(f"数据目录为只读，且其中没有数据库“{path}”。",
                           f"The data directory is read-only and holds no database '{path}'.")
    # In a folder nobody can write, WAL's shared-memory file cannot be made: the file is immutable.
    mode = "mode=ro" if writable_dir(path.parent) else "immutable=1"
    with translate_errors():
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True, timeout=5.0,
                               check_same_thread=False, isolation_level=None, factory=OwnedConnection)
        _add_functions(conn)
        db = Database(conn, execute_plugins=False)
        db.execute("PRAGMA busy_timeout=5000")
        _check_ours(db, path)
        _check_not_newer(db)
        if schema_version(db) != known_schema_version():
            raise DataDirError(
                "数据目录为只读，而数据库需要升级到本版本的结构。请在可写的位置打开一次后再试。",
                "The data directory is read-only and its database needs upgrading to this version's "
                "schema. Open it once where it can be written, then try again.")
    return db


def _check_ours(db: Database, path: Path) -> None:
    tables = set(db.table_names())
    if not tables:
        return
    if "meta" not in tables or not db.execute(
        "SELECT 1 FROM meta WHERE key='app' AND value=?", [APP_MARK]
    ).fetchone():
        raise DataDirError(
            f"数据库“{path}”不属于本应用，未做任何修改。",
            f"The database '{path}' does not belong to this app; nothing was changed.",
        )


def _check_not_newer(db: Database) -> None:
    known = {m.name for m in migrations._migrations}
    applied = {m.name for m in migrations.applied(db)}
    unknown = sorted(applied - known)
    if unknown:
        raise DataDirError(
            f"数据库由更新版本的程序创建（结构版本 {unknown[-1]}），本版本无法打开。请升级程序。",
            f"The database was written by a newer version of the app (schema {unknown[-1]}); "
            f"this version cannot open it. Please upgrade the app.",
        )


def upgrade_pending(path: Path) -> bool:
    """Whether opening the existing database at `path` will upgrade its schema (a database written by an
    older version): on ten years of a district's data that takes seconds, which a window should say."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            db = Database(conn, execute_plugins=False)
            return bool(migrations.applied(db)) and bool(migrations.pending(db))
        finally:
            conn.close()
    except sqlite3.Error:
        return False    # not ours or unreadable: opening it says why


def schema_version(db: Database) -> str:
    applied = migrations.applied(db)
    return applied[-1].name if applied else ""


def known_schema_version() -> str:
    return migrations._migrations[-1].name


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn SQLite's locked / full / read-only errors into messages a user can act on."""
    try:
        yield
    except sqlite3.OperationalError as e:
        text = str(e).lower()
        if "locked" in text or "busy" in text:
            raise DataDirError(
                "数据库正被另一个程序占用（可能已打开另一个窗口）。请关闭后重试，数据未受影响。",
                "The database is locked by another program (perhaps another window of this app). "
                "Close it and try again; no data was changed.",
            ) from e
        if "full" in text:
            raise DataDirError(
                "磁盘已满，本次操作未保存，原有数据完好。请清理磁盘空间后重试。",
                "The disk is full; this change was not saved and existing data is intact. "
                "Free some space and try again.",
            ) from e
        if "readonly" in text or "read-only" in text:
            raise DataDirError(*READ_ONLY_MESSAGE) from e
        raise
    except sqlite3.DatabaseError as e:
        if "malformed" in str(e).lower() or "not a database" in str(e).lower():
            raise DataDirError(
                "数据库文件已损坏。请用 inspector restore 从备份恢复。",
                "The database file is damaged. Restore it from a backup with 'inspector restore'.",
            ) from e
        raise


__all__ = ["OwnedConnection", "open_database", "translate_errors", "schema_version", "known_schema_version", "MIGRATION_SET"]
