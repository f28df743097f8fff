"""No traceback reaches the user: an error dialog says what happened and where the log is."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector_app.core.errors import InspectorError

log = logging.getLogger("inspector.ui")
LOG_PATH: Path | None = None


def setup_logging(data_dir: Path) -> Path:
    global LOG_PATH
    LOG_PATH = Path(data_dir) / "inspector-gui.log"
    handler = logging.FileHandler(LOG_PATH, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return LOG_PATH


def show_error(exc: BaseException, parent=None) -> None:
    """Report an error to the user (tests replace this to record errors instead)."""
    error_dialog(exc, parent)


def error_dialog(exc: BaseException, parent=None) -> None:
    """Tell the user what happened. InspectorError carries its own message; anything else is
    logged with its traceback and reported with the log file's location."""
    if isinstance(exc, InspectorError):
        text = str(exc)
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        where = str(LOG_PATH) if LOG_PATH else QCoreApplication.translate("ErrorDialog", "（未配置日志文件）")
        text = QCoreApplication.translate("ErrorDialog", "发生了意外错误，操作没有完成。\n详细信息已写入日志：{}").format(where)
        text += "\n\n" + f"{type(exc).__name__}: {exc}"
    if QApplication.instance() is None:
        print(text, file=sys.stderr)
        return
    QMessageBox.warning(parent or QApplication.activeWindow(), QCoreApplication.translate("ErrorDialog", "出错了"), text)


def install_excepthook() -> None:
    def hook(etype, value, tb):
        log.error("uncaught: %s", "".join(traceback.format_exception(etype, value, tb)))
        show_error(value)
    sys.excepthook = hook
