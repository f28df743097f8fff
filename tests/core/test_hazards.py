from inspector_app.core.hazards import derive, is_overdue


def ev(kind, at, **data):
    return {"id": f"{at}-{kind}", "kind": kind, "at": at, "data": data}


def test_lifecycle_to_closure(col, enterprise):
    h = col.hazards.create({"enterprise_id": enterprise["id"], "description": "有限空间入口未设置警示标志",
                            "severity": "general", "category": "B09"}).id
    assert col.hazards.get(h)["state"] == "open"
    col.hazards.add_event(h, "notice_issued", data={"deadline": "2026-12-01"})
    assert col.hazards.get(h)["state"] == "awaiting_rectification"
    col.hazards.add_event(h, "extension_approved", data={"new_deadline": "2026-12-15"})
    assert col.hazards.get(h)["deadline"] == "2026-12-15"
    col.hazards.add_event(h, "rectification_reported", data={"measures": "已设置警示标志"})
    assert col.hazards.get(h)["state"] == "awaiting_reinspection"
    col.hazards.add_event(h, "reinspection_passed")
    row = col.hazards.get(h)
    assert row["state"] == "closed" and row["closed_on"]
    assert col.audit.verify().ok


def test_events_from_two_devices_merge_in_any_order():
    events = [ev("created", "2026-11-01T09:00"), ev("notice_issued", "2026-11-01T10:00", deadline="2026-11-20"),
              ev("extension_approved", "2026-11-15T10:00", new_deadline="2026-11-30"),
              ev("rectification_reported", "2026-11-25T10:00")]
    a = derive(events)
    b = derive(list(reversed(events)))
    assert a == b
    assert a.state == "awaiting_reinspection" and a.deadline == "2026-11-30"


def test_failed_reinspection_sets_new_deadline_and_overdue_is_derived():
    d = derive([ev("notice_issued", "2026-10-01T10:00", deadline="2026-10-10"),
                ev("rectification_reported", "2026-10-09T10:00"),
                ev("reinspection_failed", "2026-10-12T10:00", new_deadline="2026-10-20")])
    assert d.state == "awaiting_rectification" and d.deadline == "2026-10-20"
    assert is_overdue(d.state, d.deadline, today="2026-10-21")
    assert not is_overdue("closed", d.deadline, today="2026-10-21")
