"""Reasons sync stores beside held data (quarantined bundles, received rows waiting to be applied).

A reason is stored as a code (`QUARANTINE`, `PENDING`) or, for a message with details, as JSON with both
languages (`both()`); `texts()` gives (zh, en) and `text()` the one for the user's language, also for the
English sentences earlier versions stored.
"""

from __future__ import annotations

import json

from inspector_app.core.i18n import pick

QUARANTINE = {
    "revoked": ("发送设备已被吊销", "device revoked"),
    "pending": ("发送设备尚未获批准", "device awaiting approval"),
    "unknown": ("发送设备未登记", "unknown device"),
    "unknown_unenrolled": ("发送设备未登记，且未附有效的入网申请", "unknown device, no valid enrollment"),
}
PENDING = {
    "waiting_parent": ("等待其所属记录送达", "waiting for the row's creation"),
}
_CODES = {**QUARANTINE, **PENDING}
_FROM_ENGLISH = {en: (zh, en) for zh, en in _CODES.values()}
_PREFIXES = (("rejected after approval: ", "批准后仍被拒绝："),)


def both(zh: str, en: str, limit: int = 240) -> str:
    """A reason with details, stored in both languages."""
    return json.dumps({"zh": zh[:limit], "en": en[:limit]}, ensure_ascii=False)


def texts(stored: str | None) -> tuple[str, str]:
    """(zh, en) of a stored reason; an unknown text is shown as it is in both."""
    value = stored or ""
    if value in _CODES:
        return _CODES[value]
    if value in _FROM_ENGLISH:
        return _FROM_ENGLISH[value]
    if value.startswith("{"):
        try:
            d = json.loads(value)
            return str(d["zh"]), str(d["en"])
        except (ValueError, KeyError, TypeError):
            pass
    for en, zh in _PREFIXES:
        if value.startswith(en):
            return zh + value[len(en):], value
    return value, value


def text(stored: str | None) -> str:
    """A stored reason in the user's language."""
    return pick(*texts(stored))


def localise(rows: list[dict], field: str = "reason") -> list[dict]:
    """Rows with `field` in the user's language and `<field>_zh` / `<field>_en` beside it."""
    for r in rows:
        zh, en = texts(r.get(field))
        r.update({field: pick(zh, en), f"{field}_zh": zh, f"{field}_en": en})
    return rows
