"""Readings at several positions (上/中/下部): the checklist format, judging each position on its own (conditional
limits read the same position's other reading), findings that name the position, old one-value answers, and the
record PDF (pdftotext)."""

from __future__ import annotations

import json

import pytest

from inspector_app.core.checklists import ChecklistError, parse, shipped_dir
from inspector_app.core.checklists import readings as rr
from tests.core.test_documents import _text

CS = (shipped_dir() / "confined_space.toml").read_bytes().decode()
OK = {"o2": 20.9, "lel": 0, "h2s": 1, "co": 2}

# A format-3 file with a conditional limit per position (hot-work style gas analysis at two points).
GAS = """format = 3
id = "pos_test"
version = "1.0"
campaign = "welding"
title_zh = "部位测试"

[bases.b]
law = "《中华人民共和国安全生产法》"
article = "第四十一条第二款"
verified = false
note = "test"

[[items]]
id = "g1"
question_zh = "动火点各部位可燃气体分析是否合格"
question_en = "Gas analysis at each point passes?"
finding_zh = "可燃气体分析不合格"
hazard_category = "B08"
measure_zh = "重新分析"
deadline_days = 0
answer_type = "reading"
positions = ["upper", { key = "inlet", label_zh = "入口", label_en = "Inlet" }]
basis = ["b"]
[[items.readings]]
key = "conc"
label_zh = "可燃气体浓度"
unit = "%VOL"
max = 0.2
max_when = { reading = "gas_lel", at_least = 4, max = 0.5 }
[[items.readings]]
key = "gas_lel"
label_zh = "被测气体爆炸下限"
unit = "%VOL"
min = 0
max = 100
"""


def cs08():
    return parse(CS.encode(), "cs.toml").item("cs08")


def test_shipped_gas_item_asks_for_upper_middle_lower():
    it = cs08()
    assert "上、中、下部位" in it.question_zh
    assert [(p.key, p.label_zh, p.label_en) for p in it.positions] == [
        ("upper", "上部", "Top"), ("middle", "中部", "Middle"), ("lower", "下部", "Bottom")]
    # only items whose own question asks for several positions have them
    for path in shipped_dir().glob("*.toml"):
        for item in parse(path.read_bytes(), str(path)).items:
            assert bool(item.positions) == ("上、中、下" in item.question_zh), item.id


def test_custom_positions_parse():
    it = parse(GAS.encode(), "g.toml").item("g1")
    assert [(p.key, p.label_zh, p.label_en) for p in it.positions] == [("upper", "上部", "Top"),
                                                                       ("inlet", "入口", "Inlet")]


def _error(text: str) -> ChecklistError:
    with pytest.raises(ChecklistError) as e:
        parse(text.encode(), "g.toml")
    return e.value


@pytest.mark.parametrize("old,new,zh,en", [
    ("format = 3", "format = 2", "positions 需要 format = 3", "needs format = 3"),
    ('positions = ["upper", {', 'positions = ["top", {', "未知的部位 'top'", "unknown position 'top'"),
    ('positions = ["upper", { key = "inlet", label_zh = "入口", label_en = "Inlet" }]', 'positions = ["upper"]',
     "至少要有两个部位", "at least two positions"),
    ('positions = ["upper", {', 'positions = ["upper", "upper", {', "部位 upper 重复", "appears twice"),
    ('label_zh = "入口", label_en', 'label_zh = "入口", height = 2, label_en', "未知字段 height", "unknown field 'height'"),
    ('positions = ["upper", {', 'positions = [3, {', "positions 的每一项", "each entry of 'positions'"),
])
def test_bad_positions_are_refused_with_line_in_both_languages(old, new, zh, en):
    assert old in GAS
    text = GAS.replace(old, new, 1)
    err = _error(text)
    assert zh in err.zh and en in err.en
    assert err.line == next(i + 1 for i, ln in enumerate(text.splitlines()) if ln.startswith("positions"))


def test_positions_need_readings():
    text = CS.replace('positions = ["upper", "middle", "lower"]', "", 1).replace(
        'id = "cs09"', 'id = "cs09"\npositions = ["upper", "lower"]', 1)
    err = _error(text)
    assert "只用于有读数" in err.zh and "only for items with readings" in err.en


def test_an_older_format_reader_refuses_by_number():
    from inspector_app.core.checklists import loader
    assert loader.FORMAT == 4 and 3 in loader.FORMATS
    err = _error(CS.replace("format = 3", "format = 5", 1))
    assert "不支持的格式版本 5" in err.zh


