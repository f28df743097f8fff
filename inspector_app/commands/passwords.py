"""How every command gets the password of a key: --password-file F, --password-env VAR, INSPECTOR_PASSWORD,
else a prompt on a terminal. The options are added to every subcommand (cli.build_parser)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from inspector_app.core.errors import UnusableInput
from inspector_app.core.i18n import pick


def add_options(parser: argparse.ArgumentParser) -> None:
    """Add the password options to every leaf subcommand of `parser` that lacks them."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                add_options(sub)
            return
    if parser is not None and "--password-file" not in parser._option_string_actions:
        parser.add_argument("--password-file", type=_path, metavar="FILE",
                            help=pick("从文件读取密钥密码（首行）", "read the key password from a file (first line)"))
    if "--password-env" not in parser._option_string_actions:
        parser.add_argument("--password-env", metavar="VAR",
                            help=pick("从环境变量读取密钥密码（另可用 INSPECTOR_PASSWORD）",
                                      "read the key password from an environment variable (INSPECTOR_PASSWORD also works)"))


def _path(value: str):
    from pathlib import Path
    return Path(value)


def given(args: argparse.Namespace) -> str | None:
    """The password named by the options, if any (a missing file or variable is an error, not a prompt)."""
    f = getattr(args, "password_file", None)
    if f:
        try:
            lines = f.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            raise UnusableInput(f"无法读取密码文件“{f}”", f"Cannot read the password file '{f}'") from None
        return lines[0] if lines else ""
    var = getattr(args, "password_env", None)
    if var:
        if not os.environ.get(var):
            raise UnusableInput(f"环境变量 {var} 未设置或为空", f"The environment variable {var} is not set or empty")
        return os.environ[var]
    return None


def configure(args: argparse.Namespace) -> None:
    """Set the process's password from the options; on a terminal, ask when a key needs one."""
    from inspector_app.core import keystore   # cryptography: only when a command may need a key
    keystore.set_password(given(args))
    keystore.set_prompt(_prompt if sys.stdin.isatty() else None)


def _prompt(zh: str, en: str) -> str | None:
    try:
        return getpass.getpass(pick(zh, en)) or None
    except (EOFError, KeyboardInterrupt):
        return None


def new_password(args: argparse.Namespace) -> str:
    """A password for a new key: from the options or INSPECTOR_PASSWORD, else typed twice on a terminal."""
    from inspector_app.core import keystore
    pw = given(args) or os.environ.get(keystore.ENV_PASSWORD)
    if not pw and sys.stdin.isatty():
        pw = getpass.getpass(pick("新密码（至少8位）：", "New password (at least 8 characters): "))
        if pw != getpass.getpass(pick("再次输入：", "Repeat: ")):
            raise UnusableInput("两次输入的密码不一致", "The two passwords differ")
    if not pw:
        raise UnusableInput("请用 --password-file 或 --password-env 提供密码", "Give the password with --password-file or --password-env")
    keystore.check_new_password(pw)
    return pw
