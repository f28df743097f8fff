"""Dates are picked on a calendar (QDateEdit with its popup), never typed as free text.

`DateEdit` adds what the forms need: an "unset" state shown as a word (不限 for a filter, 未填 for a field not
filled yet), using Qt's own minimum date + special value text; and bounds (no deadline before today, no
completion after today) that are checked in place instead of being enforced by Qt's minimum, which silently
throws away what was typed: a date out of bounds stays in the field, marked, with a message saying why."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDateEdit

from inspector_app.ui import theme

UNSET = QDate(2000, 1, 1)   # Qt's minimum date, shown as the special value text; no real date here is earlier


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class DateEdit(QDateEdit):
    """A calendar date field. `unset_text` (e.g. 不限) allows no date; `not_before` / `not_after` (dates, or
    "today") bound it; `problem()` says in the user's language what is wrong, `iso()` gives the date or None."""

    problem_changed = Signal(str)

    def __init__(self, value: dt.date | str | None = None, *, unset_text: str | None = None,
                 not_before: dt.date | str | None = None, not_after: dt.date | str | None = None,
                 what: str = "", month_only: bool = False, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM" if month_only else "yyyy-MM-dd")
        self.setMinimumDate(UNSET)
        self.unset_text = unset_text
        if unset_text:
            self.setSpecialValueText(unset_text)
        self._not_before, self._not_after = not_before, not_after
        self.what = what or self.tr("日期")
        self.month_only = month_only
        self._problem = ""
        self.dateChanged.connect(lambda _d: self._check())
        self.set_iso(value.isoformat() if isinstance(value, dt.date) else value)
        fm = self.fontMetrics()
        self.setMinimumWidth(max(fm.horizontalAdvance(unset_text or ""), fm.horizontalAdvance("2026-12-30")) + 48)

    # -- value -------------------------------------------------------------------------------
    def is_unset(self) -> bool:
        return bool(self.unset_text) and self.date() == UNSET

    def iso(self) -> str | None:
        """The date as YYYY-MM-DD (YYYY-MM for a month), or None when unset."""
        if self.is_unset():
            return None
        return self.date().toString("yyyy-MM" if self.month_only else "yyyy-MM-dd")

    def set_iso(self, text: str | None) -> None:
        """Show a date (YYYY-MM-DD or YYYY-MM); None or "" unsets it (or shows today without an unset state)."""
        day = None
        if text:
            try:
                day = dt.date.fromisoformat(text + "-01" if len(text) == 7 else text)
            except ValueError:
                day = None
        if day is None:
            self.setDate(UNSET if self.unset_text else to_qdate(dt.date.today()))
        else:
            self.setDate(to_qdate(day))
        self._check()

    def clear(self) -> None:  # noqa: D102 - QDateEdit's clear() would leave an invalid text
        self.set_iso(None)

    # -- bounds ------------------------------------------------------------------------------
    @staticmethod
    def _bound(value: dt.date | str | None) -> dt.date | None:
        if value == "today":
            return dt.date.today()
        if value == "tomorrow":
            return dt.date.today() + dt.timedelta(days=1)
        return value if isinstance(value, dt.date) else None

    def set_bounds(self, not_before: dt.date | str | None = None, not_after: dt.date | str | None = None) -> None:
        self._not_before, self._not_after = not_before, not_after
        self._check()

    def problem(self) -> str:
        """Why the chosen date cannot be used ("" when it can, or when unset)."""
        return self._problem

    def _check(self) -> None:
        problem = ""
        if not self.is_unset():
            day, low, high = to_date(self.date()), self._bound(self._not_before), self._bound(self._not_after)
            today = dt.date.today()
            if self.month_only:       # whole months: the day picked on the calendar does not count
                day, low, high = (d.replace(day=1) if d else None for d in (day, low, high))
                if low is not None and day < low:
                    problem = self.tr("%1不能早于 %2").replace("%1", self.what).replace("%2", low.isoformat()[:7])
                elif high is not None and day > high:
                    problem = self.tr("%1不能晚于 %2").replace("%1", self.what).replace("%2", high.isoformat()[:7])
            elif low is not None and day < low:
                problem = (self.tr("%1不能早于今天（%2）") if low == today else
                           self.tr("%1须在今天以后") if low == today + dt.timedelta(days=1) else
                           self.tr("%1不能早于 %2")).replace("%1", self.what).replace("%2", low.isoformat())
            elif high is not None and day > high:
                problem = (self.tr("%1不能晚于今天（%2）") if high == today else
                           self.tr("%1不能晚于 %2")).replace("%1", self.what).replace("%2", high.isoformat())
        if problem != self._problem:
            self._problem = problem
            self.setStyleSheet(f"QDateEdit {{ border: 2px solid {theme.name('error')}; }}" if problem else "")
            self.setToolTip(problem)
            self.problem_changed.emit(problem)

    # -- an unset field's calendar opens at today, not in the year 2000 -----------------------
    def _calendar_to_today(self) -> None:
        if self.is_unset() and self.calendarWidget() is not None:
            today = dt.date.today()
            self.calendarWidget().setCurrentPage(today.year, today.month)

    def mousePressEvent(self, event):  # noqa: N802
        super().mousePressEvent(event)
        self._calendar_to_today()

    def keyPressEvent(self, event):  # noqa: N802
        if self.unset_text and event.key() in (Qt.Key_Delete, Qt.Key_Backspace) and (
                self.is_unset() or self.lineEdit().selectedText() == self.lineEdit().text()):
            self.set_iso(None)        # Delete empties a field that may be empty (a filter: 不限)
            return
        if self.is_unset() and event.text().isdigit():
            self.setDate(to_qdate(dt.date.today()))   # typing starts from today, not from the unset marker
            self.setSelectedSection(QDateEdit.YearSection)
        super().keyPressEvent(event)
        if event.key() == Qt.Key_F4 or (event.key() == Qt.Key_Down and event.modifiers() & Qt.AltModifier):
            self._calendar_to_today()


def ask_month(parent, title: str, label: str, default: str, **bounds) -> str | None:
    """A small dialog with a month picker; YYYY-MM, or None when cancelled. A month out of bounds is explained
    in the dialog and the dialog stays open with the month as chosen."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel

    dlg = QDialog(parent)
    dlg.setWindowTitle(title)
    form = QFormLayout(dlg)
    month = DateEdit(default, month_only=True, what=QCoreApplication.translate("DateEdit", "月份"), **bounds)
    error = QLabel()
    error.setStyleSheet(theme.style("error"))
    month.problem_changed.connect(error.setText)
    form.addRow(label, month)
    form.addRow(error)
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.accepted.connect(lambda: error.setText(month.problem()) if month.problem() else dlg.accept())
    buttons.rejected.connect(dlg.reject)
    form.addRow(buttons)
    return month.iso() if dlg.exec() == QDialog.Accepted else None
