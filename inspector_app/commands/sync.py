"""Sync commands: export, import, sync (folder / district watch), devices, conflicts, district."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from inspector_app.core.clock import local_text
from inspector_app.core.i18n import pick


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help=pick("导出数据包（签名并加密）", "export a signed, encrypted bundle"),
                       description=pick("把对方尚未确认的全部变更写入一个数据包。", "Write every change the recipient has not acknowledged into one bundle."))
    p.add_argument("--out", required=True, type=Path, help=pick("输出文件或文件夹", "output file or folder"))
    p.add_argument("--to", default="district", help=pick("接收方：district 或设备编号", "recipient: district or a device id"))
    p.set_defaults(func=run_export)

    p = sub.add_parser("import", help=pick("导入数据包", "import bundles"),
                       description=pick("检查并应用数据包。已应用过的返回0；被拒绝或隔离时返回非零且不做修改。",
                                        "Check and apply bundles. Exit 0 when applied or already applied; non-zero "
                                        "when rejected or quarantined (nothing changed)."))
    p.add_argument("files", nargs="+", type=Path)
    p.set_defaults(func=run_import)

    p = sub.add_parser("sync", help=pick("与文件夹/U盘同步；区局监视收件夹", "sync with a folder / USB stick; district inbox watch"),
                       description=pick("导入文件夹中发给本机的数据包，再把需要发送的导出到该文件夹。",
                                        "Import the bundles in a folder addressed to this device, then export what is due into it."))
    g = p.add_mutually_exclusive_group()
    g.add_argument("--folder", type=Path, help=pick("同步文件夹（U盘或共享文件夹）", "sync folder (USB stick or shared folder)"))
    g.add_argument("--watch", type=Path, help=pick("持续处理的收件夹（区局），Ctrl-C 停止", "inbox to keep processing (district); Ctrl-C stops"))
    g.add_argument("--trust", type=Path, help=pick("信任区局名片文件（先向区局核对显示的指纹）",
                                                   "trust a district card file (check the fingerprint shown with the district)"))
    p.add_argument("--replace", action="store_true",
                   help=pick("与 --trust 一起：有意以新名片替换已信任的区局（本机须重新登记）",
                             "with --trust: replace the trusted district with this card on purpose (the laptop enrols again)"))
    g.add_argument("--auto", action="store_true", help=pick("同步所有已配置且可用的位置", "sync every configured location that is reachable"))
    g.add_argument("--resend", action="store_true", help=pick("问题解决后重新发送全部被拒绝的记录",
                                                              "send every refused record again once the cause is fixed"))
    g.add_argument("--refused", action="store_true", help=pick("列出未被接收的变更：是什么、为什么、怎么办",
                                                               "list refused changes: what, why, what to do"))
    p.add_argument("--once", action="store_true", help=pick("--watch 只处理一轮", "with --watch: one pass only"))
    p.add_argument("--interval", type=float, default=5.0, help=pick("监视间隔（秒）", "watch interval (seconds)"))
    p.add_argument("--add-folder", default="", help=pick("添加同步文件夹", "add a sync folder to the configuration"))
    p.add_argument("--add-usb-label", default="", help=pick("添加U盘卷标", "add a USB stick by volume label"))
    p.add_argument("--remove-folder", default="", help=pick("从配置中移除同步文件夹（文件夹内容不动）",
                                                            "remove a sync folder from the configuration (its files stay)"))
    p.add_argument("--remove-usb-label", default="", help=pick("从配置中移除U盘卷标", "remove a USB stick label from the configuration"))
    p.set_defaults(func=run_sync)

    p = sub.add_parser("devices", help=pick("设备登记（区局）：list/approve/revoke/assign-block",
                                            "enrolled devices (district): list/approve/revoke/assign-block"),
                       description=pick("列出、批准或吊销笔记本设备；assign-block 给已批准的设备再分配一个文号编号段"
                                        "（随下次同步发给该设备）。",
                                        "List, approve or revoke laptops; assign-block gives an approved laptop a "
                                        "further document serial block (sent with the next sync)."))
    p.add_argument("action", choices=["list", "approve", "revoke", "quarantine", "assign-block"])
    p.add_argument("device", nargs="?", default="")
    p.add_argument("--township", default="", help=pick("指定乡镇代码（默认取申请中的）", "township code (default: the one in the request)"))
    p.add_argument("--size", type=int, default=None,
                   help=pick("assign-block：编号个数（默认与首个编号段相同）", "assign-block: how many numbers (default: as the first block)"))
    p.add_argument("--year", type=int, default=None, help=pick("assign-block：年份（默认今年）", "assign-block: year (default: this year)"))
    p.set_defaults(func=run_devices)

    p = sub.add_parser("conflicts", help=pick("同步冲突：list/resolve", "sync conflicts: list/resolve"),
                       description=pick("列出并处理同一字段被并发改成不同值的冲突。", "List and resolve concurrent edits of one field."))
    p.add_argument("action", choices=["list", "resolve"])
    p.add_argument("conflict", nargs="?", default="")
    p.add_argument("--keep", choices=["winner", "other"], default="winner")
    p.add_argument("--all", action="store_true", help=pick("包括已处理的", "include resolved ones"))
    p.set_defaults(func=run_conflicts)

    p = sub.add_parser("district", help=pick("区局：建立密钥与证书颁发机构、导出名片、调整企业名录",
                                             "district: keys and CA, the card, enterprise register corrections"),
                       description=pick("setup 建立区局密钥和证书颁发机构；card --out 导出供笔记本信任的名片；"
                                        "move-enterprise 企业 --township 代码 把企业划转到另一乡镇；duplicates 列出重复登记"
                                        "（同一信用代码）的企业；merge 重复企业 --into 企业 合并；root --out 文件.cer 导出文书签章根证书（供PDF阅读器导入）。",
                                        "setup creates the district keys and CA; card --out writes the card laptops trust; "
                                        "move-enterprise ENTERPRISE --township CODE moves an enterprise to another "
                                        "township; duplicates lists enterprises registered twice (same credit code); "
                                        "merge DUPLICATE --into ENTERPRISE merges them; root --out FILE.cer writes the "
                                        "document root certificate for PDF readers."))
    p.add_argument("action", choices=["setup", "card", "root", "move-enterprise", "duplicates", "merge"])
    p.add_argument("enterprise", nargs="?", default="", help=pick("企业编号（可用前几位）", "enterprise id (a prefix will do)"))
    p.add_argument("--out", type=Path, default=None)
    p.add_argument("--township", default="", help=pick("目标乡镇的区划代码或名称", "target township: division code or name"))
    p.add_argument("--into", default="", help=pick("合并到的企业编号", "the enterprise to merge into"))
    p.set_defaults(func=run_district)


def _untrusted(card) -> None:
    if card:
        print(pick(f"文件夹中有{'与已信任区局不同的' if card['changed'] else '尚未信任的'}区局名片（{card['unit']}），未自动信任。"
                   f"指纹：{card['fingerprint']}。向区局核对后运行：inspector sync --trust {card['path']}"
                   + (" --replace" if card["changed"] else ""),
                   f"The folder holds {'a different' if card['changed'] else 'an untrusted'} district card "
                   f"({card['unit']}); it was not trusted automatically. Fingerprint: {card['fingerprint']}. After "
                   f"checking it with the district office run: inspector sync --trust {card['path']}"
                   + (" --replace" if card["changed"] else "")), file=sys.stderr)


def _write_root(pem_text: str, out: Path) -> None:
    """PEM for a .pem name, else DER (.cer/.crt: what Acrobat, Foxit and Windows import directly)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from inspector_app.core.datadir import atomic_write_bytes
    cert = x509.load_pem_x509_certificate(pem_text.encode())
    enc = serialization.Encoding.PEM if out.suffix.lower() == ".pem" else serialization.Encoding.DER
    atomic_write_bytes(out, cert.public_bytes(enc))


