"""Judging an item's readings (docs/checklist-format.md, "Readings at several positions").

An answer's `readings` is JSON. Without positions it maps reading keys to values (`{"o2": 20.9}`); an item
with positions stores one such map per position (`{"upper": {"o2": 20.9, ...}, "lower": {...}}`). Answers
written before positions existed (one value per gas) stay readable: flat values form one set without a
position. Every set is judged on its own: a limit that depends on another reading (`max_when`, `min_when`)
looks at that reading in the same set, i.e. at the same position. A value outside a reading's `range` is a
typing error (like text that is not a number): refused, never judged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from inspector_app.core.checklists.model import Item, Position, Reading
from inspector_app.core.errors import ValidationError


@dataclass(frozen=True)
class ReadingSet:
    """The values taken at one position (`position` None: an item without positions, or an old answer)."""
    position: Position | None
    values: dict[str, Any]

    def label(self, lang: str = "zh_CN") -> str:
        if self.position is None:
            return ""
        return (self.position.label_en or self.position.label_zh) if lang.startswith("en") else self.position.label_zh


@dataclass(frozen=True)
class Cell:
    """One entered value judged: `state` is 'ok', 'out' (outside its limits), 'nan' (not a number) or 'range'
    (outside the range that can be typed: a typing error, not a finding)."""
    position: Position | None
    reading: Reading
    value: float | str
    state: str
    siblings: tuple[Reading, ...] = ()     # the item's readings, which a conditional limit names
    numbers: dict[str, float] = field(default_factory=dict)   # the numbers entered at the same position

    @property
    def invalid(self) -> bool:
        """Not something that can be saved and judged: not a number, or outside the reading's range."""
        return self.state in ("nan", "range")

    def requirement(self, lang: str = "zh_CN") -> str:
        """'要求 ≤7 ppm', or for a limit chosen by another reading '坠落高度 1 m 时要求 ≥0.9 m' (model.Reading)."""
        return self.reading.requirement(self.numbers, lang, self.siblings)

    def text(self) -> str:
        """'下部 硫化氢 15 ppm（要求 ≤7 ppm）', '栏杆高度 0.85 m（坠落高度 1 m 时要求 ≥0.9 m）', as printed in a finding."""
        where = f"{self.position.label_zh} " if self.position else ""
        value = f"{self.value:g}" if isinstance(self.value, float) else str(self.value)
        unit = f" {self.reading.unit}" if self.reading.unit else ""
        return f"{where}{self.reading.label_zh} {value}{unit}（{self.requirement()}）"


def number(value: Any) -> float | None:
    """A typed value as a number (a Chinese or European decimal comma accepted); None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).strip().replace("，", ".").replace(",", "."))
    except ValueError:
        return None


def reading_sets(item: Item, readings: dict[str, Any] | None) -> list[ReadingSet]:
    """The answer's values grouped by position: the item's positions in order (an empty set for a position
    not measured yet) when the answer is per position; else one set of flat values."""
    readings = readings or {}
    flat = {k: v for k, v in readings.items() if not isinstance(v, dict)}
    nested = {k: v for k, v in readings.items() if isinstance(v, dict)}
    out: list[ReadingSet] = []
    if flat or not (item.positions or nested):
        out.append(ReadingSet(None, flat))
    if item.positions and (nested or not flat):
        out += [ReadingSet(p, dict(nested.get(p.key) or {})) for p in item.positions]
    declared = {p.key for p in item.positions}
    out += [ReadingSet(Position(k, k, k), dict(v)) for k, v in nested.items() if k not in declared]
    return out


def _numbers(item: Item, values: dict[str, Any]) -> dict[str, float]:
    """The values that are numbers within their reading's range."""
    ranges = {r.key: r for r in item.readings}
    return {k: n for k, v in values.items() if v not in (None, "") and (n := number(v)) is not None
            and (k not in ranges or ranges[k].accepts(n))}


