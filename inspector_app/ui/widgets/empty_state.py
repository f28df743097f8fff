"""What to do when a list or table is empty: a hint drawn over the view's empty viewport (never a fake row that
can be selected or exported), with an optional link that does it (清除筛选, 开始检查, ...). One widget for every
list page; it shows and hides itself as the view's model gains or loses rows."""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from inspector_app.ui import theme


class EmptyHint(QLabel):
    """`EmptyHint(view, text, link_text, on_link)`; `set_hint()` changes what it says (e.g. no data at all vs.
    nothing matching the filters)."""

    def __init__(self, view: QAbstractItemView, text: str = "", link_text: str | None = None,
                 on_link: Callable[[], None] | None = None):
        super().__init__(view.viewport())
        self.view = view
        self.setObjectName("emptyHint")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignCenter)
        self.setTextFormat(Qt.RichText)
        self.setMargin(24)
        self.setStyleSheet(theme.style("muted") + " font-size: 12pt;")
        self.linkActivated.connect(lambda _href: self._on_link() if self._on_link else None)
        self._on_link: Callable[[], None] | None = None
        self._model = None
        view.viewport().installEventFilter(self)
        self.set_hint(text, link_text, on_link)

    def set_hint(self, text: str, link_text: str | None = None, on_link: Callable[[], None] | None = None) -> None:
        self.plain = text + (" — " + link_text if link_text else "")   # what it says, for tests and accessibility
        self._on_link = on_link
        body = html.escape(text).replace("\n", "<br>")
        if link_text:
            body += f" — <a href='#' style='color:{theme.link().name()}'>{html.escape(link_text)}</a>"
        self.setText(body)
        self.setAccessibleName(self.plain)
        self.refresh()

    def _watch_model(self) -> None:
        model = self.view.model()
        if model is self._model or model is None:
            return
        self._model = model
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.refresh)

    def is_empty(self) -> bool:
        model = self.view.model()
        return model is None or model.rowCount() == 0

    def refresh(self, *_args) -> None:
        self._watch_model()
        self.setGeometry(self.view.viewport().rect())
        self.setVisible(bool(self.plain) and self.is_empty())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False
