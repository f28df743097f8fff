"""Unified social credit code (统一社会信用代码) per GB 32100-2015."""

from __future__ import annotations

from inspector_app.core.errors import ValidationError

# The 31 characters of the code set: digits and capital letters without I, O, Z, S, V.
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
# First character: registration authority; second: kind of entity within it.
_AUTHORITIES = set("123456789ANY")


def check_char(first17: str) -> str:
    """The check character for the first 17 characters."""
    total = sum(_VALUE[c] * w for c, w in zip(first17, WEIGHTS))
    return ALPHABET[(31 - total % 31) % 31]


def normalise(code: str) -> str:
    return code.strip().upper().replace(" ", "")


def problem(code: str) -> tuple[str, str] | None:
    """Why `code` is not a valid USCC, as (zh, en), or None when it is valid."""
    code = normalise(code)
    if len(code) != 18:
        return (
            f"统一社会信用代码应为18位，当前为{len(code)}位",
            f"A unified social credit code has 18 characters, this one has {len(code)}",
        )
    bad = [c for c in code if c not in _VALUE]
    if bad:
        return (
            f"统一社会信用代码含有无效字符“{bad[0]}”（不使用I、O、Z、S、V）",
            f"Invalid character '{bad[0]}' in the credit code (I, O, Z, S, V are not used)",
        )
    if code[0] not in _AUTHORITIES:
        return (
            f"登记管理部门代码“{code[0]}”无效",
            f"Unknown registration authority code '{code[0]}'",
        )
    if not code[2:8].isdigit():
        return ("第3至8位应为行政区划代码（数字）", "Characters 3-8 must be a numeric area code")
    expected = check_char(code[:17])
    if code[17] != expected:
        return (
            f"校验位错误：最后一位应为“{expected}”，实为“{code[17]}”，请核对代码",
            f"Wrong check character: the last character should be '{expected}', not '{code[17]}'",
        )
    return None


def is_valid(code: str) -> bool:
    return problem(code) is None


def validate(code: str, field: str = "uscc") -> str:
    """Return the normalised code or raise ValidationError with a clear message."""
    why = problem(code)
    if why:
        raise ValidationError(why[0], why[1], field=field)
    return normalise(code)


def make(first17: str) -> str:
    """Complete 17 characters with their check character (used by demo data and tests)."""
    return first17 + check_char(first17)
