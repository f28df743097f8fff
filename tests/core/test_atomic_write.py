"""datadir.atomic_write_bytes: a failed write leaves the old file and no temporary file behind."""

import errno
import os

import pytest

from inspector_app.core import datadir


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name != "settings.json")


def test_write_replaces_the_file(tmp_path):
    target = tmp_path / "settings.json"
    datadir.atomic_write_bytes(target, b"old")
    datadir.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and _leftovers(tmp_path) == []


@pytest.mark.parametrize("fail_in", ["write", "fsync", "replace"])
def test_failed_write_removes_the_temporary_file(tmp_path, monkeypatch, fail_in):
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")
    full = OSError(errno.ENOSPC, "No space left on device")

    def boom(*args, **kwargs):
        raise full

    if fail_in == "write":
        # A disk that fills up while writing: the temporary file exists, partly written.
        real_open = open

        class Full:
            def __init__(self, f):
                self.f = f

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.f.close()

            def write(self, data):
                self.f.write(data[:1])
                raise full

        monkeypatch.setattr("builtins.open", lambda p, mode="r", *a, **k: Full(real_open(p, mode, *a, **k)))
    elif fail_in == "fsync":
        monkeypatch.setattr(os, "fsync", boom)
    else:
        monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError) as raised:
        datadir.atomic_write_bytes(target, b"new content")
    assert raised.value is full
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_interrupted_write_cleans_up_too(tmp_path, monkeypatch):
    target = tmp_path / "settings.json"

    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        datadir.atomic_write_bytes(target, b"x")
    assert not target.exists() and _leftovers(tmp_path) == []
