"""What a checklist is once loaded: plain dataclasses, no I/O (see docs/checklist-format.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

ANSWER_TYPES = ("choice", "reading", "text")
HANDLINGS = ("rectify_on_site", "rectify_by_deadline", "suspend")

# The five campaigns of the three-year action (seed 001, section 三); checklists may name others.
CAMPAIGNS: dict[str, tuple[str, str]] = {
    "confined_space": ("有限空间作业", "Confined-space work"),
    "work_at_height": ("预防高处坠落", "Work at height"),
    "welding": ("违规电气焊作业和违规施工", "Welding and hot work"),
    "outsourcing": ("企业外包施工", "Outsourced construction"),
    "responsibility": ("全员安全生产责任制落实", "All-staff responsibility system"),
    # the two other 工贸 重点 checked alongside the campaigns (涉爆粉尘, 涉氨制冷)
    "dust_explosion": ("涉爆粉尘", "Combustible dust"),
    "ammonia_refrigeration": ("涉氨制冷", "Ammonia refrigeration"),
}

# Hazard category codes (docs/hazard-lifecycle.md).
HAZARD_CATEGORIES: dict[str, str] = {
    "A01": "证照", "A02": "机构人员", "A03": "责任制", "A04": "制度", "A05": "培训", "A06": "档案",
    "A07": "应急", "A08": "职业卫生", "A09": "规程", "A10": "投入", "A11": "特种设备", "A12": "相关方",
    "B01": "设备设施", "B02": "特种设备", "B03": "消防应急", "B04": "用电", "B05": "职业卫生",
    "B06": "危化品", "B07": "场所环境", "B08": "操作行为", "B09": "有限空间", "B10": "辅助动力",
    "B11": "相关方现场", "99": "其他",
}


def campaign_label(campaign: str, lang: str = "zh_CN") -> str:
    """The campaign's name for display; unknown campaigns show as written."""
    zh, en = CAMPAIGNS.get(campaign, (campaign, campaign))
    return en if lang.startswith("en") else zh


@dataclass(frozen=True)
class LegalBasis:
    """A law, regulation or standard and its article. `quote` is the article's text as the file
    quotes it; `verified` only when that text was checked against the official text (`source` says
    where); `note` says why not. `scope`: the sectors it binds (empty: all). Unverified bases are
    never printed (core/checklists/legal.py)."""
    law: str
    article: str = ""
    verified: bool = True
    quote: str = ""
    source: str = ""
    note: str = ""
    scope: tuple[str, ...] = ()

    def citation(self) -> str:
        return f"{self.law}{self.article}"

    def text(self) -> str:
        """The citation as shown to the inspector; an unverified one says so (never printed)."""
        return self.citation() if self.verified else f"{self.citation()}（未核实，不打印）"


@dataclass(frozen=True)
class ReadingLimitWhen:
    """An alternative upper limit that applies when another reading is at least `at_least`
    (e.g. hot-work gas analysis: ≤ 0.5 % when the gas's LEL ≥ 4 %, else ≤ 0.2 %)."""
    reading: str
    at_least: float
    max: float


@dataclass(frozen=True)
class ReadingMinWhen:
    """A different lower limit when another reading is at least `at_least` (e.g. GB 4053.3 guardrails:
    ≥ 1050 mm where the drop is 2 m or more, ≥ 1200 mm where it is 20 m or more)."""
    reading: str
    at_least: float
    min: float


_W = TypeVar("_W", ReadingLimitWhen, ReadingMinWhen)

# Units a checklist writes in Chinese, as the English interface shows them (documents keep the file's unit).
UNITS_EN: dict[str, str] = {"人": "people"}


def _step(steps: tuple[_W, ...], values: dict[str, float]) -> _W | None:
    """The step that applies: steps name one reading in rising `at_least` order (the loader checks it), so the
    last one the entered value reaches applies; None when none does or the reading is not entered."""
    applied = None
    for w in steps:
        other = values.get(w.reading)
        if isinstance(other, (int, float)) and other >= w.at_least:
            applied = w
    return applied


