"""Sync through a folder (USB stick / shared folder), the district's inbox watch, sync locations."""

from __future__ import annotations

from pathlib import Path

from inspector_app.core.collection import Collection
from inspector_app.core.sync import locations
from sync_support import add_enterprise, make_district, synced_dump

REPO = str(Path(__file__).resolve().parents[2])  # run `-m inspector_app` from this checkout


def test_folder_sync_enrolls_and_round_trips(tmp_path):
    inbox = tmp_path / "usb" / "inspector-sync"
    d = make_district(tmp_path)
    d.sync.sync_folder(inbox)                       # the district writes its card to the stick
    assert (inbox / "district-card.json").exists()
    a = Collection(tmp_path / "laptop")
    a.profile.init(role="inspector", name="张伟", cert_no="C1", unit="城关街道应急办", township="城关街道",
                   district="示例区", township_code="370882001")
    ent = add_enterprise(a, "宏达化工")
    rep = a.sync.sync_folder(inbox)                 # the card is shown, never trusted silently
    assert not rep.exported and a.sync.district() is None and rep.untrusted_card["fingerprint"]
    a.sync.trust_district(inbox / "district-card.json", fingerprint=rep.untrusted_card["fingerprint"])
    rep = a.sync.sync_folder(inbox)                 # exports the first bundle
    assert len(rep.exported) == 1 and a.sync.district()["id"] == d.device_id
    add_enterprise(a, "第二家")
    a.sync.sync_folder(inbox)                       # supersedes the first bundle on the stick
    assert len(list(inbox.glob("*.isb"))) == 1
    rep = d.sync.sync_folder(inbox)                 # unknown laptop: quarantined, not applied
    assert rep.quarantined and not rep.rejected and not rep.imported and len(d.sync.quarantined()) == 1
    assert d.db.execute("SELECT count(*) FROM enterprises").fetchone()[0] == 0
    d.sync.approve(a.device_id)
    assert d.enterprises.get(ent)["name"] == "宏达化工"
    d.sync.sync_folder(inbox)                       # certificate, serial block, ack go back
    a.sync.sync_folder(inbox)
    assert a.sync.serial_blocks() and a.db.execute(
        "SELECT certificate FROM devices WHERE id = ?", [a.device_id]).fetchone()[0].startswith("-----BEGIN")
    for _ in range(3):                              # acknowledgements settle; nothing left to send
        d.sync.sync_folder(inbox)
        a.sync.sync_folder(inbox)
    assert not a.sync.due("district") and not d.sync.due(a.device_id)
    assert [p.name for p in inbox.iterdir()] == ["district-card.json"]
    assert synced_dump(a) == synced_dump(d)
    a.close()
    d.close()


def test_usb_stick_found_by_label_among_the_mounted_volumes(tmp_path):
    stick = tmp_path / "media" / "zhang" / "INSPECT01"
    stick.mkdir(parents=True)
    shared = tmp_path / "share"
    shared.mkdir()
    settings = {"sync_locations": [{"kind": "usb", "label": "INSPECT01"}, {"kind": "folder", "path": str(shared)},
                                   {"kind": "usb", "label": "OTHER"}, {"kind": "folder", "path": str(tmp_path / "gone")}]}
    volumes = [locations.Volume(Path("/"), ""), locations.Volume(stick, "INSPECT01"),
               locations.Volume(tmp_path / "card", "OTHER", ready=False)]     # a reader with no card in it
    assert locations.available(settings, volumes) == [stick / "inspector-sync", shared]
    assert locations.available(settings) == [shared]                           # no volumes listed: folders only
    reach = locations.resolve(settings, volumes)
    assert [bool(paths) for _loc, paths in reach] == [True, True, False, False]


def test_locations_are_configured_in_the_profile(col, tmp_path):
    col.sync.add_location(path=str(tmp_path))
    col.sync.add_location(label="INSPECT01")
    assert tmp_path in col.sync.locations()
    assert {"kind": "usb", "label": "INSPECT01"} in col.profile.get()["settings"]["sync_locations"]


