"""Notices shown before the main window while starting takes seconds: a database being upgraded (a district's
years of data), demo data being made (`inspector --demo`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSplashScreen

from inspector_app.core import datadir
from inspector_app.core.store import upgrade_pending


def start_notice(message: str) -> QSplashScreen:
    """A small frameless window in the palette's colours saying `message`; close it when the work is done."""
    palette = QApplication.palette()
    pixmap = QPixmap(520, 120)
    pixmap.fill(palette.window().color())
    painter = QPainter(pixmap)
    painter.setPen(palette.mid().color())
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)   # a frameless window needs an edge
    painter.end()
    splash = QSplashScreen(pixmap)
    splash.showMessage(message, Qt.AlignmentFlag.AlignCenter, palette.windowText().color())
    splash.show()
    QApplication.processEvents()
    return splash


def upgrade_notice(data_dir: Path | None) -> QSplashScreen | None:
    """If opening `data_dir` will upgrade its database, show and return a notice saying so (close it
    once the collection is open); otherwise None, at the cost of one read-only look at the schema."""
    folder = Path(data_dir) if data_dir else datadir.default_data_dir()
    if not upgrade_pending(folder / datadir.DB_NAME):
        return None
    return start_notice(QCoreApplication.translate(
        "StartNotice", "安全生产检查\n\n正在升级数据库以适配新版本……\n数据较多时需要几秒钟，请勿关闭。"))


def demo_notice() -> QSplashScreen:
    """Shown while `inspector --demo` makes the demo data and signs its documents."""
    return start_notice(QCoreApplication.translate(
        "StartNotice", "安全生产检查\n\n正在生成演示数据并签发演示文书……\n约需 5～10 秒。"))
