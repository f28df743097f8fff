"""Which legal bases may be printed on a document (docs/legal-bases.md).

One rule, used when hazards are proposed and again when a document's content is built: a basis is
printed only when its text was checked against the official text (`verified`) and it binds the
enterprise's sector. Standards that never bind a 工贸 enforcement order (construction and product
standards, superseded texts, policy papers) and GB 30871 outside 危化 enterprises are never printed,
also when they come from the stored text of an older checklist version. When nothing is left, the
general article on hidden-danger duties is printed instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from inspector_app.core.checklists.model import LegalBasis

if TYPE_CHECKING:
    from inspector_app.core.checklists.model import Checklist, Item, MajorRule

INDUSTRY_TRADE = "industry_trade"
HAZARDOUS_CHEMICALS = "hazardous_chemicals"

# Verified against the 2021 text of the 安全生产法 (see docs/legal-bases.md).
GENERAL_BASIS = LegalBasis(
    "《中华人民共和国安全生产法》", "第四十一条第二款", verified=True,
    quote="生产经营单位应当建立健全并落实生产安全事故隐患排查治理制度，采取技术、管理措施，及时发现并消除事故隐患。")

# Citations that may appear in stored text of older checklist versions and must not be printed.
# (pattern, sectors it does bind; () = binds none of ours as an enforcement basis)
_RESTRICTED: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"GB\s*30871"), (HAZARDOUS_CHEMICALS,)),          # 危险化学品企业特殊作业安全规范
    (re.compile(r"JGJ\s*80|JGJ\s*46|GB\s*51210|GB\s*50720|JGJ\s*59"), ("construction",)),  # construction
    (re.compile(r"GB\s*6095|GB\s*24543|GB\s*8118"), ()),              # product standards
    (re.compile(r"GB/T\s*3608-2008|GB\s*9448-1999|令第?30号"), ()),     # superseded in 2026
    (re.compile(r"行动方案|实施方案|规划"), ()),                          # policy papers, not law
    (re.compile(r"GBZ\s*2\.1.*换算"), ()),                              # converted values, not the text
)


def is_industry_trade(sector: str) -> bool:
    """工贸 rules (令10, 令13) apply to 工贸 enterprises and to unclassified ones ('')."""
    return sector in (INDUSTRY_TRADE, "")


def binds(scope: Iterable[str], sector: str) -> bool:
    """A basis limited to `scope` sectors binds this enterprise (an empty scope binds every sector;
    an unclassified enterprise counts as 工贸)."""
    scope = tuple(scope)
    return not scope or sector in scope or (sector == "" and INDUSTRY_TRADE in scope)


def restricted_scope(citation: str) -> tuple[str, ...] | None:
    """The sectors a citation of a restricted kind binds, or None when the citation is not restricted."""
    for pattern, scope in _RESTRICTED:
        if pattern.search(citation):
            return scope
    return None


def _allowed(citation: str, sector: str) -> bool:
    scope = restricted_scope(citation)
    return scope is None or (bool(scope) and sector in scope)


def printable(bases: Iterable[LegalBasis], sector: str) -> list[LegalBasis]:
    """The bases that may be printed for an enterprise of this sector (verified, binding), in order."""
    out: list[LegalBasis] = []
    for b in bases:
        if b.verified and binds(b.scope, sector) and _allowed(b.citation(), sector) and b not in out:
            out.append(b)
    return out


def basis_text(bases: Iterable[LegalBasis], sector: str) -> str:
    """The printed basis: the printable citations joined with '；', else the general article."""
    keep = [b.citation() for b in printable(bases, sector)]
    return "；".join(dict.fromkeys(keep)) or GENERAL_BASIS.citation()


@dataclass(frozen=True)
class KnownBases:
    """What the installed checklists say about citations: `unverified` ones, `unverified_laws` (none of
    whose articles is verified, e.g. a regulation whose text could not be checked) and `verified` ones."""
    unverified: frozenset[str] = frozenset()
    unverified_laws: frozenset[str] = frozenset()
    verified: frozenset[str] = frozenset()


def known_bases(bases: Iterable[LegalBasis]) -> KnownBases:
    bases = list(bases)
    good = {b.citation() for b in bases if b.verified}
    good_laws = {b.law for b in bases if b.verified}
    return KnownBases(frozenset({b.citation() for b in bases if not b.verified} - good),
                      frozenset({b.law for b in bases if not b.verified} - good_laws), frozenset(good))


_ITEM_OF_ARTICLE = re.compile(r"^(.*第[一二三四五六七八九十百零]+条)第[（(].+[）)]项$")


def printable_text(stored: str, sector: str, known: KnownBases = KnownBases()) -> str:
    """A stored basis string (from any checklist version, or typed by hand) cut down to what may be
    printed: nothing marked '待核实', nothing the installed checklists know as unverified, nothing
    restricted; an unverified item (项) of a verified article is cited as the article; the general
    article when nothing is left."""
    keep = []
    for p in (p.strip() for p in re.split(r"[；;]", stored or "")):
        if not p or "待核实" in p or not _allowed(p, sector):
            continue
        if p in known.unverified:
            m = _ITEM_OF_ARTICLE.match(p)
            if m and m.group(1) in known.verified:
                keep.append(m.group(1))
            continue
        if any(p.startswith(law) for law in known.unverified_laws):
            continue
        keep.append(p)
    return "；".join(dict.fromkeys(keep)) or GENERAL_BASIS.citation()


def unverified_items(checklist: Checklist) -> list[tuple[str, list[str]]]:
    """Items and major-hazard rules with no verified basis (their documents print the general
    article instead), with the citations that are not verified: the validator reports these."""
    out: list[tuple[str, list[str]]] = []
    entries: list[Item | MajorRule] = [*checklist.items, *checklist.major_rules]
    for x in entries:
        if not any(b.verified for b in x.basis):
            out.append((x.id, [b.citation() for b in x.basis]))
    return out


_QUESTION = re.compile(r"是否|未不|不未|未无|[？?]")


def reads_as_question(text: str) -> bool:
    """A finding that still reads like a checklist question or carries a double negative."""
    return bool(_QUESTION.search(text or ""))