def _col(args):
    from inspector_app.cli import open_collection
    return open_collection(args, create=False)


def run_export(args: argparse.Namespace) -> int:
    with _col(args) as col:
        r = col.sync.export(args.out, to=args.to)
        print(pick(f"已导出 {r.ops} 条变更、{r.attachments} 个附件到 {r.path}（{r.size} 字节）",
                   f"Exported {r.ops} changes and {r.attachments} attachments to {r.path} ({r.size} bytes)"))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from inspector_app.core.errors import InspectorError
    worst = 0
    with _col(args) as col:
        for f in args.files:
            try:
                r = col.sync.import_bundle(f)
            except InspectorError as e:
                print(f"{f.name}: " + str(e), file=sys.stderr)
                worst = max(worst, e.exit_code)
                continue
            if r.status == "already_applied":
                print(pick(f"{f.name}：已应用过，无新变更", f"{f.name}: already applied, nothing new"))
            else:
                print(pick(f"{f.name}：已应用 {r.ops_new} 条新变更，{r.attachments} 个附件，{r.conflicts} 个冲突",
                           f"{f.name}: applied {r.ops_new} new changes, {r.attachments} attachments, {r.conflicts} conflicts"))
    return worst


def _report(rep) -> int:
    for r in rep.imported:
        print(pick(f"导入：来自 {r.sender[:8]}，{r.ops_new} 条新变更", f"imported: from {r.sender[:8]}, {r.ops_new} new changes"))
    for path, why in rep.quarantined + rep.rejected:
        print(f"{path.name}: {why}", file=sys.stderr)
    for _path, why in rep.failed:
        print(why, file=sys.stderr)
    for e in rep.exported:
        print(pick(f"导出：{e.path.name}（{e.ops} 条变更）", f"exported: {e.path.name} ({e.ops} changes)"))
    refused = sum(r.refused for r in rep.imported)
    if refused:
        print(pick(f"有 {refused} 条变更未被接收（原因和处理办法：inspector sync --refused，或“同步”页）",
                   f"{refused} changes were refused (why and what to do: inspector sync --refused, or the sync page)"),
              file=sys.stderr)
    if not (rep.imported or rep.rejected or rep.quarantined or rep.exported or rep.failed):
        print(pick("没有需要同步的内容", "nothing to sync"))
    return 1 if (rep.rejected or rep.quarantined or rep.failed) else 0


