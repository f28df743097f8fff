"""installer.spec and build/spec_data.py: the frozen build bundles what the app looks up at run time.

The PyInstaller build itself (minutes) is `make dist && make smoke`; these checks take milliseconds.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import pytest

import inspector_app

ROOT = Path(__file__).resolve().parents[2]


def load_spec_data():
    spec = importlib.util.spec_from_file_location("spec_data", ROOT / "build" / "spec_data.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_name_and_version_match_the_app():
    info = load_spec_data().project()
    assert info["name"] == inspector_app.APP_NAME
    assert info["version"] == inspector_app.__version__  # what `inspector --version` prints


def test_data_files_are_globbed_so_later_checklists_fonts_and_translations_are_bundled(tmp_path, monkeypatch):
    sd = load_spec_data()
    for rel in ("resources/checklists/confined_space.toml", "resources/fonts/NotoSansSC.otf",
                "resources/icons/app.png", "i18n/zh_CN.qm", "i18n/en.qm", "i18n/en.ts",
                "resources/checklists/__pycache__/x.pyc", "resources/.DS_Store", "forms/visit.ui"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"x")
    monkeypatch.setattr(sd, "ROOT", tmp_path)
    got = {(Path(src).relative_to(tmp_path).as_posix(), dest) for src, dest in sd.datas()}
    assert got == {
        ("resources/checklists/confined_space.toml", "resources/checklists"),
        ("resources/fonts/NotoSansSC.otf", "resources/fonts"),
        ("resources/icons/app.png", "resources/icons"),
        ("i18n/zh_CN.qm", "i18n"), ("i18n/en.qm", "i18n"),  # compiled translations, not the .ts
        ("forms/visit.ui", "forms"),
    }


def test_every_file_the_repo_ships_under_resources_is_bundled_at_the_same_relative_path():
    sd = load_spec_data()
    bundled = {(Path(dest) / Path(src).name).as_posix() for src, dest in sd.datas()}
    shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith(".")}
    assert shipped <= bundled
    assert {"resources/icons/app.png", "resources/icons/app.ico", "resources/icons/app.icns"} <= bundled


def test_only_chinese_and_english_qt_translations_are_kept():
    sd = load_spec_data()
    assert sd.keep_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert sd.keep_data("PySide6/Qt/translations/qtbase_en.qm")
    assert not sd.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert sd.keep_data("resources/checklists/a.toml")


def test_windows_version_resource_carries_the_pyproject_version(tmp_path):
    sd = load_spec_data()
    version = sd.project()["version"]
    path = sd.windows_version_file(tmp_path)
    text = path.read_text(encoding="utf-8")
    numbers = tuple(int(x) for x in version.split(".")) + (0,) * (4 - len(version.split(".")))
    assert f"filevers={numbers}" in text
    assert f"StringStruct('ProductVersion', '{version}')" in text
    try:  # PyInstaller (the `build` extra) parses it the way a Windows build will
        from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file
    except ImportError:
        return
    info = load_version_info_from_text_file(str(path))
    assert info.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]


class _Recorder:
    def __init__(self):
        self.calls = []

    def __call__(self, kind):
        def make(*args, **kwargs):
            obj = types.SimpleNamespace(kind=kind, args=args, kwargs=kwargs, pure=[], scripts=["s"],
                                        binaries=[], datas=kwargs.get("datas", []), zipfiles=[])
            self.calls.append(obj)
            return obj
        return make


def run_spec(monkeypatch, platform: str):
    """Execute installer.spec with PyInstaller's build classes replaced by recorders."""
    rec = _Recorder()
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda name: [name + ".cli"]
    hooks.collect_data_files = lambda name: []
    for mod in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, mod, types.ModuleType(mod))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.delitem(sys.modules, "spec_data", raising=False)
    namespace = {"SPECPATH": str(ROOT), "__name__": "__main__"}
    namespace.update({k: rec(k) for k in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")})
    exec(compile((ROOT / "installer.spec").read_text(encoding="utf-8"), "installer.spec", "exec"), namespace)
    monkeypatch.delitem(sys.modules, "spec_data", raising=False)
    return rec.calls


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_spec_builds_two_executables_in_one_folder_gui_without_console(monkeypatch, platform):
    calls = run_spec(monkeypatch, platform)
    analysis = next(c for c in calls if c.kind == "Analysis")
    assert "PySide6.QtPrintSupport" in analysis.kwargs["hiddenimports"]
    assert {"tkinter", "PySide6.QtWebEngineCore"} <= set(analysis.kwargs["excludes"])
    exes = {c.kwargs["name"]: c.kwargs for c in calls if c.kind == "EXE"}
    assert set(exes) == {"inspector", "inspector-gui"}
    assert exes["inspector-gui"]["console"] is False and exes["inspector"]["console"] is True
    for kw in exes.values():
        assert Path(kw["icon"]).is_file()
        assert kw["exclude_binaries"] is True  # binaries go once into the shared folder
    collect = next(c for c in calls if c.kind == "COLLECT")
    assert collect.kwargs["name"] == inspector_app.APP_NAME
    assert [a.kwargs.get("name") for a in collect.args[:2]] == ["inspector-gui", "inspector"]
    bundles = [c for c in calls if c.kind == "BUNDLE"]
    if platform == "win32":
        assert exes["inspector"]["icon"].endswith(".ico")
        assert Path(exes["inspector"]["version"]).is_file()
    else:
        assert exes["inspector"]["version"] is None
    if platform == "darwin":
        assert len(bundles) == 1 and bundles[0].kwargs["icon"].endswith(".icns")
        assert bundles[0].kwargs["version"] == inspector_app.__version__
    else:
        assert bundles == []
