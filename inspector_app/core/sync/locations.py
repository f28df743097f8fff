"""Where sync can happen: configured folders and USB sticks found by volume label.

Configured in the profile settings as `sync_locations`: a list of {"kind": "folder", "path": ...}
or {"kind": "usb", "label": ...}. `available()` returns the folders reachable now (a stick's
bundles live in <mount>/inspector-sync/); the GUI polls it and calls `col.sync.sync_folder()`.
"""

from __future__ import annotations

import os
import string
import sys
from pathlib import Path
from typing import Any

USB_SUBFOLDER = "inspector-sync"
MEDIA_ROOTS = (Path("/media"), Path("/run/media"))   # Linux automount roots (per user below them)


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


def mounts_for_label(label: str) -> list[Path]:
    """Mount points of volumes with this label (Linux /media, /run/media; macOS /Volumes; Windows)."""
    if not label:
        return []
    if sys.platform.startswith("win"):
        return _windows_drives(label)
    candidates = [Path("/Volumes") / label] if sys.platform == "darwin" else []
    for root in MEDIA_ROOTS:
        candidates.append(root / label)
        if root.is_dir():
            try:
                candidates += [user / label for user in root.iterdir() if user.is_dir()]
            except OSError:
                pass
    return [p for p in candidates if p.is_dir()]


def _windows_drives(label: str) -> list[Path]:  # pragma: no cover - Windows only
    import ctypes

    found = []
    for letter in string.ascii_uppercase:
        root = f"{letter}:\\"
        if not os.path.exists(root):
            continue
        name = ctypes.create_unicode_buffer(261)
        ok = ctypes.windll.kernel32.GetVolumeInformationW(ctypes.c_wchar_p(root), name, 261,
                                                          None, None, None, None, 0)
        if ok and name.value == label:
            found.append(Path(root))
    return found


def available(settings: dict[str, Any]) -> list[Path]:
    """Sync folders reachable right now, in configuration order."""
    out: list[Path] = []
    for loc in configured(settings):
        if loc["kind"] == "folder":
            p = Path(loc["path"]).expanduser()
            if p.is_dir():
                out.append(p)
        else:
            out += [m / USB_SUBFOLDER for m in mounts_for_label(loc["label"])]
    return out