def _print_refusals(col) -> None:
    rows = col.sync.refusals()
    for r in rows:
        print(f"{local_text(r['refused_at'])}  {r['what']}\n    {pick(r['reason_zh'], r['reason_en'])}\n"
              f"    {pick('处理：', 'what to do: ')}{pick(r['hint_zh'], r['hint_en'])}")
    if not rows:
        print(pick("没有被拒绝的变更", "no refused changes"))


def _clock(col) -> None:
    warning = col.sync.clock_warning() if col.role != "district" else None
    if warning:
        print(str(warning), file=sys.stderr)


def run_sync(args: argparse.Namespace) -> int:
    from inspector_app.core.errors import InspectorError
    with _col(args) as col:
        if args.add_folder:
            col.sync.add_location(path=args.add_folder)
        if args.add_usb_label:  # separately: given both, add both
            col.sync.add_location(label=args.add_usb_label)
        if args.add_folder or args.add_usb_label:
            print(pick("已添加同步位置", "sync location added"))
        if args.remove_folder:
            col.sync.remove_location(path=args.remove_folder)
            print(pick(f"已移除同步文件夹 {args.remove_folder}（文件夹内容未改动）",
                       f"sync folder {args.remove_folder} removed (its files were not touched)"))
        if args.remove_usb_label:
            col.sync.remove_location(label=args.remove_usb_label)
            print(pick(f"已移除U盘卷标 {args.remove_usb_label}", f"USB label {args.remove_usb_label} removed"))
        if args.trust:
            from inspector_app.core.sync.district import card_fingerprint
            card = col.sync.trust_district(args.trust, replace=args.replace)
            fp = card_fingerprint(card)
            print(pick(f"已信任区局：{card.get('unit', '')}\n名片指纹：{fp}\n请与区局公布的指纹核对；不符时立即报告区局。",
                       f"Trusted district: {card.get('unit', '')}\nCard fingerprint: {fp}\nCompare it with the "
                       f"fingerprint the district office published; report any difference at once."))
            return 0
        if args.refused:
            _print_refusals(col)
            return 0
        if args.resend:
            col.sync.resend_refused()
            print(pick("被拒绝的记录已重新登记，下次同步时发送", "the refused records are queued again for the next sync"))
            return 0
        if args.folder:
            rep = col.sync.sync_folder(args.folder)
            _clock(col)
            _untrusted(rep.untrusted_card)
            if col.role != "district" and col.sync.district() is None:
                if not rep.untrusted_card:   # else _untrusted said how to trust the card it found
                    print(pick(f"尚未信任区局：请把区局名片 district-card.json 放入 {args.folder}，或运行 inspector sync --trust 文件",
                               f"No district trusted yet: put the district's district-card.json into {args.folder}, "
                               f"or run inspector sync --trust FILE"), file=sys.stderr)
                return 1
            return _report(rep)
        if args.auto:
            code = 0
            from inspector_app.ui.volumes import mounted_volumes   # Qt's QStorageInfo (QtCore only)
            for folder in col.sync.locations(mounted_volumes()):
                try:
                    code = max(code, _report(col.sync.sync_folder(folder)))
                except InspectorError as e:  # one unreadable location does not stop the others
                    print(str(e), file=sys.stderr)
                    code = max(code, e.exit_code)
            _clock(col)
            return code
        if args.watch:
            print(pick(f"正在监视 {args.watch}（Ctrl-C 停止）", f"Watching {args.watch} (Ctrl-C stops)"))
            try:
                while True:
                    try:
                        rep = col.sync.sync_folder(args.watch)
                    except InspectorError as e:  # the inbox itself is unreadable (unmounted share): wait
                        print(str(e), file=sys.stderr)
                        if args.once:
                            return e.exit_code
                        time.sleep(args.interval)
                        continue
                    # a refused file stays in the inbox: reported again only with --once or when new
                    code = _report(rep) if (rep.imported or rep.recorded or rep.quarantined or rep.exported
                                            or rep.failed or args.once) else 0
                    if args.once:
                        return code
                    time.sleep(args.interval)
            except KeyboardInterrupt:
                print(pick("已停止", "stopped"))
                return 0
    return 0


