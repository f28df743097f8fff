"""`col.documents`: draft → preview → issue; void and reissue. Issued documents never change.

Serial numbers: drawn from the district-assigned blocks in `sync_serial_blocks` for this device and
year, else from a locally configured block (profile setting `serial_block`). The documents of one
inspection (record, notice, re-inspection opinion) share one serial; the type code tells them apart.
"""

from __future__ import annotations

import builtins
import datetime as dt
import functools
import hashlib
import io
import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from inspector_app.core import clock
from inspector_app.core.changes import OpChanges
from inspector_app.core.checklists.legal import printable_text
from inspector_app.core.clock import new_id, normalise, now_iso, today_iso
from inspector_app.core.documents import qr as qrmod
from inspector_app.core.documents.keys import Keys
from inspector_app.core.errors import InspectionNotCompleted, InspectorError, ValidationError
from inspector_app.core.lazy import LazyModule

if TYPE_CHECKING:
    from PIL.Image import Image
    from inspector_app.core.collection import Collection
    from inspector_app.core.documents import render as rd
else:   # reportlab loads on first use; the GUI warms it in the background (core/documents/warm.py)
    rd = LazyModule("inspector_app.core.documents.render")

# The order is part of the QR payload (its index is printed): never reorder; new types go at the end, as in
# render.TITLES (tests/core/test_core_boundary.py checks the two agree; render loads reportlab, so not used here).
DOC_TYPES = ("inspection_record", "rectification_order", "rectification_opinion", "reinspection_opinion",
             "onsite_measures_decision")
ROLES = ("inspector1", "inspector2", "enterprise")
DEFAULT_SETTINGS: dict[str, Any] = {
    "doc_no_pattern": "（{short}）{code}〔{year}〕{serial}号",
    "type_codes": {"inspection_record": "应急检记", "rectification_order": "应急责改",
                   "rectification_opinion": "应急整改", "reinspection_opinion": "应急复查",
                   "onsite_measures_decision": "应急现决"},
    "reconsideration_body": "示例区人民政府",
    "court": "示例区人民法院",
    "escalation_sentence": "逾期未整改或者整改未达到要求的，将报请区应急管理局依法查处。",
    # the article the 现场处理措施决定书 cites; empty until the unit has checked it against the official text
    "onsite_measures_basis": "",
}


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


