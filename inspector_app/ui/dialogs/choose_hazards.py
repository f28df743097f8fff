"""Choose which hazards of an issued notice a 整改复查意见书 covers (those re-inspected today, say)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from inspector_app.ui import theme
from inspector_app.core.i18n import language
from inspector_app.core.ledger import STATE_EN, STATE_ZH
from inspector_app.ui import punctuation


class ChooseHazardsDialog(QDialog):
    """The notice's hazards (`Documents.reinspection_candidates`) with their state. Ticked: a result recorded
    in 隐患处理 that no opinion carries yet, or awaiting re-inspection; greyed: closed with nothing pending.
    `chosen()` gives the ids."""

    def __init__(self, hazards: list[dict], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("整改复查意见书：选择复查的隐患"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("勾选本次复查的隐患（已记录复查结果或已报告整改完成的已勾选）：")))
        self.list = QListWidget()
        self.list.setWordWrap(True)                                       # long descriptions wrap: no sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)     # scrolling to read a hazard
        for h in hazards:
            state = (STATE_EN if language() == "en" else STATE_ZH).get(h["state"], h["state"])
            if h.get("pending"):
                state += punctuation.gap() + self.tr("已记录复查结果，待出具意见书")
            item = QListWidgetItem(f"{h['number']}  {h['description']}" + punctuation.paren(state))
            item.setData(Qt.UserRole, h["id"])
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            ticked = h.get("pending") or h["state"] == "awaiting_reinspection"
            item.setCheckState(Qt.Checked if ticked else Qt.Unchecked)
            if not h.get("choosable", h["state"] != "closed"):
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
