"""`inspector documents …`, `inspector keys init`, `inspector verify --qr`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from inspector_app.core.errors import UnusableInput
from inspector_app.core.i18n import pick


def register(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser("documents", help=pick("文书：起草、签发、列表、导出PDF", "documents: draft, issue, list, render"))
    ds = d.add_subparsers(dest="documents_cmd", required=True)
    p = ds.add_parser("list", help=pick("列出文书", "list documents"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_list)
    p = ds.add_parser("render", help=pick("导出文书PDF", "write a document's PDF"))
    p.add_argument("doc", help=pick("文号或ID", "文号 or id"))
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=run_render)
    p = ds.add_parser("draft", help=pick("起草文书", "draft a document"))
    p.add_argument("doc_type", choices=["inspection_record", "rectification_notice", "rectification_order",
                                        "rectification_opinion", "reinspection_opinion", "onsite_measures_decision"])
    p.add_argument("--inspection", help=pick("已完成的现场检查的ID（未完成或已放弃的检查不能出具文书）",
                                             "id of a completed inspection (one in progress or abandoned gets no document)"))
    p.add_argument("--refers-to")
    p.add_argument("--replaces", help=pick("被替代的已作废文书（重新出具）", "the voided document this one replaces (reissue)"))
    p.add_argument("--deadline", action="append", default=[], metavar="N=YYYY-MM-DD|all=YYYY-MM-DD",
                   help=pick("整改期限（整改文书），可重复", "rectification deadline per entry or for all, repeatable"))
    p.add_argument("--result", action="append", default=[], metavar="N=pass|N=fail:YYYY-MM-DD|N=fail:下一步",
                   help=pick("复查结论（整改复查意见书），可重复", "re-inspection result per entry, repeatable"))
    p.set_defaults(func=run_draft)
    p = ds.add_parser("sign", help=pick("放置签名（PNG）或记录拒签", "place a signature PNG or record a refusal"))
    p.add_argument("doc")
    p.add_argument("role", choices=["inspector1", "inspector2", "enterprise"])
    p.add_argument("--png", type=Path)
    p.add_argument("--refused-witness", help=pick("拒签：见证人姓名", "refusal: the witness's name"))
    p.add_argument("--witness-png", type=Path, help=pick("拒签：见证人的签名（PNG）", "refusal: the witness's signature (PNG)"))
    p.add_argument("--reason", default="", help=pick("拒签：理由", "refusal: the reason given"))
    p.add_argument("--at", default="", help=pick("拒签时间（ISO，默认现在）", "refusal time (ISO, default now)"))
    p.set_defaults(func=run_sign)
    p = ds.add_parser("issue", help=pick("签发文书", "issue a document"))
    p.add_argument("doc")
    p.set_defaults(func=run_issue)
    p = ds.add_parser("void", help=pick("作废文书", "void a document"))
    p.add_argument("doc")
    p.add_argument("--reason", required=True)
    p.add_argument("--reissue", action="store_true", help=pick("同时起草替代文书并输出其ID", "also draft the replacement; prints its id"))
    p.set_defaults(func=run_void)
    p = ds.add_parser("serial-block", help=pick("配置本机文号编号段", "configure this laptop's serial block"))
    p.add_argument("--start", type=int, required=True)
    p.add_argument("--end", type=int, required=True)
    p.add_argument("--year", type=int)
    p.set_defaults(func=run_block)

    k = sub.add_parser("keys", help=pick("签名密钥", "signing key"))
    ks = k.add_subparsers(dest="keys_cmd", required=True)
    p = ks.add_parser("init", help=pick("创建签名密钥（密码加密保存）", "create the signing key (password-encrypted)"))
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=run_keys_init)

    v = sub.add_parser("verify", help=pick("核验签发的文书PDF或二维码内容", "verify an issued PDF or a QR payload"))
    v.add_argument("file", nargs="?", type=Path, help=pick("文书PDF", "document PDF"))
    v.add_argument("--qr", help=pick("扫描或粘贴的二维码内容", "scanned or pasted QR payload"))
    v.set_defaults(func=run_verify)




def _col(args):
    from inspector_app.cli import open_collection
    return open_collection(args, create=False)


def run_list(args) -> int:
    with _col(args) as col:
        rows = col.documents.list()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for r in rows:
            print(f"{r['id']}  {r['doc_type']:<22} {r['state']:<7} {r['doc_no'] or '-'}  {r['enterprise']}")
    return 0


def run_render(args) -> int:
    from inspector_app.core.datadir import atomic_write_bytes
    with _col(args) as col:
        atomic_write_bytes(args.out, col.documents.render_pdf(args.doc))
    print(args.out)
    return 0


def run_draft(args) -> int:
    with _col(args) as col:
        if args.replaces:
            doc = col.documents.reissue(col.documents.get(args.replaces)["id"]).id
        else:
            refers = col.documents.get(args.refers_to)["id"] if args.refers_to else None
            doc = col.documents.draft(args.doc_type, inspection_id=args.inspection, refers_to=refers).id
        for spec in args.deadline:
            entry, _, date = spec.partition("=")
            col.documents.set_deadline(doc, None if entry.strip() == "all" else entry.strip(), date.strip())
        for spec in args.result:
            entry, _, value = spec.partition("=")
            result, _, rest = value.partition(":")
            is_date = len(rest) == 10 and rest[4:5] == "-"
            col.documents.set_result(doc, entry.strip(), result.strip(), new_deadline=rest if is_date else "",
                                     next_step="" if is_date else rest)
        print(doc)
    return 0


def run_sign(args) -> int:
    with _col(args) as col:
        doc = col.documents.get(args.doc)["id"]
        col.documents.set_signature(doc, args.role, _read(args.png), refused_witness=args.refused_witness,
                                    witness_png=_read(args.witness_png), refused_reason=args.reason,
                                    refused_at=args.at)
    return 0


def _read(path: Path | None) -> bytes | None:
    if path is None:
        return None
    if not path.is_file():
        raise UnusableInput(f"找不到文件：{path}", f"File not found: {path}")
    return path.read_bytes()


def run_issue(args) -> int:
    with _col(args) as col:
        doc = col.documents.get(args.doc)["id"]
        col.documents.issue(doc)  # the password: --password-file/--password-env, INSPECTOR_PASSWORD or a prompt
        print(col.documents.get(doc)["doc_no"])
    return 0


def run_void(args) -> int:
    with _col(args) as col:
        doc = col.documents.get(args.doc)["id"]
        col.documents.void(doc, args.reason)
        if args.reissue:
            print(col.documents.reissue(doc).id)
    return 0


def run_block(args) -> int:
    with _col(args) as col:
        col.documents.set_serial_block(args.start, args.end, args.year)
    return 0


def run_keys_init(args) -> int:
    from inspector_app.commands.passwords import new_password
    password = new_password(args)
    with _col(args) as col:
        print(col.keys.init(password, force=args.force))
    return 0


def run_verify(args) -> int:
    if not args.qr and not args.file:
        raise UnusableInput("请给出PDF文件或 --qr 内容", "Give a PDF file or --qr PAYLOAD")
    if args.file and not args.file.is_file():
        raise UnusableInput(f"找不到文件：{args.file}", f"File not found: {args.file}")
    with _col(args) as col:
        facts = col.documents.verify_qr(args.qr) if args.qr else col.documents.verify_pdf(args.file.read_bytes())
    for k, v in facts.items():
        print(f"{k}: {v}")
    print(pick("有效", "valid"), file=sys.stderr)
    return 0
