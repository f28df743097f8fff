"""A data directory nobody may write (read-only copy, write-protected stick) still opens for reading."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from inspector_app.core import collection as collection_mod
from inspector_app.core import store
from inspector_app.core.collection import Collection
from inspector_app.core.errors import DataDirError
from inspector_app.core.store import writable_dir


def _files(d):
    return {p.name: p.read_bytes() for p in d.iterdir() if p.is_file()}


@pytest.fixture
def read_only_dir(tmp_path, monkeypatch):
    """A closed data directory with an enterprise, then seen as unwritable (as on a read-only mount:
    root ignores permission bits, so the check is what the tests replace)."""
    d = tmp_path / "data"
    with Collection(d) as col:
        col.profile.init(role="inspector", name="李四", cert_no="37089920001", unit="城关街道应急管理办公室",
                         township="城关街道", district="示例区", township_code="370899001")
    before = _files(d)
    monkeypatch.setattr(collection_mod, "writable_dir", lambda path: False)
    monkeypatch.setattr(store, "writable_dir", lambda path: False)
    return d, before


def test_reads_work_and_writes_are_refused_without_touching_files(read_only_dir):
    d, before = read_only_dir
    with Collection(d, create=False) as col:
        assert col.read_only
        assert col.profile.get()["inspector_name"] == "李四"
        assert col.audit.verify().ok
        with pytest.raises(DataDirError) as e:
            col.townships.add("370899002", "东关街道")
        assert "只读" in e.value.zh and "read-only" in e.value.en
    assert _files(d) == before


def test_old_schema_on_read_only_medium_is_refused_clearly(tmp_path, monkeypatch):
    d = tmp_path / "data"
    Collection(d).close()
    fixture = sorted((Path(__file__).parents[1] / "fixtures").glob("schema_*.db"))[0]
    shutil.copy(fixture, d / "inspector.db")
    monkeypatch.setattr(collection_mod, "writable_dir", lambda path: False)
    with pytest.raises(DataDirError) as e:
        Collection(d, create=False)
    assert "需要升级" in e.value.zh


def test_writable_dir_is_tried_not_guessed(tmp_path):
    assert writable_dir(tmp_path)
    assert not writable_dir(tmp_path / "missing")


@pytest.mark.skipif(sys.platform != "linux" or shutil.which("unshare") is None, reason="needs Linux mount namespaces")
def test_check_on_a_real_read_only_mount(tmp_path):
    """`inspector check` and `devices list` on a bind mount remounted read-only, when the
    machine lets us make one (root in a mount namespace); otherwise the tests above stand."""
    d = tmp_path / "data"
    Collection(d).close()
    mnt = tmp_path / "ro"
    mnt.mkdir()
    script = (f"mount --bind {d} {mnt} && mount -o remount,bind,ro {mnt} && "
              f"{sys.executable} -m inspector_app --data-dir {mnt} check && "
              f"{sys.executable} -m inspector_app --data-dir {mnt} devices list")
    probe = subprocess.run(["unshare", "-m", "sh", "-c", f"mount --bind {d} {mnt}"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("mount namespaces are not available to this user")
    run = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
