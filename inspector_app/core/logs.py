"""Logging for maintainers: one rotating log per program (GUI, command line) in the platform's user log
directory, and a timer that logs how long a step took."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any, Iterator

import platformdirs

from inspector_app.core.datadir import APP_NAME

FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


def log_dir() -> Path:
    """The platform's user log directory (INSPECTOR_LOG_DIR overrides)."""
    return Path(os.environ.get("INSPECTOR_LOG_DIR") or platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup(name: str, folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Add a rotating file handler (1 MB × 5) for `<folder>/<name>.log` to the root logger; returns the path.
    A folder that cannot be written leaves logging as it was (the program still runs)."""
    folder = Path(folder) if folder else log_dir()
    path = folder / f"{name}.log"
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return path
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


@contextlib.contextmanager
def timed(log: logging.Logger, what: str, *args: object) -> Iterator[None]:
    """Log `what` (a %-format with `args`) with its duration, or its failure."""
    start = time.perf_counter()
    try:
        yield
    except Exception as exc:
        log.warning(what + " failed after %.2f s: %s", *args, time.perf_counter() - start, exc)
        raise
    log.info(what + " took %.2f s", *args, time.perf_counter() - start)


def diagnostics(col: Any = None, log_path: Path | None = None) -> list[str]:
    """Versions, paths and identifiers a maintainer asks for first (the About box copies them)."""
    import platform
    import sqlite3

    from inspector_app import __version__
    lines = [f"inspector {__version__}", f"Python {platform.python_version()} ({platform.platform()})",
             f"SQLite {sqlite3.sqlite_version}", f"log: {log_path or log_dir()}"]
    if col is not None:
        from inspector_app.core.store import schema_version
        lines += [f"data: {col.data_dir}", f"schema: {schema_version(col.db)}", f"device: {col.device_id}",
                  f"role: {col.role}"]
    return lines
