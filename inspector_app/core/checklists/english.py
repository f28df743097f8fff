"""Which texts of a checklist lack English (the English interface shows the Chinese text where a `*_en` field is
empty), and an item's guidance and measure as the English interface shows them, older versions included
(docs/checklist-format.md, *English*)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from inspector_app.core.checklists.model import Checklist, Item

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_BRACKETED = re.compile(r"\([^()]*\)")


def is_english(text: str) -> bool:
    """Non-empty English: Chinese only inside round brackets, where an official name is kept recognisable
    ("Work Safety Law (安全生产法)")."""
    return bool(re.search("[A-Za-z]", text)) and not CJK.search(_BRACKETED.sub("", text))


def untranslated(cl: Checklist) -> list[str]:
    """Every text with Chinese but no English (missing, or itself Chinese), as `<where> <field>`:
    `title`, `group site`, `fact poisoning_risk`, `rule ling10_13_1`, `cs08 guidance`, `am03 limits people`..."""
    fields: list[tuple[str, str, str]] = [("title", cl.title_zh, cl.title_en)]
    fields += [(f"group {g.id}", g.title_zh, g.title_en) for g in cl.groups]
    fields += [(f"fact {f.id}", f.zh, f.en) for f in cl.facts.values()]
    fields += [(f"rule {r.id}", r.title_zh, r.title_en) for r in cl.major_rules]
    for it in cl.items:
        fields += [(f"{it.id} question", it.question_zh, it.question_en),
                   (f"{it.id} guidance", it.guidance_zh, it.guidance_en),
                   (f"{it.id} measure", it.measure_zh, it.measure_en)]
        for r in it.readings:
            fields += [(f"{it.id} reading {r.key}", r.label_zh, r.label_en),
                       (f"{it.id} limits {r.key}", r.limits_text("zh_CN", it.readings),
                        r.limits_text("en", it.readings))]
        fields += [(f"{it.id} position {p.key}", p.label_zh, p.label_en) for p in it.positions]
    return [where for where, zh, en in fields if CJK.search(zh) and not is_english(en)]


@dataclass(frozen=True)
class ItemText:
    """An item's guidance or measure as the interface shows it. `untranslated`: the English interface shows the
    Chinese text because the checklist version the inspection was recorded with (`version`) has no English for it
    and the current version's English translates a different Chinese text."""
    text: str
    untranslated: bool = False
    version: str = ""


TRANSLATED_FIELDS = ("guidance", "measure")


def item_text(item: Item, field: str, lang: str, current: Item | None = None, version: str = "") -> ItemText:
    """`field` ('guidance' or 'measure') of an item in the interface's language. In English: the item's own
    English; else, for an older version without it, the English of the same item in the current version
    (`current`) when the Chinese texts are identical; else the Chinese, marked untranslated."""
    if field not in TRANSLATED_FIELDS:
        raise ValueError(field)
    zh, en = getattr(item, f"{field}_zh"), getattr(item, f"{field}_en")
    if not lang.startswith("en") or not zh.strip():
        return ItemText(zh)
    if is_english(en):
        return ItemText(en)
    if current is not None and getattr(current, f"{field}_zh") == zh and is_english(getattr(current, f"{field}_en")):
        return ItemText(getattr(current, f"{field}_en"))
    return ItemText(zh, True, version)
