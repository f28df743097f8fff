"""Finding shipped files (checklists, fonts, icons, translations) from source and when frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder holding `resources/` and `i18n/`: PyInstaller's bundle, the installed package's `shipped/`
    (a wheel: setup.py copies them there), or the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = Path(__file__).resolve().parents[1]
    shipped = package / "shipped"
    return shipped if shipped.is_dir() else package.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource_path('checklists', 'confined_space.toml')."""
    return base_dir().joinpath("resources", *parts)


def i18n_path(*parts: str) -> Path:
    return base_dir().joinpath("i18n", *parts)
