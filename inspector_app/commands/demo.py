"""`inspector demo`: fill a data directory with seeded, fictional demo data."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from inspector_app.core.i18n import pick


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help=pick("生成演示数据（虚构的示例区企业、检查和隐患）",
                                         "fill the data directory with fictional demo data"),
                       description=pick(
                           "生成可复现的虚构演示数据：示例区若干乡镇的企业（有效统一社会信用代码）、有限空间/高处作业/"
                           "相关方台账、检查记录与答案、各种状态的隐患。没有用户资料时创建演示检查员。"
                           "已有非演示数据的目录会被拒绝（除非 --force）。",
                           "Generate reproducible fictional demo data: enterprises (valid credit codes) in several "
                           "townships of 示例区, the three ledgers, inspections with answers, hazards in every state. "
                           "Creates a demo inspector profile when there is none. A directory that already holds "
                           "data is refused unless --force."))
    p.add_argument("--scale", choices=["small", "township-year", "district-year", "district-decade"], default=None,
                   help=pick("规模：small（十几家企业，检查员数据目录的默认值）、township-year（约150家企业、一年）、"
                             "district-year（5个乡镇250家企业、一年，区级数据目录的默认值）、"
                             "district-decade（2000家企业、12万次检查、十年）。区级数据目录另外生成执法人员名录库、"
                             "年度计划、每月双随机抽取、举报、企业自查隐患和挂牌督办",
                             "size: small (a dozen firms; the default for an inspector's data directory), "
                             "township-year (~150 firms, one year), district-year (5 townships, 250 firms, one year; "
                             "the default in a district data directory), district-decade (2,000 firms, 120,000 "
                             "inspections, ten years). A district data directory also gets the roster, annual plans, "
                             "a random draw every month, complaints, self-reported hazards and listed supervision"))
    p.add_argument("--seed", type=int, default=1, help=pick("随机种子（相同种子生成相同数据）",
                                                             "random seed (same seed, same data)"))
    p.add_argument("--force", action="store_true",
                   help=pick("目录中已有数据时仍然追加演示数据", "add demo data even though the directory holds data"))
    p.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from inspector_app.cli import open_collection
    from inspector_app.core.demo import generate
    with open_collection(args) as col:
        scale = args.scale or ("district-year" if col.role == "district" else "small")
        result = generate(col, scale, args.seed, force=args.force,
                          progress=lambda msg: print("  " + msg, file=sys.stderr, flush=True))
        c = result.counts
        print(pick(
            f"已生成演示数据（{result.scale}，种子 {result.seed}，用时 {result.seconds:.1f} 秒）："
            f"企业 {c.get('enterprises', 0)} 家，检查 {c.get('inspections', 0)} 次，"
            f"检查项答案 {c.get('answers', 0)} 条，隐患 {c.get('hazards', 0)} 条。数据目录：{col.data_dir}",
            f"Demo data generated ({result.scale}, seed {result.seed}, {result.seconds:.1f} s): "
            f"{c.get('enterprises', 0)} enterprises, {c.get('inspections', 0)} inspections, "
            f"{c.get('answers', 0)} answers, {c.get('hazards', 0)} hazards. Data directory: {col.data_dir}"))
        _say_password(result)
    return 0


def _say_password(result) -> None:
    if result.counts.get("documents"):
        from inspector_app.core.demo.documents import DEMO_PASSWORD
        print(pick(f"演示文书已签发 {result.counts['documents']} 份；演示签名密钥的密码：{DEMO_PASSWORD}",
                   f"{result.counts['documents']} demo documents issued; the demo signing key's password: "
                   f"{DEMO_PASSWORD}"))


def prepare_for_gui(args: argparse.Namespace, starting: Callable[[], object] | None = None) -> None:
    """`inspector --demo`: a data directory without a profile gets a demo profile and small demo data
    (`starting` is called first: the GUI shows a notice for the seconds this takes).

    A directory that already has a profile is left as it is (the GUI just opens it). Without
    `--data-dir` or INSPECTOR_DATA_DIR the demo gets its own directory next to the real one
    (`<user data dir>-demo`), so trying the demo never puts fictional data into real records.
    """
    import os

    from inspector_app.cli import open_collection
    from inspector_app.core import datadir
    from inspector_app.core.demo import generate
    if args.data_dir is None and not os.environ.get(datadir.ENV_VAR):
        real = datadir.default_data_dir()
        args.data_dir = real.with_name(real.name + "-demo")
    with open_collection(args) as col:
        if col.profile.get() is not None:
            return
        if starting is not None:
            starting()
        result = generate(col, "small", 1)
        print(pick(f"已在 {col.data_dir} 生成演示数据（企业 {result.counts.get('enterprises', 0)} 家）。",
                   f"Demo data generated in {col.data_dir} ({result.counts.get('enterprises', 0)} enterprises)."))
        _say_password(result)