def test_any_position_out_of_limits_fails_and_every_position_is_needed_to_comply():
    it = cs08()
    assert rr.evaluate(it, None, {"upper": OK, "middle": OK, "lower": OK}) == "complies"
    assert rr.evaluate(it, None, {"upper": OK, "middle": OK}) is None            # 下部 not measured yet
    assert rr.evaluate(it, "fails", {"upper": OK, "middle": OK}) == "fails"      # the inspector's own result
    bad = {"upper": OK, "middle": OK, "lower": dict(OK, h2s=15)}
    assert rr.evaluate(it, "complies", bad) == "fails"
    assert rr.evaluate(it, None, {"lower": {"h2s": 15}}) == "fails"              # one value is enough
    assert rr.out_of_limits(it, bad) == ["下部 硫化氢 15 ppm（要求 ≤7 ppm）"]
    cells = rr.cells(it, bad)
    assert [(c.position.key, c.reading.key) for c in cells if c.state == "out"] == [("lower", "h2s")]
    assert len(cells) == 12


def test_conditional_limits_read_the_same_position():
    it = parse(GAS.encode(), "g.toml").item("g1")
    # LEL ≥ 4 % at the inlet allows 0.5 % there; the upper point has no LEL: the stricter 0.2 % applies there.
    both = {"upper": {"conc": 0.4}, "inlet": {"conc": 0.4, "gas_lel": 5}}
    assert [(c.position.key, c.state) for c in rr.cells(it, both)] == [
        ("upper", "out"), ("inlet", "ok"), ("inlet", "ok")]
    assert rr.evaluate(it, None, both) == "fails"
    assert rr.out_of_limits(it, both) == ["上部 可燃气体浓度 0.4 %VOL（要求 ≤0.2 %VOL（被测气体爆炸下限 ≥4 %VOL 时 ≤0.5））"]
    fine = {"upper": {"conc": 0.4, "gas_lel": 4}, "inlet": {"conc": 0.15, "gas_lel": 2.5}}
    assert rr.evaluate(it, None, fine) == "complies"


def test_old_single_value_answers_stay_readable():
    it = cs08()
    # an answer written before positions: one value per gas, judged as one set, printed without a position
    assert rr.evaluate(it, None, OK) == "complies"
    assert rr.evaluate(it, None, dict(OK, o2=18)) == "fails"
    assert rr.out_of_limits(it, dict(OK, o2=18)) == ["氧气 18 %VOL（要求 ≥19.5 ≤23.5 %VOL）"]
    table = rr.printed(it, dict(OK, o2=18))
    assert [r["position"] for r in table["rows"]] == [""]
    assert table["rows"][0]["cells"][0] == {"value": "18", "out": True}


def test_a_value_that_is_not_a_number_is_named():
    from inspector_app.core.errors import ValidationError
    with pytest.raises(ValidationError) as e:
        rr.evaluate(cs08(), None, {"upper": dict(OK, co="abc")})
    assert "上部一氧化碳" in e.value.zh and "abc" in e.value.en


def _inspect(col, enterprise, readings):
    cl = next(c for c in col.checklists.available() if c.checklist_id == "confined_space")
    h = col.checklists.register(cl)
    iid = col.inspections.start(enterprise["id"], template_hashes=[h], place="污水处理池").id
    for it in cl.items:
        if it.id == "cs08":
            col.inspections.set_answer(iid, h, it.id, readings=readings,
                                       result=col.checklists.evaluate(it, None, readings))
        else:
            col.inspections.set_answer(iid, h, it.id, result="complies")
    return iid, h


def test_stored_per_position_and_the_finding_names_position_and_gas(col, enterprise):
    readings = {"upper": OK, "middle": dict(OK, o2=20.5), "lower": dict(OK, h2s=15)}
    iid, _h = _inspect(col, enterprise, readings)
    stored = col.db.execute("SELECT readings FROM answers WHERE inspection_id=? AND item_id='cs08'", [iid]).fetchone()[0]
    assert json.loads(stored) == readings
    assert {a["item_id"]: a for a in col.inspections.answers(iid)}["cs08"]["result"] == "fails"
    (prop,) = col.checklists.propose_hazards(iid)
    assert "（实测：下部 硫化氢 15 ppm（要求 ≤7 ppm））" in prop["description"]


