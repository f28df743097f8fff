"""Sync between laptops and the district office: signed, encrypted bundles (docs/bundle-format.md).

Modules: capture (triggers that log every write as an operation), merge (field-by-field
last-writer-wins over the log, conflicts), bundle (the container, untrusted-input checks),
crypto (keys, signatures, encryption, the district CA), service (`col.sync`), locations
(sync folders and USB sticks by label). Bulk loads: `with col.sync.bulk_load(): ...`.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from inspector_app.core.sync.service import ExportResult, ImportResult, SyncReport, SyncService

__all__ = ["SyncService", "ExportResult", "ImportResult", "SyncReport"]


def __getattr__(name: str) -> Any:
    # The service (and the crypto under it) loads on first use: opening a data directory only needs
    # the capture triggers.
    if name in __all__:
        from inspector_app.core.sync import service
        return getattr(service, name)
    raise AttributeError(name)
