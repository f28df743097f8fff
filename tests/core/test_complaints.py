"""Complaints (举报): received → dispatched to the laptop → verified → replied, deadlines; hazards from the
check carry source = report; self-reported hazards enter the same loop."""

from __future__ import annotations

import datetime as dt

import pytest
from sync_support import add_enterprise, make_district, make_laptop, send

from inspector_app.cli import main
from inspector_app.core.errors import ValidationError


def test_complaint_loop_reaches_the_laptop(tmp_path):
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    try:
        eid = add_enterprise(a, "被举报企业")
        send(a, d, tmp_path)
        today = dt.date.today()
        cid = d.complaints.add(content="夜间在有限空间作业无人监护", source="hotline", enterprise_id=eid,
                               received_on=(today - dt.timedelta(days=20)).isoformat()).id
        c = d.complaints.get(cid[:8])
        assert c["due_on"] == (today - dt.timedelta(days=5)).isoformat() and c["status"] == "received"
        assert d.complaints.list(open_only=True)[0]["overdue"]
        with pytest.raises(ValidationError):
            d.complaints.reply(cid, "已处理")          # not verified yet
        d.complaints.dispatch(cid)
        with pytest.raises(ValidationError):
            d.complaints.dispatch(cid)
        send(d, a, tmp_path)
        plan = [p for p in a.plans.due_for_laptop() if p["complaint_id"] == cid][0]
        assert plan["kind"] == "complaint" and plan["unannounced"] == 1
        ins = a.inspections.start(eid, planned_id=plan["id"]).id
        hid = a.hazards.create({"enterprise_id": eid, "inspection_id": ins, "description": "有限空间作业无监护人"}).id
        assert a.hazards.get(hid)["source"] == "report"
        a.inspections.complete(ins)
        send(a, d, tmp_path)
        assert d.complaints.list()[0]["check_status"] == "done"
        d.complaints.verify(cid, "情况属实，已责令整改", True)
        d.complaints.reply(cid, "经核查情况属实，已依法处理。")
        c = d.complaints.get(cid)
        assert (c["status"], c["substantiated"], c["replied_on"]) == ("replied", 1, today.isoformat())
        assert not d.complaints.list(open_only=True)
    finally:
        a.close()
        d.close()


def test_bad_complaints_refused(col, enterprise):
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    for kw in ({"content": ""}, {"content": "x", "source": "rumour"}, {"content": "x", "received_on": tomorrow},
               {"content": "x", "received_on": "2026-02-30"}, {"content": "x", "due_on": "2000-01-01"}):
        with pytest.raises(ValidationError):
            col.complaints.add(enterprise_id=enterprise["id"], **kw)
    cid = col.complaints.add(content="无企业名称的举报", township_id=enterprise["township_id"]).id
    with pytest.raises(ValidationError, match="未指明企业"):
        col.complaints.dispatch(cid)
    col.complaints.reply(cid, "不属本单位职责，已转交。")      # no enterprise: may be answered directly
    assert col.db.execute("SELECT count(*) FROM complaints").fetchone()[0] == 1


def test_self_check_hazard_cli(col, enterprise, capsys):
    data_dir = str(col.data_dir)      # the CLI opens its own connection beside the fixture's
    assert main(["--data-dir", data_dir, "hazards", "add", "--enterprise", enterprise["uscc"], "--description",
                 "自查发现配电箱门缺失", "--deadline", "2030-01-01"]) == 0
    assert main(["--data-dir", data_dir, "complaints", "add", "--enterprise", enterprise["uscc"], "--content",
                 "违规动火", "--source", "online"]) == 0
    assert main(["--data-dir", data_dir, "complaints", "list"]) == 0
    out = capsys.readouterr().out
    assert "已登记隐患" in out and "网络平台" in out and "违规动火" in out
    h = col.db.execute("SELECT source, state, deadline FROM hazards").fetchone()
    assert h == ("self_check", "open", "2030-01-01")
