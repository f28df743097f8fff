"""Choose which hazards of an issued notice a 整改复查意见书 covers (those re-inspected today, say)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from inspector_app.ui import theme
from inspector_app.core.i18n import language
from inspector_app.core.ledger import STATE_EN, STATE_ZH
from inspector_app.ui import punctuation


class ChooseHazardsDialog(QDialog):
    """Hazards listed with their state; those awaiting re-inspection are ticked. `chosen()` gives the ids."""

    def __init__(self, hazards: list[dict], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("整改复查意见书：选择复查的隐患"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("勾选本次复查的隐患（已报告整改完成的已勾选）：")))
        self.list = QListWidget()
        self.list.setWordWrap(True)                                       # long descriptions wrap: no sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)     # scrolling to read a hazard
        for h in hazards:
            state = (STATE_EN if language() == "en" else STATE_ZH).get(h["state"], h["state"])
            item = QListWidgetItem(f"{h['number']}  {h['description']}" + punctuation.paren(state))
            item.setData(Qt.UserRole, h["id"])
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if h["state"] == "awaiting_reinspection" else Qt.Unchecked)
            if h["state"] == "closed":
                item.setFlags(item.flags() & ~Qt.ItemIsEnabled)
            self.list.addItem(item)
        lay.addWidget(self.list, 1)
        self.error = QLabel()
        self.error.setStyleSheet(theme.style("error"))
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("起草"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(640, 380)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]

    def _accept(self) -> None:
        if not self.chosen():
            self.error.setText(self.tr("请至少勾选一条隐患。"))
            return
        self.accept()
