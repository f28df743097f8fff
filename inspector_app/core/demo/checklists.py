"""The checklists demo inspections are answered against: the real installed ones (`col.checklists`),
each version registered in `checklist_templates` so answers point at an exact template."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from inspector_app.core.errors import InspectorError


@dataclass
class UsedChecklist:
    """What the generator needs of a checklist: its hash, the tags it applies to, its items, and its
    major-hazard rules with the facts they need."""
    template_hash: str
    campaign: str
    applies_to: frozenset[str]
    items: list[Any]
    major_rules: list[Any] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)

    def majors(self, failed: set[str], tags: set[str], poisoning: bool) -> set[str]:
        """The failed items a major-hazard rule makes major, for an enterprise with these tags
        (`poisoning`: its confined-space ledger has a space with poisoning risk)."""
        if not self.major_rules or not failed:
            return set()
        held = {fid for fid, f in self.facts.items()
                if set(getattr(f, "tags", ()) or ()) & tags
                or (poisoning and getattr(f, "ledger", "") == "confined_spaces.poisoning_risk")}
        out: set[str] = set()
        for rule in self.major_rules:
            if rule.holds(failed, held):
                out |= set(rule.items()) & failed
        return out


def prepare(col: Any) -> tuple[list[UsedChecklist], str]:
    """Register the installed checklists (newest version of each) and return them."""
    used: list[UsedChecklist] = []
    for cl in col.checklists.available():
        h = col.checklists.register(cl)
        used.append(UsedChecklist(h, getattr(cl, "campaign", "") or "", frozenset(cl.applies_to or ()),
                                  list(cl.items), list(getattr(cl, "major_rules", []) or []),
                                  dict(getattr(cl, "facts", {}) or {})))
    if not used:
        raise InspectorError("没有可用的检查表，无法生成演示检查。", "No checklists are installed; cannot generate demo inspections.")
    return used, "checklists"


def for_tags(used: list[UsedChecklist], tags: set[str]) -> list[UsedChecklist]:
    """The checklists that apply to an enterprise with these risk tags (untagged ones always do)."""
    return [u for u in used if not u.applies_to or u.applies_to & tags]


def plan(used: list[UsedChecklist], tags: set[str], cap: int, rng: random.Random) -> list[tuple[str, Any, str]]:
    """(template hash, item, campaign) answered by an inspection of an enterprise with these tags: every
    applicable checklist gets a fair share of the `cap` answers, its items drawn at random and kept in
    checklist order."""
    lists = for_tags(used, tags)
    share = {id(u): 0 for u in lists}
    left = cap
    while left > 0:
        grew = False
        for u in lists:
            if left and share[id(u)] < len(u.items):
                share[id(u)] += 1
                left -= 1
                grew = True
        if not grew:
            break
    out: list[tuple[str, Any, str]] = []
    for u in lists:
        n = share[id(u)]
        picked = sorted(rng.sample(range(len(u.items)), n)) if n < len(u.items) else range(len(u.items))
        out.extend((u.template_hash, u.items[i], u.campaign) for i in picked)
    return out
