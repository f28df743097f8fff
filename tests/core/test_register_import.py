"""Importing the enterprise register from XLSX/CSV: mapping, every bad row reported, idempotent."""

from __future__ import annotations

import json

import openpyxl
import pytest

from inspector_app.cli import main
from inspector_app.core import uscc
from inspector_app.core.collection import Collection
from inspector_app.core.errors import UnusableInput

HEADER = ["序号", "企业名称", "统一社会信用代码", "乡镇(街道)", "地址", "主要负责人", "联系电话", "行业",
          "风险标签", "行业类别", "分级"]


def _code(i: int) -> str:
    return uscc.make(f"91370882MA{i:07d}")


def _bad_check(i: int) -> str:
    good = _code(i)
    wrong = next(c for c in uscc.ALPHABET if c != good[-1])
    return good[:17] + wrong


def make_district(path) -> Collection:
    c = Collection(path)
    c.profile.init(role="district", name="王区", cert_no="D001", unit="示例区应急管理局", district="示例区")
    c.townships.add("370882001", "城关街道", "示例区")
    c.townships.add("370882101", "北湖镇", "示例区")
    return c


@pytest.fixture
def district(tmp_path):
    c = make_district(tmp_path / "district")
    yield c
    c.close()


def _rows() -> list[list]:
    return [
        [1, "甲公司", _code(1), "城关街道", "工业路1号", "李一", "13905371234", "化工", "涉有限空间、涉粉尘", "工贸", "A"],
        [2, "乙公司", _bad_check(2), "城关街道", "", "", "", "", "", "", ""],
        [3, "丙公司", _code(3), "南山镇", "", "", "", "", "", "", ""],
        [4, "丁公司", _code(1), "北湖镇", "", "", "", "", "", "", ""],
        [5, "戊公司", _code(5), "北湖镇", "", "", 5373221234.0, "", "", "危化", "B类"],
        [6, "己公司", _code(6), "北湖镇", "", "", "", "", "", "钢铁", "E"],
        [7, "辛公司", "", "北湖镇", "", "", "", "", "", "", ""],
        [None, "", "", "", "", "", "", "", "", "", ""],
        [8, "庚公司", _code(8), "北湖镇", "", "王八", "0537-3221234", "建材", "", "", ""],
    ]


def _xlsx(path, rows, title=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.append(["示例区安全生产企业名录（2026年）"])
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_xlsx_import_reports_each_bad_row_and_is_idempotent(district, tmp_path):
    f = _xlsx(tmp_path / "名录.xlsx", _rows())
    preview = district.register_import.run(f, dry_run=True)
    assert district.enterprises.count() == 0
    assert preview.mapping["township"] == "乡镇(街道)" and preview.mapping["supervision_class"] == "分级"
    errors = {e.row: " ".join(zh for zh, _ in e.reasons) for e in preview.errors}
    # Row numbers as the spreadsheet shows them: title row 1, header row 2, data from row 3.
    assert "校验位错误" in errors[4]
    assert "未知的乡镇" in errors[5] and "南山镇" in errors[5]
    assert "与第3行" in errors[6]
    assert "电话" in errors[7]           # a number cell that is no phone number
    assert "行业类别" in errors[8] and "分级" in errors[8]
    assert "统一社会信用代码为空" in errors[9]
    assert sorted(errors) == [4, 5, 6, 7, 8, 9]
    assert [r["name"] for r in preview.valid] == ["甲公司", "庚公司"]

    report = district.register_import.run(f)
    assert report.imported == 2 and district.enterprises.count() == 2
    first = district.enterprises.by_uscc(_code(1))
    assert first["risk_tags"] == ["涉有限空间", "涉粉尘"]
    row = district.db.execute("SELECT sector, supervision_class FROM enterprises WHERE uscc=?", [_code(1)]).fetchone()
    assert row == ("industry_trade", "A")
    assert district.db.execute("SELECT count(*) FROM audit_log WHERE action='enterprise.import'").fetchone()[0] == 1

    again = district.register_import.run(f)
    assert again.imported == 0 and district.enterprises.count() == 2
    assert sorted(r for r, _u, _n in again.existing) == [3, 11]   # row 10 is blank


def test_csv_in_gbk_with_sector_and_class(district, tmp_path):
    lines = ["企业名称,统一社会信用代码,乡镇（街道）,监管类别,分级",
             f"甲公司,{_code(11)},北湖镇,危险化学品,c",
             f"乙公司,{_code(12).lower()},城关街道,建筑,D"]
    f = tmp_path / "register.csv"
    f.write_bytes("\r\n".join(lines).encode("gb18030"))
    report = district.register_import.run(f)
    assert report.imported == 2 and not report.errors
    got = dict(district.db.execute("SELECT name, sector || supervision_class FROM enterprises").fetchall())
    assert got == {"甲公司": "hazardous_chemicalsC", "乙公司": "constructionD"}


@pytest.mark.parametrize("name,data,word", [
    ("a.xlsx", b"PK\x03\x04 not really a zip", "不是有效的 .xlsx"),
    ("a.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "另存为 .xlsx"),
    ("a.pdf", b"%PDF-1.7", "不支持的文件类型"),
    ("a.csv", "名称甲,代码\n1,2\n".encode(), "找不到表头列"),
])
def test_unusable_files_import_nothing(district, tmp_path, name, data, word):
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(UnusableInput) as e:
        district.register_import.run(f)
    assert word in e.value.zh and e.value.en
    assert district.enterprises.count() == 0


def test_cli_import_dry_run_json_and_exit_codes(tmp_path, capsys):
    f = _xlsx(tmp_path / "r.xlsx", _rows(), title=False)
    data_dir = str(tmp_path / "district")
    make_district(data_dir).close()
    assert main(["--data-dir", data_dir, "enterprises", "import", str(f), "--dry-run", "--json"]) == 3
    out = json.loads(capsys.readouterr().out)
    assert out["valid"] == 2 and out["imported"] == 0 and {e["row"] for e in out["invalid"]} == {3, 4, 5, 6, 7, 8}
    assert main(["--data-dir", data_dir, "enterprises", "import", str(f)]) == 3
    text = capsys.readouterr().out
    assert "第3行" in text and "导入 2 行" in text
    assert main(["--data-dir", data_dir, "enterprises", "import", str(tmp_path / "missing.xlsx")]) == 2
    assert "无法读取" in capsys.readouterr().err
    with Collection(data_dir) as c:
        assert c.enterprises.count() == 2
