"""Reading and validating checklist files (TOML, schema in docs/checklist-format.md).

`parse(data, origin)` turns the file's bytes into a `Checklist` or raises a `ChecklistError`
naming the file, the line (from the TOML parser, or found by scanning the text for the offending
key) and what is wrong, in Chinese and English.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from inspector_app.core.checklists.errors import ChecklistSchemaError, ChecklistSyntaxError
from inspector_app.core.checklists.model import (
    ANSWER_TYPES, HANDLINGS, HAZARD_CATEGORIES, KNOWN_POSITIONS, Checklist, Fact, Group, Item, LegalBasis,
    MajorRule, Position, Reading, ReadingLimitWhen, ReadingMinWhen,
)

FORMAT = 4               # the newest format this program reads; it also reads 1 to 3 (older stored versions)
FORMATS = (1, 2, 3, 4)   # 3 = 2 + reading positions; 4 = 3 + reading `range` and stepped `min_when`/`max_when`
                         # lists (an older program refuses a newer file by number, not by a stray key)
# A finding is printed on documents: a plain statement of the defect (format 2).
_QUESTION_WORDS = ("是否", "？", "?")
_DOUBLE_NEGATIVE = re.compile(r"未不|不未|未无|无未|未没|没未|不得不|未未|不不")
# Enterprise ledger flags a fact may read (table.column, a 0/1 column of a per-enterprise ledger).
LEDGER_FLAGS = {"confined_spaces.poisoning_risk": ("confined_spaces", "poisoning_risk")}

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]*$")
_TOP = {"format", "id", "version", "campaign", "title_zh", "title_en", "applies_to", "groups", "items",
        "major_rules", "facts", "description_zh", "description_en", "bases"}
_ITEM = {"id", "group", "question_zh", "question_en", "guidance_zh", "guidance_en", "answer_type", "readings",
         "photo_required_on_fail", "basis", "hazard_category", "measure_zh", "measure_en", "deadline_days",
         "handling", "finding_zh", "positions"}
_POSITION = {"key", "label_zh", "label_en"}
_READING = {"key", "label_zh", "label_en", "unit", "min", "max", "max_when", "min_when", "range"}
_BASIS = {"law", "article", "verified", "quote", "source", "note", "scope"}
_RULE = {"id", "title_zh", "title_en", "all", "any", "facts", "basis", "sectors"}
_GROUP = {"id", "title_zh", "title_en"}
_FACT = {"zh", "en", "ledger", "tags"}


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_file(path: Path | str) -> Checklist:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ChecklistSyntaxError(str(path), None, f"无法读取文件（{e.strerror}）",
                                   f"cannot read the file ({e.strerror})") from e
    return parse(data, str(path))


def parse(data: bytes, origin: str = "<checklist>") -> Checklist:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise ChecklistSyntaxError(origin, line, "文件不是 UTF-8 编码", "the file is not UTF-8 text") from e
    try:
        doc = tomllib.loads(text.removeprefix("\ufeff"))  # Notepad writes a BOM
    except tomllib.TOMLDecodeError as e:
        msg = str(e)
        m = re.search(r"line (\d+), column (\d+)", msg)
        at_line = int(m.group(1)) if m else None
        what = re.sub(r"\s*\(at line \d+, column \d+\)", "", msg).strip()
        col = f"，第 {m.group(2)} 列" if m else ""
        col_en = f", column {m.group(2)}" if m else ""
        raise ChecklistSyntaxError(origin, at_line, f"TOML 语法错误{col}：{what}",
                                   f"TOML syntax error{col_en}: {what}") from e
    return _Builder(doc, text, origin).build(content_hash(data))


class _Locator:
    """Finds the line of a key in the text: tables are found by their [[header]] lines in order."""

    _HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-\"]+)\s*\]\]?")

    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.headers = [(i, m.group(1)) for i, ln in enumerate(self.lines) if (m := self._HEADER.match(ln))]

    def _block(self, name: str, index: int | None, within: tuple[int, int]) -> tuple[int, int] | None:
        lo, hi = within
        starts = [i for i, n in self.headers if n == name and lo <= i < hi]
        if index is None or index >= len(starts):
            return None
        start = starts[index]
        end = next((i for i, n in self.headers if i > start and not n.startswith(name + ".")), len(self.lines))
        return start, min(end, hi)

    def _key(self, key: str, block: tuple[int, int], skip_subtables: bool = True) -> int | None:
        pat = re.compile(r"^\s*" + re.escape(key) + r"\s*=")
        lo, hi = block
        for i in range(lo, hi):
            if i > lo and skip_subtables and any(h == i for h, _ in self.headers):
                break
            if pat.match(self.lines[i]):
                return i + 1
        return None

    def line(self, *path: Any) -> int | None:
        """path: ('items', 3, 'readings', 0, 'max') or ('version',) or ('facts', 'poisoning_risk', 'ledger')."""
        block = (0, len(self.lines))
        name = ""
        found: int | None = None
        i = 0
        while i < len(path):
            part = path[i]
            nxt = path[i + 1] if i + 1 < len(path) else None
            full = f"{name}.{part}" if name else str(part)
            if isinstance(nxt, int):
                b = self._block(full, nxt, block)
                if b is None:
                    k = self._key(str(part), block, skip_subtables=False)
                    return k or found
                block, name, found = b, full, b[0] + 1
                i += 2
                continue
            if isinstance(nxt, str):
                b = self._block(full, 0, block)
                if b is not None:
                    block, name, found = b, full, b[0] + 1
                    i += 1
                    continue
            top_end = block[1] if name else next((h for h, _ in self.headers), len(self.lines))
            k = self._key(str(part), (block[0], top_end if not name else block[1]))
            return k or found
        return found


class _Builder:
    def __init__(self, doc: dict[str, Any], text: str, origin: str):
        self.doc = doc
        self.origin = origin
        self.text = text
        self.loc = _Locator(text)
        self.format = 1
        self.bases: dict[str, LegalBasis] = {}

    # -- errors -------------------------------------------------------------------------------
    def fail(self, path: tuple, zh: str, en: str) -> None:
        raise ChecklistSchemaError(self.origin, self.loc.line(*path), zh, en)

    @staticmethod
    def _where(path: tuple) -> str:
        return ".".join(str(p) for p in path)

    def req(self, table: dict, key: str, path: tuple, kind: type | tuple = str, what_zh: str = "",
            what_en: str = "") -> Any:
        if key not in table:
            self.fail(path, f"{what_zh}缺少必填字段 {key}", f"{what_en}missing required field '{key}'")
        return self.typed(table, key, path + (key,), kind, what_zh, what_en)

    def opt(self, table: dict, key: str, path: tuple, kind: type | tuple, default: Any, what_zh: str = "",
            what_en: str = "") -> Any:
        if key not in table:
            return default
        return self.typed(table, key, path + (key,), kind, what_zh, what_en)

    _KIND: dict[Any, tuple[str, str]] = {str: ("文本", "text"), int: ("整数", "an integer"), bool: ("true 或 false", "true or false"),
             list: ("列表 [...]", "a list [...]"), dict: ("表", "a table")}

    def typed(self, table: dict, key: str, path: tuple, kind: type | tuple, what_zh: str, what_en: str) -> Any:
        v = table[key]
        if kind is float:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                self.fail(path, f"{what_zh}{key} 必须是数字（现为 {v!r}）",
                          f"{what_en}'{key}' must be a number (found {v!r})")
            return float(v)
        ok = isinstance(v, kind) and not (kind is int and isinstance(v, bool))
        if kind is str and ok and not v.strip() and key not in ("title_en", "article", "unit"):
            self.fail(path, f"{what_zh}{key} 不能为空", f"{what_en}'{key}' must not be empty")
        if not ok:
            zh, en = self._KIND.get(kind, (str(kind), str(kind)))
            self.fail(path, f"{what_zh}{key} 必须是{zh}（现为 {v!r}）", f"{what_en}'{key}' must be {en} (found {v!r})")
        return v

    def unknown(self, table: dict, allowed: set[str], path: tuple, what_zh: str, what_en: str) -> None:
        for key in table:
            if key not in allowed:
                self.fail(path + (key,), f"{what_zh}未知字段 {key}（允许：{'、'.join(sorted(allowed))}）",
                          f"{what_en}unknown field '{key}' (allowed: {', '.join(sorted(allowed))})")

    def str_list(self, table: dict, key: str, path: tuple, what_zh: str, what_en: str) -> list[str]:
        v = self.opt(table, key, path, list, [], what_zh, what_en)
        for x in v:
            if not isinstance(x, str):
                self.fail(path + (key,), f"{what_zh}{key} 的每一项都必须是文本（现为 {x!r}）",
                          f"{what_en}every entry of '{key}' must be text (found {x!r})")
        return v

    # -- parts --------------------------------------------------------------------------------
    def basis(self, table: dict, path: tuple, wz: str, we: str) -> list[LegalBasis]:
        raw = self.req(table, "basis", path, list, wz, we)
        if not raw:
            self.fail(path + ("basis",), f"{wz}basis 至少要有一条法律依据", f"{we}'basis' needs at least one legal basis")
        out = []
        for b in raw:
            if isinstance(b, str) and self.format >= 2:
                if b not in self.bases:
                    self.fail(path + ("basis",), f"{wz}basis 引用了未定义的依据 {b}（在 [bases.{b}] 中定义）",
                              f"{we}'basis' refers to undefined basis '{b}' (define it in [bases.{b}])")
                out.append(self.bases[b])
                continue
            if not isinstance(b, dict):
                self.fail(path + ("basis",), f"{wz}basis 的每一项必须是 {{ law = \"…\", article = \"…\" }}"
                          + ("或 [bases] 中的 id" if self.format >= 2 else ""),
                          f"{we}each entry of 'basis' must be {{ law = \"…\", article = \"…\" }}"
                          + (" or an id from [bases]" if self.format >= 2 else ""))
            out.append(self.one_basis(b, path + ("basis",), wz, we))
        return out

    def one_basis(self, b: dict, path: tuple, wz: str, we: str) -> LegalBasis:
        from inspector_app.core.checklists.legal import restricted_scope
        from inspector_app.core.enterprises import SECTORS
        self.unknown(b, _BASIS, path, wz + "法律依据：", we + "legal basis: ")
        law = self.req(b, "law", path, str, wz, we)
        article = self.opt(b, "article", path, str, "", wz, we)
        verified = self.opt(b, "verified", path, bool, self.format == 1, wz, we)
        quote = self.opt(b, "quote", path, str, "", wz, we)
        source = self.opt(b, "source", path, str, "", wz, we)
        note = self.opt(b, "note", path, str, "", wz, we)
        scope = self.str_list(b, "scope", path, wz, we)
        for x in scope:
            if x not in SECTORS:
                self.fail(path + ("scope",), f"{wz}scope 中未知的行业 {x}（可用：{'、'.join(SECTORS)}）",
                          f"{we}unknown sector '{x}' in scope (use: {', '.join(SECTORS)})")
        if self.format >= 2:
            cite = f"{law}{article}"
            if verified and not (quote.strip() and source.strip()):
                self.fail(path + ("verified",), f"{wz}{cite}：verified = true 需要 quote（条文原文）和 source（核对来源）",
                          f"{we}{cite}: verified = true needs 'quote' (the article's text) and 'source' (where it was checked)")
            if not verified and not note.strip():
                self.fail(path + ("verified",), f"{wz}{cite}：未核实的依据需要 note 说明原因",
                          f"{we}{cite}: an unverified basis needs a 'note' saying why")
            bound = restricted_scope(cite)
            if bound is not None and (not scope or any(x not in bound for x in scope)):
                self.fail(path + ("law",), f"{wz}{cite} 不能作为工贸企业的执法依据（参照标准、建筑或产品标准、已废止或政策文件）；"
                          "可写入 guidance_zh，或用 scope 限定适用行业",
                          f"{we}{cite} cannot be an enforcement basis for 工贸 enterprises (reference, construction or "
                          "product standard, superseded, or a policy paper); mention it in guidance_zh, or limit it with 'scope'")
        return LegalBasis(law, article, verified, quote, source, note, tuple(scope))

    def bases_table(self) -> dict[str, LegalBasis]:
        out: dict[str, LegalBasis] = {}
        raw = self.opt(self.doc, "bases", (), dict, {})
        if raw and self.format < 2:
            self.fail(("bases",), "[bases] 需要 format = 2", "[bases] needs format = 2")
        for bid, b in raw.items():
            if not isinstance(b, dict):
                self.fail(("bases", bid), f"依据 {bid} 必须写成 [bases.{bid}] 表", f"basis '{bid}' must be a [bases.{bid}] table")
            out[bid] = self.one_basis(b, ("bases", bid), f"依据 {bid}：", f"basis '{bid}': ")
        return out

    def reading(self, r: Any, path: tuple, wz: str, we: str) -> Reading:
        if not isinstance(r, dict):
            self.fail(path, f"{wz}readings 的每一项必须是表", f"{we}each reading must be a table")
        self.unknown(r, _READING, path, wz, we)
        key = self.req(r, "key", path, str, wz, we)
        wz, we = f"{wz}读数 {key}：", f"{we}reading '{key}': "
        lo = self.opt(r, "min", path, float, None, wz, we)
        hi = self.opt(r, "max", path, float, None, wz, we)
        if lo is not None and hi is not None and lo > hi:
            self.fail(path + ("min",), f"{wz}min（{lo:g}）大于 max（{hi:g}）", f"{we}min ({lo:g}) is above max ({hi:g})")
        max_when = tuple(ReadingLimitWhen(*w) for w in self.steps(r, "max_when", path, wz, we))
        min_when = tuple(ReadingMinWhen(*w) for w in self.steps(r, "min_when", path, wz, we))
        span = self.input_range(r, path, wz, we)
        for name, steps, base, limit in (("min_when", min_when, lo, "min"), ("max_when", max_when, hi, "max")):
            if steps and base is None:
                self.fail(path + (name,), f"{wz}{name} 需要同时写 {limit}（其他读数未达到各级时的限值）",
                          f"{we}'{name}' needs '{limit}' as well (the limit while no step is reached)")
        if lo is None and hi is None and span is None:
            self.fail(path + ("key",), f"{wz}至少要有 min 或 max 限值；只记录不判定的读数写 range（可填写的范围）",
                      f"{we}needs a 'min' or 'max' limit; a reading that is recorded but not judged needs a 'range' "
                      "(what may be entered)")
        return Reading(key, self.req(r, "label_zh", path, str, wz, we), self.opt(r, "label_en", path, str, "", wz, we),
                       self.opt(r, "unit", path, str, "", wz, we), lo, hi, max_when, min_when, span)

    def steps(self, r: dict, key: str, path: tuple, wz: str, we: str) -> list[tuple[str, float, float]]:
        """`min_when`/`max_when`: one table `{ reading, at_least, min|max }`, or (format 4) a list of them naming one
        reading with `at_least` rising: the last step the reading reaches applies."""
        if key not in r:
            return []
        limit = "min" if key == "min_when" else "max"
        where = path + (key,)
        raw = r[key]
        if isinstance(raw, list):
            if self.format < 4:
                self.fail(where, f"{wz}{key} 写成列表（分级限值）需要 format = 4",
                          f"{we}'{key}' as a list (stepped limits) needs format = 4")
            if not raw:
                self.fail(where, f"{wz}{key} 列表不能为空", f"{we}'{key}' must not be an empty list")
        elif not isinstance(raw, dict):
            self.fail(where, f"{wz}{key} 必须是表 {{ reading = \"…\", at_least = …, {limit} = … }} 或这种表的列表",
                      f"{we}'{key}' must be a table {{ reading = \"…\", at_least = …, {limit} = … }} or a list of them")
        out: list[tuple[str, float, float]] = []
        for w in raw if isinstance(raw, list) else [raw]:
            if not isinstance(w, dict):
                self.fail(where, f"{wz}{key} 的每一项必须是表 {{ reading = \"…\", at_least = …, {limit} = … }}",
                          f"{we}each entry of '{key}' must be a table {{ reading = \"…\", at_least = …, {limit} = … }}")
            self.unknown(w, {"reading", "at_least", limit}, where, f"{wz}{key}：", f"{we}{key}: ")
            step = (self.req(w, "reading", where, str, f"{wz}{key} ", f"{we}{key} "),
                    self.req(w, "at_least", where, float, f"{wz}{key} ", f"{we}{key} "),
                    self.req(w, limit, where, float, f"{wz}{key} ", f"{we}{key} "))
            if out and step[0] != out[0][0]:
                self.fail(where, f"{wz}{key} 的各级必须依据同一个读数（{out[0][0]}，不是 {step[0]}）",
                          f"{we}the steps of '{key}' must all depend on one reading ('{out[0][0]}', not '{step[0]}')")
            if out and step[1] <= out[-1][1]:
                self.fail(where, f"{wz}{key} 的 at_least 必须逐级增大（{step[1]:g} 不大于 {out[-1][1]:g}）",
                          f"{we}'at_least' must rise from step to step in '{key}' ({step[1]:g} is not above {out[-1][1]:g})")
            out.append(step)
        return out

    def input_range(self, r: dict, path: tuple, wz: str, we: str) -> tuple[float, float] | None:
        """`range = [lo, hi]` (format 4): what may be entered; a value outside is a typing error."""
        if "range" not in r:
            return None
        where = path + ("range",)
        if self.format < 4:
            self.fail(where, f"{wz}range 需要 format = 4", f"{we}'range' needs format = 4")
        v = r["range"]
        if not (isinstance(v, list) and len(v) == 2 and all(isinstance(x, (int, float)) and not isinstance(x, bool)
                                                            for x in v)):
            self.fail(where, f"{wz}range 必须是两个数 [最小, 最大]（现为 {v!r}）",
                      f"{we}'range' must be two numbers [lowest, highest] (found {v!r})")
        lo, hi = float(v[0]), float(v[1])
        if lo >= hi:
            self.fail(where, f"{wz}range 的最小值（{lo:g}）必须小于最大值（{hi:g}）",
                      f"{we}the lowest value of 'range' ({lo:g}) must be below the highest ({hi:g})")
        return lo, hi

    def positions(self, raw: dict, path: tuple, readings: list[Reading], wz: str, we: str) -> list[Position]:
        """`positions = ["upper", "middle", "lower"]` (known keys) or inline tables `{ key, label_zh, label_en }`."""
        if "positions" not in raw:
            return []
        where = path + ("positions",)
        if self.format < 3:
            self.fail(where, f"{wz}positions 需要 format = 3", f"{we}'positions' needs format = 3")
        if not readings:
            self.fail(where, f"{wz}positions 只用于有读数（[[items.readings]]）的检查项",
                      f"{we}'positions' is only for items with readings ([[items.readings]])")
        known = "、".join(KNOWN_POSITIONS)
        out: list[Position] = []
        for x in self.typed(raw, "positions", where, list, wz, we):
            if isinstance(x, str):
                if x not in KNOWN_POSITIONS:
                    self.fail(where, f"{wz}未知的部位 {x!r}（可用：{known}，或写成 {{ key = \"…\", label_zh = \"…\" }}）",
                              f"{we}unknown position {x!r} (use {', '.join(KNOWN_POSITIONS)}, "
                              f"or {{ key = \"…\", label_zh = \"…\" }})")
                out.append(KNOWN_POSITIONS[x])
            elif isinstance(x, dict):
                self.unknown(x, _POSITION, where, wz + "部位：", we + "position: ")
                key = self.req(x, "key", where, str, wz + "部位：", we + "position: ")
                if not _ID.match(key):
                    self.fail(where, f"{wz}部位 key 只能用字母、数字、-、_", f"{we}a position key may only use letters, digits, - and _")
                out.append(Position(key, self.req(x, "label_zh", where, str, wz, we), self.opt(x, "label_en", where, str, "", wz, we)))
            else:
                self.fail(where, f"{wz}positions 的每一项必须是部位名（如 \"upper\"）或 {{ key = \"…\", label_zh = \"…\" }}",
                          f"{we}each entry of 'positions' must be a position name (e.g. \"upper\") or {{ key = \"…\", label_zh = \"…\" }}")
        if len(out) < 2:
            self.fail(where, f"{wz}positions 至少要有两个部位", f"{we}'positions' needs at least two positions")
        keys = [p.key for p in out]
        for k in keys:
            if keys.count(k) > 1:
                self.fail(where, f"{wz}部位 {k} 重复", f"{we}position '{k}' appears twice")
        return out

    def item(self, raw: Any, n: int, groups: dict[str, Group]) -> Item:
        path = ("items", n)
        if not isinstance(raw, dict):
            self.fail(("items",), "items 必须写成 [[items]] 表", "items must be [[items]] tables")
        if "id" not in raw:
            self.fail(path, f"第 {n + 1} 个检查项缺少必填字段 id", f"item #{n + 1} is missing required field 'id'")
        iid = self.typed(raw, "id", path + ("id",), str, "检查项：", "item: ")
        wz, we = f"检查项 {iid}：", f"item '{iid}': "
        if not _ID.match(iid):
            self.fail(path + ("id",), f"{wz}id 只能用字母、数字、-、_", f"{we}id may only use letters, digits, - and _")
        self.unknown(raw, _ITEM, path, wz, we)
        if groups:
            gid = self.req(raw, "group", path, str, wz, we)
            if gid not in groups:
                self.fail(path + ("group",), f"{wz}分组 {gid} 未在 [[groups]] 中定义",
                          f"{we}group '{gid}' is not defined in [[groups]]")
        else:
            gid = self.opt(raw, "group", path, str, "main", wz, we)
        atype = self.opt(raw, "answer_type", path, str, "choice", wz, we)
        if atype not in ANSWER_TYPES:
            self.fail(path + ("answer_type",), f"{wz}未知的回答类型 {atype!r}（可用：{'、'.join(ANSWER_TYPES)}）",
                      f"{we}unknown answer type {atype!r} (use one of: {', '.join(ANSWER_TYPES)})")
        raw_readings = self.opt(raw, "readings", path, list, [], wz, we)
        readings = [self.reading(r, path + ("readings", k), wz, we) for k, r in enumerate(raw_readings)]
        if atype == "reading" and not readings:
            self.fail(path + ("answer_type",), f"{wz}回答类型为 reading 时必须有 [[items.readings]]",
                      f"{we}answer type 'reading' needs [[items.readings]]")
        if readings and atype != "reading":
            self.fail(path + ("readings",), f"{wz}有读数时 answer_type 必须是 \"reading\"",
                      f"{we}an item with readings needs answer_type = \"reading\"")
        keys = [r.key for r in readings]
        for k, r in enumerate(readings):
            if keys.count(r.key) > 1:
                self.fail(path + ("readings", k, "key"), f"{wz}读数 {r.key} 重复", f"{we}reading '{r.key}' appears twice")
            for name, steps in (("min_when", r.min_when), ("max_when", r.max_when)):
                other = steps[0].reading if steps else None
                if other is not None and (other not in keys or other == r.key):
                    self.fail(path + ("readings", k, name), f"{wz}{name} 引用了不存在的读数 {other}" if other != r.key
                              else f"{wz}读数 {r.key} 的 {name} 不能依据它自己",
                              f"{we}{name} refers to unknown reading '{other}'" if other != r.key
                              else f"{we}{name} of reading '{r.key}' cannot depend on itself")
        positions = self.positions(raw, path, readings, wz, we)
        cat = self.req(raw, "hazard_category", path, str, wz, we)
        if cat not in HAZARD_CATEGORIES:
            self.fail(path + ("hazard_category",), f"{wz}未知的隐患类别代码 {cat}（见 hazards.md，如 B09）",
                      f"{we}unknown hazard category code '{cat}' (see the code list, e.g. B09)")
        handling = self.opt(raw, "handling", path, str, "rectify_by_deadline", wz, we)
        if handling not in HANDLINGS:
            self.fail(path + ("handling",), f"{wz}未知的整改方式 {handling}（可用：{'、'.join(HANDLINGS)}）",
                      f"{we}unknown handling '{handling}' (use one of: {', '.join(HANDLINGS)})")
        finding_zh = self.opt(raw, "finding_zh", path, str, "", wz, we)
        if self.format >= 2:
            if not finding_zh.strip():
                self.fail(path, f"{wz}缺少必填字段 finding_zh（文书上打印的问题陈述）",
                          f"{we}missing required field 'finding_zh' (the statement printed on documents)")
            if any(w in finding_zh for w in _QUESTION_WORDS):
                self.fail(path + ("finding_zh",), f"{wz}finding_zh 应是对问题的陈述，不能含“是否”或问号",
                          f"{we}finding_zh must state the defect, not ask a question ('是否' or '?')")
            if negation := _DOUBLE_NEGATIVE.search(finding_zh):
                self.fail(path + ("finding_zh",), f"{wz}finding_zh 含双重否定（{negation.group(0)}）",
                          f"{we}finding_zh contains a double negative")
        days = self.req(raw, "deadline_days", path, int, wz, we)
        if days < 0:
            self.fail(path + ("deadline_days",), f"{wz}deadline_days 不能为负数", f"{we}deadline_days must not be negative")
        return Item(
            id=iid, group_id=gid,
            question_zh=self.req(raw, "question_zh", path, str, wz, we),
            question_en=self.req(raw, "question_en", path, str, wz, we),
            guidance_zh=self.opt(raw, "guidance_zh", path, str, "", wz, we),
            guidance_en=self.opt(raw, "guidance_en", path, str, "", wz, we),
            answer_type=atype, readings=readings, positions=positions,
            photo_required_on_fail=self.opt(raw, "photo_required_on_fail", path, bool, False, wz, we),
            basis=self.basis(raw, path, wz, we), hazard_category=cat,
            measure_zh=self.req(raw, "measure_zh", path, str, wz, we),
            measure_en=self.opt(raw, "measure_en", path, str, "", wz, we),
            deadline_days=days, handling=handling,
            finding_zh=finding_zh,
        )

    def build(self, digest: str) -> Checklist:
        d = self.doc
        self.unknown(d, _TOP, (), "", "")
        fmt = self.opt(d, "format", (), int, 1)
        if fmt not in FORMATS:
            self.fail(("format",), f"不支持的格式版本 {fmt}（本程序支持 {'、'.join(map(str, FORMATS))}）",
                      f"unsupported format {fmt} (this version reads {', '.join(map(str, FORMATS))})")
        self.format = fmt
        self.bases = self.bases_table()
        cid = self.req(d, "id", (), str)
        if not _ID.match(cid):
            self.fail(("id",), "id 只能用字母、数字、-、_", "id may only use letters, digits, - and _")
        version = d.get("version")
        if isinstance(version, (int, float)) and not isinstance(version, bool):
            self.fail(("version",), "version 必须写成带引号的文本，如 \"2026.1\"",
                      "version must be quoted text, e.g. \"2026.1\"")
        version = self.req(d, "version", (), str)
        campaign = self.req(d, "campaign", (), str)
        title_zh = self.req(d, "title_zh", (), str)
        title_en = self.opt(d, "title_en", (), str, "")
        applies_to = self.str_list(d, "applies_to", (), "", "")

        groups: dict[str, Group] = {}
        for n, g in enumerate(self.opt(d, "groups", (), list, [])):
            if not isinstance(g, dict):
                self.fail(("groups",), "groups 必须写成 [[groups]] 表", "groups must be [[groups]] tables")
            self.unknown(g, _GROUP, ("groups", n), "分组：", "group: ")
            gid = self.req(g, "id", ("groups", n), str, "分组：", "group: ")
            if gid in groups:
                self.fail(("groups", n, "id"), f"分组 id {gid} 重复", f"duplicate group id '{gid}'")
            groups[gid] = Group(gid, self.req(g, "title_zh", ("groups", n), str, f"分组 {gid}：", f"group '{gid}': "),
                                self.opt(g, "title_en", ("groups", n), str, "", f"分组 {gid}：", f"group '{gid}': "))

        facts: dict[str, Fact] = {}
        for fid, f in self.opt(d, "facts", (), dict, {}).items():
            path = ("facts", fid)
            wz, we = f"条件 {fid}：", f"fact '{fid}': "
            if not isinstance(f, dict):
                self.fail(path, f"{wz}必须写成 [facts.{fid}] 表", f"{we}must be a [facts.{fid}] table")
            self.unknown(f, _FACT, path, wz, we)
            ledger = self.opt(f, "ledger", path, str, "", wz, we)
            if ledger and ledger not in LEDGER_FLAGS:
                self.fail(path + ("ledger",), f"{wz}未知的台账字段 {ledger}（可用：{'、'.join(LEDGER_FLAGS)}）",
                          f"{we}unknown ledger flag '{ledger}' (use one of: {', '.join(LEDGER_FLAGS)})")
            tags = tuple(self.str_list(f, "tags", path, wz, we))
            if not ledger and not tags:
                self.fail(path, f"{wz}需要 ledger 或 tags 来判断是否成立", f"{we}needs 'ledger' or 'tags' to decide it")
            facts[fid] = Fact(fid, self.req(f, "zh", path, str, wz, we), self.opt(f, "en", path, str, "", wz, we),
                              ledger, tags)

        raw_items = self.req(d, "items", (), list)
        if not raw_items:
            self.fail(("items",), "检查表至少要有一个检查项", "a checklist needs at least one item")
        items: list[Item] = []
        seen: dict[str, int] = {}
        for n, raw in enumerate(raw_items):
            it = self.item(raw, n, groups)
            if it.id in seen:
                self.fail(("items", n, "id"), f"检查项 id {it.id} 重复（第一次出现在第 {self.loc.line('items', seen[it.id], 'id')} 行）",
                          f"duplicate item id '{it.id}' (first used on line {self.loc.line('items', seen[it.id], 'id')})")
            seen[it.id] = n
            items.append(it)

        rules: list[MajorRule] = []
        rule_ids: set[str] = set()
        for n, r in enumerate(self.opt(d, "major_rules", (), list, [])):
            path = ("major_rules", n)
            if not isinstance(r, dict):
                self.fail(("major_rules",), "major_rules 必须写成 [[major_rules]] 表",
                          "major_rules must be [[major_rules]] tables")
            rid = self.req(r, "id", path, str, "重大隐患规则：", "major-hazard rule: ")
            wz, we = f"重大隐患规则 {rid}：", f"major-hazard rule '{rid}': "
            if rid in rule_ids:
                self.fail(path + ("id",), f"{wz}id 重复", f"{we}duplicate id")
            rule_ids.add(rid)
            self.unknown(r, _RULE, path, wz, we)
            all_ = self.str_list(r, "all", path, wz, we)
            any_ = self.str_list(r, "any", path, wz, we)
            if not all_ and not any_:
                self.fail(path + ("id",), f"{wz}需要 all 或 any 列出检查项", f"{we}needs 'all' or 'any' listing items")
            for key, ids in (("all", all_), ("any", any_)):
                for x in ids:
                    if x not in seen:
                        self.fail(path + (key,), f"{wz}{key} 引用了不存在的检查项 {x}",
                                  f"{we}'{key}' refers to unknown item '{x}'")
            fl = self.str_list(r, "facts", path, wz, we)
            for x in fl:
                if x not in facts:
                    self.fail(path + ("facts",), f"{wz}facts 引用了未定义的条件 {x}（在 [facts.{x}] 中定义）",
                              f"{we}'facts' refers to undefined fact '{x}' (define it in [facts.{x}])")
            sectors = self.str_list(r, "sectors", path, wz, we)
            from inspector_app.core.enterprises import SECTORS
            for x in sectors:
                if x not in SECTORS:
                    self.fail(path + ("sectors",), f"{wz}sectors 中未知的行业 {x}（可用：{'、'.join(SECTORS)}）",
                              f"{we}unknown sector '{x}' (use: {', '.join(SECTORS)})")
            rules.append(MajorRule(rid, self.req(r, "title_zh", path, str, wz, we),
                                   self.opt(r, "title_en", path, str, "", wz, we), all_, any_, fl,
                                   self.basis(r, path, wz, we), sectors))
        return Checklist(cid, version, digest, campaign, title_zh, title_en, applies_to,
                         list(groups.values()) or [Group("main", title_zh, title_en)], items, rules, facts,
                         source=self.text, format=fmt, origin=self.origin)
