"""The checklists demo inspections are answered against.

The real checklists (`col.checklists`, owned by the checklists package) are used when the
collection has them. Until then a small built-in demo set stands in, stored in
`checklist_templates` like any other version so answers can point at an exact template.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from inspector_app.core.clock import now_iso


@dataclass
class DemoReading:
    key: str
    label_zh: str
    unit: str = ""
    min: float | None = None
    max: float | None = None


@dataclass
class DemoItem:
    id: str
    question_zh: str
    hazard_category: str = "99"
    measure_zh: str = ""
    deadline_days: int = 15
    basis: str = ""
    answer_type: str = "choice"
    readings: list[Any] = field(default_factory=list)

    def basis_text(self) -> str:
        return self.basis


@dataclass
class DemoChecklist:
    checklist_id: str
    title_zh: str
    applies_to: list[str]
    items: list[DemoItem]
    version: str = "demo-1"
    campaign: str = "日常检查"
    title_en: str = ""
    content_hash: str = ""


@dataclass
class UsedChecklist:
    """What the generator needs of a checklist: its hash, the tags it applies to, its items."""
    template_hash: str
    campaign: str
    applies_to: frozenset[str]
    items: list[Any]


_SAFETY_LAW = "《中华人民共和国安全生产法》"
_FALLBACK = [
    DemoChecklist("demo-general", "通用安全生产检查（演示）", [], [
        DemoItem("G01", "是否建立健全全员安全生产责任制", "B01", "建立全员安全生产责任制并公示", 30, _SAFETY_LAW + "第二十二条"),
        DemoItem("G02", "主要负责人和安全管理人员是否经考核合格", "B01", "组织主要负责人、安全管理人员参加考核", 30, _SAFETY_LAW + "第二十七条"),
        DemoItem("G03", "是否开展安全生产教育和培训并建立档案", "B02", "开展全员培训并建立培训档案", 30, _SAFETY_LAW + "第二十八条"),
        DemoItem("G04", "特种作业人员是否持证上岗", "B02", "特种作业人员取证后方可上岗", 15, _SAFETY_LAW + "第三十条"),
        DemoItem("G05", "是否建立隐患排查治理制度并如实记录", "B03", "建立隐患排查治理台账", 30, _SAFETY_LAW + "第四十一条"),
        DemoItem("G06", "安全出口、疏散通道是否畅通", "B05", "清理占用疏散通道的杂物", 3, _SAFETY_LAW + "第四十二条"),
        DemoItem("G07", "是否按规定配置消防器材并保持完好有效", "B05", "更换过期灭火器并定期检查", 7, "《中华人民共和国消防法》第十六条"),
        DemoItem("G08", "配电箱、线路是否符合要求（完好、接地可靠、无私拉乱接）", "B07", "整改配电线路，加装防护", 7, "GB 50054-2011"),
        DemoItem("G09", "设备旋转部位防护罩是否齐全", "B08", "加装防护罩", 7, "GB/T 8196-2018"),
        DemoItem("G10", "危险场所是否设置安全警示标志", "B06", "设置安全警示标志", 7, _SAFETY_LAW + "第三十五条"),
        DemoItem("G11", "是否为从业人员配备合格的劳动防护用品", "B02", "配发并督促正确佩戴劳动防护用品", 7, _SAFETY_LAW + "第四十五条"),
        DemoItem("G12", "是否制定生产安全事故应急救援预案并演练", "B04", "修订应急预案并组织演练", 30, _SAFETY_LAW + "第八十一条"),
        DemoItem("G13", "是否按规定提取和使用安全生产费用", "B01", "建立安全生产费用台账并足额提取", 30, _SAFETY_LAW + "第二十三条"),
        DemoItem("G14", "员工宿舍是否与生产经营场所分开设置", "B05", "将员工宿舍搬离生产经营场所", 30, _SAFETY_LAW + "第四十二条"),
        DemoItem("G15", "是否如实记录并报告生产安全事故", "B03", "建立事故报告和记录制度", 30, _SAFETY_LAW + "第八十三条"),
    ]),
    DemoChecklist("demo-confined-space", "有限空间作业专项检查（演示）", ["涉有限空间"], [
        DemoItem("CS01", "是否建立有限空间管理台账", "B09", "辨识有限空间并建立台账", 15, "《工贸企业有限空间作业安全规定》第六条"),
        DemoItem("CS02", "有限空间入口是否设置安全警示标志", "B09", "在入口设置警示标志", 7, "《工贸企业有限空间作业安全规定》第十条"),
        DemoItem("CS03", "作业前是否进行气体检测（氧含量）", "B09", "严格执行先通风、再检测、后作业", 3, "《工贸企业有限空间作业安全规定》第十五条",
                 answer_type="reading", readings=[DemoReading("o2", "氧含量", "%", 19.5, 23.5)]),
        DemoItem("CS04", "是否配备通风、检测和呼吸防护设备", "B09", "配备检测报警仪、通风机和正压式呼吸器", 15, "《工贸企业有限空间作业安全规定》第十三条"),
        DemoItem("CS05", "作业是否实行审批并安排监护人员", "B09", "落实作业审批和专人监护", 3, "《工贸企业有限空间作业安全规定》第十二条"),
        DemoItem("CS06", "是否开展有限空间应急演练", "B04", "每年至少组织一次应急演练", 30, "《工贸企业有限空间作业安全规定》第二十条"),
    ]),
    DemoChecklist("demo-dust", "粉尘涉爆专项检查（演示）", ["涉粉尘"], [
        DemoItem("D01", "除尘系统是否按规范设置并正常运行", "B10", "整改除尘系统", 30, "《工贸企业粉尘防爆安全规定》第十三条"),
        DemoItem("D02", "是否按规定清理积尘并记录", "B10", "制定清扫制度并及时清理积尘", 3, "《工贸企业粉尘防爆安全规定》第十七条"),
        DemoItem("D03", "粉尘爆炸危险场所电气设备是否防爆", "B10", "更换为防爆电气设备", 30, "GB 15577-2018"),
        DemoItem("D04", "是否采取防止明火、静电的措施", "B10", "落实防静电接地，禁止明火", 7, "GB 15577-2018"),
    ]),
    DemoChecklist("demo-ammonia", "涉氨制冷专项检查（演示）", ["涉氨"], [
        DemoItem("A01", "氨制冷机房是否设置氨气浓度报警装置", "B11", "安装氨气浓度报警并与风机联锁", 15, "GB 50072-2021"),
        DemoItem("A02", "快速冻结装置是否设在单独作业间", "B11", "将快速冻结装置与人员密集区隔离", 30, "GB 50072-2021"),
        DemoItem("A03", "是否配备应急喷淋和防护用品", "B11", "配备喷淋装置和防毒面具", 7, "GB 50072-2021"),
        DemoItem("A04", "安全阀、压力表是否定期校验", "B11", "送检安全阀和压力表", 15, "《特种设备安全法》第三十九条"),
    ]),
    DemoChecklist("demo-hot-work", "动火作业专项检查（演示）", ["涉动火作业"], [
        DemoItem("H01", "动火作业是否办理审批手续", "B12", "严格执行动火作业审批", 3, "GB 30871-2022"),
        DemoItem("H02", "动火点周围可燃物是否清理", "B12", "清理动火点周边可燃物", 1, "GB 30871-2022"),
        DemoItem("H03", "动火作业是否安排专人监火", "B12", "安排监火人并配备灭火器材", 1, "GB 30871-2022"),
    ]),
    DemoChecklist("demo-height", "高处作业专项检查（演示）", ["涉高处作业"], [
        DemoItem("W01", "高处作业人员是否系挂安全带", "B13", "配发并系挂合格安全带", 1, "GB/T 3608-2008"),
        DemoItem("W02", "临边、洞口是否设置防护栏杆", "B13", "设置防护栏杆和安全网", 7, "JGJ 80-2016"),
        DemoItem("W03", "登高作业人员是否持证", "B02", "安排持证人员作业", 7, _SAFETY_LAW + "第三十条"),
    ]),
    DemoChecklist("demo-contractor", "外包施工安全管理检查（演示）", ["涉外包施工"], [
        DemoItem("C01", "是否审查承包单位资质", "B14", "审查并留存承包单位资质", 15, _SAFETY_LAW + "第四十九条"),
        DemoItem("C02", "是否签订安全生产管理协议", "B14", "签订安全生产管理协议，明确各自职责", 15, _SAFETY_LAW + "第四十九条"),
        DemoItem("C03", "是否对外包作业进行统一协调管理", "B14", "指定专人统一协调管理外包作业", 15, _SAFETY_LAW + "第四十九条"),
    ]),
]


def _fallback_source(cl: DemoChecklist) -> str:
    return json.dumps({
        "checklist_id": cl.checklist_id, "version": cl.version, "title_zh": cl.title_zh,
        "applies_to": cl.applies_to, "campaign": cl.campaign,
        "items": [{"id": i.id, "question_zh": i.question_zh, "hazard_category": i.hazard_category,
                   "measure_zh": i.measure_zh, "deadline_days": i.deadline_days, "basis": i.basis}
                  for i in cl.items],
    }, ensure_ascii=False, indent=1)


def prepare(col: Any) -> tuple[list[UsedChecklist], str]:
    """Register the checklists demo inspections use; returns them and where they came from."""
    service = getattr(col, "checklists", None)
    used: list[UsedChecklist] = []
    if service is not None:
        for cl in service.available():
            h = service.register(cl)
            used.append(UsedChecklist(h, getattr(cl, "campaign", "") or "", frozenset(cl.applies_to or ()),
                                      list(cl.items)))
        if used:
            return used, "checklists"
    now = now_iso()
    for cl in _FALLBACK:
        source = _fallback_source(cl)
        h = hashlib.sha256(source.encode("utf-8")).hexdigest()
        col.db.execute(
            "INSERT OR IGNORE INTO checklist_templates (content_hash, checklist_id, version, campaign,"
            " title_zh, title_en, source, installed_at) VALUES (?,?,?,?,?,?,?,?)",
            [h, cl.checklist_id, cl.version, cl.campaign, cl.title_zh, cl.title_en, source, now])
        used.append(UsedChecklist(h, cl.campaign, frozenset(cl.applies_to), cl.items))
    return used, "demo-fallback"


def for_tags(used: list[UsedChecklist], tags: set[str]) -> list[UsedChecklist]:
    """The checklists that apply to an enterprise with these risk tags (untagged ones always do)."""
    return [u for u in used if not u.applies_to or u.applies_to & tags]
