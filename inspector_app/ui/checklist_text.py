"""An item's guidance and measure as the interface shows them: English in the English interface where the checklist
has it, for an older version the current version's English of the same Chinese text, else the Chinese with a note
that its version has no English (the rule: core/checklists/english.py, `col.checklists.item_text`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspector_app.core.i18n import language


def item_text(col, cl, item, field: str) -> str:
    """'guidance' or 'measure' of `item` (of checklist version `cl`) for this interface's language."""
    shown = col.checklists.item_text(cl, item, field, language())
    if shown.untranslated:
        note = QCoreApplication.translate("ChecklistText", "（检查表 {0} 版无英文）").format(shown.version)
        return f"{note} {shown.text}"
    return shown.text