@dataclass(frozen=True)
class Reading:
    """A measured value. `min`/`max` are its limits (a value outside fails the item); `min_when`/`max_when`
    are steps that change a limit by another reading of the item (e.g. a guardrail's minimum by the drop).
    `input_range` (the file's `range`) bounds what can be typed at all: a value outside it is a typing error,
    refused and never judged. A reading with a range and no limits is a measured fact (the drop height)."""
    key: str
    label_zh: str
    label_en: str
    unit: str
    min: float | None = None
    max: float | None = None
    max_when: tuple[ReadingLimitWhen, ...] = ()
    min_when: tuple[ReadingMinWhen, ...] = ()
    input_range: tuple[float, float] | None = None

    @property
    def judged(self) -> bool:
        """Has limits of its own (a measured fact has none)."""
        return self.min is not None or self.max is not None or bool(self.min_when or self.max_when)

    def lower_limit(self, values: dict[str, float]) -> float | None:
        w = _step(self.min_when, values)
        return self.min if w is None else w.min

    def upper_limit(self, values: dict[str, float]) -> float | None:
        w = _step(self.max_when, values)
        return self.max if w is None else w.max

    def within(self, value: float, values: dict[str, float]) -> bool:
        hi, lo = self.upper_limit(values), self.lower_limit(values)
        return not ((lo is not None and value < lo) or (hi is not None and value > hi))

    def accepts(self, value: float) -> bool:
        """Within the range that can be typed (no range: any number)."""
        return self.input_range is None or self.input_range[0] <= value <= self.input_range[1]

    def unit_text(self, lang: str = "zh_CN") -> str:
        return UNITS_EN.get(self.unit, self.unit) if lang.startswith("en") else self.unit

    def label(self, lang: str = "zh_CN") -> str:
        return (self.label_en or self.label_zh) if lang.startswith("en") else self.label_zh

    def range_text(self, lang: str = "zh_CN") -> str:
        """'0～300 m' / '0–300 m'; empty without a range."""
        if self.input_range is None:
            return ""
        lo, hi = self.input_range
        unit = self.unit_text(lang)
        return f"{lo:g}{'–' if lang.startswith('en') else '～'}{hi:g}" + (f" {unit}" if unit else "")

    def limits_text(self, lang: str = "zh_CN", readings: Sequence[Reading] = ()) -> str:
        """The limits as shown and printed ('≥19.5 ≤23.5 %VOL'), unit and conditions in the user's language; a
        limit that depends on another reading names that reading by its label (from `readings`, the item's
        readings) with its unit: '≤0.2 %VOL（被测气体爆炸下限 ≥4 %VOL 时 ≤0.5）' /
        '≤0.2 %VOL (≤0.5 when LEL of the gas ≥4 %VOL)'; steps of one reading follow each other:
        '≥0.9 m（坠落高度 ≥2 m 时 ≥1.05，≥20 m 时 ≥1.2）'. Empty for a measured fact."""
        if not self.judged:
            return ""
        en = lang.startswith("en")
        by_key = {r.key: r for r in readings}
        lo = "" if self.min is None else f"≥{self.min:g}"
        hi = "" if self.max is None else f"≤{self.max:g}"
        unit = self.unit_text(lang)
        s = " ".join(p for p in (lo, hi) if p) + (unit and f" {unit}")

        def condition(key: str, at_least: float, named: bool) -> str:
            other = by_key.get(key)
            name = (other.label(lang) if other else key) + " " if named else ""
            other_unit = other.unit_text(lang) if other else ""
            return f"{name}≥{at_least:g}" + (f" {other_unit}" if other_unit else "")
        both: tuple[tuple[str, tuple[ReadingLimitWhen | ReadingMinWhen, ...]], ...] = (
            ("≤", self.max_when), ("≥", self.min_when))
        for sign, steps in both:
            if not steps:
                continue
            parts = []
            for n, w in enumerate(steps):
                limit = w.max if isinstance(w, ReadingLimitWhen) else w.min
                cond = condition(w.reading, w.at_least, n == 0)
                parts.append(f"{sign}{limit:g} when {cond}" if en else f"{cond} 时 {sign}{limit:g}")
            s += f" ({', '.join(parts)})" if en else f"（{'，'.join(parts)}）"
        return s.strip()

    def requirement(self, values: dict[str, float], lang: str = "zh_CN", readings: Sequence[Reading] = ()) -> str:
        """What a value must be, as a finding prints it after the value. A limit that depends on other readings
        names the limit that applies with the values it was chosen by ('坠落高度 1 m 时要求 ≥0.9 m' /
        'required ≥0.9 m at Drop height 1 m'); while one of them is not entered, the whole rule
        ('要求 ≥0.9 m（坠落高度 ≥2 m 时 ≥1.05，≥20 m 时 ≥1.2）')."""
        en = lang.startswith("en")
        steps: tuple[ReadingLimitWhen | ReadingMinWhen, ...] = (*self.min_when, *self.max_when)
        keys = list(dict.fromkeys(w.reading for w in steps))
        if not keys or any(not isinstance(values.get(k), (int, float)) for k in keys):
            return f"required {self.limits_text(lang, readings)}" if en else f"要求 {self.limits_text(lang, readings)}"
        by_key = {r.key: r for r in readings}
        lo, hi = self.lower_limit(values), self.upper_limit(values)
        unit = self.unit_text(lang)
        applied = " ".join(p for p in ("" if lo is None else f"≥{lo:g}", "" if hi is None else f"≤{hi:g}") if p)
        applied += f" {unit}" if unit else ""

        def measured(key: str) -> str:
            other = by_key.get(key)
            other_unit = other.unit_text(lang) if other else ""
            return f"{other.label(lang) if other else key} {values[key]:g}" + (f" {other_unit}" if other_unit else "")
        if en:
            return f"required {applied} at {', '.join(measured(k) for k in keys)}"
        return f"{'、'.join(measured(k) for k in keys)} 时要求 {applied}"