class Documents:
    def __init__(self, col: "Collection"):
        self.col = col
        self.db = col.db
        self.keys = Keys(col)

    # ---------- settings and numbering ----------
    def settings(self) -> dict[str, Any]:
        prof = self.col.profile.get() or {"settings": {}}
        s = {k: v for k, v in DEFAULT_SETTINGS.items()}
        s["type_codes"] = dict(DEFAULT_SETTINGS["type_codes"], **(prof["settings"].get("type_codes") or {}))
        for k in ("doc_no_pattern", "reconsideration_body", "court", "escalation_sentence", "serial_block",
                  "onsite_measures_basis"):
            if prof["settings"].get(k):
                s[k] = prof["settings"][k]
        return s

    def set_serial_block(self, first: int, last: int, year: int | None = None) -> OpChanges:
        if first < 1 or last < first:
            raise ValidationError("编号段无效：起始号须≥1且不大于结束号", "Invalid serial block: 1 ≤ start ≤ end",
                                  field="serial_block")
        return self.col.profile.update_settings(
            serial_block={"year": year or clock.today().year, "first": first, "last": last})

    def _blocks(self, year: int) -> list[tuple[int, int]]:
        blocks = [(r[0], r[1]) for r in self.db.execute(
            "SELECT first, last FROM sync_serial_blocks WHERE device_id=? AND year=? ORDER BY first",
            [self.col.device_id, year])]
        local = self.settings().get("serial_block")
        if local and int(local.get("year", year)) == year:
            blocks.append((int(local["first"]), int(local["last"])))
        return blocks

    def _serial_for(self, doc: dict[str, Any], year: int) -> int:
        if doc["inspection_id"]:
            # Share the case's serial unless this type already used it (e.g. a reissue after voiding).
            row = self.db.execute(
                "SELECT d.serial FROM documents d WHERE d.inspection_id=? AND d.year=? AND d.serial IS NOT NULL "
                "AND d.doc_type!=? AND NOT EXISTS (SELECT 1 FROM documents o WHERE o.year=d.year AND "
                "o.serial=d.serial AND o.doc_type=?) ORDER BY julianday(d.issued_at), d.id LIMIT 1",
                [doc["inspection_id"], year, doc["doc_type"], doc["doc_type"]]).fetchone()
            if row:
                return row[0]
        used = {r[0] for r in self.db.execute("SELECT serial FROM documents WHERE year=? AND serial IS NOT NULL", [year])}
        for first, last in self._blocks(year):
            for n in range(first, last + 1):
                if n not in used:
                    return n
        raise InspectorError(f"{year}年文号编号段已用完（或尚未分配）。请向区应急管理局申请新的编号段，"
                             "或用 inspector documents serial-block 配置本机编号段。",
                             f"The {year} serial block is used up (or none assigned). Ask the district for a new "
                             "block or configure one with `inspector documents serial-block`.")

    def _doc_no(self, doc_type: str, year: int, serial: int) -> str:
        s = self.settings()
        prof = self.col.profile.require()
        return s["doc_no_pattern"].format(short=prof["unit_short"], code=s["type_codes"][doc_type],
                                          year=year, serial=serial)

    # ---------- drafting ----------
    def draft(self, doc_type: str, *, inspection_id: str | None = None, hazard_ids: list[str] | None = None,
              refers_to: str | None = None, extra: dict[str, Any] | None = None) -> OpChanges:
        prof = self.col.profile.require()
        if doc_type == "rectification_notice":
            doc_type = "rectification_order" if prof["unit_kind"] == "enforcement" else "rectification_opinion"
        if doc_type not in DOC_TYPES:
            raise ValidationError(f"未知的文书类型：{doc_type}", f"Unknown document type: {doc_type}", field="doc_type")
        if doc_type == "onsite_measures_decision" and prof["unit_kind"] != "enforcement":
            raise ValidationError("现场处理措施决定书只能由执法单位出具；本单位应报告区应急管理局",
                                  "Only an enforcement unit issues the on-site measures decision; report to the "
                                  "district office instead", field="doc_type")
        ref = self.get(refers_to) if refers_to else None
        if doc_type == "reinspection_opinion" and (ref is None or ref["state"] != "issued" or ref["doc_type"] not in
                                                   ("rectification_order", "rectification_opinion")):
            raise ValidationError("复查意见书须指明所复查的、已签发的整改文书（指令书或意见书）",
                                  "A re-inspection opinion needs the issued rectification notice it follows up",
                                  field="refers_to")
        if ref is not None:
            refers_to = ref["id"]
        if inspection_id is None and ref is not None:
            inspection_id = ref["inspection_id"]
        if inspection_id is None:
            raise ValidationError("须指明现场检查", "An inspection is required", field="inspection_id")
        insp = self.col.inspections.get(inspection_id)
        if insp["status"] != "completed":
            # Every document of an inspection follows its completion: the record prints when it ended and what
            # was checked, the notice and the 现场处理措施决定书 the hazards confirmed at 完成检查, and the
            # re-inspection opinion an issued notice (docs/decisions.md, Documents).
            raise InspectionNotCompleted(rd.TITLES[doc_type], doc_type, insp["status"])
        self._refuse_second_live(doc_type, inspection_id, refers_to)
        if hazard_ids is None:
            if ref is not None:
                candidates = self.reinspection_candidates(ref["id"])
                hazard_ids = ([h["id"] for h in candidates if h["pending"]]
                              or [h["id"] for h in candidates if h["state"] != "closed"])
            else:
                hazard_ids = [r[0] for r in self.db.execute(
                    "SELECT id FROM hazards WHERE inspection_id=? ORDER BY number, created_at", [inspection_id])]
                if doc_type != "inspection_record":
                    hazard_ids = [h for h in hazard_ids if self.col.hazards.get(h)["handling"] != "rectify_on_site"
                                  and self.col.hazards.get(h)["state"] != "closed"]
                if doc_type == "onsite_measures_decision":
                    hazard_ids = [h for h in hazard_ids if self.col.hazards.get(h)["handling"] == "suspend"]
                    if not hazard_ids:
                        raise ValidationError("本次检查没有按“停产停业”处理的隐患",
                                              "No hazard of this inspection is handled by suspension",
                                              field="hazards")
        row = self.col.stamp({"id": new_id(), "doc_type": doc_type, "enterprise_id": insp["enterprise_id"],
                              "inspection_id": inspection_id, "refers_to": refers_to, "state": "draft",
                              "content": json.dumps({"hazard_ids": hazard_ids, "extra": extra or {}, "signatures": {}},
                                                    ensure_ascii=False)})
        with self.db.atomic():
            self.db.table("documents").insert(row)
            self.col.audit.append(self.col.actor(), "document.draft", "documents", row["id"], {"doc_type": doc_type})
        return OpChanges().add("documents", row["id"])

    def _refuse_second_live(self, doc_type: str, inspection_id: str, refers_to: str | None) -> None:
        """One live (draft or issued) document of a type per inspection; a re-inspection opinion may follow
        an issued one of the same notice (a further round), but not stand beside another draft."""
        if doc_type == "reinspection_opinion":
            sql, args = "refers_to=? AND state='draft'", [refers_to]
        else:
            sql, args = "inspection_id=? AND state IN ('draft', 'issued')", [inspection_id]
        row = self.db.execute(f"SELECT state, doc_no FROM documents WHERE doc_type=? AND {sql}",
                              [doc_type, *args]).fetchone()
        if row:
            title = rd.TITLES[doc_type]
            if row[0] == "draft":
                raise InspectorError(f"本次检查已有一份{title}草稿，请继续使用该草稿",
                                     f"This inspection already has a draft {doc_type}; continue that draft")
            raise InspectorError(f"本次检查已签发{title}（{row[1]}）；如需更正，请先作废该文书再重新出具",
                                 f"This inspection already has an issued {doc_type} ({row[1]}); void it first "
                                 "and reissue")

    def get(self, doc: str) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM documents WHERE id=? OR (doc_no=? AND doc_no!='')", [doc, doc]))
        if not rows:
            raise ValidationError(f"找不到文书：{doc}", f"Document not found: {doc}")
        row = rows[0]
        row["content"] = json.loads(row["content"] or "{}")
        return row

    def for_inspection(self, inspection_id: str) -> list[dict[str, Any]]:
        """The documents of one inspection, oldest first (id, doc_type, doc_no, state)."""
        return list(self.db.query("SELECT id, doc_type, doc_no, state FROM documents WHERE inspection_id=? "
                                  "ORDER BY julianday(created_at), id", [inspection_id]))

    def list(self) -> list[dict[str, Any]]:
        return list(self.db.query(
            "SELECT d.id, d.doc_type, d.doc_no, d.state, d.issued_at, d.content_hash, e.name AS enterprise "
            "FROM documents d JOIN enterprises e ON e.id=d.enterprise_id ORDER BY julianday(d.created_at), d.id"))

    def serial_status(self, year: int | None = None) -> dict[str, Any]:
        """This device's serial blocks: `assigned` (year, first, last) from the district, `local` (the
        profile setting or None) and how many numbers `used` in `year` (default: this year)."""
        year = year or clock.today().year
        with self.col.lock:
            return {"assigned": [tuple(r) for r in self.db.execute(
                        "SELECT year, first, last FROM sync_serial_blocks WHERE device_id=? ORDER BY year, first",
                        [self.col.device_id])],
                    "local": self.settings().get("serial_block"),
                    "used": self.db.execute("SELECT count(*) FROM documents WHERE year=? AND serial IS NOT NULL",
                                            [year]).fetchone()[0]}

    def can_number(self, year: int | None = None) -> bool:
        """Whether a serial block (district-assigned or local) exists for `year` (default: this year)."""
        return bool(self._blocks(year or clock.today().year))

    def _require_draft(self, doc: dict[str, Any]) -> None:
        if doc["state"] != "draft":
            raise InspectorError("文书已签发（或已作废），不能修改；如需更正请作废后重新签发。",
                                 "The document is issued (or voided) and cannot be changed; void it and reissue.")

    def set_signature(self, doc_id: str, role: str, png: bytes | None, refused_witness: str | None = None, *,
                      witness_png: bytes | None = None, refused_reason: str = "", refused_at: str = "") -> OpChanges:
        """Place a handwritten signature, or record the enterprise's 拒签: the witness (name and on-screen
        signature), the time (default now) and the reason given."""
        if role not in ROLES:
            raise ValidationError(f"签名角色无效：{role}", f"Invalid signature role: {role}", field="role")
        doc = self.get(doc_id)
        self._require_draft(doc)
        if refused_witness is not None and role != "enterprise":
            raise ValidationError("只有被检查单位可以拒签", "Only the enterprise can refuse to sign", field="role")
        if refused_witness is not None and not refused_witness.strip():
            raise ValidationError("拒签须填写见证人", "A refusal needs a witness", field="refused_witness")
        if refused_witness and len(refused_witness.strip()) > 60:
            raise ValidationError("见证人姓名过长（最多60字）", "The witness name is too long (60 characters at most)",
                                  field="refused_witness")
        if refused_at:
            try:
                refused_at = normalise(refused_at)
            except ValueError:
                raise ValidationError(f"拒签时间格式无效：{refused_at}", f"Invalid refusal time: {refused_at}",
                                      field="refused_at") from None
        entry: dict[str, Any] = {}
        with self.db.atomic():
            if png:
                entry["png"] = self.col.attachments.put_bytes(png, "signature", "image/png")
            if refused_witness:
                entry["refused_witness"] = refused_witness.strip()
                entry["refused_reason"] = refused_reason.strip()
                entry["refused_at"] = refused_at or now_iso()
                if witness_png:
                    entry["witness_png"] = self.col.attachments.put_bytes(witness_png, "signature", "image/png")
            content = doc["content"]
            content.setdefault("signatures", {})[role] = entry
            self.db.table("documents").update(doc["id"], self.col.stamp({"content": json.dumps(content, ensure_ascii=False)},
                                                                   created=False))
        return OpChanges().add("documents", doc["id"])

    def set_result(self, doc_id: str, hazard_id: str, result: str, *, new_deadline: str = "",
                   next_step: str = "") -> OpChanges:
        """Record a re-inspection result (pass/fail) for one hazard of a re-inspection opinion draft."""
        doc = self.get(doc_id)
        self._require_draft(doc)
        if doc["doc_type"] != "reinspection_opinion":
            raise ValidationError("只有整改复查意见书有复查结论", "Only a re-inspection opinion has results", field="doc_type")
        hid = self._doc_hazard(doc, hazard_id)
        if result not in ("pass", "fail"):
            raise ValidationError("复查结论须为 pass（合格）或 fail（不合格）", "The result must be pass or fail", field="result")
        if new_deadline:
            try:
                dt.date.fromisoformat(new_deadline)
            except ValueError:
                raise ValidationError(f"日期格式无效：{new_deadline}", f"Invalid date: {new_deadline}",
                                      field="new_deadline") from None
        if result == "fail" and not (new_deadline or next_step.strip()):
            raise ValidationError("不合格的隐患须给出新的整改期限或下一步措施",
                                  "A failed hazard needs a new deadline or the next step", field="new_deadline")
        content = doc["content"]
        entry = {"result": result, "new_deadline": new_deadline if result == "fail" else "",
                 "next_step": next_step.strip() if result == "fail" else ""}
        content.setdefault("extra", {}).setdefault("results", {})[hid] = entry
        with self.db.atomic():
            self.db.table("documents").update(doc["id"], self.col.stamp({"content": json.dumps(content, ensure_ascii=False)},
                                                                   created=False))
        return OpChanges().add("documents", doc["id"])

    def set_deadline(self, doc_id: str, hazard_id: str | None, deadline: str) -> OpChanges:
        """Set the rectification deadline printed on a notice draft (one hazard, or all with hazard_id=None)."""
        doc = self.get(doc_id)
        self._require_draft(doc)
        if doc["doc_type"] not in ("rectification_order", "rectification_opinion"):
            raise ValidationError("只有整改文书有整改期限", "Only a rectification notice has deadlines", field="doc_type")
        try:
            dt.date.fromisoformat(deadline)
        except ValueError:
            raise ValidationError(f"日期格式无效：{deadline}（应为 YYYY-MM-DD）", f"Invalid date: {deadline} (YYYY-MM-DD)",
                                  field="deadline") from None
        ids = doc["content"]["hazard_ids"] if hazard_id is None else [self._doc_hazard(doc, hazard_id)]
        content = doc["content"]
        for hid in ids:
            content.setdefault("extra", {}).setdefault("deadlines", {})[hid] = deadline
        with self.db.atomic():
            self.db.table("documents").update(doc["id"], self.col.stamp({"content": json.dumps(content, ensure_ascii=False)},
                                                                   created=False))
        return OpChanges().add("documents", doc["id"])

    def _doc_hazard(self, doc: dict[str, Any], hazard: str) -> str:
        """A hazard of this document by id, number or 1-based entry number."""
        ids = doc["content"]["hazard_ids"]
        if hazard in ids:
            return hazard
        if hazard.isdigit() and 1 <= int(hazard) <= len(ids):
            return ids[int(hazard) - 1]
        for hid in ids:
            if self.col.hazards.get(hid)["number"] == hazard:
                return hid
        raise ValidationError(f"该文书不包含隐患：{hazard}", f"The document does not list hazard {hazard}", field="hazard")

    # ---------- content and rendering ----------
    def build_content(self, doc: dict[str, Any], *, issue_date: str = "") -> dict[str, Any]:
        """Everything printed, as plain JSON (this is what the content hash covers)."""
        prof = self.col.profile.require()
        s = self.settings()
        insp = self.col.inspections.get(doc["inspection_id"])
        ent = self.col.enterprises.get(doc["enterprise_id"])
        results = (doc["content"].get("extra") or {}).get("results") or {}
        deadlines = (doc["content"].get("extra") or {}).get("deadlines") or {}
        hazards = []
        known = self.col.checklists.known_bases()
        for hid in doc["content"]["hazard_ids"]:
            h = self.col.hazards.get(hid)
            entry = {"id": h["id"], "number": h["number"], "place": h["place"] or "",
                     "description": self.col.checklists.printed_finding(h),
                     "legal_basis": printable_text(h["legal_basis"] or "", ent.get("sector") or "", known), "severity": h["severity"], "handling": h["handling"] or "",
                     "deadline": deadlines.get(hid) or h["deadline"] or "", "before_photos": _json_list(h["before_photos"]),
                     "after_photos": _json_list(h["after_photos"])}
            if doc["doc_type"] == "reinspection_opinion":
                r = results.get(hid) or self._recorded_result(hid, h)
                entry.update(result=r.get("result", ""), new_deadline=r.get("new_deadline", ""),
                             next_step=r.get("next_step", ""))
                for ev in self.col.hazards.events(hid):  # after-photos recorded with events
                    entry["after_photos"] += [x for x in ev["photos"] if x not in entry["after_photos"]
                                              and x not in entry["before_photos"]]
            else:
                entry["after_photos"] = []  # a record or notice shows the situation found
            hazards.append(entry)
        ref = None
        if doc["refers_to"]:
            r = self.get(doc["refers_to"])
            ref = {"doc_no": r["doc_no"], "issued_on": (r["issued_at"] or "")[:10], "title": rd.TITLES[r["doc_type"]]}
        replaces = None
        if doc.get("replaces"):
            old = self.get(doc["replaces"])
            replaces = {"doc_no": old["doc_no"], "reason": old["void_reason"] or ""}
        enforcement = prof["unit_kind"] == "enforcement"
        return {
            "doc_type": doc["doc_type"], "unit_kind": prof["unit_kind"], "unit_name": prof["unit_name"],
            "family": "安全生产行政执法文书" if enforcement else "安全生产监督检查文书",
            "settings": {k: s[k] for k in ("reconsideration_body", "court", "escalation_sentence",
                                           "onsite_measures_basis")},
            "enterprise": {"name": ent["name"], "uscc": ent.get("uscc") or "", "address": ent.get("address") or "",
                           "principal": ent.get("principal") or "", "principal_title": ent.get("principal_title") or "",
                           "phone": ent.get("phone") or ""},
            "inspection": {"place": insp.get("place") or "", "started_at": insp["started_at"],
                           "ended_at": insp.get("ended_at") or "", "purpose": insp.get("purpose") or "",
                           "onsite_person": insp.get("onsite_person") or ""},
            "inspectors": [{"name": insp.get("inspector1_name") or prof["inspector_name"],
                            "cert_no": insp.get("inspector1_cert") or prof["cert_no"]},
                           {"name": insp.get("inspector2_name") or "", "cert_no": insp.get("inspector2_cert") or ""}],
            "checklists": self._checklist_summary(insp) if doc["doc_type"] == "inspection_record" else [],
            **({"readings": self._readings_summary(insp)} if doc["doc_type"] == "inspection_record" else {}),
            "hazards": hazards, "refers_to": ref, "replaces": replaces, "issue_date": issue_date,
            "signatures": {k: {f: v.get(f) for f in ("refused_witness", "refused_reason", "refused_at") if v.get(f)}
                           for k, v in doc["content"]["signatures"].items()},
            # location evidence printed under each photo on the photo page: capture time and GPS position
            "photo_evidence": {sha: text for h in hazards for sha in h["before_photos"] + h["after_photos"]
                               if (text := self.col.attachments.evidence(sha)["text"])},
        }

    def _checklist_summary(self, insp: dict[str, Any]) -> builtins.list[dict[str, Any]]:
        """Per checklist used: counts of complies / fails / not applicable (failed items print in full as hazards)."""
        out = []
        for th in insp.get("template_hashes") or []:
            title = self.db.execute("SELECT title_zh FROM checklist_templates WHERE content_hash=?", [th]).fetchone()
            counts = dict(self.db.execute("SELECT result, COUNT(*) FROM answers WHERE inspection_id=? AND template_hash=? "
                                          "AND result IS NOT NULL GROUP BY result", [insp["id"], th]).fetchall())
            if not counts:
                continue
            out.append({"title": (title[0] if title else "") or "检查表", "total": sum(counts.values()),
                        "complies": counts.get("complies", 0), "fails": counts.get("fails", 0),
                        "not_applicable": counts.get("not_applicable", 0)})
        return out

    def _readings_summary(self, insp: dict[str, Any]) -> builtins.list[dict[str, Any]]:
        """The measured values of every answered reading item (per position where the item has positions),
        each out-of-limit value marked, as the 现场检查记录 prints them."""
        from inspector_app.core.checklists import readings as reading_rules
        answers = {(a["template_hash"], a["item_id"]): a for a in self.col.inspections.answers(insp["id"])}
        out = []
        for th in insp.get("template_hashes") or []:
            cl = self.col.checklists.get(th)
            for n, it in enumerate(cl.items, 1):
                a = answers.get((th, it.id))
                table = reading_rules.printed(it, a.get("readings")) if a and it.readings else None
                if a is None or table is None:
                    continue
                out.append({"checklist": cl.title_zh, "number": n, "result": a.get("result") or "", **table})
        return out

    def _signature_pngs(self, doc: dict[str, Any]) -> dict[str, bytes | None]:
        sigs = doc["content"].get("signatures", {})
        out = {role: self.col.attachments.read(v["png"]) if v.get("png") else None for role, v in sigs.items()}
        witness = (sigs.get("enterprise") or {}).get("witness_png")
        out["witness"] = self.col.attachments.read(witness) if witness else None
        return out

    def render_pdf(self, doc_id: str) -> bytes:
        doc = self.get(doc_id)
        if doc["state"] != "draft" and doc["pdf_sha256"]:
            return self.col.attachments.read(doc["pdf_sha256"])
        content = self.build_content(doc)
        return rd.render(content, doc_no="", signatures=self._signature_pngs(doc), photos=self.col.attachments.read)

    def page_images(self, doc_id: str, dpi: int = 150) -> builtins.list[Image]:
        """Rasterise the exact PDF (pypdfium2) for preview and printing at true A4 scale."""
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(self.render_pdf(doc_id))
        try:
            return [pdf[i].render(scale=dpi / 72).to_pil() for i in range(len(pdf))]
        finally:
            pdf.close()

    # ---------- issuing ----------
    def issue(self, doc_id: str, password: str | None = None) -> OpChanges:
        """Issue with the signing key: opened with `password`, or the one unlocked earlier this session."""
        doc = self.get(doc_id)
        self._require_draft(doc)
        signing_key = self._key_when_needed(password)
        try:
            content, today = self._issue_checks(doc)
        except InspectorError:
            signing_key()   # a wrong password is said first, as when the key was opened before the checks
            raise
        year = int(today[:4])
        with self.db.atomic():
            serial = self._serial_for(doc, year)
            doc_no = self._doc_no(doc["doc_type"], year, serial)
            content["doc_no"] = doc_no
            content_hash = hashlib.sha256(canonical(content)).hexdigest()
            key_field = {"inspection_record": None, "reinspection_opinion": "new_deadline"}.get(doc["doc_type"], "deadline")
            deadline = max((h[key_field] for h in content["hazards"] if key_field and h[key_field]), default="")
            payloads: dict[int, str] = {}

            def page_payload(page: int, total: int) -> str:   # drawn once the pages are laid out
                key = signing_key()
                kid = qrmod.key_id(key.public_key())
                facts = qrmod.QrFacts(doc_type=doc["doc_type"], unit_code=self.unit_code(), year=year, serial=serial,
                                      page=page, pages=total, issue_date=today, deadline=deadline,
                                      uscc=content["enterprise"]["uscc"], content_hash=content_hash, key_id=kid)
                payloads[page] = qrmod.make_payload(key, facts)
                return payloads[page]

            pdf = rd.render(content, doc_no=doc_no, signatures=self._signature_pngs(doc),
                            photos=self.col.attachments.read, page_mark=qrmod.drawer(page_payload),
                            qr_label=self._qr_label(doc_no))
            prof = self.col.profile.require()
            pdf = pades_sign(pdf, signing_key(), self.keys, signer_name=prof["inspector_name"], location=prof["unit_name"])
            pdf_sha = self.col.attachments.put_bytes(pdf, "pdf", "application/pdf", original_name=f"{doc_no}.pdf")
            qr_pages = [payloads[i] for i in sorted(payloads)]
            stored = dict(doc["content"], printed=content, qr=qr_pages[0], qr_pages=qr_pages)
            self.db.table("documents").update(doc["id"], self.col.stamp({
                "state": "issued", "doc_no": doc_no, "year": year, "serial": serial, "content_hash": content_hash,
                "pdf_sha256": pdf_sha, "issued_at": now_iso(), "issued_by": self.col.actor(),
                "content": json.dumps(stored, ensure_ascii=False)}, created=False))
            if doc["doc_type"] in ("rectification_order", "rectification_opinion"):
                for h in content["hazards"]:
                    self.col.hazards.add_event(h["id"], "notice_issued",
                                               data={"deadline": h["deadline"], "document_id": doc["id"], "doc_no": doc_no})
            elif doc["doc_type"] == "onsite_measures_decision":
                for h in content["hazards"]:  # the decision is the suspension order
                    self.col.hazards.add_event(h["id"], "suspension_ordered", data={
                        "scope": h["place"] or "", "date": today, "doc_no": doc_no, "document_id": doc["id"]})
            elif doc["doc_type"] == "reinspection_opinion":
                for h in content["hazards"]:
                    data = {"document_id": doc["id"], "doc_no": doc_no}
                    if h["result"] == "pass" and self.col.hazards.get(h["id"])["state"] != "closed":
                        self.col.hazards.add_event(h["id"], "reinspection_passed", data=data)
                    elif h["result"] == "fail" and self._recorded_result(h["id"], self.col.hazards.get(h["id"])) != {
                            "result": "fail", "new_deadline": h["new_deadline"]}:
                        data.update(new_deadline=h["new_deadline"], next_step=h["next_step"])
                        self.col.hazards.add_event(h["id"], "reinspection_failed", data=data)
            self.col.audit.append(self.col.actor(), "document.issue", "documents", doc["id"], {"doc_no": doc_no})
        return OpChanges().add("documents", doc["id"]).add("hazards")

    def _issue_checks(self, doc: dict[str, Any]) -> tuple[dict[str, Any], str]:
        """What must hold before a document is issued; returns its printed content and the issue date."""
        sigs = doc["content"].get("signatures", {})
        for role, zh in (("inspector1", "检查人员一"), ("inspector2", "检查人员二")):
            if not sigs.get(role, {}).get("png"):
                raise ValidationError(f"缺少{zh}的签名", f"Missing signature: {role}", field=role)
        ent_sig = sigs.get("enterprise", {})
        if not (ent_sig.get("png") or ent_sig.get("refused_witness")):
            raise ValidationError("缺少被检查单位负责人签名（或拒签及见证人）",
                                  "Missing the enterprise's signature (or refusal with witness)", field="enterprise")
        if ent_sig.get("refused_witness") and not ent_sig.get("png") and not ent_sig.get("witness_png"):
            raise ValidationError("拒签须由见证人在屏幕上签名", "A refusal needs the witness's signature on screen",
                                  field="witness")
        today = today_iso()
        content = self.build_content(doc, issue_date=today)
        if doc["doc_type"] in ("rectification_order", "rectification_opinion"):
            if not content["hazards"]:
                raise ValidationError("整改文书没有隐患", "The notice lists no hazards", field="hazards")
            for h in content["hazards"]:
                if not h["deadline"]:
                    raise ValidationError(f"隐患 {h['number']}（{h['description']}）没有整改期限，请先填写期限",
                                          f"Hazard {h['number']} has no deadline; set one first", field="deadline")
            for h in content["hazards"]:
                if self.col.hazards.get(h["id"])["state"] == "closed":
                    raise ValidationError(f"隐患 {h['number']} 已销号，不能再责令整改", f"Hazard {h['number']} is already closed",
                                          field="hazards")
                if h["deadline"] < today:
                    raise ValidationError(f"隐患 {h['number']} 的整改期限（{h['deadline']}）早于签发日期，请改为今后的日期",
                                          f"Hazard {h['number']}: the deadline {h['deadline']} is before the issue date",
                                          field="deadline")
        if doc["doc_type"] == "reinspection_opinion":
            for h in content["hazards"]:
                if h["result"] == "fail" and h["new_deadline"] and h["new_deadline"] < today:
                    raise ValidationError(f"隐患 {h['number']} 的新整改期限早于签发日期",
                                          f"Hazard {h['number']}: the new deadline is before the issue date",
                                          field="new_deadline")
                if h["result"] not in ("pass", "fail"):
                    raise ValidationError(f"隐患 {h['number']} 尚未填写复查结论（合格/不合格）",
                                          f"Hazard {h['number']} has no re-inspection result yet", field="result")
        for h in content["hazards"]:
            for sha in h["before_photos"] + h["after_photos"]:
                if not self.col.attachments.exists(sha):
                    raise InspectorError(f"照片文件缺失：{sha[:12]}（隐患 {h['number']}）",
                                         f"Photo file missing: {sha[:12]} (hazard {h['number']})")
        return content, today

    def _key_when_needed(self, password: str | None) -> Callable[[], Any]:
        """The signing key, as a call made when it is first needed. With a password, the key is opened
        (Argon2id, ~0.3 s, outside the GIL) on a thread while the document is checked and laid out: the
        key is first used for the QR signatures, drawn after the layout. A wrong password is raised there,
        inside the issuing transaction, so nothing is numbered or stored."""
        if password is None:
            key = self.keys.unlock()
            return lambda: key
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="unlock")
        opened = pool.submit(self.keys.load, password)
        pool.shutdown(wait=False)
        return opened.result

    def reinspection_candidates(self, notice_id: str) -> builtins.list[dict[str, Any]]:
        """The hazards of an issued notice as a 整改复查意见书 may cover them, in the notice's order: each
        hazard with `pending` (a re-inspection result recorded since its latest notice, in 隐患处理, that no
        issued opinion of this notice carries yet) and `choosable` (pending, or not closed). An opinion
        drafted without a list covers the pending ones, else those not closed."""
        notice = self.get(notice_id)
        opinions = [(clock.instant_key(r[0]), set(json.loads(r[1]).get("hazard_ids") or [])) for r in self.db.execute(
            "SELECT issued_at, content FROM documents WHERE refers_to=? AND doc_type='reinspection_opinion' "
            "AND state='issued'", [notice["id"]])]
        out = []
        for hid in notice["content"]["hazard_ids"]:
            h = self.col.hazards.get(hid)
            result = None
            for ev in self.col.hazards.events(hid):
                if ev["kind"] == "notice_issued":
                    result = None   # results before the current notice belong to an earlier round
                elif ev["kind"] in ("reinspection_passed", "reinspection_failed"):
                    result = ev
            pending = result is not None and not result["data"].get("document_id") and not any(
                hid in listed and at >= clock.instant_key(result["at"]) for at, listed in opinions)
            out.append(dict(h, pending=pending, choosable=pending or h["state"] != "closed"))
        return out

    def _recorded_result(self, hazard_id: str, hazard: dict) -> dict:
        """The re-inspection result already recorded on the hazard (e.g. in the hazard dialog), used when
        the opinion has none of its own: the latest pass/fail event, or pass for a closed hazard."""
        for ev in reversed(self.col.hazards.events(hazard_id)):
            if ev["kind"] == "reinspection_passed":
                return {"result": "pass"}
            if ev["kind"] == "reinspection_failed":
                return {"result": "fail", "new_deadline": ev["data"].get("new_deadline", "")}
            if ev["kind"] == "notice_issued":
                break  # results before the current notice belong to an earlier round
        return {"result": "pass"} if hazard["state"] == "closed" else {}

    def void(self, doc_id: str, reason: str) -> OpChanges:
        doc = self.get(doc_id)
        if doc["state"] != "issued":
            raise InspectorError("只能作废已签发的文书", "Only an issued document can be voided")
        if not reason.strip():
            raise ValidationError("作废须说明原因", "Voiding needs a reason", field="reason")
        with self.db.atomic():
            self.db.table("documents").update(doc["id"], self.col.stamp(
                {"state": "voided", "voided_at": now_iso(), "void_reason": reason.strip()}, created=False))
            self.col.audit.append(self.col.actor(), "document.void", "documents", doc["id"], {"reason": reason})
        return OpChanges().add("documents", doc["id"])

    def reissue(self, doc_id: str) -> OpChanges:
        """A new draft replacing a voided document (same inspection, hazards and type)."""
        doc = self.get(doc_id)
        if doc["state"] != "voided":
            raise InspectorError("只能对已作废的文书重新出具", "Only a voided document can be reissued")
        if self.db.execute("SELECT 1 FROM documents WHERE replaces=?", [doc["id"]]).fetchone():
            raise InspectorError("该作废文书已有替代文书", "This voided document already has a replacement")
        with self.db.atomic():
            changes = self.draft(doc["doc_type"], inspection_id=doc["inspection_id"],
                                 hazard_ids=doc["content"]["hazard_ids"], refers_to=doc["refers_to"],
                                 extra=doc["content"].get("extra"))
            assert changes.id is not None  # draft() names the document it created
            self.db.table("documents").update(changes.id, self.col.stamp({"replaces": doc["id"]}, created=False))
        return changes

    # ---------- verification ----------
    def unit_code(self) -> int:
        """The issuing unit's division code as carried in the QR (its township's code; 0 when none)."""
        prof = self.col.profile.get() or {}
        row = self.db.execute("SELECT code FROM townships WHERE id=?", [prof.get("township_id")]).fetchone()
        return qrmod.unit_code(row[0] if row else "")

    def _qr_label(self, doc_no: str):
        prof = self.col.profile.require()

        def label(page: int, total: int) -> list[str]:
            code = self.unit_code()
            return [f"文号：{doc_no}　第{page}页／共{total}页",
                    f"签发单位：{prof['unit_name']}" + (f"（区划代码{code}）" if code else ""),
                    "核验：用本系统“核验”扫描右侧二维码（每页一码），",
                    "或将二维码内容交区应急管理局核验。"]
        return label

    def verify_qr(self, payload: str) -> dict[str, Any]:
        """Check the payload's signature; if this database holds the document, also its hash, page count and state.
        QrUnknownIssuer when no key known here signed it, QrAltered when a known key's signature fails."""
        try:
            facts, who = qrmod.verify(payload, self.keys.known())
        except InspectorError:
            raise
        except Exception:  # noqa: BLE001 - any other failure of a scanned payload is a message, not a traceback
            raise qrmod.QrAltered("二维码内容无法核验：被改动或扫描不完整", "The QR payload cannot be verified: "
                                  "altered or scanned incompletely") from None
        out: dict[str, Any] = {"doc_type": facts.doc_type, "title": rd.TITLES[facts.doc_type],
                               "year": facts.year, "serial": facts.serial, "unit_code": facts.unit_code,
                               "page": f"{facts.page}/{facts.pages}", "uscc": facts.uscc, "issue_date": facts.issue_date,
                               "deadline": facts.deadline, "content_hash": facts.content_hash, "signed_by": who,
                               "record": "not in local database"}
        rows = list(self.db.query("SELECT id FROM documents WHERE doc_type=? AND year=? AND serial=? AND state!='draft'",
                                  [facts.doc_type, facts.year, facts.serial]))
        for row in rows:
            doc = self.get(row["id"])
            if (doc["content_hash"] or "").startswith(facts.content_hash):
                pages = doc["content"].get("qr_pages")
                if pages is not None and len(pages) != facts.pages:
                    raise qrmod.QrAltered("二维码的页数与本机记录不符", "The QR's page count differs from the local record")
                out.update(doc_no=doc["doc_no"], record="matches", state=doc["state"])
                self._refuse_voided(doc)
                break
        else:
            if rows:
                raise qrmod.QrAltered("二维码与本机记录的同号文书内容不符",
                                      "The QR does not match the local record of this number")
        return out

    def verify_pdf(self, data: bytes) -> dict[str, Any]:
        """PAdES signature intact, covering the whole file, certified without later changes, chaining to a
        trusted cert; record matches. Every failure is a clear InspectorError, never a library traceback."""
        from inspector_app.core.errors import UnusableInput
        if not data.startswith(b"%PDF"):
            raise UnusableInput("这不是PDF文件", "This is not a PDF file")
        try:
            return self._verify_pdf(data)
        except InspectorError:
            raise
        except Exception:  # noqa: BLE001 - hostile or damaged files must end in a message, not a traceback
            raise InspectorError("无法核验此PDF：文件已损坏、被改动或不是本系统签发的文书",
                                 "This PDF cannot be verified: it is damaged, altered or not a document issued "
                                 "by this app") from None

    def _verify_pdf(self, data: bytes) -> dict[str, Any]:
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext
        damaged = InspectorError("PDF已损坏或在签发后被改动", "The PDF is damaged or was altered after issue")
        try:
            sigs = PdfFileReader(io.BytesIO(data)).embedded_signatures
        except Exception:  # noqa: BLE001 - a damaged file is an invalid document
            raise damaged from None
        if not sigs:
            raise InspectorError("PDF没有数字签名：不是签发的文书，或签名已被去除",
                                 "The PDF carries no digital signature: not an issued document, or it was removed")
        try:
            st = validate_pdf_signature(sigs[-1], ValidationContext(trust_roots=self.keys.trust_roots()))
        except Exception:  # noqa: BLE001
            raise InspectorError("数字签名无法核验：签名数据损坏或格式不受支持",
                                 "The digital signature cannot be checked: its data is damaged or of an "
                                 "unsupported kind") from None
        if not (st.intact and st.valid):
            raise InspectorError("数字签名无效：文件在签发后被改动", "Digital signature invalid: the file was changed after issue")
        if str(st.coverage).split(".")[-1] != "ENTIRE_FILE":
            raise InspectorError("签发后文件被追加了内容", "Content was appended to the file after issue")
        if getattr(st, "docmdp_ok", True) is False:
            raise InspectorError("文书为不允许修改的认证文书，但签发后被修改", "The certified document was modified after issue")
        if not st.trusted:
            raise InspectorError("签名完好，但签名证书不是本机信任的检查员或区应急管理局所签发：无法在本机确认签发人。"
                                 "请向签发单位或区应急管理局核验。",
                                 "The signature is intact, but its certificate is not one this computer trusts "
                                 "(this inspector's or the district office's): the issuer cannot be confirmed here. "
                                 "Ask the issuing unit or the district office.")
        # Bytes inside /Contents are outside the signed byte range: every certificate carried there must be
        # one that validation actually used, and the hex string must hold exactly the DER plus zero padding.
        vpath = getattr(st, "validation_path", None)
        path = {c.dump() for c in (vpath.iter_certs(include_root=True) if vpath is not None else [])}
        path.add(st.signing_cert.dump())
        # pades_sign also embeds the district CA that issued the signing certificate
        path |= {r.dump() for r in self.keys.trust_roots() if r.subject.dump() == st.signing_cert.issuer.dump()}
        embedded = sigs[-1].signed_data["certificates"]
        if any(c.chosen.dump() not in path for c in (embedded or [])):
            raise InspectorError("签名数据被改动（含有不属于签名链的证书）",
                                 "The signature data was altered (a certificate outside the signing chain)")
        from asn1crypto import cms
        raw = bytes(sigs[-1].pkcs7_content)
        try:
            info = cms.ContentInfo.load(raw)
            der = info.dump()
            canonical_der = info.dump(force=True)
        except (ValueError, TypeError):
            canonical_der, der = b"", b"-"
        if raw[:len(der)] != der or raw[len(der):].strip(b"\x00") or canonical_der != der \
                or not _cms_shape_ok(info, st.signing_cert):
            raise InspectorError("签名数据被改动", "The signature data was altered")
        revoked = self.keys.revoked_at(st.signing_cert.serial_number)
        signed_at = getattr(st, "signer_reported_dt", None)  # whole seconds: the revocation's second counts as after
        if revoked and (signed_at is None or signed_at >= dt.datetime.fromisoformat(revoked).replace(microsecond=0)):
            raise InspectorError(f"签名证书已于{revoked[:10]}被区应急管理局吊销，此后签发的文书无效",
                                 f"The signing certificate was revoked by the district office on {revoked[:10]}; "
                                 f"documents signed after that are not valid")
        facts: dict[str, Any] = {"signed_by": st.signing_cert.subject.human_friendly,
                                 "issuer": st.signing_cert.issuer.human_friendly,
                                 "record": "not in local database"}
        row = self.db.execute("SELECT id FROM documents WHERE pdf_sha256=?", [hashlib.sha256(data).hexdigest()]).fetchone()
        if row:
            doc = self.get(row[0])
            if hashlib.sha256(canonical(doc["content"]["printed"])).hexdigest() != doc["content_hash"]:
                raise InspectorError("数据库中的文书内容与其哈希不符", "The stored content does not match its hash")
            facts.update(doc_no=doc["doc_no"], state=doc["state"], content_hash=doc["content_hash"], record="matches")
            self._refuse_voided(doc)
        return facts

    def _refuse_voided(self, doc: dict[str, Any]) -> None:
        if doc["state"] == "voided":
            raise InspectorError(f"文书{doc['doc_no']}已于{(doc['voided_at'] or '')[:10]}作废（原因：{doc['void_reason']}）",
                                 f"Document {doc['doc_no']} was voided on {(doc['voided_at'] or '')[:10]} "
                                 f"(reason: {doc['void_reason']})")


