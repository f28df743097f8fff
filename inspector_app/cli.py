"""The `inspector` command: the GUI by default, subcommands for scripting and the district office.

Each group of subcommands lives in inspector_app/commands/<name>.py and exposes
`register(subparsers)`; add new modules to COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from inspector_app import __version__
from inspector_app.core.errors import InspectorError
from inspector_app.core.i18n import pick

COMMAND_MODULES = [
    "inspector_app.commands.profile",
    "inspector_app.commands.maintenance",
    "inspector_app.commands.sync",
    "inspector_app.commands.demo",
    "inspector_app.commands.backup",
    "inspector_app.commands.documents",
    "inspector_app.commands.checklists",
    "inspector_app.commands.enterprises",
    "inspector_app.commands.plans",
    "inspector_app.commands.reports",
    "inspector_app.commands.complaints",
]


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"inspector {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help=pick("数据目录（默认：INSPECTOR_DATA_DIR 或系统用户数据目录）",
                                  "data directory (default: INSPECTOR_DATA_DIR or the user data directory)"))
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=None,
                        help=pick("界面与消息语言", "language of the interface and messages"))
    parser.add_argument("--demo", action="store_true",
                        help=pick("启动图形界面前，若数据目录尚无用户资料，则创建演示资料和少量演示数据",
                                  "before starting the GUI, fill a data directory that has no profile with "
                                  "a demo profile and small demo data"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inspector",
        description=pick("镇/街道安全生产检查员的离线工具。不带子命令时启动图形界面。",
                         "Offline tool for township work-safety inspectors. Without a subcommand it starts the GUI."),
    )
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    from inspector_app.commands import passwords
    passwords.add_options(parser)  # every command that may need a key takes its password the same way
    return parser


def _gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The options when `argv` only starts the GUI (no subcommand, no help), else None. Saves importing
    every command module on each start of the window."""
    if any(a in ("-h", "--help") for a in argv):
        return None
    parser = argparse.ArgumentParser(prog="inspector", add_help=False)
    _global_options(parser)
    args, rest = parser.parse_known_args(argv)
    if rest:
        return None
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # The language must be known before the help texts are built.
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            from inspector_app.core.i18n import set_language
            set_language(argv[i + 1])
        elif arg.startswith("--lang="):
            from inspector_app.core.i18n import set_language
            set_language(arg.split("=", 1)[1])
    args = _gui_arguments(argv) or build_parser().parse_args(argv)
    if args.command is None:
        from inspector_app.ui.app import run_gui   # with --demo it makes the demo data first
        return run_gui(args)
    import logging

    from inspector_app.core import logs
    logs.setup("inspector-cli")
    logging.getLogger("inspector.cli").info("inspector %s", " ".join(argv[:3]))
    try:
        from inspector_app.commands import passwords
        from inspector_app.core.store import translate_errors
        passwords.configure(args)
        with translate_errors():  # locked database, full disk, read-only folder: a message, not a traceback
            return int(args.func(args) or 0)
    except InspectorError as e:
        print(pick("错误：", "Error: ") + str(e), file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`inspector ... | head`): stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def open_collection(args: argparse.Namespace, create: bool = True):
    """Open the data directory the command line names."""
    from inspector_app.core.collection import Collection
    return Collection(args.data_dir, create=create)


if __name__ == "__main__":
    sys.exit(main())
