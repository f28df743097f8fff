"""A notice shown while opening a data directory upgrades its database (seconds on a district's years)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSplashScreen

from inspector_app.core import datadir
from inspector_app.core.store import upgrade_pending


def upgrade_notice(data_dir: Path | None) -> QSplashScreen | None:
    """If opening `data_dir` will upgrade its database, show and return a notice saying so (close it
    once the collection is open); otherwise None, at the cost of one read-only look at the schema."""
    folder = Path(data_dir) if data_dir else datadir.default_data_dir()
    if not upgrade_pending(folder / datadir.DB_NAME):
        return None
    palette = QApplication.palette()
    pixmap = QPixmap(520, 120)
    pixmap.fill(palette.window().color())
    painter = QPainter(pixmap)
    painter.setPen(palette.mid().color())
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)   # a frameless window needs an edge
    painter.end()
    splash = QSplashScreen(pixmap)
    splash.showMessage(
        QCoreApplication.translate(
            "UpgradeNotice", "安全生产检查\n\n正在升级数据库以适配新版本……\n数据较多时需要几秒钟，请勿关闭。"),
        Qt.AlignmentFlag.AlignCenter, palette.windowText().color())
    splash.show()
    QApplication.processEvents()
    return splash