def pades_sign(pdf: bytes, key, keys: Keys, *, signer_name: str = "", location: str = "") -> bytes:
    """Certify the document with a PAdES signature (pyHanko): ECDSA P-256 with SHA-256, signing time, a DocMDP
    certification that allows no changes, and the certificate chain embedded (`Keys.chain()`: the
    district-issued certificate and the district root once the district has certified the key)."""
    from asn1crypto import keys as akeys, x509 as ax509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    if not keys.cert_path.is_file():
        keys.self_signed_cert(key)
    certs = [ax509.Certificate.load(der) for der in keys.chain()]  # leaf first, then its issuers
    chain = certs[1:]
    k = akeys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=certs[0], signing_key=k,
                                  cert_registry=SimpleCertificateStore.from_certs(chain))
    meta = signers.PdfSignatureMetadata(field_name="InspectorSignature", subfilter=fields.SigSeedSubFilter.PADES,
                                        md_algorithm="sha256", certify=True,
                                        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
                                        name=signer_name or None, location=location or None)
    out = _clocked_signer_class()(meta, signer=signer).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)))
    return out.getvalue()


@functools.cache
def _clocked_signer_class():
    from pyhanko.sign import signers

    class ClockedPdfSigner(signers.PdfSigner):
        """pyHanko reads the system clock for the signing time; ours comes from core.clock, like every other
        time the app records (the QR's issue date, the stored issued_at)."""

        def init_signing_session(self, pdf_out, existing_fields_only=False):
            session = super().init_signing_session(pdf_out, existing_fields_only)
            session.system_time = clock.now()
            return session

    return ClockedPdfSigner


def _cms_shape_ok(info, signing_cert) -> bool:
    """The unsigned parts of our CMS must be exactly what pades_sign writes (no slack for altered bytes)."""
    try:
        sd = info["content"]
        si = sd["signer_infos"]
        if info["content_type"].native != "signed_data" or sd["version"].native != "v1" or len(si) != 1:
            return False
        si = si[0]
        sid = si["sid"]
        return (si["version"].native == "v1" and sid.name == "issuer_and_serial_number"
                and sid.chosen["issuer"].dump() == signing_cert.issuer.dump()
                and sid.chosen["serial_number"].native == signing_cert.serial_number
                and [a.dump() for a in sd["digest_algorithms"]] == [si["digest_algorithm"].dump()]
                and sd["encap_content_info"]["content_type"].native == "data"
                and sd["encap_content_info"]["content"].native is None
                and not sd["crls"] and not si["unsigned_attrs"])
    except (ValueError, TypeError, KeyError):
        return False


def _json_list(value: Any) -> list[str]:
    return json.loads(value) if isinstance(value, str) else list(value or [])


