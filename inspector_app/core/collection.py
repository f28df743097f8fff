"""The one entry object: opens a data directory and owns the database and the services.

Like Anki's `Collection`: the GUI and the CLI reach everything through it, and methods that
change data return an `OpChanges`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import importlib
import threading
from typing import TYPE_CHECKING

from inspector_app.core import datadir
from inspector_app.core.attachments import Attachments
from inspector_app.core.audit import AuditLog
from inspector_app.core.clock import new_id, now_iso
from inspector_app.core.enterprises import Enterprises, Townships
from inspector_app.core.hazards import Hazards
from inspector_app.core.inspections import Inspections
from inspector_app.core.profile import Profile
from inspector_app.core.store import OwnedConnection, open_database, writable_dir
from inspector_app.core.summary import Summary
from inspector_app.core.sync.capture import ensure_triggers

if TYPE_CHECKING:
    from inspector_app.core.checklists import Checklists
    from inspector_app.core.complaints import Complaints
    from inspector_app.core.documents import Documents
    from inspector_app.core.documents.keys import Keys
    from inspector_app.core.plans import Plans
    from inspector_app.core.register_import import RegisterImport
    from inspector_app.core.reports import Reports
    from inspector_app.core.sync import SyncService

_BUILDING = threading.Lock()


class _Service:
    """A service built on first use, once: the window comes up without importing what the first page
    does not need (signing, sync crypto, checklists, reports). Thread-safe, since the GUI thread and a
    worker may ask first at the same moment; afterwards the instance attribute answers directly."""

    def __init__(self, target: str):
        self.module, self.cls = target.split(":")

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, col: Any, owner: type | None = None) -> Any:
        if col is None:
            return self
        with _BUILDING:
            if self.name not in col.__dict__:
                factory = getattr(importlib.import_module(self.module), self.cls)
                col.__dict__[self.name] = factory(col)
        return col.__dict__[self.name]

class Collection:
    """An open data directory. Use as a context manager or call close()."""

    def __init__(self, data_dir: Path | str | None = None, *, create: bool = True):
        self.data_dir = datadir.prepare(Path(data_dir) if data_dir else datadir.default_data_dir(),
                                        create=create)
        # A folder or medium nobody may write (a read-only copy, a write-protected stick) still opens
        # for reading: check, lists and verification work; any write is refused with a message.
        self.read_only = not writable_dir(self.data_dir)
        self.db = open_database(self.data_dir / datadir.DB_NAME, read_only=self.read_only)
        self.device_id = self._device_id()
        self.audit = AuditLog(self.db, self.device_id)
        self.profile = Profile(self)
        self.townships = Townships(self)
        self.enterprises = Enterprises(self)
        self.inspections = Inspections(self)
        self.hazards = Hazards(self)
        self.attachments = Attachments(self)
        ensure_triggers(self.db)   # every write is captured from the start, whether or not sync is used
        self.summary = Summary(self)

    sync: "SyncService" = _Service("inspector_app.core.sync.service:SyncService")  # type: ignore[assignment]
    documents: "Documents" = _Service("inspector_app.core.documents.service:Documents")  # type: ignore[assignment]
    checklists: "Checklists" = _Service("inspector_app.core.checklists.service:Checklists")  # type: ignore[assignment]
    register_import: "RegisterImport" = _Service(  # type: ignore[assignment]
        "inspector_app.core.register_import:RegisterImport")
    plans: "Plans" = _Service("inspector_app.core.plans:Plans")  # type: ignore[assignment]
    reports: "Reports" = _Service("inspector_app.core.reports:Reports")  # type: ignore[assignment]
    complaints: "Complaints" = _Service("inspector_app.core.complaints:Complaints")  # type: ignore[assignment]

    @property
    def keys(self) -> "Keys":
        return self.documents.keys

    def _device_id(self) -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()
        if row:
            return row[0]
        device = new_id()
        if self.read_only:
            return device
        with self.db.atomic():
            self.db.table("meta").insert({"key": "device_id", "value": device})
        return device

    @property
    def lock(self) -> Any:
        """The database's owner lock (reentrant). Every statement takes it and a transaction keeps
        it to its end; hold it to make several reads one consistent step."""
        return cast(OwnedConnection, self.db.conn).lock

    def stamp(self, row: dict[str, Any], *, created: bool = True) -> dict[str, Any]:
        """Set updated_at/device_id (and created_at for new rows) on a row about to be written."""
        now = now_iso()
        if created:
            row.setdefault("created_at", now)
        row["updated_at"] = now
        row["device_id"] = self.device_id
        return row

    def actor(self) -> str:
        """Who is acting: the profile's inspector, for the audit log."""
        prof = self.profile.get()
        return prof["inspector_name"] if prof else "system"

    @property
    def role(self) -> str | None:
        prof = self.profile.get()
        return prof["role"] if prof else None

    @property
    def closed(self) -> bool:
        return getattr(self, "_closed", False)

    def close(self) -> None:
        with self.lock:
            self._closed = True
            try:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self.db.conn.close()

    def __enter__(self) -> "Collection":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
