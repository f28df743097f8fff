"""Annual plans, the reproducible 双随机 draw with its PDF, and planned inspections reaching the laptop."""

from __future__ import annotations

import json
import subprocess

import pytest
from sync_support import make_district, make_laptop, send

from inspector_app.cli import main
from inspector_app.core import uscc
from inspector_app.core.errors import ValidationError
from inspector_app.core.plans import draw_weight


def _register(d, n_per_town=12):
    towns = [("370882001", "城关街道"), ("370882101", "北湖镇")]
    rows = []
    for t, (code, name) in enumerate(towns):
        tid = d.townships.ensure(code, name, "示例区")
        for i in range(n_per_town):
            rows.append({"township_id": tid, "name": f"{name}企业{i}", "uscc": uscc.make(f"91370882MA{t}{i:06d}"),
                         "address": "", "principal": "", "phone": "", "industry": "", "risk_tags": "[]",
                         "sector": "industry_trade", "supervision_class": "ABCD"[i % 4]})
    d.register_import.insert(rows)
    for code, name in towns:
        tid = d.townships.ensure(code, name)
        for k in range(3):
            d.plans.add_inspector(f"{name}执法{k}", f"{code}-{k}", tid)
    d.plans.add_inspector("区局甲", "D-1")
    return towns


def test_annual_plan_from_classes(tmp_path):
    d = make_district(tmp_path)
    try:
        _register(d)
        plans = {p["township"]: p for p in d.plans.make_annual(2026)}
        # 12 enterprises: 3 each of A, B, C, D -> 3*4 + 3*2 + 3*1 + 3*1 = 24 visits
        assert plans["北湖镇"]["total_visits"] == 24
        assert plans["北湖镇"]["by_class"]["A"] == [3, 12]
        again = {p["township"]: p for p in d.plans.make_annual(2026, {"D": 0})}
        assert again["北湖镇"]["total_visits"] == 21 and again["北湖镇"]["id"] == plans["北湖镇"]["id"]
        with pytest.raises(ValidationError):
            d.plans.make_annual(2026, {"E": 1})
    finally:
        d.close()


def test_same_seed_same_draw_and_the_weights(tmp_path):
    d = make_district(tmp_path)
    try:
        _register(d)
        a = d.plans.draw("2026-11", 8, "20261101", record=False)
        b = d.plans.draw("2026-11", 8, "20261101", record=False)
        c = d.plans.draw("2026-11", 8, "20261102", record=False)
        assert a.enterprises == b.enterprises
        assert [e["id"] for e in a.enterprises] != [e["id"] for e in c.enterprises]
        for e in a.enterprises:
            assert len({p["cert_no"] for p in e["pair"]}) == 2
            towns = {r["cert_no"]: r["township_id"] for r in d.plans.roster()}
            assert all(towns[p["cert_no"]] in (e["township_id"], None) for p in e["pair"])
        assert draw_weight("A", 24) == 12 and draw_weight("D", 0) == 0.5
        # Over many seeds, class A is drawn far more often than class D.
        hits = {"A": 0, "D": 0}
        for s in range(150):
            for e in d.plans.draw("2026-11", 4, str(s), record=False).enterprises:
                if e["class"] in hits:
                    hits[e["class"]] += 1
        assert hits["A"] > 3 * hits["D"]
    finally:
        d.close()


def test_too_few_and_bad_input_say_so(tmp_path):
    d = make_district(tmp_path)
    try:
        _register(d, n_per_town=3)
        with pytest.raises(ValidationError, match="只有 3 家"):
            d.plans.draw("2026-11", 4, "1", "北湖镇")
        d.db.execute("UPDATE roster SET active=0 WHERE township_id IS NULL OR cert_no LIKE '370882101-%' "
                     "AND cert_no != '370882101-0'")
        with pytest.raises(ValidationError, match="只有 1 人"):
            d.plans.draw("2026-11", 2, "1", "北湖镇")
        for month in ("2026-13", "202611", ""):
            with pytest.raises(ValidationError):
                d.plans.draw(month, 1, "1")
        assert d.db.execute("SELECT count(*) FROM draws").fetchone()[0] == 0
        assert d.db.execute("SELECT count(*) FROM planned_inspections").fetchone()[0] == 0
    finally:
        d.close()


