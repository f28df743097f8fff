"""What installer.spec bundles, computed from the tree at build time (importable without PyInstaller).

The spec globs rather than listing files, so checklists, fonts, translations and forms that other
work adds later are picked up automatically. tests/build/test_installer_spec.py checks this module.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]

# Big modules the app never uses; PyInstaller would otherwise follow optional imports into them.
EXCLUDES = [
    "tkinter", "_tkinter", "turtle", "idlelib", "pydoc_data", "lib2to3",
    "pytest", "_pytest", "pytestqt", "hypothesis", "zxingcpp", "IPython", "matplotlib", "numpy",
    "pandas", "scipy", "PyQt5", "PyQt6", "PySide2",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.Qt3DCore", "PySide6.Qt3DRender",
    "PySide6.QtQuick", "PySide6.QtQuick3D", "PySide6.QtQuickWidgets", "PySide6.QtQml",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtCharts",
    "PySide6.QtDataVisualization", "PySide6.QtBluetooth", "PySide6.QtPositioning",
    "PySide6.QtSerialPort", "PySide6.QtSensors", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest",
    # Build tools the app never runs: cffi's compiler shim pulls in setuptools, whose presence makes
    # PyInstaller import pkg_resources at every start (~0.18 s). (aiohttp stays: pyhanko.sign imports it.)
    "setuptools", "pkg_resources", "distutils",
]

# Qt modules the GUI may use without a static import PyInstaller can see (printing notices).
QT_HIDDEN = ["PySide6.QtPrintSupport", "PySide6.QtSvg", "PySide6.QtUiTools"]


# Qt's own translations (standard dialogs, print dialog) kept in the bundle; the rest are dropped.
QT_TRANSLATIONS_KEPT = ("_zh_CN.qm", "_en.qm")


def keep_data(dest: str) -> bool:
    """False for bundled files that are dead weight (Qt translations of other languages)."""
    d = dest.replace("\\", "/")
    if "/Qt/translations/" in d or d.startswith("PySide6/translations/"):
        return d.endswith(QT_TRANSLATIONS_KEPT)
    return True


def version() -> str:
    """inspector_app.__version__, read without importing the package (pyproject takes it from there too)."""
    tree = ast.parse((ROOT / "inspector_app" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets):
            return str(ast.literal_eval(node.value))
    raise SystemExit("inspector_app/__init__.py has no __version__")


def project() -> dict:
    """name and description from pyproject.toml, version from inspector_app/__init__.py."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {"name": data["name"], "version": version(), "description": data.get("description", "")}


def _files(base: Path, pattern: str) -> list[Path]:
    return sorted(p for p in base.glob(pattern)
                  if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith("."))


def datas() -> list[tuple[str, str]]:
    """(source file, destination folder in the bundle) for every run-time file.

    resources/ (icons, fonts, checklists, ...) keeps its layout; i18n/*.qm (compiled translations,
    not the .ts sources); forms/*.ui in case a form is loaded at run time with QUiLoader (compiled
    forms that are Python modules inside inspector_app are collected as code).
    """
    out: list[tuple[str, str]] = []
    for pattern, base in (("resources/**/*", ROOT), ("i18n/*.qm", ROOT), ("forms/**/*.ui", ROOT)):
        for f in _files(base, pattern):
            out.append((str(f), str(f.parent.relative_to(ROOT))))
    return out


def windows_version_file(out_dir: Path) -> Path:
    """Write a Windows version resource (VSVersionInfo) from pyproject's version; returns its path."""
    info = project()
    parts = [int("".join(c for c in x if c.isdigit()) or 0) for x in info["version"].split(".")[:4]]
    parts += [0] * (4 - len(parts))
    v = tuple(parts)
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
      StringStruct('CompanyName', '{info["name"]}'),
      StringStruct('FileDescription', '安全生产检查 (Work-safety inspector)'),
      StringStruct('FileVersion', '{info["version"]}'),
      StringStruct('InternalName', 'inspector'),
      StringStruct('OriginalFilename', 'inspector.exe'),
      StringStruct('ProductName', '安全生产检查'),
      StringStruct('ProductVersion', '{info["version"]}')])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])
  ]
)
"""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "version_info.txt"
    path.write_text(text, encoding="utf-8")
    return path
