"""Major hazards, 挂牌督办 acceptance, 停产停业 / 复产 review and 五落实 (core.hazards)."""

import pytest

from inspector_app.core.errors import ValidationError
from inspector_app.core.hazards import derive

FIVE = {"measures": "加装防护栏杆", "responsible": "李四", "funds": "3万元", "deadline": "2026-12-20",
        "plan": "高处坠落现场处置方案"}


def _hazard(col, enterprise, severity):
    return col.hazards.create({"enterprise_id": enterprise["id"], "description": "平台临边未设置防护栏杆",
                               "severity": severity, "category": "B01"}).id


def test_a_major_hazard_cannot_be_closed_on_the_spot(col, enterprise):
    h = _hazard(col, enterprise, "major")
    with pytest.raises(ValidationError, match="不得当场整改"):
        col.hazards.add_event(h, "closed_on_site", data={"measures": "已整改"})
    assert col.hazards.get(h)["state"] == "open"
    # a general one can
    g = _hazard(col, enterprise, "general")
    col.hazards.add_event(g, "closed_on_site", data={"measures": "已整改"})
    assert col.hazards.get(g)["state"] == "closed"


def test_an_on_site_closure_of_a_major_from_another_device_does_not_close_it():
    events = [{"id": "1", "kind": "created", "at": "2026-11-01T09:00", "data": {}},
              {"id": "2", "kind": "closed_on_site", "at": "2026-11-01T10:00", "data": {}}]
    assert derive(events, "major").state == "open"
    assert derive(events, "general").state == "closed"


def test_a_major_closes_only_after_five_measures_and_reinspection(col, enterprise):
    h = _hazard(col, enterprise, "major")
    col.hazards.add_event(h, "notice_issued", data={"deadline": "2026-12-20"})
    col.hazards.add_event(h, "rectification_reported", data={"measures": "已加装"})
    with pytest.raises(ValidationError, match="五落实"):
        col.hazards.add_event(h, "reinspection_passed")
    with pytest.raises(ValidationError, match="资金"):
        col.hazards.add_event(h, "five_measures", data=dict(FIVE, funds=" "))
    col.hazards.add_event(h, "five_measures", data=FIVE)
    assert col.hazards.get(h)["state"] == "awaiting_reinspection"
    col.hazards.add_event(h, "reinspection_passed")
    assert col.hazards.get(h)["state"] == "closed"


def test_listed_supervision_needs_the_supervising_units_acceptance(col, enterprise):
    h = _hazard(col, enterprise, "major")
    col.hazards.add_event(h, "five_measures", data=FIVE)
    with pytest.raises(ValidationError, match="未挂牌督办"):
        col.hazards.add_event(h, "supervision_accepted", data={"unit": "区应急局", "person": "王五",
                                                               "date": "2026-11-30", "doc_no": "验字〔2026〕1号"})
    col.hazards.add_event(h, "listed_supervision", data={"level": "县（区）级", "unit": "区应急局",
                                                         "doc_no": "督〔2026〕3号", "deadline": "2026-12-31"})
    col.hazards.add_event(h, "rectification_reported", data={"measures": "已整改"})
    with pytest.raises(ValidationError, match="督办单位"):
        col.hazards.add_event(h, "reinspection_passed")
    with pytest.raises(ValidationError, match="验收人"):
        col.hazards.add_event(h, "supervision_accepted", data={"unit": "区应急局", "date": "2026-11-30",
                                                               "doc_no": "验字〔2026〕1号"})
    col.hazards.add_event(h, "supervision_accepted", data={"unit": "区应急局", "person": "王五",
                                                           "date": "2026-11-30", "doc_no": "验字〔2026〕1号"})
    assert col.hazards.get(h)["state"] == "awaiting_reinspection"
    col.hazards.add_event(h, "reinspection_passed")
    assert col.hazards.get(h)["state"] == "closed"
    accepted = [e for e in col.hazards.events(h) if e["kind"] == "supervision_accepted"]
    assert accepted[0]["data"]["doc_no"] == "验字〔2026〕1号"


def test_acceptance_and_reinspection_merge_in_either_order():
    base = [{"id": "1", "kind": "listed_supervision", "at": "2026-11-02T09:00", "data": {}}]
    passed = {"id": "2", "kind": "reinspection_passed", "at": "2026-11-03T09:00", "data": {}}
    accepted = {"id": "3", "kind": "supervision_accepted", "at": "2026-11-05T09:00", "data": {}}
    assert derive(base + [passed], "major").state != "closed"
    d = derive(base + [accepted, passed], "major")
    assert d.state == "closed" and d.closed_on == "2026-11-05"


def test_suspension_needs_an_approved_resumption_review(col, enterprise):
    h = _hazard(col, enterprise, "major")
    col.hazards.add_event(h, "five_measures", data=FIVE)
    with pytest.raises(ValidationError, match="未责令停产停业"):
        col.hazards.add_event(h, "resumption_applied", data={"date": "2026-11-20"})
    col.hazards.add_event(h, "suspension_ordered", data={"date": "2026-11-10", "scope": "粉碎车间停止作业",
                                                         "doc_no": "现场处理〔2026〕5号"})
    with pytest.raises(ValidationError, match="没有待审查的复产申请"):
        col.hazards.add_event(h, "resumption_reviewed", data={"approved": True, "reviewer": "赵六"})
    col.hazards.add_event(h, "resumption_applied", data={"date": "2026-11-20", "applicant": "企业负责人"})
    col.hazards.add_event(h, "rectification_reported", data={"measures": "已整改"})
    with pytest.raises(ValidationError, match="复产"):
        col.hazards.add_event(h, "reinspection_passed")
    col.hazards.add_event(h, "resumption_reviewed", data={"approved": False, "reviewer": "赵六",
                                                          "opinion": "除尘系统仍未泄爆"})
    assert col.hazards.derived(h).suspended
    col.hazards.add_event(h, "resumption_applied", data={"date": "2026-11-25"})
    col.hazards.add_event(h, "resumption_reviewed", data={"approved": True, "reviewer": "赵六",
                                                          "date": "2026-11-28", "doc_no": "复产〔2026〕2号"})
    assert not col.hazards.derived(h).suspended
    col.hazards.add_event(h, "reinspection_passed")
    assert col.hazards.get(h)["state"] == "closed"
