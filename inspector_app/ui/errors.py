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


_FAULTS = None


def setup_logging(log_dir: Path | None = None) -> Path:
    """A rotating log (1 MB × 5) in `log_dir` (default: the platform's user log directory), native
    crash traces (faulthandler) beside it in faults.log, and Qt's own warnings routed into the log."""
    global LOG_PATH, _FAULTS
    import faulthandler

    from inspector_app.core import logs
    folder = Path(log_dir) if log_dir else logs.log_dir()
    LOG_PATH = logs.setup("inspector-gui", folder)
    try:
        previous, _FAULTS = _FAULTS, open(folder / "faults.log", "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(_FAULTS)   # kept open: written when the process crashes
        if previous is not None:
            previous.close()
    except OSError:
        log.warning("faulthandler not enabled")
    install_qt_message_handler()
    return LOG_PATH


def install_qt_message_handler() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    qt_log = logging.getLogger("inspector.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind, context, message):
        qt_log.log(levels.get(kind, logging.WARNING), "%s (%s:%s)", message, context.file, context.line)

    qInstallMessageHandler(handler)


def diagnostics(col=None) -> str:
    """Plain-text facts a maintainer needs (About → 复制诊断信息)."""
    import PySide6

    from inspector_app.core.logs import diagnostics as core_facts
    return "\n".join(core_facts(col, log_path=LOG_PATH) + [f"PySide6 {PySide6.__version__}"])


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
