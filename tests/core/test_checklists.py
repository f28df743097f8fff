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


def test_broken_district_file_stops_the_whole_load_but_not_the_data(data_dir):
    Collection(data_dir).close()
    (data_dir / "checklists").mkdir()
    bad = data_dir / "checklists" / "bad.toml"
    bad.write_text('id = "x"\nversion = 1\n', "utf-8")
    with Collection(data_dir) as col:   # the register, ledgers and sync stay usable to fetch a fix
        assert col.db.execute("SELECT count(*) FROM enterprises").fetchone() == (0,)
        with pytest.raises(ChecklistsNotLoaded) as e:
            col.checklists.available()
        assert "bad.toml" in str(e.value)
        with pytest.raises(ChecklistsNotLoaded):   # no half-loaded set is kept
            col.checklists.available()
        bad.unlink()
        assert col.checklists.available()            # a fixed folder loads without reopening


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
    newer = CS.decode().replace('version = "2026.4"', 'version = "2026.5"').replace(
        "有限空间作业是否经审批", "有限空间作业是否经审批（新版）")
    (col.data_dir / "checklists").mkdir()
    (col.data_dir / "checklists" / "cs-2026.5.toml").write_text(newer, "utf-8")
    cur = next(c for c in col.checklists.available() if c.checklist_id == "confined_space")
    assert cur.version == "2026.5" and cur.content_hash != h_old
    reopened = Collection(col.data_dir)
    try:
        again = reopened.checklists.get(h_old)
        (reopened.data_dir / "checklists" / "cs-2026.5.toml").unlink()
        assert again.version == "2026.4" and "新版" not in again.item("cs05").question_zh
        assert reopened.checklists.for_inspection(iid)[0].content_hash == h_old
        assert reopened.checklists.propose_hazards(iid)[0]["template_hash"] == h_old
    finally:
        reopened.close()


# -- the five campaigns, the CLI --------------------------------------------------------------------
from inspector_app.cli import main  # noqa: E402
from inspector_app.core.checklists import CAMPAIGNS, HAZARD_CATEGORIES, load_all, newest  # noqa: E402

MIN_ITEMS = {"confined_space": 10, "work_at_height": 10, "welding": 10, "outsourcing": 10, "responsibility": 15,
             "dust_explosion": 10, "ammonia_refrigeration": 8}


def test_all_five_campaigns_shipped_with_enough_items():
    shipped = newest(load_all([shipped_dir()]))
    by_campaign = {cl.campaign: cl for cl in shipped}
    assert set(by_campaign) == set(CAMPAIGNS) == set(MIN_ITEMS)
    for campaign, n in MIN_ITEMS.items():
        cl = by_campaign[campaign]
        assert len(cl.items) >= n, (campaign, len(cl.items))
        for it in cl.items:
            assert it.question_zh and it.question_en and it.measure_zh and it.basis, it.id
            assert it.hazard_category in HAZARD_CATEGORIES
        assert cl.title_en and "docs/checklist-format.md" in cl.source.splitlines()[0]
    # The files are named after their ids; tagged checklists use tags the demo enterprises carry.
    assert {p.stem for p in SHIPPED} == {cl.checklist_id for cl in shipped}
    from inspector_app.core.demo import names
    demo_tags = {t for _i, _s, tags in names.INDUSTRIES for t in tags} | set(names.EXTRA_TAGS)
    for cl in shipped:
        assert set(cl.applies_to) <= demo_tags, (cl.checklist_id, cl.applies_to)


