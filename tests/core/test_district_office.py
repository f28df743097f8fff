"""The district office's own entry (区局 typed as the district profile's 乡镇/街道) is no township: the district
desk, the monthly report, plans and township lists leave it out; a real township named as the seat stays."""

from inspector_app.core import reports, uscc
from inspector_app.core.collection import Collection


def _district(tmp_path, seat):
    c = Collection(tmp_path / "d")
    for code, name in (("370899001", "城关街道"), ("370899101", "青石镇")):
        tid = c.townships.ensure(code, name, "示例区")
        c.enterprises.add({"township_id": tid, "name": f"{name}示例机械厂", "uscc": uscc.make(f"91370899MA{code[-3:]}4E5F"),
                           "address": name, "principal": "李建国"})
    c.profile.init(role="district", name="王局长", cert_no="D0001", unit="示例区应急管理局", district="示例区",
                   township=seat)
    return c


def test_office_entry_is_not_a_township(tmp_path):
    c = _district(tmp_path, "区局")
    try:
        office = c.townships.office_id()
        assert office and c.townships.name(office) == "区局"
        names = ["城关街道", "青石镇"]
        assert [t["name"] for t in c.townships.all()] == names
        assert "区局" in [t["name"] for t in c.townships.all(with_office=True)]
        assert [r["township"] for r in c.summary.townships()] == names
        assert [r["township"] for r in c.reports.monthly("2026-11", today="2026-11-30").townships] == names
        assert [r["township"] for r in reports.township_work(c, 2026, "2026-11-30")] == names
        assert [r["township"] for r in c.plans.make_annual(2026)] == names
        assert len(c.plans.progress(2026, "2026-11-30")) == 2
    finally:
        c.close()


def test_a_real_seat_township_stays(tmp_path):
    c = _district(tmp_path, "城关街道")
    try:
        assert c.townships.office_id() is None
        assert [r["township"] for r in c.summary.townships()] == ["城关街道", "青石镇"]
    finally:
        c.close()


def test_an_inspectors_township_is_never_the_office(col):
    assert col.townships.office_id() is None
    assert [t["name"] for t in col.townships.all()] == ["城关街道"]