def run_devices(args: argparse.Namespace) -> int:
    from inspector_app.core.errors import InspectorError
    with _col(args) as col:
        if args.action == "list":
            blocks: dict[str, list[str]] = {}
            for b in col.sync.serial_block_usage():
                blocks.setdefault(b["device_id"], []).append(f"{b['year']}:{b['first']}-{b['last']}"
                                                             f"({pick('已用', 'used')} {b['used']})")
            for d in col.sync.devices():
                print(f"{d['id'][:8]}  {d['status']:<9} {d['name']}  {d['cert_no']}  "
                      f"{d['township'] or d['township_name']}"
                      + (f"  {pick('文号段', 'serial blocks')} {', '.join(blocks[d['id']])}" if d["id"] in blocks else ""))
            return 0
        if args.action == "quarantine":
            for q in col.sync.quarantined():
                print(f"{q['file']}  {q['sender'][:8]}  {local_text(q['received_at'])}  {q['reason']}")
            return 0
        dev = next((d for d in col.sync.devices() if d["id"].startswith(args.device)), None) if args.device else None
        if dev is None:
            raise InspectorError(f"找不到设备 {args.device}", f"No device {args.device}")
        if args.action == "assign-block":
            b = col.sync.assign_serial_block(dev["id"], size=args.size, year=args.year)
            print(pick(f"已给 {dev['name']} 分配 {b['year']} 年文号编号段 {b['first']}–{b['last']}，随下次同步发给该设备",
                       f"Assigned {dev['name']} the {b['year']} serial block {b['first']}–{b['last']}; "
                       f"it is sent with the next sync"))
        elif args.action == "approve":
            township_id = col.townships.ensure(args.township, dev["township_name"]) if args.township else None
            results = col.sync.approve(dev["id"], township_id)
            print(pick(f"已批准 {dev['name']}，已应用隔离的数据包 {len(results)} 个",
                       f"Approved {dev['name']}; applied {len(results)} quarantined bundles"))
        else:
            col.sync.revoke(dev["id"])
            print(pick(f"已吊销 {dev['name']}", f"Revoked {dev['name']}"))
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    with _col(args) as col:
        if args.action == "list":
            rows = col.sync.conflicts(args.all)
            for c in rows:
                print(f"{c['id'][:8]}  {c['tbl']}.{c['field']}  {c['row_id'][:8]}  "
                      f"{pick('采用', 'kept')}: {c['winner_value']!r}  {pick('另一值', 'other')}: {c['other_value']!r}"
                      + (f"  [{c['resolution']}]" if c["resolved_at"] else ""))
            if not rows:
                print(pick("没有未处理的冲突", "no open conflicts"))
            for w in col.sync.pending():
                print(pick(f"待应用：{w['tbl']} {w['row_id'][:8]}（{w['reason_zh']}）",
                           f"waiting: {w['tbl']} {w['row_id'][:8]} ({w['reason_en']})"))
            return 0
        col.sync.resolve(args.conflict, keep=args.keep)
        print(pick("冲突已处理", "conflict resolved"))
    return 0


