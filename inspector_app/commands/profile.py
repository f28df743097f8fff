"""`inspector init`: create the local profile."""

from __future__ import annotations

import argparse

from inspector_app.core.i18n import pick


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help=pick("创建用户资料（角色、姓名、证号、单位）", "create the profile (role, name, certificate, unit)"),
                       description=pick("创建或更新本机的用户资料。给出全部参数时不交互。",
                                        "Create or update this installation's profile. Non-interactive when every flag is given."))
    p.add_argument("--role", choices=["inspector", "district"], help=pick("角色", "role"))
    p.add_argument("--name", help=pick("检查员姓名", "inspector's name"))
    p.add_argument("--cert-no", help=pick("执法证号/检查员证号", "certificate number"))
    p.add_argument("--unit", help=pick("检查单位全称", "issuing unit's full name"))
    p.add_argument("--unit-short", default="", help=pick("单位简称（用于文号）", "unit short name (for document numbers)"))
    p.add_argument("--unit-kind", choices=["enforcement", "supervision"], default=None,
                   help=pick("enforcement=执法单位（责令限期整改指令书），supervision=镇街监督单位（限期整改意见书）",
                             "enforcement unit (rectification order) or township supervision unit (rectification opinion)"))
    p.add_argument("--township", default="", help=pick("所属乡镇/街道", "township"))
    p.add_argument("--township-code", default="",
                   help=pick("乡镇/街道的统计用区划代码（9或12位数字，如 370882001）；给出后各设备对同一乡镇的标识一致",
                             "the township's statistical division code (9 or 12 digits, e.g. 370882001); "
                             "lets every device name the township alike"))
    p.add_argument("--district", default="", help=pick("所属区/县", "district"))
    p.set_defaults(func=run_init)


def _ask(label: str, value: str | None, default: str = "") -> str:
    if value:
        return value
    try:
        answer = input(f"{label}{f' [{default}]' if default else ''}: ").strip()
    except EOFError:
        answer = ""
    return answer or default


def run_init(args: argparse.Namespace) -> int:
    from inspector_app.cli import open_collection
    from inspector_app.core.profile import check_township_code
    check_township_code(args.township_code)  # before the data directory is created
    role = _ask(pick("角色 (inspector/district)", "Role (inspector/district)"), args.role, "inspector")
    name = _ask(pick("姓名", "Name"), args.name)
    cert = _ask(pick("证号", "Certificate number"), args.cert_no)
    unit = _ask(pick("单位", "Unit"), args.unit)
    township = args.township if role == "district" else _ask(pick("乡镇/街道", "Township"), args.township)
    unit_kind = args.unit_kind or ("enforcement" if role == "district" else "supervision")
    with open_collection(args) as col:
        col.profile.init(role=role, name=name, cert_no=cert, unit=unit, township=township,
                         district=args.district, unit_short=args.unit_short, unit_kind=unit_kind,
                         township_code=args.township_code.strip())
        if role == "district":
            col.sync.setup_district()  # the district's keys and certificate authority
        prof = col.profile.get()
        print(pick(f"已创建用户资料：{prof['inspector_name']}（{prof['role']}），{prof['unit_name']}。数据目录：{col.data_dir}",
                   f"Profile created: {prof['inspector_name']} ({prof['role']}), {prof['unit_name']}. Data directory: {col.data_dir}"))
    return 0
