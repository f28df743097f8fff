"""`inspector backup` and `inspector restore`."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector_app.core.i18n import pick


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help=pick("把数据库和附件备份到一个文件", "back up the database and attachments to one file"),
                       description=pick("用SQLite在线备份复制数据库，连同附件和数据目录中的其他文件写入一个zip文件，"
                                        "附清单（结构版本、记录数、每个文件的SHA-256）。程序运行中也可备份。",
                                        "Copy the database with SQLite's online backup and write it, the attachments "
                                        "and the data directory's other files into one zip with a manifest (schema "
                                        "version, counts, SHA-256 of every file). Safe while the app runs."))
    p.add_argument("--out", type=Path, required=True, help=pick("备份文件路径（.zip）", "backup file to write (.zip)"))
    p.set_defaults(func=run_backup)

    r = sub.add_parser("restore", help=pick("从备份文件恢复数据目录", "restore the data directory from a backup file"),
                       description=pick("先完整校验备份（是否本应用的备份、结构版本、每个文件的哈希），再在旁边建好新数据目录并替换。"
                                        "数据目录已有数据时须加 --force，原数据保留在 <数据目录>.before-restore-<时间>。",
                                        "Verify the backup completely first (ours, schema version, every file's hash), "
                                        "then build the new data directory alongside and swap it in. A data directory "
                                        "that holds data needs --force; the old data is kept in "
                                        "<data dir>.before-restore-<time>."))
    r.add_argument("file", type=Path, help=pick("备份文件", "backup file"))
    r.add_argument("--force", action="store_true",
                   help=pick("替换已有数据（原数据保留为 .before-restore 文件夹）",
                             "replace existing data (kept as a .before-restore folder)"))
    r.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from inspector_app.cli import open_collection
    from inspector_app.core import backup
    with open_collection(args, create=False) as col:
        result = backup.create(col, args.out)
    for zh, en in backup.key_notes({"left_out": result.keys_left_out}):
        print(pick(zh, en))
    c = result.counts
    print(pick(f"已备份到 {result.path}（{result.size / 1e6:.1f} MB，{result.members} 个文件；"
               f"企业 {c.get('enterprises', 0)}，检查 {c.get('inspections', 0)}，隐患 {c.get('hazards', 0)}）",
               f"Backed up to {result.path} ({result.size / 1e6:.1f} MB, {result.members} files; "
               f"{c.get('enterprises', 0)} enterprises, {c.get('inspections', 0)} inspections, "
               f"{c.get('hazards', 0)} hazards)"))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from inspector_app.core import backup, datadir
    target = args.data_dir or datadir.default_data_dir()
    result = backup.restore(args.file, target, force=args.force)
    c = result.counts
    print(pick(f"已恢复到 {result.data_dir}（结构版本 {result.schema}；企业 {c.get('enterprises', 0)}，"
               f"检查 {c.get('inspections', 0)}，隐患 {c.get('hazards', 0)}）",
               f"Restored into {result.data_dir} (schema {result.schema}; {c.get('enterprises', 0)} enterprises, "
               f"{c.get('inspections', 0)} inspections, {c.get('hazards', 0)} hazards)"))
    if result.previous:
        print(pick(f"原数据保留在 {result.previous}", f"The previous data is kept in {result.previous}"))
    for zh, en in result.notes:
        print(pick(zh, en))
    return 0
