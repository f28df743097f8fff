"""Enterprise list, search-as-you-type and the add form with in-place validation."""

from __future__ import annotations


from inspector_app.core import uscc
from inspector_app.ui.dialogs.enterprise_form import EnterpriseDialog


def test_add_form_shows_errors_beside_fields_and_writes_nothing_until_valid(qtbot, col):
    dlg = EnterpriseDialog(col, None)
    qtbot.addWidget(dlg)
    dlg.inputs["name"].setText("示例市顺达机械厂")
    qtbot.keyClicks(dlg.inputs["uscc"], "91370882MA3C4E5F61")   # wrong check character
    qtbot.keyClicks(dlg.inputs["phone"], "12345")
    dlg.save()
    assert dlg.errors["uscc"].isVisibleTo(dlg) and dlg.errors["uscc"].text()
    assert dlg.errors["phone"].text()
    assert col.enterprises.count() == 0
    dlg.inputs["uscc"].setText(uscc.make("91370882MA3C4E5F6"))
    dlg.inputs["phone"].setText("13905371234")
    dlg.save()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert col.enterprises.get(dlg.saved_id)["name"] == "示例市顺达机械厂"


def test_duplicate_credit_code_is_reported_beside_the_field(qtbot, col, enterprise):
    dlg = EnterpriseDialog(col, None)
    qtbot.addWidget(dlg)
    dlg.inputs["name"].setText("另一家公司")
    dlg.inputs["uscc"].setText(enterprise["uscc"])
    dlg.save()
    assert "已登记" in dlg.errors["uscc"].text()
    assert col.enterprises.count() == 1


def test_search_as_you_type_filters_by_name_code_address_and_principal(qtbot, window, col):
    prof = col.profile.get()
    for i, (name, addr, boss) in enumerate([("宏达化工", "工业路1号", "李建国"), ("顺达机械", "河滨路2号", "王芳"),
                                            ("金穗食品", "工业路9号", "赵强")]):
        col.enterprises.add({"township_id": prof["township_id"], "name": name, "address": addr,
                             "principal": boss, "uscc": uscc.make(f"9137088200000000{i}"),
                             "risk_tags": ["涉粉尘"] if i == 2 else []})
    page = window.show_page("enterprises")
    page.refresh()
    assert page.model.rowCount() == 3
    page.search.setText("工业路")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    page.search.setText("王芳")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.index(0, 0).data() == "顺达机械"
    page.search.clear()
    page.risk.setCurrentIndex(page.risk.findData("涉粉尘"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    page.table.selectRow(0)
    assert "金穗食品" in page.detail.toHtml()


def test_list_pages_lazily(qtbot, col, monkeypatch):
    from inspector_app.ui.pages import enterprises as mod
    from inspector_app.ui.widgets import paged_model
    monkeypatch.setattr(paged_model, "PAGE_SIZE", 10)
    prof = col.profile.get()
    with col.db.atomic():
        for i in range(25):
            col.enterprises.add({"township_id": prof["township_id"], "name": f"企业{i:02d}",
                                 "uscc": uscc.make(f"91370882{i:09d}")})
    model = mod.EnterpriseModel(col)
    model.set_filters("", None, None)
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()


def test_detail_shows_the_ledgers_with_labelled_columns(qtbot, col, enterprise):
    from inspector_app.core.clock import new_id
    from inspector_app.ui.pages.enterprises import enterprise_detail_html
    col.db["confined_spaces"].insert(col.stamp({"id": new_id(), "enterprise_id": enterprise["id"], "number": "YX-01",
                                                "name": "污水池", "hazards": "硫化氢中毒", "poisoning_risk": 1}))
    html = enterprise_detail_html(col, enterprise["id"])
    assert "有限空间台账（1）" in html and "中毒风险" in html and "<td>是</td>" in html
    assert "高处作业项目台账（0）" in html


def test_fetch_more_stops_when_rows_went_away(qtbot, col, monkeypatch):
    """A count that overestimates (rows deleted since) must not leave the view asking for more forever."""
    from inspector_app.ui.pages import enterprises as mod
    from inspector_app.ui.widgets import paged_model
    monkeypatch.setattr(paged_model, "PAGE_SIZE", 10)
    prof = col.profile.get()
    for i in range(12):
        col.enterprises.add({"township_id": prof["township_id"], "name": f"企业{i:02d}",
                             "uscc": uscc.make(f"91370882{i:09d}")})
    model = mod.EnterpriseModel(col)
    model.set_filters("", None, None)
    model.total = 30          # as if 18 rows had vanished after counting
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 12 and not model.canFetchMore()


def test_search_hiding_the_selected_enterprise_clears_the_detail_and_start_button(qtbot, window, col):
    prof = col.profile.get()
    for i, name in enumerate(("宏达化工", "顺达机械")):
        col.enterprises.add({"township_id": prof["township_id"], "name": name, "address": "工业路",
                             "uscc": uscc.make(f"9137088200000001{i}")})
    page = window.show_page("enterprises")
    page.refresh()
    row = [page.model.index(r, 0).data() for r in range(page.model.rowCount())].index("宏达化工")
    page.table.selectRow(row)
    assert "宏达化工" in page.detail.toHtml() and page.inspect_btn.isEnabled()
    page.search.setText("顺达")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.current_id is None and "宏达化工" not in page.detail.toPlainText()
    assert not page.inspect_btn.isEnabled() and not page.edit_btn.isEnabled()
    # Still listed after a search: the selection and its detail stay.
    page.table.selectRow(0)
    page.search.setText("顺")
    qtbot.waitUntil(lambda: page.timer.isActive() is False, timeout=2000)
    qtbot.wait(200)
    assert "顺达机械" in page.detail.toHtml() and page.inspect_btn.isEnabled()