def cells(item: Item, readings: dict[str, Any] | None) -> list[Cell]:
    """Every entered value, in the item's order (position by position), judged against its limits."""
    out: list[Cell] = []
    siblings = tuple(item.readings)
    for s in reading_sets(item, readings):
        numbers = _numbers(item, s.values)
        for r in item.readings:
            raw = s.values.get(r.key)
            if raw is None or raw == "":
                continue
            n = number(raw)
            if n is None:
                out.append(Cell(s.position, r, str(raw), "nan", siblings, numbers))
            elif not r.accepts(n):
                out.append(Cell(s.position, r, n, "range", siblings, numbers))
            else:
                out.append(Cell(s.position, r, n, "ok" if r.within(n, numbers) else "out", siblings, numbers))
    return out


def check_numbers(item: Item, readings: dict[str, Any] | None) -> None:
    """Raise a ValidationError naming the first value that is not a number, or not within its reading's range."""
    for c in cells(item, readings):
        if not c.invalid:
            continue
        where = f"{c.position.label_zh}" if c.position else ""
        where_en = f"{c.position.label_en or c.position.key} " if c.position else ""
        if c.state == "nan":
            raise ValidationError(f"读数“{where}{c.reading.label_zh}”不是数字：{c.value}",
                                  f"Reading '{where_en}{c.reading.label('en')}' is not a number: {c.value}", field=c.reading.key)
        raise ValidationError(f"读数“{where}{c.reading.label_zh}”{c.value:g} 超出可填写的范围 {c.reading.range_text()}",
                              f"Reading '{where_en}{c.reading.label('en')}' {c.value:g} is outside the range that can be "
                              f"entered, {c.reading.range_text('en')}", field=c.reading.key)


def complete(item: Item, readings: dict[str, Any] | None) -> bool:
    """Every reading entered at every position (as a number)."""
    return all(all(r.key in _numbers(item, s.values) for r in item.readings) for s in reading_sets(item, readings))


def evaluate(item: Item, result: str | None, readings: dict[str, Any] | None) -> str | None:
    """The item's result: any value outside its limits (at any position) fails it; every reading within its
    limits at every position makes it comply; otherwise the inspector's own result stands."""
    if not item.readings or result == "not_applicable" and not readings:
        return result
    check_numbers(item, readings)
    judged = cells(item, readings)
    if any(c.state == "out" for c in judged):
        return "fails"
    if complete(item, readings):
        return "complies"
    return result


def out_of_limits(item: Item, readings: dict[str, Any] | None) -> list[str]:
    """Readable lines for the values outside their limits, naming the position: '下部 硫化氢 15 ppm（要求 ≤7 ppm）'."""
    check_numbers(item, readings)
    return [c.text() for c in cells(item, readings) if c.state == "out"]


def printed(item: Item, readings: dict[str, Any] | None) -> dict[str, Any] | None:
    """The readings as the 现场检查记录 prints them: one column per reading (label, unit, limits), one row per
    position (or one row for an item without positions / an old answer), each value with its judgement.
    None when nothing was entered."""
    sets = [s for s in reading_sets(item, readings) if any(v not in (None, "") for v in s.values.values())]
    if not sets:
        return None
    judged = {(c.position.key if c.position else "", c.reading.key): c for c in cells(item, readings)}
    rows = []
    for s in reading_sets(item, readings):
        if s.position is None and s not in sets:
            continue
        pos = s.position.key if s.position else ""
        row = []
        for r in item.readings:
            c = judged.get((pos, r.key))
            value = "" if c is None else (f"{c.value:g}" if isinstance(c.value, float) else str(c.value))
            row.append({"value": value, "out": c is not None and c.state != "ok"})
        rows.append({"position": s.label(), "cells": row})
    return {"columns": [{"label": r.label_zh, "unit": r.unit, "limits": r.limits_text("zh_CN", item.readings) or r.unit}
                        for r in item.readings],
            "rows": rows}
