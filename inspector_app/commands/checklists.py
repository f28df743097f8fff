"""`inspector checklists list|validate`: the installed checklists, and checking checklist files
before the district publishes them (format: docs/checklist-format.md)."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from inspector_app.core.i18n import pick


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("checklists", help=pick("检查表：列出已安装的检查表、校验检查表文件",
                                               "checklists: list the installed ones, validate checklist files"),
                       description=pick("列出已安装的检查表（随程序发布的和区里发布到数据目录 checklists/ 的），"
                                        "或在发布前校验检查表文件。格式见 docs/checklist-format.md。",
                                        "List the installed checklists (shipped, and those the district placed in the "
                                        "data directory's checklists/ folder), or validate checklist files before "
                                        "publishing them. Format: docs/checklist-format.md."))
    cmds = p.add_subparsers(dest="checklists_command", metavar="SUBCOMMAND", required=True)
    lp = cmds.add_parser("list", help=pick("列出每个检查表的最新版本", "list the newest version of each checklist"),
                         description=pick("每个检查表显示 id、版本、标题、检查项数、内容哈希前 12 位和来源"
                                          "（shipped 随程序发布 / district 区里发布）。",
                                          "For each checklist: id, version, title, item count, the first 12 characters "
                                          "of its content hash, and its source (shipped / district)."))
    lp.add_argument("--all", action="store_true",
                    help=pick("同时列出被新版本取代的旧版本", "also list older versions a newer one replaces"))
    lp.set_defaults(func=run_list)
    vp = cmds.add_parser("validate", help=pick("校验检查表文件（全部有效时退出码为 0）",
                                               "validate checklist files (exit 0 when all are valid)"),
                         description=pick("逐个读取并校验文件，指出文件、行号和错误内容。有任何文件无效时退出码为 2。",
                                          "Read and check each file, naming the file, the line and what is wrong. "
                                          "Exits 2 when any file is invalid."))
    vp.add_argument("files", nargs="+", type=Path, metavar="FILE", help=pick("检查表文件（.toml）", "checklist file (.toml)"))
    vp.set_defaults(func=run_validate)


def _district_dir(args: argparse.Namespace) -> Path:
    from inspector_app.core.checklists.service import DISTRICT_DIR
    from inspector_app.core.datadir import default_data_dir
    return Path(args.data_dir or default_data_dir()).expanduser() / DISTRICT_DIR


def _width(text: str) -> int:
    """Columns a string takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def run_list(args: argparse.Namespace) -> int:
    """Read the folders directly: listing never creates or opens a data directory."""
    from inspector_app.core.checklists.service import load_all, newest, shipped_dir
    from inspector_app.core.checklists.model import campaign_label, version_key
    from inspector_app.core.i18n import language

    district = _district_dir(args)
    loaded = load_all([shipped_dir(), district])   # a broken file raises ChecklistsNotLoaded (exit 2)
    shown = sorted(loaded, key=lambda c: (c.checklist_id, version_key(c.version))) if args.all else newest(loaded)
    current = {c.content_hash for c in newest(loaded)}
    en = language() == "en"
    header = (pick("id", "id"), pick("版本", "version"), pick("检查项", "items"), pick("哈希", "hash"),
              pick("来源", "source"), pick("专项", "campaign"), pick("标题", "title"))
    rows = []
    for cl in shown:
        source = "district" if Path(cl.origin).parent.resolve() == district.resolve() else "shipped"
        title = (cl.title_en or cl.title_zh) if en else cl.title_zh
        if args.all and cl.content_hash not in current:
            title += pick("（已被取代）", " (replaced)")
        rows.append((cl.checklist_id, cl.version, str(len(cl.items)), cl.content_hash[:12], source,
                     campaign_label(cl.campaign, "en" if en else "zh_CN"), title))
    widths = [max(_width(r[i]) for r in rows + [header]) for i in range(5)]
    for r in [header] + rows:
        print("  ".join(r[i] + " " * (widths[i] - _width(r[i])) for i in range(5)) + "  " + r[5] + " | " + r[6])
    print(pick(f"共 {len(rows)} 个检查表。区发布目录：{district}",
               f"{len(rows)} checklists. District folder: {district}"))
    return 0


def run_validate(args: argparse.Namespace) -> int:
    from inspector_app.core.checklists.english import untranslated
    from inspector_app.core.checklists.errors import ChecklistError
    from inspector_app.core.checklists.legal import GENERAL_BASIS, unverified_items
    from inspector_app.core.checklists.loader import load_file

    bad = 0
    for path in args.files:
        try:
            cl = load_file(path)
        except ChecklistError as e:
            bad += 1
            print(pick("无效：", "INVALID: ") + str(e), file=sys.stderr)
            continue
        lacking = unverified_items(cl)
        note = pick(f"，{len(lacking)} 项无已核实的法律依据", f", {len(lacking)} without a verified legal basis") if lacking else ""
        print(pick(f"有效：{path}（{cl.checklist_id} {cl.version}，{len(cl.items)} 项，哈希 {cl.content_hash[:12]}{note}）",
                   f"valid: {path} ({cl.checklist_id} {cl.version}, {len(cl.items)} items, hash {cl.content_hash[:12]}{note})"))
        for item_id, cites in lacking:
            print(pick(f"  {item_id}：无已核实的法律依据（{'；'.join(cites)}），文书改印 {GENERAL_BASIS.citation()}",
                       f"  {item_id}: no verified legal basis ({'; '.join(cites)}); documents print {GENERAL_BASIS.citation()}"))
        no_english = untranslated(cl)
        if no_english:
            shown = ", ".join(no_english[:12]) + (" …" if len(no_english) > 12 else "")
            print(pick(f"  {len(no_english)} 处缺英文：{shown}", f"  {len(no_english)} texts lack English: {shown}"))
    if bad:
        print(pick(f"{bad} 个文件无效，请按上面的提示修改后重新校验。",
                   f"{bad} of {len(args.files)} files are invalid; fix them as described above and validate again."),
              file=sys.stderr)
        return 2
    return 0
