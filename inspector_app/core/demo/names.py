"""Fictional names for demo data: one made-up district (示例区) and its townships and firms.

Everything here is invented; any resemblance to a real enterprise is accidental.
"""

from __future__ import annotations

import random

from inspector_app.core import uscc

DISTRICT = "示例区"
# Shandong-like county-level area code used in the credit codes of the district's firms.
AREA_CODE = "370899"

# (9-digit township code, name)
TOWNSHIPS = [
    ("370899001", "城关街道"), ("370899002", "东湖街道"), ("370899101", "青石镇"),
    ("370899102", "柳河镇"), ("370899103", "王家庄镇"), ("370899104", "白马镇"),
    ("370899105", "龙泉镇"), ("370899106", "杏林镇"), ("370899107", "南岗镇"),
    ("370899201", "北沟乡"), ("370899202", "石门乡"), ("370899203", "荷花湾乡"),
]

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰文斌波宁海峰鹏辉飞鑫晨浩宇凯"

BRANDS = ["宏达", "鑫源", "华泰", "恒通", "金诚", "瑞丰", "永盛", "东方", "新兴", "昌隆", "富民", "顺发",
          "鲁宏", "天元", "嘉禾", "泰和", "润泽", "博远", "中恒", "汇丰", "兴旺", "鸿运", "德隆", "盛世",
          "青峰", "长城", "信达", "远航", "广源", "力拓", "聚能", "万通", "金鼎", "同心", "福瑞", "安泰"]

# (industry, name suffix, risk tags that usually come with it)
INDUSTRIES = [
    ("食品加工", "食品有限公司", ["涉有限空间", "涉氨"]),
    ("冷链仓储", "冷链物流有限公司", ["涉氨", "涉有限空间"]),
    ("木制品加工", "木业有限公司", ["涉粉尘"]),
    ("金属制品", "金属制品有限公司", ["涉粉尘", "涉动火作业"]),
    ("机械制造", "机械制造有限公司", ["涉动火作业", "涉高处作业"]),
    ("化工", "化工有限公司", ["涉有限空间", "涉危化品", "涉动火作业"]),
    ("污水处理", "水务有限公司", ["涉有限空间"]),
    ("酿造", "酿造有限公司", ["涉有限空间", "涉粉尘"]),
    ("建材", "建材有限公司", ["涉粉尘", "涉高处作业"]),
    ("纺织", "纺织有限公司", ["涉粉尘"]),
    ("物流仓储", "仓储有限公司", ["涉高处作业", "涉外包施工"]),
    ("商贸", "商贸有限公司", ["涉燃气"]),
    ("餐饮", "餐饮管理有限公司", ["涉燃气"]),
    ("饲料加工", "饲料有限公司", ["涉粉尘", "涉有限空间"]),
    ("印刷包装", "包装制品有限公司", ["涉危化品"]),
]
EXTRA_TAGS = ["涉外包施工", "涉高处作业", "涉动火作业"]

ROADS = ["工业路", "建设路", "兴业大道", "创业路", "人民路", "胜利街", "开发区纬二路", "经三路",
         "滨河路", "光明路", "团结路", "科技园路", "物流园大道", "泰山路", "黄河路"]
TITLES = ["总经理", "厂长", "法定代表人", "安全负责人"]

CONFINED = [("污水井", "硫化氢中毒、缺氧窒息"), ("化粪池", "硫化氢中毒、沼气爆炸"), ("发酵罐", "二氧化碳窒息"),
            ("储罐", "缺氧窒息、中毒"), ("地下管沟", "缺氧窒息"), ("沉淀池", "硫化氢中毒"),
            ("冷库排风管道", "氨中毒"), ("粮仓", "缺氧窒息、粉尘爆炸")]
HEIGHT = ["厂房屋面防水维修", "钢结构车间彩钢瓦更换", "储罐外壁防腐", "仓库货架安装", "外墙广告牌拆除",
          "屋顶光伏板安装", "行车轨道检修", "烟囱检测"]
CONTRACT_SCOPES = ["钢结构安装", "防腐保温施工", "设备检修", "有限空间清淤", "电气安装", "屋面维修", "管道焊接"]
QUALIFICATIONS = ["建筑工程施工总承包三级", "钢结构工程专业承包二级", "防水防腐保温工程专业承包二级",
                  "特种作业（焊接与热切割）人员持证", "电力工程施工总承包三级"]
PLACES = ["生产车间", "原料库", "成品库", "配电室", "锅炉房", "污水处理站", "冷库", "办公区", "厂区道路", "除尘间"]


class NameMaker:
    """Draws names from a seeded random source; keeps credit codes and firm names unique."""

    def __init__(self, rng: random.Random, taken_usccs: set[str] | None = None):
        self.rng = rng
        self.usccs: set[str] = set(taken_usccs or ())
        self.firms: set[str] = set()

    def person(self) -> str:
        r = self.rng
        given = r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.7 else "")
        return r.choice(SURNAMES) + given

    def mobile(self) -> str:
        r = self.rng
        return "1" + r.choice("3456789") + "".join(r.choice("0123456789") for _ in range(9))

    def landline(self) -> str:
        return "0537-" + str(self.rng.randint(2000000, 8999999))

    def uscc(self) -> str:
        """A valid, unique, fictional unified social credit code of a company in the district."""
        r = self.rng
        while True:
            body = "91" + AREA_CODE + "MA" + "".join(r.choice(uscc.ALPHABET) for _ in range(7))
            code = uscc.make(body)
            if code not in self.usccs:
                self.usccs.add(code)
                return code

    def firm(self, township: str, suffix: str) -> str:
        r = self.rng
        for _ in range(50):
            name = f"{DISTRICT[:2]}{r.choice(BRANDS)}{suffix}"
            if r.random() < 0.4:
                name = f"{DISTRICT[:2]}{township[:2]}{r.choice(BRANDS)}{suffix}"
            if name not in self.firms:
                self.firms.add(name)
                return name
        name = f"{DISTRICT[:2]}{r.choice(BRANDS)}{len(self.firms)}号{suffix}"
        self.firms.add(name)
        return name

    def address(self, township: str) -> str:
        return f"{DISTRICT}{township}{self.rng.choice(ROADS)}{self.rng.randint(1, 399)}号"
