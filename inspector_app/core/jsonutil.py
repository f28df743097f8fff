"""Canonical JSON, used wherever bytes are hashed or signed."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def loads_or(value: str | None, default: Any) -> Any:
    if not value:
        return default
    return json.loads(value)