def test_record_prints_the_readings_per_position(col, enterprise, tmp_path):
    iid, _h = _inspect(col, enterprise, {"upper": OK, "middle": dict(OK, o2=20.5), "lower": dict(OK, h2s=15, o2=18.2)})
    for p in col.checklists.propose_hazards(iid):
        col.hazards.create(p)
    col.inspections.complete(iid)
    rec = col.documents.draft("inspection_record", inspection_id=iid).id
    text = _text(col.documents.render_pdf(rec), tmp_path)
    assert "实测读数（判定：不符合）" in text
    lines: dict[str, list[str]] = {}
    for ln in text.splitlines():          # the table's rows (the first line that starts with each position)
        if ln.strip().startswith(("上部", "中部", "下部")):
            lines.setdefault(ln.split()[0], ln.split()[1:])
    assert lines["上部"] == ["20.9", "0", "1", "2"]
    assert lines["中部"] == ["20.5", "0", "1", "2"]
    assert lines["下部"] == ["18.2（超限）", "0", "15（超限）", "2"]
    assert "≤7 ppm" in text and "硫化氢" in text


def test_record_of_an_old_one_value_answer(col, enterprise, tmp_path):
    iid, _h = _inspect(col, enterprise, dict(OK, h2s=12))
    col.inspections.complete(iid)
    rec = col.documents.draft("inspection_record", inspection_id=iid).id
    text = _text(col.documents.render_pdf(rec), tmp_path)
    assert "实测读数（判定：不符合）" in text and "12（超限）" in text and "上部" not in text


def test_an_amendment_of_a_reading_is_audited_with_both_shapes(col, enterprise):
    """An old one-value answer amended after completion with values per position: both recorded."""
    iid, h = _inspect(col, enterprise, dict(OK, h2s=12))
    col.db.execute("UPDATE inspections SET status='completed' WHERE id=?", [iid])
    new = {"upper": OK, "middle": OK, "lower": OK}
    col.inspections.set_answer(iid, h, "cs08", readings=new, result="complies", amend_reason="补录上中下部位读数")
    entry = json.loads(col.db.execute("SELECT detail FROM audit_log WHERE action='inspection.amend' "
                                      "ORDER BY seq DESC LIMIT 1").fetchone()[0])
    assert json.loads(entry["before"]["readings"]) == dict(OK, h2s=12)
    assert json.loads(entry["after"]["readings"]) == new
    assert {a["item_id"]: a for a in col.inspections.answers(iid)}["cs08"]["readings"] == new


def test_readings_per_position_travel_with_sync(tmp_path):
    """The district receives the answer as the laptop stored it and judges it the same way."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from sync_support import add_enterprise, make_district, make_laptop, send
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    try:
        ent = a.enterprises.get(add_enterprise(a, "宏达化工"))
        readings = {"upper": OK, "middle": OK, "lower": dict(OK, co=40)}
        iid, h = _inspect(a, ent, readings)
        assert send(a, d, tmp_path).status == "applied"
        (ans,) = [x for x in d.inspections.answers(iid) if x["item_id"] == "cs08"]
        assert ans["readings"] == readings and ans["result"] == "fails"
        it = d.checklists.get(h).item("cs08")
        assert d.checklists.out_of_limits(it, ans["readings"]) == ["下部 一氧化碳 40 ppm（要求 ≤17 ppm）"]
    finally:
        a.close()
        d.close()


def test_a_conditional_limit_names_the_other_reading_by_its_label():
    """Not by its key ('gas_lel ≥ 4 时'): by its label and unit, in Chinese and in English."""
    from inspector_app.core.checklists.model import Reading, ReadingLimitWhen, ReadingMinWhen
    lel = Reading("gas_lel", "被测气体爆炸下限", "LEL of the gas", "%VOL", min=0, max=100)
    conc = Reading("conc", "可燃气体浓度", "Combustible gas", "%VOL", max=0.2,
                   max_when=(ReadingLimitWhen("gas_lel", 4, 0.5),))
    assert conc.limits_text("zh_CN", (conc, lel)) == "≤0.2 %VOL（被测气体爆炸下限 ≥4 %VOL 时 ≤0.5）"
    assert conc.limits_text("en", (conc, lel)) == "≤0.2 %VOL (≤0.5 when LEL of the gas ≥4 %VOL)"
    drop = Reading("drop", "坠落高度", "Drop height", "m", min=2)
    rail = Reading("rail", "栏杆高度", "Rail height", "m", min=1.05, min_when=(ReadingMinWhen("drop", 20, 1.2),))
    assert rail.limits_text("en", (rail, drop)) == "≥1.05 m (≥1.2 when Drop height ≥20 m)"
    assert rail.limits_text("zh_CN", (rail, drop)) == "≥1.05 m（坠落高度 ≥20 m 时 ≥1.2）"