@dataclass(frozen=True)
class Position:
    """Where a set of readings is taken, e.g. 上部/中部/下部 of a confined space (gases stratify, so each
    height is measured). Every reading of the item is taken at every position."""
    key: str
    label_zh: str
    label_en: str = ""


# Positions a checklist may name by key alone (`positions = ["upper", "middle", "lower"]`).
KNOWN_POSITIONS: dict[str, Position] = {p.key: p for p in (
    Position("upper", "上部", "Top"), Position("middle", "中部", "Middle"), Position("lower", "下部", "Bottom"))}


@dataclass(frozen=True)
class Group:
    id: str
    title_zh: str
    title_en: str = ""


@dataclass
class Item:
    id: str
    group_id: str
    question_zh: str
    question_en: str
    guidance_zh: str = ""
    guidance_en: str = ""
    answer_type: str = "choice"
    readings: list[Reading] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)   # each reading at each position (empty: once)
    photo_required_on_fail: bool = False
    basis: list[LegalBasis] = field(default_factory=list)
    hazard_category: str = "99"
    measure_zh: str = ""
    measure_en: str = ""
    deadline_days: int = 15
    handling: str = "rectify_by_deadline"
    finding_zh: str = ""          # how a failure is written in the hazard ledger (default: from question)

    def basis_text(self, sector: str = "") -> str:
        """The legal basis as printed on documents for an enterprise of this sector: verified,
        binding citations only, else the general article (core/checklists/legal.py)."""
        from inspector_app.core.checklists.legal import basis_text
        return basis_text(self.basis, sector)

    @property
    def unverified(self) -> bool:
        """Some basis of the item is not verified (it is never printed)."""
        return any(not b.verified for b in self.basis)

    @property
    def has_verified_basis(self) -> bool:
        return any(b.verified for b in self.basis)


@dataclass(frozen=True)
class Fact:
    """A condition about the enterprise that some major-hazard rules require (e.g. poisoning risk).
    It holds when the enterprise's ledger flag is set or it carries one of the risk tags."""
    id: str
    zh: str
    en: str = ""
    ledger: str = ""
    tags: tuple[str, ...] = ()


@dataclass
class MajorRule:
    """Items answered `fails` make a major hazard when: every item in `all` fails, at least one item in
    `any` fails (each list only if given), and every fact in `facts` holds for the enterprise."""
    id: str
    title_zh: str
    title_en: str = ""
    all: list[str] = field(default_factory=list)
    any: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    basis: list[LegalBasis] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)   # enterprise sectors it applies to (empty: all)

    def applies_to_sector(self, sector: str) -> bool:
        """令10 rules name sectors = ["industry_trade"]; an unclassified enterprise counts as 工贸."""
        from inspector_app.core.checklists.legal import binds
        return binds(self.sectors, sector)

    def items(self) -> list[str]:
        return list(dict.fromkeys(self.all + self.any))

    def holds(self, failed: set[str], facts: set[str]) -> bool:
        if not self.all and not self.any:
            return False
        if any(f not in facts for f in self.facts):
            return False
        if self.all and not all(i in failed for i in self.all):
            return False
        if self.any and not any(i in failed for i in self.any):
            return False
        return True

    def basis_text(self, sector: str = "") -> str:
        from inspector_app.core.checklists.legal import basis_text
        return basis_text(self.basis, sector)


@dataclass
class Checklist:
    checklist_id: str
    version: str
    content_hash: str
    campaign: str
    title_zh: str
    title_en: str
    applies_to: list[str]
    groups: list[Group]
    items: list[Item]
    major_rules: list[MajorRule] = field(default_factory=list)
    facts: dict[str, Fact] = field(default_factory=dict)
    source: str = ""             # the exact file text (stored in checklist_templates)
    format: int = 1
    origin: str = ""             # where it was loaded from: a path, or 'stored'

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    @property
    def campaign_zh(self) -> str:
        return campaign_label(self.campaign, "zh_CN")

    def applies(self, tags: set[str] | frozenset[str]) -> bool:
        """Untagged checklists apply to every enterprise; others to enterprises with a shared tag."""
        return not self.applies_to or bool(set(self.applies_to) & set(tags))


def version_key(version: str) -> tuple:
    """Order versions like '2024.1' < '2024.2' < '2024.10' < '2026.1'."""
    import re
    parts = re.split(r"[.\-_]", version)
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)
