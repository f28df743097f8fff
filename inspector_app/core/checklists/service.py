"""`col.checklists`: the installed checklists, their stored versions, evaluating answers and
turning failed items into proposed hazards (severity by the major-hazard rules)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.core.checklists import english, legal
from inspector_app.core.checklists import readings as reading_rules
from inspector_app.core.checklists.errors import ChecklistError, ChecklistsNotLoaded, ShippedChecklistsMissing
from inspector_app.core.checklists.loader import LEDGER_FLAGS, load_file, parse
from inspector_app.core.checklists.model import Checklist, Item, version_key
from inspector_app.core.clock import now_iso
from inspector_app.core.errors import InspectorError
from inspector_app.core.resources import resource_path

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection

DISTRICT_DIR = "checklists"   # <data_dir>/checklists/*.toml: versions the district publishes


def shipped_dir() -> Path:
    """The checklists that come with the program; ShippedChecklistsMissing when there are none (a broken
    installation would otherwise look like a program without checklists)."""
    folder = resource_path("checklists")
    if not any(folder.glob("*.toml")):
        raise ShippedChecklistsMissing(str(folder))
    return folder


def load_all(folders: list[Path]) -> list[Checklist]:
    """Every *.toml in these folders, all or nothing: raises ChecklistsNotLoaded listing each broken file."""
    loaded, errors = [], []
    for folder in folders:
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            try:
                loaded.append(load_file(path))
            except ChecklistError as e:
                errors.append(e)
    if errors:
        raise ChecklistsNotLoaded(errors)
    return loaded


def newest(checklists: list[Checklist]) -> list[Checklist]:
    """The newest version of each checklist id; at equal versions the later folder (the district's) wins."""
    best: dict[str, Checklist] = {}
    for cl in checklists:
        cur = best.get(cl.checklist_id)
        if cur is None or version_key(cl.version) >= version_key(cur.version):
            best[cl.checklist_id] = cl
    return sorted(best.values(), key=lambda c: c.checklist_id)


def finding(item: Item) -> str:
    """How a failed item reads in the ledger: the item's finding_zh, else its question turned into a
    statement (是否建立… → 未建立…)."""
    if item.finding_zh:
        return item.finding_zh
    q = item.question_zh.strip().rstrip("？?。")
    if "是否" not in q:
        return f"{q}：不符合要求"
    subject, rest = q.split("是否", 1)
    neg = "不" if rest.startswith(("符合", "满足", "超过", "大于", "小于", "在", "保持", "完好", "有效", "齐全")) else "未"
    return f"{subject}{neg}{rest}"


class Checklists:
    def __init__(self, col: "Collection"):
        self.col = col
        self._cache: dict[str, Checklist] = {}
        self._available: list[Checklist] = []
        self._signature: tuple = ()
        self.reload()

    # -- installed versions ---------------------------------------------------------------------
    @property
    def district_dir(self) -> Path:
        return self.col.data_dir / DISTRICT_DIR

    def _dir_signature(self) -> tuple:
        folder = self.district_dir
        if not folder.is_dir():
            return ()
        return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(folder.glob("*.toml")))

    def reload(self) -> None:
        """Load the shipped checklists and the district's; raises if any file is broken."""
        self._signature = self._dir_signature()
        loaded = load_all([shipped_dir(), self.district_dir])
        for cl in loaded:
            self._cache[cl.content_hash] = cl
        self._available = newest(loaded)

    def available(self) -> list[Checklist]:
        """The newest version of each checklist id (the district's folder is re-read when it changed)."""
        if self._dir_signature() != self._signature:
            self.reload()
        return list(self._available)

    def known_bases(self) -> legal.KnownBases:
        """What the installed checklists say about citations (verified or not): documents use it to cut
        stored bases of older versions down to what may be printed (core/checklists/legal.py)."""
        lists = self.available()
        bases = [b for cl in lists for it in cl.items for b in it.basis]
        bases += [b for cl in lists for rule in cl.major_rules for b in rule.basis]
        return legal.known_bases(bases)

    def printed_finding(self, hazard: dict[str, Any]) -> str:
        """A hazard's description as printed. Hazards proposed from an older checklist version carry the
        question turned into a statement, which could still read '是否…' or '未不…'; when the newest
        version of that checklist has the same item with a written finding, that finding replaces the
        generated words (the place, readings and notes around them stay)."""
        text = hazard.get("description") or ""
        if not (hazard.get("template_hash") and hazard.get("item_id")) or not legal.reads_as_question(text):
            return text
        try:
            old = self.get(hazard["template_hash"])
            generated = finding(old.item(hazard["item_id"]))
        except (InspectorError, KeyError):
            return text
        cur = next((c for c in self.available() if c.checklist_id == old.checklist_id), None)
        try:
            new = cur.item(hazard["item_id"]).finding_zh if cur else ""
        except KeyError:
            new = ""
        return text.replace(generated, new) if new and generated in text else text

    def for_enterprise(self, enterprise: dict[str, Any]) -> list[Checklist]:
        """The checklists that apply to an enterprise by its risk tags (untagged ones apply to all)."""
        tags = enterprise.get("risk_tags") or []
        if isinstance(tags, str):
            tags = json.loads(tags or "[]")
        return [cl for cl in self.available() if cl.applies(set(tags))]

    def install(self, path: Path | str) -> Checklist:
        """Validate a file and copy it into the district folder (the district publishes a version)."""
        from inspector_app.core.datadir import atomic_write_bytes
        data = Path(path).read_bytes()
        cl = parse(data, str(path))
        self.district_dir.mkdir(exist_ok=True)
        atomic_write_bytes(self.district_dir / f"{cl.checklist_id}-{cl.version}.toml", data)
        self.reload()
        return cl

    # -- stored versions ------------------------------------------------------------------------
    def register(self, cl: Checklist) -> str:
        """Store this version's exact source in checklist_templates (idempotent); returns its hash."""
        self._cache[cl.content_hash] = cl
        with self.col.db.atomic():
            self.col.db.execute(
                "INSERT OR IGNORE INTO checklist_templates (content_hash, checklist_id, version, campaign,"
                " title_zh, title_en, source, installed_at) VALUES (?,?,?,?,?,?,?,?)",
                [cl.content_hash, cl.checklist_id, cl.version, cl.campaign, cl.title_zh, cl.title_en,
                 cl.source, now_iso()])
        return cl.content_hash

    def get(self, content_hash: str) -> Checklist:
        """A checklist version by its hash: installed, or rebuilt from the stored source."""
        cl = self._cache.get(content_hash)
        if cl is not None:
            return cl
        row = self.col.db.execute("SELECT source FROM checklist_templates WHERE content_hash=?",
                                  [content_hash]).fetchone()
        if row is None:
            raise InspectorError(f"找不到检查表版本 {content_hash[:12]}", f"Checklist version {content_hash[:12]} not found")
        try:
            cl = parse(row[0].encode("utf-8"), f"checklist_templates:{content_hash[:12]}")
        except ChecklistError as e:
            raise InspectorError(f"检查表版本 {content_hash[:12]} 无法读取：{e.zh}",
                                 f"Checklist version {content_hash[:12]} cannot be read: {e.en}") from e
        self._cache[content_hash] = cl
        return cl

    def stored_versions(self, checklist_id: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT content_hash, checklist_id, version, campaign, title_zh, title_en, installed_at FROM checklist_templates"
        args: list[Any] = []
        if checklist_id:
            sql += " WHERE checklist_id=?"
            args.append(checklist_id)
        rows = [dict(r) for r in self.col.db.query(sql + " ORDER BY checklist_id, julianday(installed_at)", args)]
        return sorted(rows, key=lambda r: (r["checklist_id"], version_key(r["version"])))

    def for_inspection(self, inspection_id: str) -> list[Checklist]:
        """The exact versions an inspection was made with, in its order."""
        return [self.get(h) for h in self.col.inspections.get(inspection_id)["template_hashes"]]

    def item_text(self, cl: Checklist, item: Item, field: str, lang: str) -> english.ItemText:
        """An item's guidance or measure ('guidance', 'measure') in the interface's language: its own English, else
        (an older version without English) the current version's English of the same item when the Chinese is
        the same, else the Chinese marked untranslated (core/checklists/english.py)."""
        current: Item | None = None
        if lang.startswith("en"):
            newest_cl = next((c for c in self.available() if c.checklist_id == cl.checklist_id), None)
            try:
                current = newest_cl.item(item.id) if newest_cl is not None else None
            except KeyError:
                current = None
        return english.item_text(item, field, lang, current, cl.version)

    # -- answers --------------------------------------------------------------------------------
    @staticmethod
    def evaluate(item: Item, result: str | None, readings: dict[str, Any] | None) -> str | None:
        """The item's result: a value outside its limits at any position fails it; every reading within its
        limits at every position makes it comply; otherwise the inspector's own result stands."""
        return reading_rules.evaluate(item, result, readings)

    @staticmethod
    def out_of_limits(item: Item, readings: dict[str, Any] | None) -> list[str]:
        """Readable lines for values outside their limits, e.g. '下部 硫化氢 15 ppm（要求 ≤7 ppm）'."""
        return reading_rules.out_of_limits(item, readings)

    # -- hazards --------------------------------------------------------------------------------
    def enterprise_facts(self, cl: Checklist, enterprise: dict[str, Any]) -> set[str]:
        """The checklist's facts that hold for this enterprise (ledger flags, risk tags)."""
        tags = enterprise.get("risk_tags") or []
        if isinstance(tags, str):
            tags = json.loads(tags or "[]")
        held = set()
        for fact in cl.facts.values():
            if set(fact.tags) & set(tags):
                held.add(fact.id)
                continue
            if fact.ledger:
                table, column = LEDGER_FLAGS[fact.ledger]
                row = self.col.db.execute(
                    f"SELECT 1 FROM {table} WHERE enterprise_id=? AND deleted=0 AND {column}=1 LIMIT 1",
                    [enterprise["id"]]).fetchone()
                if row:
                    held.add(fact.id)
        return held

    def major_rules_met(self, cl: Checklist, failed: set[str], facts: set[str]) -> list:
        return [r for r in cl.major_rules if r.holds(failed, facts)]

    def propose_hazards(self, inspection_id: str, facts: dict[str, bool] | None = None) -> list[dict[str, Any]]:
        """One proposed hazard per failed item, ready for col.hazards.create(...). An item named by a
        major-hazard rule that holds (its items failed as the rule says and its facts hold for the
        enterprise) is proposed as major, with the rule's legal basis added. `facts` overrides what
        the ledgers and risk tags say, e.g. {'poisoning_risk': True} as found on site."""
        insp = self.col.inspections.get(inspection_id)
        ent = self.col.enterprises.get(insp["enterprise_id"])
        answers: dict[str, dict[str, dict]] = {}
        for a in self.col.inspections.answers(inspection_id):
            answers.setdefault(a["template_hash"], {})[a["item_id"]] = a
        hashes = list(insp["template_hashes"]) + [h for h in answers if h not in insp["template_hashes"]]
        found_on = (insp.get("started_at") or now_iso())[:10]
        day = dt.date.fromisoformat(found_on)
        out: list[dict[str, Any]] = []
        for h in hashes:
            cl = self.get(h)
            given = answers.get(h, {})
            failed: dict[str, dict] = {}
            for it in cl.items:
                answer = given.get(it.id)
                if answer and self.evaluate(it, answer.get("result"), answer.get("readings")) == "fails":
                    failed[it.id] = answer
            if not failed:
                continue
            held = self.enterprise_facts(cl, ent)
            for k, v in (facts or {}).items():
                (held.add if v else held.discard)(k)
            sector = ent.get("sector") or ""
            rules = [r for r in self.major_rules_met(cl, set(failed), held) if r.applies_to_sector(sector)]
            for it in cl.items:
                if it.id not in failed:
                    continue
                a = failed[it.id]
                mine = [r for r in rules if it.id in r.items()]
                description = finding(it)
                limits = self.out_of_limits(it, a.get("readings"))
                if limits:
                    description += "（实测：" + "；".join(limits) + "）"
                if (a.get("note") or "").strip():
                    description += "。" + a["note"].strip()
                basis = legal.basis_text(list(it.basis) + [b for r in mine for b in r.basis], sector)
                handling = it.handling
                if mine and handling == "rectify_on_site":
                    handling = "rectify_by_deadline"   # a major hazard is closed after re-inspection
                days = 0 if handling == "rectify_on_site" else it.deadline_days
                out.append({
                    "enterprise_id": insp["enterprise_id"], "inspection_id": inspection_id, "template_hash": h,
                    "item_id": it.id, "campaign": cl.campaign, "place": insp.get("place") or "",
                    "description": description, "legal_basis": basis,
                    "severity": "major" if mine else "general", "category": it.hazard_category,
                    "handling": handling, "measure": it.measure_zh,
                    "deadline": (day + dt.timedelta(days=days)).isoformat(),
                })
        return out
