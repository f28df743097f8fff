"""Enterprise register import: a 2,000-row XLSX in seconds (budget: ≤ 5 s on the shared 2-core VM).

    python build/bench_register_import.py [ROWS]

Writes a register XLSX of ROWS enterprises (default 2,000; 2 % bad rows) in 6 townships, then times in
fresh district data directories: (a) `col.register_import.run()` (read with openpyxl, check every row,
insert in one transaction with the sync capture triggers) and (b) the bare baseline: the same file read
with openpyxl and the rows written with sqlite-utils `insert_all` into a plain table, no checks.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl  # noqa: E402
import sqlite_utils  # noqa: E402

from inspector_app.core import uscc  # noqa: E402
from inspector_app.core.collection import Collection  # noqa: E402

TOWNS = [("370882001", "城关街道"), ("370882002", "东城街道"), ("370882101", "北湖镇"), ("370882102", "南山镇"),
         ("370882103", "西河镇"), ("370882104", "柳林镇")]
HEADER = ["企业名称", "统一社会信用代码", "乡镇（街道）", "地址", "主要负责人", "联系电话", "行业", "风险标签", "行业类别", "分级"]


def write_register(path: Path, rows: int) -> None:
    r = random.Random(7)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for i in range(rows):
        code = uscc.make(f"91370882MA{i:07d}")
        if r.random() < 0.02:
            code = code[:17] + ("0" if code[17] != "0" else "1")
        ws.append([f"示例{i}号有限公司", code, r.choice(TOWNS)[1], f"工业路{i}号", "张三", f"139{i:08d}", "机械制造",
                   "涉有限空间、涉粉尘", r.choice(["工贸", "危化", "建筑", "其他"]), r.choice("ABCD")])
    wb.save(path)


def district(path: Path) -> Collection:
    col = Collection(path)
    col.profile.init(role="district", name="王区", cert_no="D001", unit="示例区应急管理局", district="示例区")
    for code, name in TOWNS:
        col.townships.add(code, name, "示例区")
    return col


def main(argv: list[str]) -> int:
    rows = int(argv[0]) if argv else 2000
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        f = tmpdir / "register.xlsx"
        write_register(f, rows)
        col = district(tmpdir / "ours")
        t0 = time.perf_counter()
        report = col.register_import.run(f)
        ours = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = col.register_import.run(f)
        second = time.perf_counter() - t0
        col.close()

        t0 = time.perf_counter()
        wb = openpyxl.load_workbook(f, read_only=True, data_only=True)
        data = [dict(zip(HEADER, r)) for r in list(wb.worksheets[0].iter_rows(values_only=True))[1:]]
        wb.close()
        db = sqlite_utils.Database(tmpdir / "bare.db")
        db["enterprises"].insert_all(data, batch_size=1000)
        bare = time.perf_counter() - t0
        db.close()
    print(f"rows {rows}: imported {report.imported}, invalid {len(report.errors)}; "
          f"ours {ours:.2f} s, second import of the same file {second:.2f} s (adds {again.imported}); "
          f"bare openpyxl + sqlite-utils insert_all {bare:.2f} s; ratio {ours / bare:.1f}x")
    return 0 if ours <= 5 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
