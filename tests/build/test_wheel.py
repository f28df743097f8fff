"""`pip wheel .` gives a package that runs when installed: checklists, fonts and translations travel inside it
(inspector_app/shipped/, built by setup.py). The wheel is installed into a fresh virtual environment whose
only other packages are this test environment's dependencies, and run from an empty folder, so nothing can
come from the source tree."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"   # pip builds in the tree (build/lib, *.egg-info): a copy keeps the checkout clean
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".git", ".venv", "dist", "out", "__pycache__",
                                                              "*.egg-info", ".pytest_cache", ".hypothesis"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist"), str(src)],
                   check=True, capture_output=True, timeout=600)
    (wheel,) = (tmp / "dist").glob("inspector_app-*.whl")
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    # The dependencies (PySide6, reportlab, ...) from this environment, after the wheel; its editable
    # install of inspector_app is a .pth hook there, which a path added this way does not run.
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    return wheel, python, tmp


def run(python, cwd, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(INSPECTOR_LANG="zh_CN", QT_QPA_PLATFORM="offscreen", INSPECTOR_LOG_DIR=str(cwd / "logs"))
    return subprocess.run([str(python), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_wheel_holds_the_shipped_files(installed):
    wheel, _python, _tmp = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in ROOT.glob("resources/**/*"):
        if f.is_file() and not f.name.startswith("."):
            assert f"inspector_app/shipped/{f.relative_to(ROOT).as_posix()}" in names
    assert {f"inspector_app/shipped/i18n/{f.name}" for f in ROOT.glob("i18n/*.qm")} <= names


def test_installed_wheel_runs(installed):
    _wheel, python, tmp = installed
    work = tmp / "work"
    work.mkdir()
    where = run(python, work, "-c", "import inspector_app.core.resources as r; print(r.__file__); print(r.base_dir())")
    assert where.returncode == 0, where.stderr
    module, base = where.stdout.split()
    assert Path(module).is_relative_to(tmp / "venv") and Path(base).is_relative_to(tmp / "venv")
    data = str(work / "data")
    lists = run(python, work, "-m", "inspector_app", "--data-dir", data, "checklists", "list")
    assert lists.returncode == 0, lists.stderr
    assert "confined_space" in lists.stdout and "shipped" in lists.stdout
    demo = run(python, work, "-m", "inspector_app", "--data-dir", data, "demo")
    assert demo.returncode == 0, demo.stderr
    assert "演示文书已签发" in demo.stdout
    docs = run(python, work, "-m", "inspector_app", "--data-dir", data, "documents", "list", "--json")
    assert docs.returncode == 0, docs.stderr
    notices = [d for d in json.loads(docs.stdout) if d["doc_type"].startswith("rectification") and d["state"] == "issued"]
    assert notices
    pdf = work / "notice.pdf"
    out = run(python, work, "-m", "inspector_app", "--data-dir", data, "documents", "render", notices[0]["id"],
              "--out", str(pdf))
    assert out.returncode == 0, out.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True)
    assert "AR PL UMing" in fonts.stdout or "UMing" in fonts.stdout, fonts.stdout
