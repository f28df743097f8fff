"""Finding shipped files (checklists, fonts, icons, translations) from source and when frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder holding `resources/` and `i18n/`: the source tree, or PyInstaller's bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource_path('checklists', 'confined_space.toml')."""
    return base_dir().joinpath("resources", *parts)


def i18n_path(*parts: str) -> Path:
    return base_dir().joinpath("i18n", *parts)
