"""Photo strip: thumbnails of stored attachments, add by file picker (opening on a camera card or in
Pictures) or drag-and-drop, open large, remove a wrongly attached photo (when the owner allows it)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from inspector_app.ui.widgets.dialog_size import resize_within_screen, room


THUMB = 128


class PhotoStrip(QWidget):
    files_dropped = Signal(list)   # local file paths to import
    photo_removed = Signal(str)    # sha256 of a photo the user took off (only when `removable`)

    def __init__(self, parent=None, *, removable: bool = False):
        super().__init__(parent)
        self.removable = removable
        self.setAcceptDrops(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setFixedHeight(THUMB + 24)
        self.list.setFlow(QListWidget.LeftToRight)
        self.list.setWrapping(False)
        self.list.setToolTip(self.tr("把照片拖到这里；双击放大") +
                             (self.tr("；选中后按 Delete 移除") if removable else ""))
        self.list.itemActivated.connect(self.open_large)
        self.add_btn = QPushButton(self.tr("添加照片…"))
        self.add_btn.setMinimumHeight(40)
        self.add_btn.clicked.connect(self.pick)
        self.remove_btn = QPushButton(self.tr("移除照片"))
        self.remove_btn.clicked.connect(self.remove_selected)
        if not removable:   # never show() it here: without a parent yet it would flash up as its own window
            self.remove_btn.hide()
        self.remove_btn.setEnabled(False)
        self.list.currentItemChanged.connect(lambda cur, _prev: self.remove_btn.setEnabled(cur is not None))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_btn)
        buttons.addWidget(self.remove_btn)
        buttons.addStretch()
        lay.addWidget(self.list, 1, Qt.AlignTop)         # beside its buttons, not centred in a tall row
        lay.addLayout(buttons)
        if removable:
            QShortcut(QKeySequence.Delete, self.list, activated=self.remove_selected,
                      context=Qt.WidgetShortcut)
        self.col = None

    def set_photos(self, col, hashes: list[str]) -> None:
        from PySide6.QtGui import QIcon
        self.col = col
        self.list.clear()
        for h in hashes:
            pix = QPixmap(str(col.attachments.path(h)))
            item = QListWidgetItem(QIcon(pix.scaled(THUMB, THUMB, Qt.KeepAspectRatio, Qt.SmoothTransformation)), "")
            item.setData(Qt.UserRole, h)
            self.list.addItem(item)

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if not self.removable or item is None:
            return
        if QMessageBox.question(self, self.tr("移除照片"), self.tr("从本项移除这张照片？")) != QMessageBox.Yes:
            return
        self.photo_removed.emit(item.data(Qt.UserRole))

    def pick(self) -> None:
        from pathlib import Path

        from PySide6.QtCore import QStandardPaths

        from inspector_app.core.photo_sources import start_folder
        from inspector_app.ui import preferences as prefs
        store = prefs.preferences()
        folder = start_folder(str(store.value("photos/folder", "") or ""),
                              QStandardPaths.writableLocation(QStandardPaths.PicturesLocation))
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择照片"), folder,
                                                self.tr("图片 (*.jpg *.jpeg *.png *.heic *.bmp)"))
        if paths:
            store.setValue("photos/folder", str(Path(paths[0]).parent))
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
        if self.col:
            self.photo_dialog(item.data(Qt.UserRole)).exec()

    def photo_dialog(self, sha: str) -> QDialog:
        """The photo as large as the screen allows, with when and where it was taken."""
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("照片"))
        lay = QVBoxLayout(dlg)
        area = QScrollArea()
        label = QLabel()
        pix = QPixmap(str(self.col.attachments.path(sha)))
        # As large as the screen allows (a 1366×768 laptop), the whole photo visible, evidence line below.
        width, height = room(self)
        label.setPixmap(pix.scaled(min(1100, width - 50), min(700, height - 90), Qt.KeepAspectRatio,
                                   Qt.SmoothTransformation))
        area.setWidget(label)
        area.setAlignment(Qt.AlignCenter)
        lay.addWidget(area)
        # Location evidence: when and where the photo was taken (EXIF capture time and GPS)
        self.evidence = QLabel(self.col.attachments.evidence(sha)["text"] or self.tr("照片中没有拍摄时间和位置信息"))
        self.evidence.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.evidence.setWordWrap(True)
        lay.addWidget(self.evidence)
        resize_within_screen(dlg, label.pixmap().width() + 30, label.pixmap().height() + 70)
        return dlg
