"""`inspector report monthly`: the district's monthly report (月调度、月通报) as PDF and XLSX."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from inspector_app.core.i18n import pick


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=pick("统计报表：月度通报", "reports: the monthly report"))
    cmds = p.add_subparsers(dest="report_command", metavar="SUBCOMMAND", required=True)
    mp = cmds.add_parser(
        "monthly", help=pick("月度执法检查情况通报（PDF，可另存 XLSX）", "the monthly report (PDF, optionally XLSX)"),
        description=pick("分乡镇和分行业：计划与完成检查、发现/整改/逾期隐患、重大隐患与挂牌督办、执法文书、各专项整治，"
                         "附柱状图和近12个月趋势图；--xlsx 导出同样的数字。没有数据的月份如实生成空报表。",
                         "Per township and per sector: inspections planned and done, hazards found / rectified / "
                         "overdue, major hazards and listed supervision, documents, each campaign, with a bar "
                         "chart and a 12-month trend; --xlsx exports the same figures. A month without data gives an "
                         "honest empty report."))
    mp.add_argument("--month", required=True, metavar="YYYY-MM")
    mp.add_argument("--out", type=Path, metavar="F.pdf", help=pick("PDF 文件", "PDF file"))
    mp.add_argument("--xlsx", type=Path, metavar="F.xlsx", help=pick("同时导出 XLSX", "also write XLSX"))
    mp.add_argument("--json", action="store_true", help=pick("以 JSON 输出数字", "print the figures as JSON"))
    mp.set_defaults(func=run_monthly)


def run_monthly(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from inspector_app.cli import open_collection
    from inspector_app.core.datadir import atomic_write_bytes
    from inspector_app.core.errors import ValidationError
    from inspector_app.core.report_render import render_pdf, render_xlsx
    if not (args.out or args.xlsx or args.json):
        raise ValidationError("请用 --out、--xlsx 或 --json 指定输出", "Give --out, --xlsx or --json")
    with open_collection(args) as col:
        rep = col.reports.monthly(args.month)
        prof = col.profile.get()
    if args.out:
        atomic_write_bytes(args.out, render_pdf(rep, prof["unit_name"] if prof else ""))
    if args.xlsx:
        atomic_write_bytes(args.xlsx, render_xlsx(rep))
    if args.json:
        print(json.dumps(asdict(rep), ensure_ascii=False, indent=1))
    else:
        t = rep.totals
        print(pick(f"{rep.month}：完成检查 {t['done']}/{t['planned']}，发现隐患 {t['found']}（重大 {t['major']}），"
                   f"整改 {t['rectified']}，逾期 {t['overdue']}，挂牌督办 {t['supervised']}，文书 {t['documents']}。",
                   f"{rep.month}: inspections {t['done']}/{t['planned']}, hazards found {t['found']} (major "
                   f"{t['major']}), rectified {t['rectified']}, overdue {t['overdue']}, listed {t['supervised']}, "
                   f"documents {t['documents']}."))
    return 0
