"""The core never imports PySide6 (the TagStudio warning in DESIGN.md)."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import inspector_app.core

ROOT = Path(__file__).resolve().parents[2]


def test_core_imports_without_pyside6():
    modules = [m.name for m in pkgutil.walk_packages(inspector_app.core.__path__, "inspector_app.core.")]
    assert len(modules) >= 8
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('PySide6 is blocked in core tests')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "assert not any(k.startswith('PySide6') for k in sys.modules)\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_opening_a_collection_leaves_the_document_stack_unloaded(tmp_path):
    """Start-up time: reportlab, pyHanko and Pillow load on first use (or in the GUI's background
    warm-up), not when a collection opens."""
    code = (
        "import sys\n"
        "from inspector_app.core.collection import Collection\n"
        f"col = Collection({str(tmp_path / 'data')!r})\n"
        "heavy = [m for m in ('reportlab', 'pyhanko', 'PIL') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "col.close()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_document_types_keep_their_qr_order():
    from inspector_app.core.documents import render, service
    assert service.DOC_TYPES == tuple(render.TITLES)
