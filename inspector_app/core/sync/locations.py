"""Where sync can happen: configured folders and USB sticks found by volume label.

Configured in the profile settings as `sync_locations`: a list of {"kind": "folder", "path": ...}
or {"kind": "usb", "label": ...}. `available()` returns the folders reachable now (a stick's
bundles live in <mount>/inspector-sync/); the GUI polls it and calls `col.sync.sync_folder()`.
The mounted volumes (root, label, ready) come from the caller: the GUI and the CLI list them with Qt's
QStorageInfo (inspector_app/ui/volumes.py), off the UI thread; the core does not look for drives itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

USB_SUBFOLDER = "inspector-sync"


@dataclass(frozen=True)
class Volume:
    """A mounted volume as the operating system reports it."""
    root: Path
    label: str
    ready: bool = True


def configured(settings: dict[str, Any]) -> list[dict[str, str]]:
    out = []
    for loc in settings.get("sync_locations") or []:
        if isinstance(loc, dict) and loc.get("kind") in ("folder", "usb") and (loc.get("path") or loc.get("label")):
            out.append({k: str(v) for k, v in loc.items() if k in ("kind", "path", "label")})
    return out


def matches(loc: dict[str, Any], *, path: str = "", label: str = "") -> bool:
    """Is `loc` the configured folder `path` (same path as written, or the same folder once
    resolved) or the USB stick `label`?"""
    if label:
        return loc.get("kind") == "usb" and loc.get("label") == label
    if not path or loc.get("kind") != "folder" or not loc.get("path"):
        return False
    if str(loc["path"]) == str(path):
        return True
    try:
        return Path(str(loc["path"])).expanduser().resolve() == Path(str(path)).expanduser().resolve()
    except (OSError, RuntimeError):
        return False


def mounts_for_label(label: str, volumes: Iterable[Volume]) -> list[Path]:
    """Mount points of the ready volumes with this label."""
    return [v.root for v in volumes if label and v.ready and v.label == label]


def resolve(settings: dict[str, Any], volumes: Iterable[Volume] = ()) -> list[tuple[dict[str, str], list[Path]]]:
    """Each configured location with the folders it reaches right now (an empty list when it is absent)."""
    volumes = list(volumes)
    out: list[tuple[dict[str, str], list[Path]]] = []
    for loc in configured(settings):
        if loc["kind"] == "folder":
            p = Path(loc["path"]).expanduser()
            out.append((loc, [p] if p.is_dir() else []))
        else:
            out.append((loc, [m / USB_SUBFOLDER for m in mounts_for_label(loc["label"], volumes)]))
    return out


def available(settings: dict[str, Any], volumes: Iterable[Volume] = ()) -> list[Path]:
    """Sync folders reachable right now, in configuration order; USB sticks are looked up among `volumes`."""
    return [p for _loc, paths in resolve(settings, volumes) for p in paths]
