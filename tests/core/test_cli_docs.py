"""Every subcommand (nested ones too) has a working --help and a row in README.md's command table."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from inspector_app.cli import build_parser, main
from inspector_app.core.i18n import set_language

README = Path(__file__).resolve().parents[2] / "README.md"


def _command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                paths.append(prefix + (name,))
                paths.extend(_command_paths(sub, prefix + (name,)))
    return paths


def _readme_rows() -> list[list[str]]:
    rows = []
    for line in README.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*`inspector ([^`]*)`", line)
        if m:
            rows.append([t for t in re.split(r"[\s|\\]+", m.group(1)) if t])
    return rows


PATHS = _command_paths(build_parser())


def test_there_are_subcommands():
    assert {("init",), ("check",), ("demo",), ("backup",), ("restore",)} <= set(PATHS)


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
def test_help_exits_zero_in_both_languages(path, capsys):
    try:
        for lang in ("zh_CN", "en"):
            with pytest.raises(SystemExit) as e:
                main(["--lang", lang, *path, "--help"])
            assert e.value.code == 0
            out = capsys.readouterr().out
            assert "usage:" in out and path[-1] in out
    finally:
        set_language("zh_CN")


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
def test_documented_in_readme_table(path):
    rows = _readme_rows()
    assert any(row and row[0] == path[0] and all(p in row for p in path[1:]) for row in rows), \
        f"README.md's command table has no row for `inspector {' '.join(path)}`"


def test_no_command_row_twice():
    """One row per command form: the words up to the first option or argument name a row."""
    keys = []
    for line in README.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*`inspector ([^`]*)`", line)
        if m:
            key = []
            for token in m.group(1).split():
                key.append(token)
                if token.startswith(("-", "[")) or token.isupper() or "." in token:
                    break
            keys.append(" ".join(key))
    twice = sorted({k for k in keys if keys.count(k) > 1})
    assert not twice, f"README.md's command table documents these more than once: {twice}"