def test_unverified_or_non_binding_bases_are_never_printed():
    from inspector_app.core.checklists.legal import GENERAL_BASIS, printable_text
    old = parse((Path(__file__).parent.parent / "fixtures" / "checklists-2026.1" / "work_at_height.toml").read_bytes(), "wh")
    # wh06 cited JGJ 80 (construction) unverified: the general article is printed instead
    assert wh06_text(old) == GENERAL_BASIS.citation()
    assert old.item("wh03").basis_text() == "《中华人民共和国安全生产法》第三十条"
    stored = ("GB 30871-2022《危险化学品企业特殊作业安全规范》第5章；《中华人民共和国消防法》第二十一条；"
              "GB 9448-1999《焊接与切割安全》（条款待核实）")
    assert printable_text(stored, "industry_trade") == "《中华人民共和国消防法》第二十一条"
    assert printable_text(stored, "") == "《中华人民共和国消防法》第二十一条"
    assert "GB 30871" in printable_text(stored, "hazardous_chemicals")
    assert printable_text("GB 8118（条款待核实）", "industry_trade") == GENERAL_BASIS.citation()
    assert printable_text("", "other") == GENERAL_BASIS.citation()


def test_stored_bases_of_older_versions_print_what_is_verified_now(col):
    from inspector_app.core.checklists.legal import printable_text
    known = col.checklists.known_bases()
    stored = ("《工贸企业有限空间作业安全规定》第五条、第十五条；《工贸企业重大事故隐患判定标准》第十三条第（二）项；"
              "《中华人民共和国安全生产法》第三十条")
    assert printable_text(stored, "industry_trade", known) == (
        "《工贸企业重大事故隐患判定标准》第十三条；《中华人民共和国安全生产法》第三十条")
    assert printable_text("《工贸企业重大事故隐患判定标准》第三条第（一）项", "", known) == \
        "《工贸企业重大事故隐患判定标准》第三条第（一）项"   # verified to the item


def wh06_text(cl):
    return cl.item("wh06").basis_text("industry_trade")


def test_hot_work_gas_limit_depends_on_the_gas(col):
    cl = next(c for c in col.checklists.available() if c.checklist_id == "hot_work")
    it = cl.item("hw06")
    assert cl.campaign == "welding"
    assert col.checklists.evaluate(it, None, {"conc": 0.4, "gas_lel": 5}) == "complies"   # LEL ≥ 4 %: ≤ 0.5 %
    assert col.checklists.evaluate(it, None, {"conc": 0.4, "gas_lel": 2.5}) == "fails"    # LEL < 4 %: ≤ 0.2 %
    assert col.checklists.evaluate(it, "complies", {"conc": 0.6, "gas_lel": 5}) == "fails"
    assert col.checklists.evaluate(it, None, {"conc": 0.15, "gas_lel": 2.5}) == "complies"


def _propose(col, enterprise, checklist_id, fails):
    cl = next(c for c in col.checklists.available() if c.checklist_id == checklist_id)
    h = col.checklists.register(cl)
    iid = col.inspections.start(enterprise["id"], template_hashes=[h]).id
    for it in cl.items:
        col.inspections.set_answer(iid, h, it.id, result="fails" if it.id in fails else "complies")
    return {p["item_id"]: p for p in col.checklists.propose_hazards(iid)}


@pytest.mark.parametrize("checklist_id,fails,major,article", [
    ("outsourcing", {"os02"}, {"os02"}, "第三条第（一）项"),       # not coordinated, OR ...
    ("outsourcing", {"os03", "os11"}, {"os03"}, "第三条第（一）项"),  # ... not inspected regularly
    ("outsourcing", {"os09"}, {"os09"}, "第三条第（一）项"),          # lessees (承租单位) too
    ("outsourcing", {"os01", "os11"}, set(), None),
    ("hot_work", {"hw02", "hw12"}, {"hw02"}, "第三条第（二）项"),    # uncertified welder
    ("hot_work", {"hw06"}, set(), None),
    ("work_at_height", {"wh03"}, {"wh03"}, "第三条第（二）项"),
])
def test_ling10_article3_major_hazards(col, enterprise, checklist_id, fails, major, article):
    props = _propose(col, enterprise, checklist_id, fails)
    assert set(props) == fails
    assert {k for k, p in props.items() if p["severity"] == "major"} == major
    for k in major:
        assert f"《工贸企业重大事故隐患判定标准》{article}" in props[k]["legal_basis"]
        assert props[k]["handling"] != "rectify_on_site"


