"""Backup and restore: round trip with attachments; anything else is refused with nothing changed."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from PIL import Image

from inspector_app.cli import main
from inspector_app.core import backup
from inspector_app.core.collection import Collection
from inspector_app.core.errors import DataDirError, UnusableInput


def _jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(buf, "JPEG")
    return buf.getvalue()


@pytest.fixture
def filled(col, enterprise, tmp_path):
    """A collection with an enterprise, a hazard with a photo, and its backup file."""
    sha = col.attachments.import_photo(_jpeg(), "现场.jpg")
    col.hazards.create({"enterprise_id": enterprise["id"], "description": "配电箱无防护",
                        "before_photos": [sha], "deadline": "2026-12-01"})
    out = tmp_path / "备份.zip"
    assert main(["--data-dir", str(col.data_dir), "backup", "--out", str(out)]) == 0
    return col, sha, out


def test_round_trip_with_attachments(filled, tmp_path, capsys):
    col, sha, out = filled
    target = tmp_path / "restored"
    assert main(["--data-dir", str(target), "restore", str(out)]) == 0
    assert "已恢复" in capsys.readouterr().out
    with Collection(target, create=False) as r:
        assert r.db.execute("SELECT description, state FROM hazards").fetchall() == \
            col.db.execute("SELECT description, state FROM hazards").fetchall()
        assert r.attachments.read(sha) == col.attachments.read(sha)
        assert r.device_id == col.device_id
        assert r.audit.verify().ok and r.audit.verify().rows == col.audit.verify().rows
        assert r.profile.get()["inspector_name"] == "张伟"
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["counts"]["hazards"] == 1 and manifest["schema"]
    assert f"attachments/{sha[:2]}/{sha}" in "\n".join(manifest["members"]) or any(
        sha in m for m in manifest["members"])


def test_restore_over_existing_data_needs_force_and_keeps_old(filled, tmp_path, capsys):
    col, sha, out = filled
    target = tmp_path / "other"
    with Collection(target) as other:
        other.profile.init(role="district", name="赵敏", cert_no="9", unit="示例区应急管理局")
    assert main(["--data-dir", str(target), "restore", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    with Collection(target, create=False) as other:
        assert other.profile.get()["inspector_name"] == "赵敏"  # nothing changed
    assert main(["--data-dir", str(target), "restore", str(out), "--force"]) == 0
    with Collection(target, create=False) as r:
        assert r.profile.get()["inspector_name"] == "张伟"
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("other.before-restore-")]
    assert len(kept) == 1
    with Collection(kept[0], create=False) as old:
        assert old.profile.get()["inspector_name"] == "赵敏"


def _rewrite(src, dst, change):
    """Copy a backup zip, letting `change(name, data)` alter members (None drops one)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info.filename))
            if data is not None:
                zout.writestr(info.filename, data)


@pytest.mark.parametrize("case", ["not_zip", "no_manifest", "foreign", "tampered_db", "tampered_photo",
                                  "newer_schema", "extra_member", "unsafe_path"])
def test_refuses_anything_not_our_intact_backup(filled, tmp_path, case):
    col, sha, out = filled
    bad = tmp_path / f"{case}.zip"
    if case == "not_zip":
        bad.write_bytes(b"PK\x03\x04 but not really a zip")
    elif case == "no_manifest":
        _rewrite(out, bad, lambda n, d: None if n == "manifest.json" else d)
    elif case == "foreign":
        _rewrite(out, bad, lambda n, d: json.dumps({"app": "other"}).encode() if n == "manifest.json" else d)
    elif case == "tampered_db":
        _rewrite(out, bad, lambda n, d: d[:-1] + bytes([d[-1] ^ 1]) if n == "inspector.db" else d)
    elif case == "tampered_photo":
        _rewrite(out, bad, lambda n, d: d + b"x" if sha in n else d)
    elif case == "newer_schema":
        def newer(n, d):
            if n != "manifest.json":
                return d
            m = json.loads(d)
            m["schema"] = "9999_from_the_future"
            return json.dumps(m).encode()
        _rewrite(out, bad, newer)
    elif case in ("extra_member", "unsafe_path"):
        name = "extra.txt" if case == "extra_member" else "../escape.txt"
        _rewrite(out, bad, lambda n, d: d)
        with zipfile.ZipFile(bad, "a") as z:
            z.writestr(name, b"hello")
        if case == "unsafe_path":
            def add(n, d):
                if n != "manifest.json":
                    return d
                m = json.loads(d)
                m["members"][name] = "0" * 64
                return json.dumps(m).encode()
            bad2 = tmp_path / "unsafe2.zip"
            _rewrite(bad, bad2, add)
            bad = bad2
    target = tmp_path / "target"
    with pytest.raises(UnusableInput) as e:
        backup.restore(bad, target)
    msg = e.value.zh
    assert "未做任何修改" in msg
    if case == "newer_schema":
        assert "更新版本" in msg
    assert not target.exists()
    assert not (tmp_path / "escape.txt").exists()
    assert not [p for p in tmp_path.iterdir() if ".restore-" in p.name]


def test_refuses_folder_that_is_not_ours(filled, tmp_path):
    col, sha, out = filled
    target = tmp_path / "documents"
    target.mkdir()
    (target / "合同.docx").write_bytes(b"mine")
    with pytest.raises(DataDirError):
        backup.restore(out, target, force=True)
    assert [p.name for p in target.iterdir()] == ["合同.docx"]


def test_refuses_while_data_dir_is_open(filled, tmp_path):
    col, sha, out = filled
    other = Collection(tmp_path / "busy")
    other.db.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DataDirError) as e:
            backup.restore(out, tmp_path / "busy", force=True)
        assert "正被另一个程序使用" in e.value.zh
    finally:
        other.db.execute("ROLLBACK")
        other.close()
    assert not [p for p in tmp_path.iterdir() if "before-restore" in p.name]


def test_backup_refuses_bad_destination(filled, capsys):
    col, sha, out = filled
    assert main(["--data-dir", str(col.data_dir), "backup", "--out", str(col.data_dir / "b.zip")]) == 2
    assert "数据目录里面" in capsys.readouterr().err
    assert main(["--data-dir", str(col.data_dir), "backup", "--out", str(out.parent)]) == 2


def test_backup_of_missing_data_dir_is_refused(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "nothing"), "backup", "--out", str(tmp_path / "b.zip")]) == 2
    assert not (tmp_path / "b.zip").exists()


def test_private_files_keep_their_permissions(filled, tmp_path):
    import os
    import stat
    col, sha, out = filled
    secret = col.data_dir / "sync-keys" / "device.key"
    secret.parent.mkdir(exist_ok=True)
    secret.write_bytes(b"private")
    os.chmod(secret, 0o600)
    out2 = tmp_path / "with-key.zip"
    backup.create(col, out2)
    backup.restore(out2, tmp_path / "r")
    restored = tmp_path / "r" / "sync-keys" / "device.key"
    assert restored.read_bytes() == b"private"
    assert stat.S_IMODE(restored.stat().st_mode) == 0o600
