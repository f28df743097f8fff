"""Errors for checklist files: each names the file, the line where known, and what is wrong."""

from __future__ import annotations

from inspector_app.core.errors import InspectorError, UnusableInput


class ChecklistError(UnusableInput):
    """A checklist definition that cannot be used. `file` and `line` (1-based or None) locate it."""

    def __init__(self, file: str, line: int | None, zh: str, en: str):
        where_zh = f"{file}" + (f" 第 {line} 行" if line else "")
        where_en = f"{file}" + (f", line {line}" if line else "")
        super().__init__(f"检查表 {where_zh}：{zh}", f"checklist {where_en}: {en}")
        self.file = file
        self.line = line
        self.what_zh = zh
        self.what_en = en


class ChecklistSyntaxError(ChecklistError):
    """The file is not valid TOML (or not UTF-8)."""


class ChecklistSchemaError(ChecklistError):
    """A field is missing, has the wrong type or an unknown value, or refers to something unknown."""


class ChecklistsNotLoaded(UnusableInput):
    """Loading all checklists failed; lists every broken file so the app never starts half-loaded."""

    def __init__(self, errors: list[ChecklistError]):
        zh = "检查表有错误，无法加载：\n" + "\n".join(e.zh for e in errors)
        en = "checklists have errors and were not loaded:\n" + "\n".join(e.en for e in errors)
        super().__init__(zh, en)
        self.errors = errors


class ShippedChecklistsMissing(InspectorError):
    """The checklists that come with the program are not where they should be: an incomplete installation
    (a package built without its data), never something the user did."""

    exit_code = 2

    def __init__(self, folder: str):
        super().__init__(f"安装不完整：找不到随程序提供的检查表（{folder}）。请重新安装本程序。",
                         f"Incomplete installation: the checklists that come with the program are missing ({folder}). "
                         "Please reinstall the program.")
