"""Ledger exports open correctly in a spreadsheet: typed dates, frozen header, autofilter, labels in the
user's language (campaign names, states), suggested file names, extensions added when missing."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import load_workbook

from inspector_app.core import filenames
from inspector_app.core.ledger import Ledger, LedgerFilter


def _hazards(col, enterprise):
    past = (dt.date.today() - dt.timedelta(days=5)).isoformat()
    col.hazards.create({"enterprise_id": enterprise["id"], "description": "有限空间未设置警示标志",
                        "campaign": "confined_space", "deadline": past, "found_on": "2026-03-02",
                        "severity": "major"})
    col.hazards.create({"enterprise_id": enterprise["id"], "description": "未落实全员安全生产责任制",
                        "campaign": "responsibility", "found_on": "2026-04-10"})


def test_xlsx_has_typed_dates_frozen_header_autofilter_and_chinese_labels(col, enterprise):
    _hazards(col, enterprise)
    ws = load_workbook(io.BytesIO(Ledger(col).export_xlsx(LedgerFilter(), lang="zh_CN"))).active
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:K3"
    header = [c.value for c in ws[1]]
    assert header[:2] == ["隐患编号", "发现日期"] and header[9] == "专项"
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    by_found = {r[1]: r for r in rows}
    first = by_found[dt.datetime(2026, 3, 2)]        # openpyxl reads a date cell back as datetime
    assert isinstance(first[7], dt.datetime)            # the deadline is a date too
    assert ws.cell(row=2, column=2).number_format == "yyyy-mm-dd"
    assert first[9] == "有限空间作业" and first[6] == "未整改" and first[5] == "重大" and first[8] == "是"
    second = by_found[dt.datetime(2026, 4, 10)]
    assert second[9] == "全员安全生产责任制落实" and second[7] is None
    assert "confined_space" not in str(rows) and "responsibility" not in str(rows)


def test_english_exports_use_english_labels(col, enterprise):
    _hazards(col, enterprise)
    led = Ledger(col)
    ws = load_workbook(io.BytesIO(led.export_xlsx(LedgerFilter(), lang="en"))).active
    assert [c.value for c in ws[1]][:2] == ["Hazard no.", "Found on"]
    values = {v for r in ws.iter_rows(min_row=2, values_only=True) for v in r}
    assert {"Confined-space work", "Open", "Major", "Yes"} <= values
    csv_text = led.export_csv(LedgerFilter(), lang="en").decode("utf-8-sig")
    assert csv_text.startswith("Hazard no.,Found on") and "Confined-space work" in csv_text


def test_suggested_names_and_extensions(col, enterprise):
    led = Ledger(col)
    town = col.profile.get()["township_id"]
    name = led.file_name(LedgerFilter(township_id=town, overdue=True, severity="major"), "xlsx",
                         today="2026-11-30", lang="zh_CN")
    assert name == "隐患台账_城关街道_逾期_重大_2026-11-30.xlsx"
    assert led.file_name(LedgerFilter(campaign="welding"), "pdf", today="2026-11-30", lang="en") == \
        "hazard-ledger_Welding and hot work_2026-11-30.pdf"
    assert led.file_name(LedgerFilter(text='a/b:"c"'), "csv", today="2026-11-30", lang="zh_CN") == \
        "隐患台账_a_b__c__2026-11-30.csv"
    assert filenames.with_extension("/tmp/notice1", "pdf") == "/tmp/notice1.pdf"
    assert filenames.with_extension("/tmp/台账.XLSX", "xlsx") == "/tmp/台账.XLSX"
    assert filenames.document_file_name("责令限期整改指令书", "（城关）应急责改〔2026〕7号") == \
        "（城关）应急责改〔2026〕7号责令限期整改指令书.pdf"
    assert filenames.document_file_name("现场检查记录", None, "示例公司") == "现场检查记录（草稿）_示例公司.pdf"