def _enterprise_id(col, prefix: str) -> str:
    from inspector_app.core.errors import ValidationError
    rows = [r[0] for r in col.db.execute("SELECT id FROM enterprises WHERE id LIKE ? || '%' LIMIT 2", [prefix])] \
        if prefix else []
    if len(rows) != 1:
        raise ValidationError(f"找不到唯一的企业 {prefix}", f"No single enterprise {prefix}")
    return rows[0]


def run_district(args: argparse.Namespace) -> int:
    from inspector_app.core.errors import ValidationError
    with _col(args) as col:
        if args.action == "duplicates":
            dups = col.sync.register.duplicates()
            for x in dups:
                print(pick(f"{x['id'][:8]} {x['name']}（{x['uscc']}，{x['records']} 条相关记录）与已登记的 "
                           f"{x['existing']['id'][:8]} {x['existing']['name']} 重复：inspector district merge "
                           f"{x['id'][:8]} --into {x['existing']['id'][:8]}",
                           f"{x['id'][:8]} {x['name']} ({x['uscc']}, {x['records']} records) duplicates the registered "
                           f"{x['existing']['id'][:8]} {x['existing']['name']}: inspector district merge "
                           f"{x['id'][:8]} --into {x['existing']['id'][:8]}"))
            if not dups:
                print(pick("没有重复登记的企业", "no duplicate enterprises"))
            return 0
        if args.action == "merge":
            dup = next((x["id"] for x in col.sync.register.duplicates() if x["id"].startswith(args.enterprise)),
                       None) if args.enterprise else None
            if dup is None:
                raise ValidationError(f"没有重复企业 {args.enterprise}", f"No duplicate enterprise {args.enterprise}")
            col.sync.register.merge_enterprises(dup, _enterprise_id(col, args.into))
            print(pick("已合并，相关检查、隐患和文书已改挂到保留的企业，随下次同步发给各笔记本",
                       "merged; its inspections, hazards and documents now belong to the kept enterprise "
                       "(sent with the next sync)"))
            return 0
        if args.action == "move-enterprise":
            town = col.db.execute("SELECT id, name FROM townships WHERE code = ? OR name = ?",
                                  [args.township, args.township]).fetchall()
            if len(town) != 1:
                raise ValidationError(f"找不到唯一的乡镇“{args.township}”", f"No single township '{args.township}'")
            col.sync.register.move_enterprise(_enterprise_id(col, args.enterprise), town[0][0])
            print(pick(f"已划转到 {town[0][1]}，随下次同步发给相关笔记本", f"moved to {town[0][1]}; sent with the next sync"))
            return 0
        card = col.sync.setup_district()
        if args.action == "card":
            out = args.out or Path("district-card.json")
            col.sync.write_card(out)
            print(pick(f"区局名片已写入 {out}", f"District card written to {out}"))
        elif args.action == "root":
            out = args.out or Path("district-root.cer")
            _write_root(card["doc_ca_certificate"], out)
            print(pick(f"区局文书签章根证书已写入 {out}：可导入PDF阅读器作为受信任的根证书（见 docs/signing.md）",
                       f"District document root certificate written to {out}: import it into a PDF reader as a "
                       f"trusted root (see docs/signing.md)"))
        else:
            print(pick(f"区局密钥与证书颁发机构已就绪，签名公钥 {card['sign_key'][:16]}…",
                       f"District keys and CA ready; signing key {card['sign_key'][:16]}…"))
    return 0
