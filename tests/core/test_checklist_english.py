"""The shipped checklists are complete in English (the English interface shows each `*_en` field and falls back
to the Chinese one when it is empty), and inspections recorded with the versions before the English was added
still load, show and propose their hazards."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.core.checklists import load_all, newest, parse, shipped_dir
from inspector_app.core.checklists import english
from inspector_app.core.checklists.english import is_english, untranslated
from inspector_app.core.checklists.model import KNOWN_POSITIONS

SHIPPED = newest(load_all([shipped_dir()]))
BEFORE = Path(__file__).parent.parent / "fixtures" / "checklists-2026.2"   # the files as shipped before 2026.3
# The files as released with 2026.3 (work_at_height has changed since: 2026.4, tests/core/test_guardrail_steps.py)
RELEASED = [parse((BEFORE.parent / "checklists-2026.3" / "work_at_height.toml").read_bytes(), "work_at_height-2026.3")
            if c.checklist_id == "work_at_height" else c for c in SHIPPED]


def test_every_shipped_checklist_is_complete_in_english():
    assert len(SHIPPED) == 7 and sum(len(cl.items) for cl in SHIPPED) == 92
    missing = [f"{cl.checklist_id} {m}" for cl in SHIPPED for m in untranslated(cl)]
    assert not missing, "\n".join(missing)
    positions = {p.key for cl in SHIPPED for it in cl.items for p in it.positions}
    assert positions and positions <= set(KNOWN_POSITIONS)


def test_the_check_finds_what_the_english_interface_would_show_in_chinese():
    """The test above can fail: the files before 2026.3 had no English guidance or measures."""
    before = newest(load_all([BEFORE]))
    assert {cl.checklist_id: cl.version for cl in before} == {cl.checklist_id: v for cl, v in
                                                               ((c, "2026.3" if c.checklist_id == "confined_space"
                                                                 else "2026.2") for c in RELEASED)}
    missing = [m for cl in before for m in untranslated(cl)]
    assert len(missing) == 2 * 92 and all(m.endswith((" guidance", " measure")) for m in missing)
    assert "cs08 guidance" in missing and "cs08 measure" in missing
    assert not is_english("") and not is_english("查看现场") and not is_english("Look on site（现场查看）")
    people = next(r for r in next(c for c in SHIPPED if c.checklist_id == "ammonia_refrigeration").item("am03").readings)
    assert (people.limits_text(), people.limits_text("en")) == ("≤9 人", "≤9 people")
    text = (shipped_dir() / "ammonia_refrigeration.toml").read_text("utf-8")
    text = text.replace('title_en = "Ammonia refrigeration checklist"\n', "").replace('unit = "人"', 'unit = "吨"')
    text = text.replace('label_en = "People in the room"', 'label_en = "作业间内人数"')
    assert untranslated(parse(text.encode(), "t")) == ["title", "group main", "am03 reading people",
                                                        "am03 limits people"]
    assert is_english("Art. 49(3) of the Work Safety Law (安全生产法) binds only ...")


def test_english_text_only_adds_to_the_chinese():
    """Version 2026.3 (confined_space 2026.4) adds the English fields and changes nothing else."""
    before = {cl.checklist_id: cl for cl in newest(load_all([BEFORE]))}
    assert {cl.version for cl in RELEASED if cl.checklist_id != "confined_space"} == {"2026.3"}
    for cl in RELEASED:
        old = before[cl.checklist_id]
        assert (cl.title_zh, cl.format, cl.campaign, cl.applies_to) == (old.title_zh, old.format, old.campaign,
                                                                         old.applies_to)
        assert [r.__dict__ for r in cl.major_rules] == [r.__dict__ for r in old.major_rules]
        for it, was in zip(cl.items, old.items, strict=True):
            assert (it.guidance_en, it.measure_en) != ("", "") and not (was.guidance_en or was.measure_en)
            now = {**it.__dict__, "guidance_en": "", "measure_en": ""}
            assert now == was.__dict__, it.id
        lines = [ln for ln in cl.source.splitlines() if not ln.startswith(("guidance_en = ", "measure_en = "))]
        assert "\n".join(lines).replace(f'version = "{cl.version}"', f'version = "{old.version}"') \
            == old.source.rstrip("\n"), cl.checklist_id


@pytest.mark.parametrize("checklist_id", ["confined_space", "hot_work"])
def test_an_inspection_recorded_with_the_earlier_version_still_loads_and_shows(col, enterprise, checklist_id):
    from inspector_app.core.collection import Collection
    old = parse((BEFORE / f"{checklist_id}.toml").read_bytes(), f"{checklist_id}-before")
    h_old = col.checklists.register(old)
    iid = col.inspections.start(enterprise["id"], template_hashes=[h_old]).id
    first = old.items[0]
    col.inspections.set_answer(iid, h_old, first.id, result="fails", note="旧版本记录")
    current = next(c for c in col.checklists.available() if c.checklist_id == checklist_id)
    assert current.version > old.version and current.content_hash != h_old
    assert current.item(first.id).guidance_en and not first.guidance_en
    reopened = Collection(col.data_dir)
    try:
        (shown,) = reopened.checklists.for_inspection(iid)
        assert (shown.version, shown.content_hash, shown.source) == (old.version, h_old, old.source)
        assert shown.item(first.id).guidance_zh == first.guidance_zh and shown.item(first.id).guidance_en == ""
        (prop,) = reopened.checklists.propose_hazards(iid)
        assert prop["template_hash"] == h_old and prop["item_id"] == first.id
        assert prop["description"] == first.finding_zh + "。旧版本记录" and prop["measure"] == first.measure_zh
    finally:
        reopened.close()


def test_validate_lists_the_texts_without_english(tmp_path, capsys):
    from inspector_app.cli import main
    f = tmp_path / "hot_work-2026.9.toml"
    f.write_text((BEFORE / "hot_work.toml").read_text("utf-8"), "utf-8")
    assert main(["checklists", "validate", str(f)]) == 0      # valid: English is not required to publish
    out = capsys.readouterr().out
    assert "26 处缺英文：hw01 guidance, hw01 measure, hw02 guidance" in out and " …" in out
    assert main(["checklists", "validate", *map(str, sorted(shipped_dir().glob("*.toml")))]) == 0
    assert "缺英文" not in capsys.readouterr().out


# -- guidance and measures as the English interface shows them (older versions included) ---------------------
def test_item_text_in_both_languages(col):
    hw = next(c for c in col.checklists.available() if c.checklist_id == "hot_work")
    it = hw.item("hw06")
    for field in ("guidance", "measure"):
        zh, en = getattr(it, f"{field}_zh"), getattr(it, f"{field}_en")
        assert col.checklists.item_text(hw, it, field, "zh_CN").text == zh
        shown = col.checklists.item_text(hw, it, field, "en")
        assert (shown.text, shown.untranslated) == (en, False) and is_english(en)
    with pytest.raises(ValueError):
        col.checklists.item_text(hw, it, "question", "en")


def test_an_older_version_borrows_the_current_english_only_for_the_same_chinese(col):
    old = parse((BEFORE / "hot_work.toml").read_bytes(), "hot_work-2026.2")
    current = next(c for c in col.checklists.available() if c.checklist_id == "hot_work")
    it = old.item("hw06")
    assert not (it.guidance_en or it.measure_en) and it.guidance_zh == current.item("hw06").guidance_zh
    assert col.checklists.item_text(old, it, "guidance", "en").text == current.item("hw06").guidance_en
    assert col.checklists.item_text(old, it, "measure", "en").text == current.item("hw06").measure_en
    assert col.checklists.item_text(old, it, "guidance", "zh_CN").text == it.guidance_zh
    # a version whose Chinese differs: its own Chinese, marked as having no English (and which version)
    changed = parse((BEFORE / "hot_work.toml").read_bytes().decode().replace(
        it.measure_zh, it.measure_zh + "，并重新分析").encode(), "hot_work-2026.2-changed")
    shown = col.checklists.item_text(changed, changed.item("hw06"), "measure", "en")
    assert (shown.text, shown.untranslated, shown.version) == (it.measure_zh + "，并重新分析", True, "2026.2")
    assert not col.checklists.item_text(changed, changed.item("hw06"), "guidance", "en").untranslated


def test_a_version_that_wrote_its_checks_differently_stays_chinese(col):
    """2026.1 of the confined-space list has no English; every measure and guidance has been reworded since."""
    old = parse((Path(__file__).parent.parent / "fixtures" / "checklists-2026.1" / "confined_space.toml").read_bytes(),
                "cs-2026.1")
    current = next(c for c in col.checklists.available() if c.checklist_id == "confined_space")
    for it in old.items:
        assert it.measure_zh != current.item(it.id).measure_zh
        shown = col.checklists.item_text(old, it, "measure", "en")
        assert (shown.text, shown.untranslated, shown.version) == (it.measure_zh, True, "2026.1"), it.id
    empty = old.item("cs01")                     # no guidance: nothing to show, nothing to mark
    assert not empty.guidance_zh
    assert col.checklists.item_text(old, empty, "guidance", "en") == english.ItemText("")
    # an item the current version does not have at all
    gone = parse(old.source.replace('id = "cs12"', 'id = "cs99"').encode(), "cs-2026.1-gone").item("cs99")
    assert col.checklists.item_text(old, gone, "measure", "en").untranslated
