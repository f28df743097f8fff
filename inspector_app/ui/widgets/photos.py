"""Photo strip: thumbnails of stored attachments, add by file picker or drag-and-drop, open large."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)


class PhotoStrip(QWidget):
    files_dropped = Signal(list)   # local file paths to import

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.IconMode)
        self.list.setIconSize(QSize(96, 96))
        self.list.setFixedHeight(120)
        self.list.setFlow(QListWidget.LeftToRight)
        self.list.setWrapping(False)
        self.list.setToolTip(self.tr("把照片拖到这里；双击放大"))
        self.list.itemDoubleClicked.connect(self.open_large)
        self.add_btn = QPushButton(self.tr("添加照片…"))
        self.add_btn.setMinimumHeight(40)
        self.add_btn.clicked.connect(self.pick)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.add_btn)
        self.col = None

    def set_photos(self, col, hashes: list[str]) -> None:
        from PySide6.QtGui import QIcon
        self.col = col
        self.list.clear()
        for h in hashes:
            pix = QPixmap(str(col.attachments.path(h)))
            item = QListWidgetItem(QIcon(pix.scaled(96, 96, Qt.KeepAspectRatio, Qt.SmoothTransformation)), "")
            item.setData(Qt.UserRole, h)
            self.list.addItem(item)

    def pick(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择照片"), "",
                                                self.tr("图片 (*.jpg *.jpeg *.png *.heic *.bmp)"))
        if paths:
            self.files_dropped.emit(paths)

    def dragEnterEvent(self, event):  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.files_dropped.emit(paths)
            event.acceptProposedAction()

    def open_large(self, item) -> None:
        if not self.col:
            return
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("照片"))
        lay = QVBoxLayout(dlg)
        area = QScrollArea()
        label = QLabel()
        sha = item.data(Qt.UserRole)
        pix = QPixmap(str(self.col.attachments.path(sha)))
        label.setPixmap(pix.scaled(1100, 700, Qt.KeepAspectRatio, Qt.SmoothTransformation))
        area.setWidget(label)
        lay.addWidget(area)
        # Location evidence: when and where the photo was taken (EXIF capture time and GPS)
        self.evidence = QLabel(self.col.attachments.evidence(sha)["text"] or self.tr("照片中没有拍摄时间和位置信息"))
        self.evidence.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.evidence)
        dlg.resize(1150, 760)
        dlg.exec()
