"""Errors a user can act on. Each carries its message in Chinese and English."""

from __future__ import annotations

from inspector_app.core.i18n import pick


class InspectorError(Exception):
    """An error with a message for the user; never shown as a traceback."""

    exit_code = 1

    def __init__(self, zh: str, en: str):
        super().__init__(en)
        self.zh = zh
        self.en = en

    def __str__(self) -> str:
        return pick(self.zh, self.en)


class ValidationError(InspectorError):
    """Input that does not pass validation; `field` names what is wrong."""

    def __init__(self, zh: str, en: str, field: str | None = None):
        super().__init__(zh, en)
        self.field = field


class DataDirError(InspectorError):
    """The data directory cannot be used (not ours, newer schema, locked, full disk)."""

    exit_code = 2


class UnusableInput(InspectorError):
    """A file given by the user is not what it should be."""

    exit_code = 2


class InspectionNotCompleted(InspectorError):
    """A document was asked for an inspection that is still in progress or was abandoned."""

    def __init__(self, title_zh: str, doc_type: str, status: str):
        doc_type = doc_type.replace("_", " ")
        if status == "cancelled":
            super().__init__(f"该检查已放弃，不能出具{title_zh}。",
                             f"This inspection was abandoned; no {doc_type} can be drafted for it.")
        else:
            super().__init__(f"该检查尚未完成，不能出具{title_zh}：请先在“检查”页完成检查（登记隐患后点“完成检查”）。",
                             f"This inspection is not completed yet; complete it on the 检查 page (完成检查, after "
                             f"reviewing its hazards) before drafting the {doc_type}.")
