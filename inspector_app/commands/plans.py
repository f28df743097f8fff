"""`inspector plan …`: the roster of enforcement staff, annual plans, the monthly 双随机 draw, planned inspections."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from inspector_app.core.clock import local_text
from inspector_app.core.i18n import pick


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan", help=pick("检查计划：执法人员名录库、年度计划、双随机抽取、计划检查",
                                         "plans: inspector roster, annual plans, the random draw, planned inspections"))
    cmds = p.add_subparsers(dest="plan_command", metavar="SUBCOMMAND", required=True)

    rp = cmds.add_parser("roster", help=pick("执法人员名录库：列出或添加", "roster of enforcement staff: list or add"))
    rp.add_argument("--add", metavar="NAME", help=pick("添加人员（姓名）", "add a person (name)"))
    rp.add_argument("--cert", default="", help=pick("执法证号", "certificate number"))
    rp.add_argument("--township", default="", help=pick("所属乡镇（不填为区级人员，可派往各乡镇）",
                                                       "township (empty: district staff, drawn for any township)"))
    rp.set_defaults(func=run_roster)

    ap = cmds.add_parser("annual", help=pick("按分级生成各乡镇的年度执法检查计划", "make each township's annual plan from the classes"),
                         description=pick("每家企业每年的检查次数按分级：默认 A 4、B 2、C 1、D 1、未分级 1（见 docs/plans.md）；"
                                          "--frequency A=6 可改。已有的同年计划会被替换。",
                                          "Visits per enterprise per year by class: by default A 4, B 2, C 1, D 1, "
                                          "unclassified 1 (see docs/plans.md); change with --frequency A=6. "
                                          "An existing plan for the year is replaced."))
    ap.add_argument("--year", type=int, default=dt.date.today().year)
    ap.add_argument("--frequency", action="append", default=[], metavar="CLASS=N",
                    help=pick("某分级每年检查次数", "visits per year for a class"))
    ap.add_argument("--json", action="store_true")
    ap.set_defaults(func=run_annual)

    gp = cmds.add_parser("progress", help=pick("各乡镇年度计划完成情况", "each township's progress against its annual plan"))
    gp.add_argument("--year", type=int, default=dt.date.today().year)
    gp.add_argument("--json", action="store_true")
    gp.set_defaults(func=run_progress)

    dp = cmds.add_parser(
        "draw", help=pick("双随机抽取：从名录库抽企业、从执法人员名录库抽检查组", "the random draw: enterprises and inspector pairs"),
        description=pick("以公开的随机种子可复现地抽取；权重随分级和距上次检查的时间增加。结果记录在案并作为计划检查随下次同步"
                         "发给乡镇终端；--out 写出公示用 PDF。--dry-run 只显示结果、不记录（用于复核）。",
                         "Reproducible from the published seed; the weight grows with the class and the time since the "
                         "last inspection. The result is recorded and sent to the townships' laptops as planned "
                         "inspections with the next sync; --out writes the PDF for 公示. --dry-run shows the result "
                         "without recording it (to verify a published draw)."))
    dp.add_argument("--month", required=True, metavar="YYYY-MM")
    dp.add_argument("--count", type=int, required=True, metavar="N")
    dp.add_argument("--seed", required=True, metavar="S")
    dp.add_argument("--township", default="", metavar="T", help=pick("只抽该乡镇（默认全区）", "only this township (default: all)"))
    dp.add_argument("--unannounced", action="store_true", help=pick("按“四不两直”检查", "inspect unannounced (四不两直)"))
    dp.add_argument("--dry-run", action="store_true", help=pick("只显示，不记录", "show, do not record"))
    dp.add_argument("--json", action="store_true")
    dp.add_argument("--out", type=Path, metavar="F.pdf", help=pick("写出公示 PDF", "write the PDF for 公示"))
    dp.set_defaults(func=run_draw)

    lp = cmds.add_parser("draws", help=pick("列出抽取记录；--print ID --out F.pdf 重新打印公示", "list draws; --print ID --out F.pdf prints one again"))
    lp.add_argument("--print", dest="print_id", metavar="ID")
    lp.add_argument("--out", type=Path, metavar="F.pdf")
    lp.set_defaults(func=run_draws)

    pp = cmds.add_parser("list", help=pick("列出计划检查", "list planned inspections"))
    pp.add_argument("--month", default="")
    pp.add_argument("--township", default="")
    pp.add_argument("--open", action="store_true", help=pick("只列未完成的", "only those not done"))
    pp.add_argument("--json", action="store_true")
    pp.set_defaults(func=run_list)


def _open(args):
    from inspector_app.cli import open_collection
    return open_collection(args)


def run_roster(args: argparse.Namespace) -> int:
    with _open(args) as col:
        if args.add:
            tid = col.plans._township(args.township)[0] if args.township else None
            col.plans.add_inspector(args.add, args.cert, tid)
        names = {t["id"]: t["name"] for t in col.townships.all()}
        for r in col.plans.roster():
            print(f"{r['cert_no']}\t{r['name']}\t{names.get(r['township_id'], pick('区级', 'district'))}")
    return 0


def run_annual(args: argparse.Namespace) -> int:
    from inspector_app.core.errors import ValidationError
    freq = {}
    for f in args.frequency:
        k, _, v = f.partition("=")
        try:
            freq[k.strip().upper()] = float(v)
        except ValueError:
            raise ValidationError(f"频次应写作 A=4：{f}", f"Write a frequency as A=4: {f}") from None
    with _open(args) as col:
        plans = col.plans.make_annual(args.year, freq)
    if args.json:
        print(json.dumps(plans, ensure_ascii=False, indent=1))
        return 0
    for p in plans:
        parts = pick("，", ", ").join(
            pick(f"{k or '未分级'}类 {n} 家 {v} 次", f"class {k or '-'}: {n} enterprises, {v} visits")
            for k, (n, v) in p["by_class"].items())
        print(pick(f"{p['township']} {args.year}年：计划检查 {p['total_visits']} 次（{parts}）",
                   f"{p['township']} {args.year}: {p['total_visits']} visits planned ({parts})"))
    return 0


def run_progress(args: argparse.Namespace) -> int:
    with _open(args) as col:
        rows = col.plans.progress(args.year)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        planned = r["planned"] if r["planned"] is not None else pick("无计划", "no plan")
        print(pick(f"{r['township']}：已检查 {r['done']} / 计划 {planned}；覆盖企业 {r['covered']}/{r['enterprises']}；"
                   f"逾期未做的计划检查 {r['overdue_planned']}",
                   f"{r['township']}: {r['done']} done / {planned} planned; enterprises covered {r['covered']}/"
                   f"{r['enterprises']}; planned inspections overdue {r['overdue_planned']}"))
    return 0


def run_draw(args: argparse.Namespace) -> int:
    with _open(args) as col:
        result = col.plans.draw(args.month, args.count, args.seed, args.township or None,
                                unannounced=args.unannounced, record=not args.dry_run)
        if args.out:
            from inspector_app.core.datadir import atomic_write_bytes
            from inspector_app.core.draw_record import render_draw
            prof = col.profile.get()
            atomic_write_bytes(args.out, render_draw(result, prof["unit_name"] if prof else ""))
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=1))
    else:
        print(pick(f"{result.month} 双随机抽取（{result.township}，种子 {result.seed}，名录库 {result.pool} 家，"
                   f"执法人员 {result.roster} 人）：",
                   f"{result.month} random draw ({result.township}, seed {result.seed}, register {result.pool}, "
                   f"roster {result.roster}):"))
        for i, e in enumerate(result.enterprises, 1):
            print(f"{i:3d}  {e['uscc']}  {e['name']}  [{e['township']} {e['class'] or '-'}]  "
                  + "、".join(p["name"] for p in e["pair"]))
        if args.dry_run:
            print(pick("（预览，未记录）", "(preview, not recorded)"))
        else:
            print(pick(f"已记录（{result.id}），下次同步时作为计划检查发给乡镇终端。",
                       f"Recorded ({result.id}); sent to the townships' laptops as planned inspections with the next sync."))
    return 0


def run_draws(args: argparse.Namespace) -> int:
    with _open(args) as col:
        if args.print_id:
            from inspector_app.core.datadir import atomic_write_bytes
            from inspector_app.core.draw_record import render_draw
            from inspector_app.core.errors import ValidationError
            if not args.out:
                raise ValidationError("请用 --out 指定 PDF 文件", "Give the PDF file with --out")
            prof = col.profile.get()
            atomic_write_bytes(args.out, render_draw(col.plans.get_draw(args.print_id), prof["unit_name"] if prof else ""))
            return 0
        names = {t["id"]: t["name"] for t in col.townships.all()}
        for d in col.plans.draws():
            print(f"{d['id']}  {d['month']}  {names.get(d['township_id'], pick('全区', 'all'))}  "
                  f"{pick('种子', 'seed')} {d['seed']}  {d['count']}  {local_text(d['drawn_at'])}  {d['drawn_by']}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from inspector_app.core.plans import KINDS
    with _open(args) as col:
        tid = col.plans._township(args.township)[0] if args.township else None
        rows = col.plans.planned(month=args.month or None, township_id=tid, open_only=args.open)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        flag = pick("（四不两直）", " (unannounced)") if r["unannounced"] else ""
        print(f"{r['month']}  {KINDS[r['kind']]}{flag}  {r['township']}  {r['enterprise']}  "
              f"{r['inspector1_name']}、{r['inspector2_name']}  {r['status']}")
    return 0
