"""Where the data lives: the data directory and the files inside it."""

from __future__ import annotations

import contextlib
import json
import os
import threading
from pathlib import Path

import platformdirs

from inspector_app import APP_NAME
from inspector_app.core.errors import DataDirError

MARKER = "inspector-data.json"
DB_NAME = "inspector.db"
ATTACHMENTS = "attachments"
ENV_VAR = "INSPECTOR_DATA_DIR"


def default_data_dir() -> Path:
    """`--data-dir` beats INSPECTOR_DATA_DIR, which beats the platform's user data directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def prepare(path: Path, create: bool = True) -> Path:
    """Check that `path` is ours (or empty / absent) and create its layout.

    A non-empty directory without our marker is refused: we never write into someone
    else's folder by mistake.
    """
    path = Path(path).expanduser().resolve()
    marker = path / MARKER
    if path.exists() and not path.is_dir():
        raise DataDirError(
            f"数据目录“{path}”是一个文件，不是文件夹。请指定一个文件夹。",
            f"The data directory '{path}' is a file, not a folder. Choose a folder.",
        )
    if path.is_dir() and not marker.exists():
        entries = [p for p in path.iterdir() if not p.name.startswith(".")]
        if entries:
            raise DataDirError(
                f"文件夹“{path}”不是本应用的数据目录（里面已有其他文件）。"
                f"请指定一个空文件夹或已有的数据目录。",
                f"The folder '{path}' is not a data directory of this app (it holds other files). "
                f"Choose an empty folder or an existing data directory.",
            )
    if not create and not marker.exists():
        raise DataDirError(
            f"数据目录“{path}”不存在或尚未初始化。请先运行 inspector init。",
            f"The data directory '{path}' does not exist or is not initialised. Run 'inspector init' first.",
        )
    try:
        path.mkdir(parents=True, exist_ok=True)
        (path / ATTACHMENTS).mkdir(exist_ok=True)
        if not marker.exists():
            atomic_write_text(marker, json.dumps({"app": APP_NAME, "layout": 1}, indent=2))
    except OSError as e:
        raise DataDirError(
            f"无法写入数据目录“{path}”：{e.strerror}",
            f"Cannot write to the data directory '{path}': {e.strerror}",
        ) from e
    return path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write via a temporary file, fsync, rename: a crash leaves the old file or the new one. A failed
    write (disk full, stick pulled, interrupted) removes the temporary file and re-raises."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):   # the medium may be gone; the first error is the one to report
            tmp.unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
