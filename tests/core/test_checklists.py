"""Checklists: shipped files validate, broken files are rejected with file and line, readings decide
results, versions stay with old inspections, and 令10 第十三条 makes major hazards case by case."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.core.checklists import ChecklistError, ChecklistsNotLoaded, parse, shipped_dir
from inspector_app.core.collection import Collection

SHIPPED = sorted(shipped_dir().glob("*.toml"))
CS = (shipped_dir() / "confined_space.toml").read_bytes()


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_shipped_file_validates(path):
    cl = parse(path.read_bytes(), str(path))
    assert cl.items and all(it.question_en and it.basis for it in cl.items)


def _broken(old: str, new: str) -> ChecklistError:
    text = CS.decode()
    assert old in text
    with pytest.raises(ChecklistError) as e:
        parse(text.replace(old, new, 1).encode(), "cs.toml")
    return e.value


def _line_of(text: str, needle: str) -> int:
    return [i + 1 for i, ln in enumerate(text.splitlines()) if needle in ln][-1]  # the later one for duplicates


@pytest.mark.parametrize("old,new,needle,zh", [
    ('title_en = "Confined-space work checklist"', 'title_en = "Confined', 'title_en = "Confined', "TOML 语法错误"),
    ('question_en = "Is there a confined-space ledger, kept current?"', '', None, "缺少必填字段 question_en"),
    ('id = "cs04"', 'id = "cs03"', 'id = "cs03"', "检查项 id cs03 重复"),
    ('answer_type = "reading"', 'answer_type = "number"', 'answer_type = "number"', "未知的回答类型"),
    ('max = 7\n', 'max = "7ppm"\n', 'max = "7ppm"', "必须是数字"),
    ('any = ["cs05", "cs06", "cs07"]', 'any = ["cs05", "cs66"]', 'any = ["cs05", "cs66"]', "不存在的检查项 cs66"),
    ('hazard_category = "A06"', 'hazard_category = "Z9"', 'hazard_category = "Z9"', "未知的隐患类别代码 Z9"),
])
def test_broken_file_names_file_line_and_what(old, new, needle, zh):
    err = _broken(old, new)
    assert err.file == "cs.toml" and zh in err.zh and err.en
    if needle is not None:
        text = CS.decode().replace(old, new, 1)
        assert err.line == _line_of(text, needle), (err.line, str(err))
    else:
        assert err.line is not None


def test_broken_district_file_stops_the_whole_load(data_dir):
    Collection(data_dir).close()
    (data_dir / "checklists").mkdir()
    (data_dir / "checklists" / "bad.toml").write_text('id = "x"\nversion = 1\n', "utf-8")
    with pytest.raises(ChecklistsNotLoaded) as e:
        Collection(data_dir)
    assert "bad.toml" in str(e.value)


def test_readings_outside_limits_fail(col):
    cl = next(c for c in col.checklists.available() if c.checklist_id == "confined_space")
    it = cl.item("cs08")
    ok = {"o2": 20.8, "lel": 0, "h2s": 0, "co": 2}
    assert col.checklists.evaluate(it, None, ok) == "complies"
    assert col.checklists.evaluate(it, "complies", dict(ok, o2=18.9)) == "fails"
    assert col.checklists.evaluate(it, "complies", dict(ok, h2s=12)) == "fails"
    assert col.checklists.evaluate(it, None, {"o2": 20.8}) is None


def _inspect(col, enterprise, fails, poisoning=True):
    if poisoning:
        col.db["confined_spaces"].insert(col.stamp({"id": "cs-1", "enterprise_id": enterprise["id"], "name": "污水池",
                                                    "poisoning_risk": 1}))
    cl = next(c for c in col.checklists.available() if c.checklist_id == "confined_space")
    h = col.checklists.register(cl)
    iid = col.inspections.start(enterprise["id"], template_hashes=[h]).id
    for it in cl.items:
        col.inspections.set_answer(iid, h, it.id, result="fails" if it.id in fails else "complies")
    return {p["item_id"]: p for p in col.checklists.propose_hazards(iid)}


@pytest.mark.parametrize("fails,major", [
    ({"cs05"}, {"cs05"}), ({"cs06"}, {"cs06"}), ({"cs07"}, {"cs07"}),          # 第十三条(二): any one
    ({"cs02", "cs03", "cs04"}, {"cs02", "cs03", "cs04"}),                       # (一): all three
    ({"cs02", "cs03"}, set()), ({"cs04"}, set()), ({"cs09"}, set()),
])
def test_ling10_article13_case_by_case(col, enterprise, fails, major):
    props = _inspect(col, enterprise, fails)
    assert set(props) == fails
    assert {k for k, p in props.items() if p["severity"] == "major"} == major
    for k in major:
        assert "《工贸企业重大事故隐患判定标准》第十三条" in props[k]["legal_basis"]


def test_article13_needs_poisoning_risk(col, enterprise):
    props = _inspect(col, enterprise, {"cs05"}, poisoning=False)
    assert props["cs05"]["severity"] == "general"


def test_old_inspection_keeps_its_version(col, enterprise):
    old = next(c for c in col.checklists.available() if c.checklist_id == "confined_space")
    h_old = col.checklists.register(old)
    iid = col.inspections.start(enterprise["id"], template_hashes=[h_old]).id
    col.inspections.set_answer(iid, h_old, "cs05", result="fails")
    newer = CS.decode().replace('version = "2026.1"', 'version = "2026.2"').replace(
        "是否实行有限空间作业审批", "是否落实有限空间作业审批（新版）")
    (col.data_dir / "checklists").mkdir()
    (col.data_dir / "checklists" / "cs-2026.2.toml").write_text(newer, "utf-8")
    cur = next(c for c in col.checklists.available() if c.checklist_id == "confined_space")
    assert cur.version == "2026.2" and cur.content_hash != h_old
    reopened = Collection(col.data_dir)
    try:
        again = reopened.checklists.get(h_old)
        (reopened.data_dir / "checklists" / "cs-2026.2.toml").unlink()
        assert again.version == "2026.1" and "新版" not in again.item("cs05").question_zh
        assert reopened.checklists.for_inspection(iid)[0].content_hash == h_old
        assert reopened.checklists.propose_hazards(iid)[0]["template_hash"] == h_old
    finally:
        reopened.close()
