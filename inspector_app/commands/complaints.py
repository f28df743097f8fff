"""`inspector complaints …` (举报: record, dispatch a verification inspection, record the finding and the reply)
and `inspector hazards add` (a hazard reported outside an inspection: the enterprise's self-check, a complaint)."""

from __future__ import annotations

import argparse
import json

from inspector_app.core.i18n import pick


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("complaints", help=pick("举报：受理、派出核查、记录核查情况和答复",
                                               "complaints: record, dispatch a check, record finding and reply"))
    cmds = p.add_subparsers(dest="complaints_command", metavar="SUBCOMMAND", required=True)
    ap = cmds.add_parser("add", help=pick("受理举报", "record a complaint"))
    ap.add_argument("--content", required=True)
    ap.add_argument("--source", default="hotline",
                    choices=["hotline", "letter", "online", "visit", "referral", "other"])
    ap.add_argument("--enterprise", default="", metavar="USCC", help=pick("被举报企业的统一社会信用代码", "credit code of the enterprise"))
    ap.add_argument("--township", default="", help=pick("未指明企业时的所属乡镇", "township when no enterprise is named"))
    ap.add_argument("--complainant", default="", help=pick("举报人（可匿名）", "complainant (may be anonymous)"))
    ap.add_argument("--received", default=None, metavar="YYYY-MM-DD")
    ap.add_argument("--due", default=None, metavar="YYYY-MM-DD", help=pick("答复期限（默认受理后15天）", "reply deadline (default: 15 days)"))
    ap.set_defaults(func=run_add)
    dp = cmds.add_parser("dispatch", help=pick("派出举报核查检查（发往乡镇终端，默认四不两直）",
                                               "dispatch a verification inspection (to the laptops; unannounced by default)"))
    dp.add_argument("id")
    dp.add_argument("--announced", action="store_true", help=pick("不按四不两直", "not unannounced"))
    dp.set_defaults(func=run_dispatch)
    vp = cmds.add_parser("verify", help=pick("记录核查情况", "record the finding"))
    vp.add_argument("id")
    vp.add_argument("--finding", required=True)
    vp.add_argument("--substantiated", required=True, choices=["yes", "no"])
    vp.set_defaults(func=run_verify)
    rp = cmds.add_parser("reply", help=pick("记录答复", "record the reply"))
    rp.add_argument("id")
    rp.add_argument("--text", required=True)
    rp.add_argument("--on", default=None, metavar="YYYY-MM-DD")
    rp.set_defaults(func=run_reply)
    lp = cmds.add_parser("list", help=pick("列出举报（逾期未答复的标出）", "list complaints (overdue marked)"))
    lp.add_argument("--open", action="store_true", help=pick("只列未答复的", "only those not answered"))
    lp.add_argument("--json", action="store_true")
    lp.set_defaults(func=run_list)

    h = sub.add_parser("hazards", help=pick("隐患：登记检查以外来源的隐患", "hazards: record one found outside an inspection"))
    hc = h.add_subparsers(dest="hazards_command", metavar="SUBCOMMAND", required=True)
    hp = hc.add_parser("add", help=pick("登记隐患（企业自查上报、举报等），进入同一整改闭环",
                                        "record a hazard (enterprise self-check, complaint, ...) in the same loop"))
    hp.add_argument("--enterprise", required=True, metavar="USCC")
    hp.add_argument("--description", required=True)
    hp.add_argument("--source", default="self_check", choices=["self_check", "report", "other"])
    hp.add_argument("--severity", default="general", choices=["general", "major"])
    hp.add_argument("--deadline", default=None, metavar="YYYY-MM-DD")
    hp.add_argument("--found-on", default=None, metavar="YYYY-MM-DD")
    hp.add_argument("--campaign", default="")
    hp.set_defaults(func=run_hazard_add)


def _open(args):
    from inspector_app.cli import open_collection
    return open_collection(args)


def _enterprise(col, code: str) -> str:
    from inspector_app.core.errors import ValidationError
    ent = col.enterprises.by_uscc(code)
    if ent is None:
        raise ValidationError(f"名录库中没有统一社会信用代码为 {code} 的企业", f"No enterprise with credit code {code}")
    return ent["id"]


def run_add(args: argparse.Namespace) -> int:
    with _open(args) as col:
        eid = _enterprise(col, args.enterprise) if args.enterprise else None
        tid = col.plans._township(args.township)[0] if args.township and not eid else None
        cid = col.complaints.add(content=args.content, source=args.source, township_id=tid, enterprise_id=eid,
                                 complainant=args.complainant, received_on=args.received, due_on=args.due).id
        c = col.complaints.get(cid)
    print(pick(f"已受理举报 {cid}，答复期限 {c['due_on']}", f"Complaint {cid} recorded; reply due {c['due_on']}"))
    return 0


def run_dispatch(args: argparse.Namespace) -> int:
    with _open(args) as col:
        col.complaints.dispatch(args.id, unannounced=not args.announced)
    print(pick("已派出举报核查检查，下次同步时发给乡镇终端。", "Verification inspection dispatched; sent with the next sync."))
    return 0


def run_verify(args: argparse.Namespace) -> int:
    with _open(args) as col:
        col.complaints.verify(args.id, args.finding, args.substantiated == "yes")
    return 0


def run_reply(args: argparse.Namespace) -> int:
    with _open(args) as col:
        col.complaints.reply(args.id, args.text, args.on)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from inspector_app.core.complaints import SOURCES, STATES
    with _open(args) as col:
        rows = col.complaints.list(open_only=args.open)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        late = pick("  【逾期】", "  [OVERDUE]") if r["overdue"] else ""
        print(f"{r['id'][:8]}  {r['received_on']}  {SOURCES[r['source']]}  {r['township']}  {r['enterprise'] or '-'}  "
              f"{STATES[r['status']]}  {pick('期限', 'due')} {r['due_on']}{late}  {r['content'][:30]}")
    return 0


def run_hazard_add(args: argparse.Namespace) -> int:
    with _open(args) as col:
        fields = {"enterprise_id": _enterprise(col, args.enterprise), "description": args.description,
                  "source": args.source, "severity": args.severity, "campaign": args.campaign}
        if args.deadline:
            fields["deadline"] = args.deadline
        if args.found_on:
            fields["found_on"] = args.found_on
        hid = col.hazards.create(fields).id
        number = col.hazards.get(hid)["number"]
    print(pick(f"已登记隐患 {number}", f"Hazard {number} recorded"))
    return 0
