"""`inspector enterprises import`: the enterprise register (名录库) from an XLSX or CSV file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from inspector_app.core.i18n import pick

EXIT_INVALID_ROWS = 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("enterprises", help=pick("企业名录库：从 XLSX/CSV 导入", "enterprise register: import from XLSX/CSV"))
    cmds = p.add_subparsers(dest="enterprises_command", metavar="SUBCOMMAND", required=True)
    ip = cmds.add_parser(
        "import", help=pick("从 XLSX 或 CSV 文件导入企业名录", "import enterprises from an XLSX or CSV file"),
        description=pick(
            "按常见表头（企业名称、统一社会信用代码、乡镇（街道）、地址、主要负责人、联系电话、行业、风险标签、"
            "行业类别/监管类别、分级）对应各列；逐行检查，无效行按行号和原因列出，有效行导入，"
            "已登记的统一社会信用代码跳过（重复导入同一文件不会新增）。退出码：0 全部有效，3 有无效行（有效行已导入），"
            "2 文件无法使用（未导入任何数据）。",
            "Columns are matched by the usual headers (企业名称, 统一社会信用代码, 乡镇（街道）, 地址, 主要负责人, "
            "联系电话, 行业, 风险标签, 行业类别/监管类别, 分级); every row is checked, invalid rows are listed by "
            "row number and reason, valid rows are imported, credit codes already registered are skipped (importing "
            "the same file again adds nothing). Exit 0 all valid, 3 some rows invalid (the valid ones imported), "
            "2 unusable file (nothing imported)."))
    ip.add_argument("file", type=Path, metavar="FILE", help=pick(".xlsx 或 .csv 文件", ".xlsx or .csv file"))
    ip.add_argument("--dry-run", action="store_true",
                    help=pick("只预览：显示列对应和检查结果，不写入", "preview: show the mapping and the checks, write nothing"))
    ip.add_argument("--township", default="",
                    help=pick("文件没有乡镇列时，所有企业所属的乡镇", "township of every row when the file has no township column"))
    ip.add_argument("--json", action="store_true", help=pick("以 JSON 输出结果", "print the result as JSON"))
    ip.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    from inspector_app.cli import open_collection
    from inspector_app.core.register_import import HEADERS
    with open_collection(args) as col:
        report = col.register_import.run(args.file, dry_run=args.dry_run, default_township=args.township)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=1))
    else:
        print(pick("列对应：", "Columns: ") + "，".join(
            f"{report.mapping[f]}→{f}" for f in HEADERS if f in report.mapping))
        for e in report.errors:
            reasons = pick("；".join(zh for zh, _ in e.reasons), "; ".join(en for _, en in e.reasons))
            print(pick(f"第{e.row}行", f"row {e.row}") + f"  {e.name or '-'}  {e.uscc or '-'}：{reasons}")
        if report.existing:
            print(pick(f"已在名录库中（跳过）{len(report.existing)} 行：第", f"already registered (skipped): "
                       f"{len(report.existing)} rows: ")
                  + ", ".join(str(r) for r, _u, _n in report.existing[:30])
                  + (" …" if len(report.existing) > 30 else "") + pick("行", ""))
        if args.dry_run:
            print(pick(f"预览：共 {report.total} 行，可导入 {len(report.valid)} 行，无效 {len(report.errors)} 行，"
                       f"已登记 {len(report.existing)} 行。未写入任何数据。",
                       f"Preview: {report.total} rows, {len(report.valid)} to import, {len(report.errors)} invalid, "
                       f"{len(report.existing)} already registered. Nothing was written."))
        else:
            print(pick(f"共 {report.total} 行：导入 {report.imported} 行，无效 {len(report.errors)} 行，"
                       f"已登记跳过 {len(report.existing)} 行。",
                       f"{report.total} rows: {report.imported} imported, {len(report.errors)} invalid, "
                       f"{len(report.existing)} already registered (skipped)."),
                  file=sys.stdout)
    return EXIT_INVALID_ROWS if report.errors else 0