def test_draw_recorded_pdf_and_laptop_gets_it(tmp_path):
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")          # township 城关街道
    try:
        _register(d)
        r = d.plans.draw("2026-11", 6, "42", "城关街道", unannounced=True)
        assert d.db.execute("SELECT count(*) FROM planned_inspections WHERE draw_id=?", [r.id]).fetchone()[0] == 6
        with pytest.raises(ValidationError, match="已经抽取过"):
            d.plans.draw("2026-11", 6, "43", "城关街道")
        from inspector_app.core.draw_record import render_draw
        pdf = tmp_path / "draw.pdf"
        pdf.write_bytes(render_draw(d.plans.get_draw(r.id), "示例区应急管理局"))
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "双随机" in text and "随机种子" in text and "42" in text
        for e in r.enterprises:
            assert e["uscc"] in text
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        assert "Helvetica" not in fonts and all(" yes " in ln for ln in fonts.splitlines()[2:])

        d.sync.publish_baseline(d.townships.ensure("370882001", "城关街道"))
        send(d, a, tmp_path)
        due = a.plans.due_for_laptop("2026-11-15")
        assert {p["enterprise_id"] for p in due} == {e["id"] for e in r.enterprises}
        plan = due[0]
        assert plan["kind"] == "random" and plan["unannounced"] == 1
        ins = a.inspections.start(plan["enterprise_id"], planned_id=plan["id"]).id
        row = a.inspections.get(ins)
        assert (row["kind"], row["unannounced"], row["inspector2_name"]) == ("random", 1, plan["inspector2_name"])
        a.inspections.complete(ins)
        assert a.db.execute("SELECT status, inspection_id FROM planned_inspections WHERE id=?",
                            [plan["id"]]).fetchone() == ("done", ins)
        send(a, d, tmp_path)
        assert d.db.execute("SELECT status FROM planned_inspections WHERE id=?", [plan["id"]]).fetchone()[0] == "done"
    finally:
        a.close()
        d.close()


def test_cli_draw_json_and_pdf(tmp_path, capsys):
    d = make_district(tmp_path)
    _register(d)
    data_dir = str(d.data_dir)
    d.close()
    base = ["--data-dir", data_dir, "plan", "draw", "--month", "2026-10", "--count", "5", "--seed", "7", "--json"]
    assert main(base + ["--dry-run"]) == 0
    preview = json.loads(capsys.readouterr().out)
    out = tmp_path / "gs.pdf"
    assert main(base + ["--out", str(out)]) == 0
    recorded = json.loads(capsys.readouterr().out)
    assert preview["enterprises"] == recorded["enterprises"] and out.read_bytes()[:5] == b"%PDF-"
    assert main(["--data-dir", data_dir, "plan", "draw", "--month", "2026-12", "--count", "500", "--seed", "7"]) == 1
    assert "不够抽取" in capsys.readouterr().err


def test_moving_an_enterprise_takes_its_planned_inspections_and_complaints(tmp_path):
    d = make_district(tmp_path)
    try:
        _register(d)
        r = d.plans.draw("2026-11", 2, "5", "城关街道")
        eid = r.enterprises[0]["id"]
        d.complaints.add(content="举报", enterprise_id=eid)
        north = d.townships.ensure("370882101", "北湖镇")
        d.sync.register.move_enterprise(eid, north)
        assert d.db.execute("SELECT DISTINCT township_id FROM planned_inspections WHERE enterprise_id=?",
                            [eid]).fetchall() == [(north,)]
        assert d.db.execute("SELECT township_id FROM complaints WHERE enterprise_id=?", [eid]).fetchone() == (north,)
    finally:
        d.close()
