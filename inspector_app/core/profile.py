"""The local profile: who uses this installation, for which unit, in which role."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from inspector_app.core.changes import OpChanges
from inspector_app.core.clock import new_id
from inspector_app.core.errors import InspectorError, ValidationError

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection

ROLES = ("inspector", "district")
UNIT_KINDS = ("enforcement", "supervision")


class Profile:
    def __init__(self, col: "Collection"):
        self.col = col
        self.db = col.db

    def get(self) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM profile LIMIT 1"))
        if not rows:
            return None
        row = rows[0]
        row["settings"] = json.loads(row["settings"] or "{}")
        return row

    def require(self) -> dict[str, Any]:
        """The profile, or a clear error when this data directory has none yet."""
        prof = self.get()
        if prof is None:
            raise InspectorError("尚未填写个人资料：请先运行 inspector init（或在程序中填写）。",
                                 "No profile yet: run `inspector init` first (or fill it in in the app).")
        return prof

    def exists(self) -> bool:
        return self.get() is not None

    def init(self, *, role: str, name: str, cert_no: str, unit: str, township: str = "",
             district: str = "", unit_short: str = "", unit_kind: str = "supervision",
             township_code: str = "") -> OpChanges:
        """Create or replace the profile. A township given by name is created if missing."""
        if role not in ROLES:
            raise ValidationError(f"角色无效：{role}（应为 inspector 或 district）",
                                  f"Invalid role: {role} (inspector or district)", field="role")
        if unit_kind not in UNIT_KINDS:
            raise ValidationError("单位类型无效", "Invalid unit kind", field="unit_kind")
        for value, key, zh, en in ((name, "name", "姓名不能为空", "A name is required"),
                                   (cert_no, "cert_no", "证号不能为空", "A certificate number is required"),
                                   (unit, "unit", "单位名称不能为空", "A unit name is required")):
            if not value.strip():
                raise ValidationError(zh, en, field=key)
        check_township_code(township_code)
        if role == "inspector" and not township.strip():
            raise ValidationError("检查员须指定所属乡镇/街道", "An inspector needs a township", field="township")
        changes = OpChanges()
        with self.db.atomic():
            township_id = None
            if township.strip():
                existing = self.col.townships.by_name(township.strip())
                township_id = existing["id"] if existing else self.col.townships.ensure(
                    township_code or _code_for(township), township.strip(), district)
            old = self.get()
            row: dict[str, Any] = {
                "id": old["id"] if old else new_id(),
                "role": role, "inspector_name": name.strip(), "cert_no": cert_no.strip(),
                "unit_name": unit.strip(), "unit_short": unit_short.strip() or _short(unit),
                "unit_kind": unit_kind, "township_id": township_id, "district": district.strip(),
                "settings": json.dumps(old["settings"] if old else {}, ensure_ascii=False),
            }
            self.col.stamp(row, created=old is None)
            if old:
                self.db.table("profile").update(row["id"], row)
            else:
                self.db.table("profile").insert(row)
            self.db.table("devices").upsert({
                "id": self.col.device_id, "name": name.strip(), "role": role,
                "township_id": township_id, "status": "self",
                "created_at": row["updated_at"], "updated_at": row["updated_at"],
            }, pk="id")
            self.col.audit.append(name.strip(), "profile.init", "profile", row["id"],
                                  {"role": role, "unit": unit.strip(), "township": township.strip()})
        return changes.add("profile", row["id"])

    def init_with_settings(self, settings: dict[str, Any] | None = None, **fields: Any) -> OpChanges:
        """`init` and then `update_settings(**settings)`, as one transaction (the profile form)."""
        with self.col.db.atomic():
            changes = self.init(**fields)
            if settings:
                changes.merge(self.update_settings(**settings))
        return changes

    def colleagues(self) -> list[dict[str, str]]:
        """Second inspectors this inspector went out with (name, cert_no), most recent first."""
        prof = self.get()
        return list((prof or {}).get("settings", {}).get("colleagues") or []) if prof else []

    def remember_colleague(self, name: str, cert_no: str, keep: int = 20) -> OpChanges | None:
        """Put a second inspector at the head of the colleagues list (nothing when the name is empty or
        the list already starts with exactly this colleague)."""
        name, cert_no = name.strip(), cert_no.strip()
        with self.col.lock:      # the list read and written back as one step
            if not name or self.get() is None:
                return None
            current = self.colleagues()
            entry = {"name": name, "cert_no": cert_no}
            if current[:1] == [entry]:
                return None
            rest = [c for c in current if c.get("name") != name]
            return self.update_settings(colleagues=[entry] + rest[:keep - 1])

    def update_settings(self, **values: Any) -> OpChanges:
        """Change some settings and keep the others. Read and written as one step under the connection's lock:
        the settings are one value that the GUI thread and the database worker both write."""
        with self.col.lock:
            prof = self.get()
            if prof is None:
                raise ValidationError("尚未创建用户资料", "No profile yet")
            settings = dict(prof["settings"], **values)
            row = {"settings": json.dumps(settings, ensure_ascii=False)}
            self.col.stamp(row, created=False)
            with self.db.atomic():
                self.db.table("profile").update(prof["id"], row)
                self.col.audit.append(self.col.actor(), "profile.settings", "profile", prof["id"], values)
        return OpChanges().add("profile", prof["id"])


def check_township_code(code: str) -> None:
    """A statistical division code is 9 (township) or 12 digits; empty means 'derive one from the name'."""
    code = code.strip()
    if code and not (code.isascii() and code.isdigit() and len(code) in (9, 12)):
        raise ValidationError(f"乡镇区划代码无效：{code}（应为9位或12位数字）",
                              f"Invalid township code: {code} (9 or 12 digits)", field="township_code")


def _short(unit: str) -> str:
    """A short unit name for 文号 when none is given: the part before 镇/街道."""
    for sep in ("街道", "镇", "乡", "区", "县"):
        if sep in unit:
            return unit.split(sep)[0][-2:] or unit[:2]
    return unit[:2]


def _code_for(township: str) -> str:
    """A stable stand-in code for a township given by name only (same on every device)."""
    import hashlib
    return "T" + hashlib.sha256(township.strip().encode("utf-8")).hexdigest()[:8]
