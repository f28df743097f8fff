"""Where photos come from: a camera's or phone's card on removable media (its DCIM folder), else the
user's Pictures folder. Used to open the photo picker where the photos are."""

from __future__ import annotations

import os
import string
import sys
from pathlib import Path

MEDIA_ROOTS = (Path("/media"), Path("/run/media"), Path("/Volumes"))


def _volumes() -> list[Path]:
    if sys.platform.startswith("win"):  # pragma: no cover - Windows only
        return [Path(f"{c}:\\") for c in string.ascii_uppercase[3:] if os.path.exists(f"{c}:\\")]
    out: list[Path] = []
    for root in MEDIA_ROOTS:
        try:
            entries = [p for p in root.iterdir() if p.is_dir()] if root.is_dir() else []
        except OSError:
            continue
        for p in entries:          # /media/VOLUME or /media/USER/VOLUME
            out.append(p)
            try:
                out += [q for q in p.iterdir() if q.is_dir()]
            except OSError:
                pass
    return out


def camera_folders() -> list[Path]:
    """DCIM folders on mounted removable volumes (memory cards, phones as storage, USB sticks)."""
    found = []
    for vol in _volumes():
        dcim = vol / "DCIM"
        try:
            if dcim.is_dir():
                found.append(dcim)
        except OSError:
            continue
    return found


def start_folder(last: str, pictures: str) -> str:
    """The folder a photo picker opens in: a camera card if one is mounted, else the folder photos were
    last taken from, else Pictures."""
    cards = camera_folders()
    if cards:
        return str(cards[0])
    if last and Path(last).is_dir():
        return last
    return pictures
