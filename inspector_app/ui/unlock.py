"""Asking for a key's password once per session: the unlocked key then stays in memory (never on disk).

`with_unlocked(parent, keys, work)` returns `work` wrapped so that `keys` (the signing key or the sync keys)
is unlocked first, on the worker thread (Argon2id takes a moment); None when the user cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from inspector_app.core import keystore


def with_unlocked(parent: QWidget, keys: Any, work: Callable[[], Any],
                  work_with_password: Callable[[str], Any] | None = None) -> Callable[[], Any] | None:
    """`work_with_password`, when given, is run instead of unlocking first and then `work`: it takes the
    password and unlocks when it needs the key (issuing opens the key while it lays out the document)."""
    needs = keys.needs_password() if hasattr(keys, "needs_password") else True
    if keys.is_unlocked() or not needs or keystore.has_password():
        return work
    district = getattr(keys, "district", False)
    if type(keys).__name__ == "Keys":
        prompt = QCoreApplication.translate("Unlock", "签章密码：")
    elif district:
        prompt = QCoreApplication.translate("Unlock", "区局密码（用于证书颁发机构与同步密钥）：")
    else:
        prompt = QCoreApplication.translate("Unlock", "同步密钥密码（即签章密码）：")
    password, ok = QInputDialog.getText(parent, QCoreApplication.translate("Unlock", "解锁密钥"), prompt, QLineEdit.Password)
    if not ok or not password:
        return None

    def unlocked_work():
        if work_with_password is not None:
            return work_with_password(password)
        keys.unlock(password)
        return work()
    return unlocked_work
