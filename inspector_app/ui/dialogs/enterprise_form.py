"""Add/edit an enterprise with validation messages beside the fields; nothing is written until valid."""

from __future__ import annotations


from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from inspector_app.ui import theme
from inspector_app.core import uscc
from inspector_app.core.enterprises import phone_problem
from inspector_app.core.errors import ValidationError
from inspector_app.core.i18n import pick
from inspector_app.ui.widgets.dialog_size import open_size


class FieldError(QLabel):
    def __init__(self):
        super().__init__()
        self.setStyleSheet(theme.style("error"))
        self.setWordWrap(True)
        self.hide()

    def show_text(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


class EnterpriseDialog(QDialog):
    FIELDS = ("name", "uscc", "township_id", "address", "principal", "principal_title", "phone", "industry",
              "sector", "supervision_class", "risk_tags")

    def __init__(self, col, enterprise_id: str | None, parent=None):
        super().__init__(parent)
        self.col = col
        self.enterprise_id = enterprise_id
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("编辑企业") if enterprise_id else self.tr("新增企业"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        lay.addLayout(form)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, FieldError] = {}
        labels = {"name": self.tr("企业名称"), "uscc": self.tr("统一社会信用代码"), "township_id": self.tr("所属乡镇"),
                  "address": self.tr("地址"), "principal": self.tr("主要负责人"), "principal_title": self.tr("职务"),
                  "phone": self.tr("联系电话"), "industry": self.tr("行业"), "sector": self.tr("行业类别"),
                  "supervision_class": self.tr("分级（检查频次）"),
                  "risk_tags": self.tr("风险标签（用顿号或逗号分隔）")}
        for key in self.FIELDS:
            if key == "township_id":
                w = QComboBox()
                for t in col.townships.all():
                    w.addItem(t["name"], t["id"])
                prof = col.profile.get()
                if prof and prof.get("township_id"):
                    w.setCurrentIndex(max(0, w.findData(prof["township_id"])))
            elif key == "sector":   # decides which legal bases bind it (令10 applies to 工贸 only)
                w = QComboBox()
                w.addItem(self.tr("未分类（按工贸企业对待）"), "")
                for sid, text in (("industry_trade", self.tr("工贸")), ("hazardous_chemicals", self.tr("危化")),
                                  ("construction", self.tr("建筑")), ("other", self.tr("其他"))):
                    w.addItem(text, sid)
            elif key == "supervision_class":   # 分级分类: how often the annual plan visits it (docs/plans.md)
                from inspector_app.core.plans import FREQUENCIES
                w = QComboBox()
                w.addItem(self.tr("未分级（每年%1次）").replace("%1", f"{FREQUENCIES['']:g}"), "")
                for cls in ("A", "B", "C", "D"):
                    w.addItem(self.tr("%1类（每年%2次）").replace("%1", cls).replace("%2", f"{FREQUENCIES[cls]:g}"), cls)
            else:
                w = QLineEdit()
                w.textEdited.connect(lambda _t, k=key: self.check_field(k))
            w.setObjectName(key)
            self.inputs[key] = w
            self.errors[key] = FieldError()
            form.addRow(labels[key], w)
            form.addRow("", self.errors[key])
        self.form_error = FieldError()
        lay.addWidget(self.form_error)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        open_size(self, 520, 0)          # wider where the labels are longer (English)
        if enterprise_id:
            e = col.enterprises.get(enterprise_id)
            for key in self.FIELDS:
                w = self.inputs[key]
                if key in ("township_id", "sector", "supervision_class"):
                    w.setCurrentIndex(max(0, w.findData(e.get(key) or "")))
                elif key == "risk_tags":
                    w.setText("、".join(e["risk_tags"]))
                else:
                    w.setText(str(e.get(key) or ""))

    def values(self) -> dict:
        out = {}
        for key, w in self.inputs.items():
            if isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif key == "risk_tags":
                text = w.text().replace(",", "、").replace("，", "、")
                out[key] = [t.strip() for t in text.split("、") if t.strip()]
            else:
                out[key] = w.text().strip()
        return out

    def check_field(self, key: str) -> str | None:
        """Validate one field as it is typed; show the message beside it."""
        v = self.values()
        why = None
        if key == "name" and not v["name"]:
            why = ("企业名称不能为空", "The enterprise name is required")
        elif key == "uscc" and v["uscc"]:
            why = uscc.problem(v["uscc"])
        elif key == "phone" and v["phone"]:
            why = phone_problem(v["phone"])
        text = pick(*why) if why else None
        self.errors[key].show_text(text)
        return text

    def save(self) -> None:
        bad = [k for k in ("name", "uscc", "phone") if self.check_field(k)]
        if not self.values()["uscc"]:
            self.errors["uscc"].show_text(pick("统一社会信用代码不能为空", "The credit code is required"))
            bad.append("uscc")
        if bad:
            self.inputs[bad[0]].setFocus()
            return
        fields = self.values()
        try:
            if self.enterprise_id:
                changes = self.col.enterprises.update(self.enterprise_id, fields)
            else:
                changes = self.col.enterprises.add(fields)
        except ValidationError as exc:
            target = self.errors.get(exc.field or "")
            (target or self.form_error).show_text(str(exc))
            return
        self.saved_id = changes.id
        from inspector_app.ui.signals import bus
        bus.data_changed.emit(changes)
        self.accept()