def test_cli_validate_shipped_files_exit_zero(capsys):
    assert main(["checklists", "validate", *map(str, SHIPPED)]) == 0
    out = capsys.readouterr().out
    for p in SHIPPED:
        assert str(p) in out


@pytest.mark.parametrize("lang,what", [("zh_CN", "未知的隐患类别代码 Z9"), ("en", "unknown hazard category code 'Z9'")])
def test_cli_validate_broken_file_names_file_line_and_problem(tmp_path, capsys, lang, what):
    from inspector_app.core.i18n import set_language
    text = (shipped_dir() / "outsourcing.toml").read_text("utf-8")
    bad = tmp_path / "outsourcing-broken.toml"
    bad.write_text(text.replace('hazard_category = "A12"', 'hazard_category = "Z9"', 1), "utf-8")
    line = _line_of(bad.read_text("utf-8"), 'hazard_category = "Z9"')
    try:
        assert main(["--lang", lang, "checklists", "validate", str(SHIPPED[0]), str(bad)]) == 2
    finally:
        set_language("zh_CN")
    err = capsys.readouterr().err
    assert str(bad) in err and what in err
    assert (f"第 {line} 行" if lang == "zh_CN" else f"line {line}") in err
    assert str(SHIPPED[0]) not in err


def test_cli_validate_syntax_error_and_missing_file(tmp_path, capsys):
    bad = tmp_path / "x.toml"
    bad.write_text('id = "x"\ntitle_zh = "未闭合\n', "utf-8")
    assert main(["checklists", "validate", str(bad), str(tmp_path / "missing.toml")]) == 2
    err = capsys.readouterr().err
    assert f"{bad} 第 2 行" in err and "TOML 语法错误" in err
    assert "missing.toml" in err and "无法读取文件" in err


def test_cli_list_shows_all_five_and_district_versions(tmp_path, capsys):
    d = tmp_path / "data"
    assert main(["--data-dir", str(d), "checklists", "list"]) == 0
    out = capsys.readouterr().out
    assert not d.exists()   # listing creates nothing
    shipped = newest(load_all([shipped_dir()]))
    for cl in shipped:
        row = next(ln for ln in out.splitlines() if ln.startswith(cl.checklist_id + " "))
        assert cl.version in row and f" {len(cl.items)} " in row and cl.content_hash[:12] in row
        assert "shipped" in row and cl.title_zh in row
    # The district publishes a version by placing a file in <data dir>/checklists/.
    (d / "checklists").mkdir(parents=True)
    newer = (shipped_dir() / "hot_work.toml").read_text("utf-8").replace('version = "2026.3"', 'version = "2026.4"')
    (d / "checklists" / "hot_work-2026.4.toml").write_text(newer, "utf-8")
    assert main(["--data-dir", str(d), "checklists", "list", "--all"]) == 0
    rows = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("hot_work ")]
    assert len(rows) == 2 and "2026.4" in rows[1] and "district" in rows[1] and "已被取代" in rows[0]
    (d / "checklists" / "broken.toml").write_text('id = "x"\n', "utf-8")
    assert main(["--data-dir", str(d), "checklists", "list"]) == 2
    assert "broken.toml" in capsys.readouterr().err


def test_missing_shipped_checklists_say_the_installation_is_incomplete(tmp_path, monkeypatch, capsys):
    """A package built without its data must not look like a program without checklists."""
    from inspector_app.cli import main
    from inspector_app.core import resources
    from inspector_app.core.checklists import ShippedChecklistsMissing
    monkeypatch.setattr(resources, "base_dir", lambda: tmp_path / "install")
    with pytest.raises(ShippedChecklistsMissing):
        shipped_dir()
    assert main(["--data-dir", str(tmp_path / "data"), "checklists", "list"]) == 2
    err = capsys.readouterr().err
    assert "安装不完整" in err and "共 0 个检查表" not in err
