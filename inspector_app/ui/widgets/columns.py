"""Table columns sized by what they hold, and cells cut short by their column showing the whole text as tooltip.

`fit_width(view, header, samples, cap)` is the width of a column: its header (with room for the sort arrow) or
the widest sample text, at most `cap` pixels. `ElidedTooltips` is an item delegate: a cell whose text does not
fit its column (drawn with "…") shows the full text when the mouse rests on it; a cell that fits shows nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

PAD = 18           # cell margins and the grid line
SORT_ARROW = 16    # the header's sort indicator


def fit_width(view: QAbstractItemView, header: str, samples=(), cap: int | None = None) -> int:
    """Pixels for a column showing `header` and texts like `samples` in `view`'s fonts."""
    head = view.horizontalHeader().fontMetrics() if hasattr(view, "horizontalHeader") else view.fontMetrics()
    cell = view.fontMetrics()
    width = max([head.horizontalAdvance(header) + SORT_ARROW] + [cell.horizontalAdvance(str(s)) for s in samples]) + PAD
    return min(width, cap) if cap else width


def cell_widget_width(widget) -> int:
    """Pixels for a column holding `widget` (a combo or a date field placed in a cell): what it needs, never less
    than its minimum width, so that its arrow is not cut by the next column."""
    return max(widget.sizeHint().width(), widget.minimumSizeHint().width(), widget.minimumWidth()) + 4


def fit_columns(view: QAbstractItemView, widths: dict[int, int]) -> None:
    for column, width in widths.items():
        view.setColumnWidth(column, width)


class ElidedTooltips(QStyledItemDelegate):
    """Tooltips with the full text for cells whose text is elided; a cell's own tooltip (ToolTipRole) wins."""

    def elided_text(self, option: QStyleOptionViewItem, index) -> str | None:
        """The cell's full text when it does not fit the cell's rectangle, else None."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        if not text:
            return None
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget).width()
        else:
            room = opt.rect.width()
        needed = max(opt.fontMetrics.horizontalAdvance(line) for line in text.splitlines() or [text])
        return text if needed + 6 > room else None    # +6: the text margins inside the cell

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 - Qt API
        if event is None or event.type() != QEvent.Type.ToolTip or index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        text = self.elided_text(option, index)
        if text:
            QToolTip.showText(event.globalPos(), text, view)
        else:
            QToolTip.hideText()
        return True