def test_cli_district_init_creates_ca_and_watch_once_publishes_card(tmp_path):
    import subprocess
    import sys
    run = lambda *a: subprocess.run([sys.executable, "-m", "inspector_app", "--lang", "en", *a],  # noqa: E731
                                    capture_output=True, text=True, cwd=REPO)
    dd = tmp_path / "district"
    r = run("--data-dir", str(dd), "init", "--role", "district", "--name", "王局长", "--cert-no", "D1",
            "--unit", "示例区应急管理局", "--district", "示例区")
    assert r.returncode == 0, r.stderr
    key = dd / "sync-keys" / "device_sign.key"
    assert key.exists() and b"PRIVATE KEY" not in key.read_bytes() and (key.stat().st_mode & 0o777) == 0o600
    inbox = tmp_path / "inbox"
    r = run("--data-dir", str(dd), "sync", "--watch", str(inbox), "--once")
    assert r.returncode == 0, r.stderr
    card = (inbox / "district-card.json").read_text("utf-8")
    assert "BEGIN CERTIFICATE" in card
    la = tmp_path / "laptop"
    r = run("--data-dir", str(la), "init", "--role", "inspector", "--name", "张伟", "--cert-no", "C1",
            "--unit", "城关街道应急办", "--township", "城关街道")
    assert r.returncode == 0, r.stderr
    r = run("--data-dir", str(la), "sync", "--folder", str(inbox))   # the card on the stick is not trusted silently
    assert r.returncode == 1 and "not trusted automatically" in r.stderr and "--trust" in r.stderr
    r = run("--data-dir", str(la), "sync", "--trust", str(inbox / "district-card.json"))
    assert r.returncode == 0 and "fingerprint" in r.stdout, r.stderr
    r = run("--data-dir", str(la), "sync", "--folder", str(inbox))
    assert r.returncode == 0 and "exported" in r.stdout, r.stderr
    r = run("--data-dir", str(dd), "sync", "--watch", str(inbox), "--once")
    assert "quarantined" in r.stderr
    r = run("--data-dir", str(dd), "devices", "list")
    assert "pending" in r.stdout and "张伟" in r.stdout


def test_locations_can_be_removed(col, tmp_path):
    import pytest

    from inspector_app.core.errors import ValidationError
    (tmp_path / "share").mkdir()
    (tmp_path / "share" / "keep.isb").write_bytes(b"x")
    col.sync.add_location(path=str(tmp_path / "share"))
    col.sync.add_location(label="INSPECT01")
    col.sync.add_location(path=str(tmp_path))
    col.sync.remove_location(path=str(tmp_path / "share" / ".." / "share"))   # the same folder, written otherwise
    col.sync.remove_location(label="INSPECT01")
    assert col.profile.get()["settings"]["sync_locations"] == [{"kind": "folder", "path": str(tmp_path)}]
    assert (tmp_path / "share" / "keep.isb").exists()          # the folder's files are left alone
    before = col.profile.get()["settings"]
    with pytest.raises(ValidationError, match="没有"):
        col.sync.remove_location(label="NOSUCH")
    assert col.profile.get()["settings"] == before


def test_cli_add_and_remove_locations(tmp_path):
    import subprocess
    import sys
    run = lambda *a: subprocess.run([sys.executable, "-m", "inspector_app", "--lang", "en",  # noqa: E731
                                     "--data-dir", str(tmp_path / "d"), *a], capture_output=True, text=True,
                                    cwd=REPO)
    r = run("init", "--role", "inspector", "--name", "张伟", "--cert-no", "C1", "--unit", "城关街道应急办",
            "--township", "城关街道")
    assert r.returncode == 0, r.stderr
    assert run("sync", "--add-folder", str(tmp_path / "s"), "--add-usb-label", "INSPECT01").returncode == 0
    r = run("sync", "--remove-usb-label", "INSPECT01")
    assert r.returncode == 0 and "removed" in r.stdout, r.stderr
    r = run("sync", "--remove-folder", str(tmp_path / "s"))
    assert r.returncode == 0 and "removed" in r.stdout, r.stderr
    r = run("sync", "--remove-folder", str(tmp_path / "s"))
    assert r.returncode != 0 and "No sync location" in r.stderr
    with Collection(tmp_path / "d") as c:
        assert c.profile.get()["settings"]["sync_locations"] == []


def _full_disk(monkeypatch, err=None):
    import errno
    import os

    from inspector_app.core import datadir   # bundles are written by datadir.atomic_write_bytes

    def fail(fd):
        raise OSError(err or errno.ENOSPC, os.strerror(err or errno.ENOSPC))
    monkeypatch.setattr(datadir.os, "fsync", fail)


def test_export_to_a_full_stick_leaves_nothing_and_says_so(tmp_path, monkeypatch):
    import errno

    import pytest

    from inspector_app.core.sync.service import ExportFailed
    from sync_support import make_laptop, send
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    add_enterprise(a, "满盘企业")
    stick = tmp_path / "stick"
    stick.mkdir()
    before = a.db.execute("SELECT * FROM sync_peers").fetchall()
    with monkeypatch.context() as m:
        _full_disk(m)
        with pytest.raises(ExportFailed) as err:
            a.sync.export(stick, "district")
        assert "空间已满" in err.value.zh and "full" in err.value.en
        assert list(stick.iterdir()) == []                      # no partial, no hidden temporary file
        assert a.db.execute("SELECT * FROM sync_peers").fetchall() == before
        rep = a.sync.sync_folder(stick)                         # a folder pass reports it and goes on
        assert rep.failed and not rep.exported and list(stick.iterdir()) == []
        _full_disk(m, errno.EIO)                                # the stick pulled out mid-write
        with pytest.raises(ExportFailed) as err:
            a.sync.export(stick, "district")
        assert "拔出" in err.value.zh and "removed" in err.value.en and list(stick.iterdir()) == []
    res = send(a, d, tmp_path)                                  # with space again, nothing was lost
    assert res.status == "applied" and "满盘企业" in {r[0] for r in d.db.execute("SELECT name FROM enterprises")}
    a.close()
    d.close()
