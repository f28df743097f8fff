"""`inspector check`: database integrity and audit-chain verification."""

from __future__ import annotations

import argparse

from inspector_app.core.i18n import pick


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help=pick("检查数据库完整性和审计日志链", "check database integrity and the audit chain"),
                       description=pick("运行SQLite完整性检查并验证审计日志哈希链。发现问题时以非零状态退出并指出断点。",
                                        "Run SQLite's integrity check and verify the audit log's hash chain. "
                                        "Exits non-zero and says where the chain breaks."))
    p.set_defaults(func=run_check)


def run_check(args: argparse.Namespace) -> int:
    from inspector_app.cli import open_collection
    with open_collection(args, create=False) as col:
        problems = 0
        result = [r[0] for r in col.db.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems += 1
            print(pick("数据库完整性检查失败：", "Database integrity check failed: ") + "; ".join(result[:5]))
        else:
            print(pick("数据库完整性：正常", "Database integrity: ok"))
        fk = list(col.db.execute("PRAGMA foreign_key_check"))
        if fk:
            problems += 1
            print(pick(f"外键检查发现 {len(fk)} 处问题", f"Foreign key check found {len(fk)} problems"))
        report = col.audit.verify()
        if report.ok:
            print(pick(f"审计日志：{report.rows} 条，哈希链完整", f"Audit log: {report.rows} entries, chain intact"))
        else:
            problems += 1
            print(pick(f"审计日志链断裂于第 {report.broken_at} 条：{report.reason_zh}",
                       f"Audit chain broken at entry {report.broken_at}: {report.reason_en}"))
        if col.role == "district":
            from inspector_app.core import device_audit
            for p in device_audit.check(col):
                problems += 1
                print(pick(f"设备 {p['name']}（{p['device'][:8]}）的审计链在第 {p['seq']} 条处断裂：{p['zh']}",
                           f"Device {p['name']} ({p['device'][:8]}): audit chain broken at entry {p['seq']}: {p['en']}"))
        return 1 if problems else 0
