"""Guardrails on platforms and walkways (work_at_height 2026.4, wh06): the rail's minimum height steps with the drop
(GB 4053.3-2009 as the item's basis notes it: below 2 m ≥ 0.9 m, 2 m to below 20 m ≥ 1.05 m, 20 m and more
≥ 1.2 m); the drop is a measured fact with no limit of its own. Checklist format 4: stepped `min_when`/`max_when`
lists and a reading's `range`. Older versions (2026.1–2026.3) still load and judge by their own rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.core.checklists import ChecklistError, load_all, newest, parse, shipped_dir
from inspector_app.core.checklists import readings as rr
from inspector_app.core.errors import ValidationError
from tests.core.test_documents import _text
from tests.core.test_legal_bases import _enterprise, _issue_notice

FIXTURES = Path(__file__).parent.parent / "fixtures"
WH = next(c for c in newest(load_all([shipped_dir()])) if c.checklist_id == "work_at_height")
BEFORE = parse((FIXTURES / "checklists-2026.3" / "work_at_height.toml").read_bytes(), "work_at_height-2026.3")


def wh06():
    return WH.item("wh06")


@pytest.mark.parametrize("rail,drop,result,finding", [
    (0.95, 1, "complies", None),
    (0.85, 1, "fails", "栏杆高度 0.85 m（坠落高度 1 m 时要求 ≥0.9 m）"),
    (0.9, 1.99, "complies", None),
    (1.0, 2, "fails", "栏杆高度 1 m（坠落高度 2 m 时要求 ≥1.05 m）"),       # 2 m belongs to the 2 m–20 m step
    (1.05, 2, "complies", None),
    (1.0, 5, "fails", "栏杆高度 1 m（坠落高度 5 m 时要求 ≥1.05 m）"),
    (1.05, 19.99, "complies", None),
    (1.1, 20, "fails", "栏杆高度 1.1 m（坠落高度 20 m 时要求 ≥1.2 m）"),     # 20 m belongs to the top step
    (1.2, 20, "complies", None),
    (1.1, 25, "fails", "栏杆高度 1.1 m（坠落高度 25 m 时要求 ≥1.2 m）"),
    (1.0, 0, "complies", None),
])
def test_the_rail_is_judged_by_the_drop(rail, drop, result, finding):
    values = {"rail": rail, "drop": drop}
    assert rr.evaluate(wh06(), None, values) == result
    assert rr.out_of_limits(wh06(), values) == ([finding] if finding else [])


def test_the_drop_has_no_limit_of_its_own():
    it = wh06()
    drop = next(r for r in it.readings if r.key == "drop")
    assert (drop.min, drop.max, drop.min_when, drop.max_when, drop.input_range) == (None, None, (), (), (0, 300))
    assert not drop.judged and drop.limits_text() == "" and drop.limits_text("en") == ""
    for d in (0, 0.5, 1, 1.5, 150, 300):
        (cell,) = [c for c in rr.cells(it, {"rail": 1.3, "drop": d}) if c.reading.key == "drop"]
        assert cell.state == "ok"
    # a 1 m drop is no finding; the older version called it one (坠落高度 1 m（要求 ≥2 m）)
    assert rr.out_of_limits(it, {"rail": 1.3, "drop": 1}) == []
    assert rr.out_of_limits(BEFORE.item("wh06"), {"rail": 1.3, "drop": 1}) == ["坠落高度 1 m（要求 ≥2 ≤200 m）"]


def test_without_the_drop_the_rail_is_held_to_the_lowest_step_and_the_item_is_not_judged_complete():
    it = wh06()
    assert rr.evaluate(it, None, {"rail": 1.0}) is None                   # the drop decides: the inspector's result
    assert rr.evaluate(it, None, {"rail": 0.85}) == "fails"               # below 0.9 m fails whatever the drop
    assert rr.out_of_limits(it, {"rail": 0.85}) == ["栏杆高度 0.85 m（要求 ≥0.9 m（坠落高度 ≥2 m 时 ≥1.05，≥20 m 时 ≥1.2））"]
    assert rr.evaluate(it, None, {"drop": 30}) is None


def test_limits_are_shown_as_steps_in_both_languages():
    rail, drop = wh06().readings
    assert rail.limits_text("zh_CN", wh06().readings) == "≥0.9 m（坠落高度 ≥2 m 时 ≥1.05，≥20 m 时 ≥1.2）"
    assert rail.limits_text("en", wh06().readings) == "≥0.9 m (≥1.05 when Drop height ≥2 m, ≥1.2 when ≥20 m)"
    (cell,) = [c for c in rr.cells(wh06(), {"rail": 1.0, "drop": 5}) if c.state == "out"]
    assert cell.requirement("en") == "required ≥1.05 m at Drop height 5 m"
    assert cell.requirement() == "坠落高度 5 m 时要求 ≥1.05 m"
    # the record's table: the drop column shows its unit, the rail column the whole rule
    table = rr.printed(wh06(), {"rail": 1.0, "drop": 5})
    assert [c["limits"] for c in table["columns"]] == ["≥0.9 m（坠落高度 ≥2 m 时 ≥1.05，≥20 m 时 ≥1.2）", "m"]
    assert table["rows"][0]["cells"] == [{"value": "1", "out": True}, {"value": "5", "out": False}]


@pytest.mark.parametrize("values,zh,en", [
    ({"rail": 1050, "drop": 5}, "读数“栏杆高度”1050 超出可填写的范围 0～3 m",
     "Reading 'Rail height' 1050 is outside the range that can be entered, 0–3 m"),    # typed in mm
    ({"rail": 1.2, "drop": 450}, "读数“坠落高度”450 超出可填写的范围 0～300 m", "outside the range"),
    ({"rail": 1.2, "drop": -1}, "坠落高度", "Drop height"),
])
def test_a_value_outside_the_range_is_a_typing_error_not_a_finding(values, zh, en):
    states = {c.reading.key: c.state for c in rr.cells(wh06(), values)}
    assert "range" in states.values() and "out" not in states.values()
    with pytest.raises(ValidationError) as e:
        rr.evaluate(wh06(), None, values)
    assert zh in e.value.zh and en in e.value.en


def test_only_wh06_changed_since_2026_3():
    assert (WH.version, WH.format, BEFORE.version, BEFORE.format) == ("2026.4", 4, "2026.3", 2)
    for it, was in zip(WH.items, BEFORE.items, strict=True):
        if it.id != "wh06":
            assert it.__dict__ == was.__dict__, it.id
        else:
            assert {**it.__dict__, "readings": []} == {**was.__dict__, "readings": []}
            assert [r.key for r in it.readings] == [r.key for r in was.readings] == ["rail", "drop"]
    assert [r.__dict__ for r in WH.major_rules] == [r.__dict__ for r in BEFORE.major_rules]


@pytest.mark.parametrize("name", ["checklists-2026.1", "checklists-2026.2", "checklists-2026.3"])
def test_older_versions_load_and_judge_by_their_own_rules(name):
    old = parse((FIXTURES / name / "work_at_height.toml").read_bytes(), name).item("wh06")
    rail = old.readings[0]
    if name == "checklists-2026.1":              # a flat 1.2 m (JGJ 80, building sites)
        assert (rail.key, rail.min, rail.min_when) == ("rail_height", 1.2, ())
        assert rr.evaluate(old, None, {"rail_height": 1.1}) == "fails"
        return
    # 2026.2 and 2026.3: ≥1.05 m, ≥1.2 m from a 20 m drop, and a drop below 2 m failed
    assert [(w.reading, w.at_least, w.min) for w in rail.min_when] == [("drop", 20, 1.2)]
    assert rr.evaluate(old, None, {"rail": 1.1, "drop": 25}) == "fails"
    assert rr.evaluate(old, None, {"rail": 1.1, "drop": 5}) == "complies"
    assert rr.evaluate(old, None, {"rail": 1.1, "drop": 1}) == "fails"


# -- the format -------------------------------------------------------------------------------------------
STEPS = """format = 4
id = "steps"
version = "1"
campaign = "work_at_height"
title_zh = "分级限值"

