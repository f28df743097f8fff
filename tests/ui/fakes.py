"""Stand-ins for services another helper is building, following team/API.md exactly, so the GUI
flows can be driven before those packages land. Replace with the real services when present."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from inspector_app.core.clock import now_iso


@dataclass
class Reading:
    key: str
    label_zh: str
    label_en: str
    unit: str
    min: float | None
    max: float | None


@dataclass
class Item:
    id: str
    question_zh: str
    question_en: str
    answer_type: str = "choice"
    readings: list = field(default_factory=list)
    guidance_zh: str = ""
    group_id: str = "g1"
    photo_required_on_fail: bool = False
    hazard_category: str = "B09"
    measure_zh: str = "立即整改"
    deadline_days: int = 7

    def basis_text(self) -> str:
        return "《工贸企业有限空间作业安全规定》第十九条"


@dataclass
class Checklist:
    checklist_id: str
    version: str
    title_zh: str
    title_en: str
    items: list
    applies_to: tuple = ("涉有限空间",)
    campaign: str = "有限空间专项"
    content_hash: str = ""

    def __post_init__(self):
        self.content_hash = hashlib.sha256(f"{self.checklist_id}@{self.version}".encode()).hexdigest()


CONFINED = Checklist("confined_space", "2024.1", "有限空间作业检查表", "Confined-space work", [
    Item("cs01", "有限空间作业前是否进行气体检测", "Gas tested before entry?",
         answer_type="reading", readings=[Reading("o2", "氧气浓度", "Oxygen", "%VOL", 19.5, 23.5)]),
    Item("cs02", "是否设置有限空间安全警示标识", "Warning signs posted?"),
    Item("cs03", "是否配备通风设备", "Ventilation equipment available?"),
])


class FakeChecklists:
    def __init__(self, col):
        self.col = col
        self.all = {CONFINED.content_hash: CONFINED}

    def available(self):
        return list(self.all.values())

    def for_enterprise(self, ent):
        tags = set(ent["risk_tags"])
        return [c for c in self.all.values() if tags & set(c.applies_to)]

    def register(self, cl):
        self.col.db["checklist_templates"].insert({
            "content_hash": cl.content_hash, "checklist_id": cl.checklist_id, "version": cl.version,
            "campaign": cl.campaign, "title_zh": cl.title_zh, "title_en": cl.title_en, "source": "fake",
            "installed_at": now_iso()}, ignore=True)
        return cl.content_hash

    def get(self, content_hash):
        return self.all[content_hash]

    def evaluate(self, item, result, readings):
        for r in item.readings:
            v = readings.get(r.key)
            if v is None:
                return result
            if (r.min is not None and v < r.min) or (r.max is not None and v > r.max):
                return "fails"
        return "complies"

    def propose_hazards(self, inspection_id):
        insp = self.col.inspections.get(inspection_id)
        out = []
        for a in self.col.inspections.answers(inspection_id):
            if a["result"] != "fails":
                continue
            cl = self.all[a["template_hash"]]
            item = next(i for i in cl.items if i.id == a["item_id"])
            out.append({"enterprise_id": insp["enterprise_id"], "inspection_id": inspection_id,
                        "template_hash": cl.content_hash, "item_id": item.id, "campaign": cl.campaign,
                        "place": insp["place"], "description": "未" + item.question_zh.replace("是否", ""),
                        "legal_basis": item.basis_text(), "severity": "general", "category": item.hazard_category,
                        "handling": "rectify_by_deadline", "measure": item.measure_zh,
                        "deadline": (dt.date.today() + dt.timedelta(days=item.deadline_days)).isoformat()})
        return out


class FakeDocuments:
    """API-shaped stand-in for col.documents (team/API.md) recording what the GUI asked for."""

    def __init__(self, col):
        self.col = col
        self.signatures: dict = {}
        self.passwords: list[str] = []

    def draft(self, doc_type, *, inspection_id=None, hazard_ids=None, refers_to=None, extra=None):
        from inspector_app.core.changes import OpChanges
        from inspector_app.core.clock import new_id
        insp = self.col.inspections.get(inspection_id)
        row = self.col.stamp({"id": new_id(), "doc_type": doc_type, "enterprise_id": insp["enterprise_id"],
                              "inspection_id": inspection_id, "state": "draft"})
        self.col.db["documents"].insert(row)
        return OpChanges().add("documents", row["id"])

    def page_images(self, doc_id, dpi=150):
        from PIL import Image
        return [Image.new("RGB", (int(8.27 * dpi), int(11.69 * dpi)), "white")]

    def render_pdf(self, doc_id):
        return b"%PDF-1.7 fake " + doc_id.encode()

    def set_signature(self, doc_id, role, png, refused_witness=None):
        from inspector_app.core.changes import OpChanges
        self.signatures[(doc_id, role)] = (png, refused_witness)
        return OpChanges().add("documents", doc_id)

    def _set(self, doc_id, **fields):
        from inspector_app.core.changes import OpChanges
        self.col.db["documents"].update(doc_id, self.col.stamp(fields, created=False))
        return OpChanges().add("documents", doc_id)

    def issue(self, doc_id, password):
        self.passwords.append(password)
        return self._set(doc_id, state="issued", doc_no=f"城关应急检〔2026〕{len(self.passwords):03d}号")

    def void(self, doc_id, reason):
        return self._set(doc_id, state="voided", void_reason=reason)

    def reissue(self, doc_id):
        doc = self.col.db["documents"].get(doc_id)
        return self.draft(doc["doc_type"], inspection_id=doc["inspection_id"])
