"""Townships and enterprises (the inspected parties)."""

from __future__ import annotations

import json
import re
import uuid
from typing import TYPE_CHECKING, Any

from inspector_app.core import uscc as uscc_mod
from inspector_app.core.changes import OpChanges
from inspector_app.core.clock import new_id
from inspector_app.core.errors import ValidationError

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection

# Risk tags used to suggest checklists (config-free: the checklist files name the tags they apply to).
RISK_TAGS = ("涉有限空间", "涉高处作业", "涉动火作业", "涉外包施工", "涉粉尘", "涉氨", "涉危化品", "涉燃气")

# Sector identifiers and their Chinese names. The sector decides which legal bases bind the enterprise
# (e.g. 令10 重大事故隐患判定标准 applies to 工贸 only); '' = not yet classified.
SECTORS = {"industry_trade": "工贸", "hazardous_chemicals": "危化", "construction": "建筑", "other": "其他"}
# 分级分类 supervision classes, A (closest supervision) to D; '' = not yet classified.
SUPERVISION_CLASSES = ("A", "B", "C", "D")

_PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$")
EDITABLE = ("township_id", "name", "uscc", "address", "principal", "principal_title", "phone",
            "industry", "risk_tags", "notes", "sector", "supervision_class")


def township_id_for(code: str) -> str:
    """The township's record id, derived from its administrative code (same on every device)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "inspector-township:" + code.strip()))


def phone_problem(phone: str) -> tuple[str, str] | None:
    phone = phone.strip().replace(" ", "")
    if not phone or _PHONE.match(phone):
        return None
    return ("电话号码格式不正确（手机11位，座机如0537-1234567）",
            "Invalid phone number (mobile: 11 digits; landline like 0537-1234567)")


class Townships:
    def __init__(self, col: "Collection"):
        self.col = col
        self.db = col.db

    def add(self, code: str, name: str, district: str = "") -> OpChanges:
        code, name = code.strip(), name.strip()
        if not name or not code:
            raise ValidationError("乡镇名称和代码不能为空", "A township needs a name and a code")
        # The id follows from the code, so every device (and the district) names a township alike.
        row = {"id": township_id_for(code), "code": code, "name": name, "district": district}
        self.col.stamp(row)
        with self.db.atomic():
            self.db.table("townships").insert(row)
            self.col.audit.append(self.col.actor(), "township.add", "townships", row["id"], {"name": name})
        return OpChanges().add("townships", row["id"])

    def ensure(self, code: str, name: str, district: str = "") -> str:
        """The id of the township with this code, created if missing."""
        row = self.db.execute("SELECT id FROM townships WHERE code=?", [code]).fetchone()
        if row:
            return row[0]
        return self.add(code, name, district).id  # type: ignore[return-value]

    def name(self, township_id: str | None) -> str:
        """The township's name ('' when unknown)."""
        row = self.db.execute("SELECT name FROM townships WHERE id=?", [township_id]).fetchone() if township_id else None
        return row[0] if row else ""

    def by_name(self, name: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM townships WHERE name=?", [name]))
        return rows[0] if rows else None

    def all(self, *, with_office: bool = False) -> list[dict[str, Any]]:
        """The townships, by code. The district office's own entry (`office_id`) is no township and is
        left out unless `with_office`."""
        office = None if with_office else self.office_id()
        return [t for t in self.db.query("SELECT * FROM townships ORDER BY code") if t["id"] != office]

    def office_id(self) -> str | None:
        """At the district, the township entry its own profile names (a 区局 typed into 乡镇/街道) when no
        enterprise belongs to it: the office, not a township to count, plan or report on. None elsewhere,
        and None when the district named a real township (one with enterprises) as its seat."""
        row = self.db.execute(
            "SELECT p.township_id FROM profile p WHERE p.role = 'district' AND p.township_id IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM enterprises e WHERE e.township_id = p.township_id) LIMIT 1").fetchone()
        return row[0] if row else None


class Enterprises:
    def __init__(self, col: "Collection"):
        self.col = col
        self.db = col.db

    def validate(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Return cleaned fields or raise ValidationError naming the field."""
        out = {k: fields[k] for k in EDITABLE if k in fields}
        if "name" in out:
            out["name"] = str(out["name"]).strip()
            if not out["name"]:
                raise ValidationError("企业名称不能为空", "The enterprise name is required", field="name")
        if "uscc" in out:
            out["uscc"] = uscc_mod.validate(str(out["uscc"]))
        if "phone" in out:
            why = phone_problem(str(out["phone"]))
            if why:
                raise ValidationError(why[0], why[1], field="phone")
            out["phone"] = str(out["phone"]).strip()
        if "supervision_class" in out:
            out["supervision_class"] = str(out["supervision_class"] or "").strip().upper()
            if out["supervision_class"] and out["supervision_class"] not in SUPERVISION_CLASSES:
                raise ValidationError(f"未知的分级：{out['supervision_class']}（应为A、B、C或D）",
                                      f"Unknown supervision class: {out['supervision_class']} (A, B, C or D)",
                                      field="supervision_class")
        if "sector" in out:
            out["sector"] = str(out["sector"] or "").strip()
            if out["sector"] and out["sector"] not in SECTORS:
                raise ValidationError(f"未知的行业类别：{out['sector']}", f"Unknown sector: {out['sector']}", field="sector")
        if "risk_tags" in out and not isinstance(out["risk_tags"], str):
            out["risk_tags"] = json.dumps(list(out["risk_tags"]), ensure_ascii=False)
        return out

    def add(self, fields: dict[str, Any]) -> OpChanges:
        for key, zh, en in (("name", "企业名称不能为空", "The enterprise name is required"),
                            ("uscc", "统一社会信用代码不能为空", "The credit code is required"),
                            ("township_id", "请选择所属乡镇", "Choose a township")):
            if not str(fields.get(key) or "").strip():
                raise ValidationError(zh, en, field=key)
        row = self.validate(fields)
        self._check_unique(row["uscc"], None)
        row["id"] = fields.get("id") or new_id()
        self.col.stamp(row)
        with self.db.atomic():
            self.db.table("enterprises").insert(row)
            self.col.audit.append(self.col.actor(), "enterprise.add", "enterprises", row["id"],
                                  {"name": row["name"], "uscc": row["uscc"]})
        return OpChanges().add("enterprises", row["id"])

    def update(self, enterprise_id: str, fields: dict[str, Any]) -> OpChanges:
        row = self.validate(fields)
        if "uscc" in row:
            self._check_unique(row["uscc"], enterprise_id)
        self.get(enterprise_id)
        self.col.stamp(row, created=False)
        with self.db.atomic():
            self.db.table("enterprises").update(enterprise_id, row)
            self.col.audit.append(self.col.actor(), "enterprise.update", "enterprises", enterprise_id,
                                  {k: v for k, v in row.items() if k in EDITABLE})
        return OpChanges().add("enterprises", enterprise_id)

    def _check_unique(self, code: str, own_id: str | None) -> None:
        row = self.db.execute("SELECT id, name FROM enterprises WHERE uscc=?", [code]).fetchone()
        if row and row[0] != own_id:
            raise ValidationError(
                f"该统一社会信用代码已登记为“{row[1]}”",
                f"This credit code is already registered to '{row[1]}'",
                field="uscc",
            )

    def get(self, enterprise_id: str) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM enterprises WHERE id=?", [enterprise_id]))
        if not rows:
            raise ValidationError("找不到该企业", "Enterprise not found")
        row = rows[0]
        row["risk_tags"] = json.loads(row["risk_tags"] or "[]")
        return row

    def names(self) -> list[tuple[str, str]]:
        """(id, name) of every enterprise not deleted, by name (choosers)."""
        return [(r[0], r[1]) for r in self.db.execute("SELECT id, name FROM enterprises WHERE deleted=0 ORDER BY name")]

    def overview(self, enterprise_id: str) -> dict[str, Any]:
        """What the enterprise detail shows: the enterprise, its township's name, the latest 20
        inspections and 50 hazards, and its three ledgers (confined spaces, height projects, contractors)."""
        with self.col.lock:
            e = self.get(enterprise_id)
            town = self.db.execute("SELECT name FROM townships WHERE id=?", [e["township_id"]]).fetchone()
            return {
                "enterprise": e,
                "township_name": town[0] if town else "",
                "inspections": list(self.db.query(
                    "SELECT id, started_at, inspector1_name, inspector2_name, status FROM inspections "
                    "WHERE enterprise_id=? ORDER BY julianday(started_at) DESC LIMIT 20", [enterprise_id])),
                "hazards": list(self.db.query(
                    "SELECT id, number, description, state, deadline, severity FROM hazards "
                    "WHERE enterprise_id=? ORDER BY found_on DESC LIMIT 50", [enterprise_id])),
                "ledgers": {t: list(self.db.query(f"SELECT * FROM {t} WHERE enterprise_id=? AND deleted=0",
                                                  [enterprise_id]))
                            for t in ("confined_spaces", "height_projects", "contractors")},
            }

    def by_uscc(self, code: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT id FROM enterprises WHERE uscc=?", [uscc_mod.normalise(code)]).fetchone()
        return self.get(row[0]) if row else None

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM enterprises WHERE deleted=0").fetchone()[0]