[bases.b]
law = "《中华人民共和国安全生产法》"
verified = false
note = "test"

[[items]]
id = "s1"
question_zh = "栏杆高度是否符合要求"
question_en = "Rails high enough?"
finding_zh = "栏杆高度不足"
hazard_category = "B01"
measure_zh = "加高"
deadline_days = 1
answer_type = "reading"
basis = ["b"]
[[items.readings]]
key = "rail"
label_zh = "栏杆高度"
unit = "m"
min = 0.9
min_when = [{ reading = "drop", at_least = 2, min = 1.05 }, { reading = "drop", at_least = 20, min = 1.2 }]
[[items.readings]]
key = "drop"
label_zh = "坠落高度"
unit = "m"
range = [0, 300]
[[items.readings]]
key = "conc"
label_zh = "浓度"
unit = "%"
max = 0.2
max_when = [{ reading = "drop", at_least = 1, max = 0.3 }, { reading = "drop", at_least = 5, max = 0.5 }]
"""


def test_stepped_upper_limits_work_alike():
    it = parse(STEPS.encode(), "s.toml").item("s1")
    conc = it.readings[2]
    assert [conc.upper_limit({"drop": d}) for d in (0, 1, 4.9, 5, 100)] == [0.2, 0.3, 0.3, 0.5, 0.5]
    assert conc.upper_limit({}) == 0.2
    assert conc.limits_text("zh_CN", it.readings) == "≤0.2 %（坠落高度 ≥1 m 时 ≤0.3，≥5 m 时 ≤0.5）"


def _refused(text: str) -> ChecklistError:
    with pytest.raises(ChecklistError) as e:
        parse(text.encode(), "s.toml")
    return e.value


@pytest.mark.parametrize("old,new,zh,en,at", [
    ("format = 4", "format = 3", "min_when 写成列表（分级限值）需要 format = 4", "needs format = 4", "min_when"),
    ('min_when = [{ reading = "drop", at_least = 2, min = 1.05 }, { reading = "drop", at_least = 20, min = 1.2 }]',
     'min_when = [{ reading = "drop", at_least = 20, min = 1.2 }, { reading = "drop", at_least = 2, min = 1.05 }]',
     "at_least 必须逐级增大", "must rise from step to step", "min_when"),
    ('{ reading = "drop", at_least = 20, min = 1.2 }', '{ reading = "conc", at_least = 20, min = 1.2 }',
     "各级必须依据同一个读数", "must all depend on one reading", "min_when"),
    ('{ reading = "drop", at_least = 20, min = 1.2 }', '{ reading = "drop", at_least = 20, max = 1.2 }',
     "未知字段 max", "unknown field 'max'", "min_when"),
    ('min_when = [{ reading = "drop", at_least = 2, min = 1.05 }, { reading = "drop", at_least = 20, min = 1.2 }]',
     "min_when = []", "不能为空", "must not be an empty list", "min_when"),
    ('min_when = [{ reading = "drop", at_least = 2, min = 1.05 }, { reading = "drop", at_least = 20, min = 1.2 }]',
     "min_when = 3", "min_when 必须是表", "must be a table", "min_when"),
    ('reading = "drop", at_least = 2, min = 1.05 }, { reading = "drop"',
     'reading = "rail", at_least = 2, min = 1.05 }, { reading = "rail"', "不能依据它自己", "cannot depend on itself",
     "min_when"),
    ('reading = "drop", at_least = 2, min = 1.05 }, { reading = "drop"',
     'reading = "height", at_least = 2, min = 1.05 }, { reading = "height"', "引用了不存在的读数 height",
     "unknown reading 'height'", "min_when"),
    ("min = 0.9\n", "", "min_when 需要同时写 min", "needs 'min' as well", "min_when"),
    ("range = [0, 300]", "range = [300, 0]", "range 的最小值（300）必须小于最大值（0）", "must be below the highest", "range"),
    ("range = [0, 300]", 'range = [0, "300"]', "range 必须是两个数", "must be two numbers", "range"),
    ("range = [0, 300]", "range = [0]", "range 必须是两个数", "must be two numbers", "range"),
    ('range = [0, 300]', "", "只记录不判定的读数写 range", "needs a 'range'", 'key = "drop"'),
])
def test_bad_steps_and_ranges_are_refused_with_line_in_both_languages(old, new, zh, en, at):
    assert old in STEPS and parse(STEPS.encode(), "s.toml")
    text = STEPS.replace(old, new, 1)
    err = _refused(text)
    assert zh in err.zh and en in err.en, (err.zh, err.en)
    assert err.line == next(i + 1 for i, ln in enumerate(text.splitlines()) if ln.startswith(at) and i > 20)


def test_range_needs_format_4():
    err = _refused(STEPS.replace("format = 4", "format = 3", 1).replace(
        "min_when = [{ reading = \"drop\", at_least = 2, min = 1.05 }, ", "min_when = ").replace(
        "{ reading = \"drop\", at_least = 20, min = 1.2 }]", "{ reading = \"drop\", at_least = 20, min = 1.2 }").replace(
        "max_when = [{ reading = \"drop\", at_least = 1, max = 0.3 }, ", "max_when = ").replace(
        "{ reading = \"drop\", at_least = 5, max = 0.5 }]", "{ reading = \"drop\", at_least = 5, max = 0.5 }"))
    assert "range 需要 format = 4" in err.zh and "'range' needs format = 4" in err.en


def test_cli_validate_names_a_bad_step(tmp_path, capsys):
    from inspector_app.cli import main
    f = tmp_path / "steps.toml"
    f.write_text(STEPS.replace("at_least = 20, min = 1.2", "at_least = 2, min = 1.2"), "utf-8")
    assert main(["checklists", "validate", str(f)]) == 2
    captured = capsys.readouterr()
    assert "at_least 必须逐级增大（2 不大于 2）" in captured.out + captured.err
    f.write_text(STEPS, "utf-8")
    assert main(["checklists", "validate", str(f)]) == 0


# -- inspections and the printed notice ---------------------------------------------------------------------
def test_inspections_keep_their_version_and_the_notice_prints_the_rule_that_applies(col, tmp_path):
    ent = _enterprise(col, "industry_trade", ["涉高处作业"])
    current = next(c for c in col.checklists.for_enterprise(ent) if c.checklist_id == "work_at_height")
    assert current.version == "2026.4"
    props = {}
    for cl in (BEFORE, current):
        h = col.checklists.register(cl)
        iid = col.inspections.start(ent["id"], template_hashes=[h], place="二号车间操作平台").id
        for it in cl.items:
            readings = {"rail": 0.85, "drop": 1} if it.id == "wh06" else None
            col.inspections.set_answer(iid, h, it.id, readings=readings,
                                       result=col.checklists.evaluate(it, "complies", readings))
        (props[cl.version],) = col.checklists.propose_hazards(iid)
        assert col.checklists.for_inspection(iid)[0].version == cl.version
        if cl is current:
            col.hazards.create(props[cl.version])
            notice = _issue_notice(col, iid)
    # the 2026.3 inspection keeps its own (wrong) drop limit; the 2026.4 one names the rail's step
    assert "坠落高度 1 m（要求 ≥2 ≤200 m）" in props["2026.3"]["description"]
    new = props["2026.4"]["description"]
    assert new == "平台、通道临边防护栏杆高度不足（实测：栏杆高度 0.85 m（坠落高度 1 m 时要求 ≥0.9 m））"
    pdf = col.documents.render_pdf(notice)
    (tmp_path / "notice.pdf").write_bytes(pdf)
    text = "".join(_text(pdf, tmp_path).split())
    assert "栏杆高度0.85m（坠落高度1m时要求≥0.9m）" in text and "要求≥2" not in text
