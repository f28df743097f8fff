"""Profile settings are one JSON value written by several threads (the GUI's privacy switch, the database
worker's serial block, sync locations, signing keys, colleagues): updating two settings at once keeps both."""

from __future__ import annotations

import threading


def test_settings_updated_on_two_threads_keep_both(col, monkeypatch):
    """The worker reads the settings to add its serial block; the GUI thread switches GPS stripping on meanwhile.
    Each update reads and writes the settings as one step, so neither overwrites the other (the read was outside
    the write's transaction: the worker wrote back the settings it had read, and the switch was lost)."""
    errors = _interleaved(col, monkeypatch, lambda: col.documents.set_serial_block(1, 50),
                          lambda: col.attachments.set_strip_gps(True))
    assert not errors, errors
    settings = col.profile.get()["settings"]
    assert settings.get("strip_photo_gps") is True, settings
    assert (settings.get("serial_block") or {}).get("first") == 1, settings


def _interleaved(col, monkeypatch, first, second) -> list[BaseException]:
    """`first` runs on a thread that pauses after its first read of the profile; `second` runs meanwhile."""
    profile_cls = type(col.profile)
    original = profile_cls.get
    read, wrote = threading.Event(), threading.Event()

    def get(self):
        prof = original(self)
        if threading.current_thread().name == "first" and not read.is_set():
            read.set()
            wrote.wait(1)
        return prof

    monkeypatch.setattr(profile_cls, "get", get)
    errors: list[BaseException] = []

    def run(fn):
        def target():
            try:
                fn()
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
        return target

    one = threading.Thread(target=run(first), name="first")
    one.start()
    assert read.wait(10)
    two = threading.Thread(target=run(lambda: (second(), wrote.set())), name="second")
    two.start()
    one.join(10)
    two.join(10)
    assert not one.is_alive() and not two.is_alive()
    return errors


def test_known_keys_and_sync_locations_updated_at_once_keep_both(col, tmp_path, monkeypatch):
    """A signing key is created in the GUI while a sync records the district's inspectors' keys; two sync
    folders are added at once: each list was read outside the lock and written back whole, so one change was
    lost. Now each is read and written as one step."""
    from tests.core.test_documents import PASSWORD
    district_key = "02" + "ab" * 32
    errors = _interleaved(col, monkeypatch, lambda: col.keys.add_known({district_key: "李娜"}),
                          lambda: col.keys.init(PASSWORD))
    assert not errors, errors
    known = col.profile.get()["settings"]["known_keys"]
    assert known.get(district_key) == "李娜" and col.profile.get()["settings"]["signing_public_key"] in known, known
    monkeypatch.undo()
    errors = _interleaved(col, monkeypatch, lambda: col.sync.add_location(path=str(tmp_path / "a")),
                          lambda: col.sync.add_location(path=str(tmp_path / "b")))
    assert not errors, errors
    paths = {loc.get("path") for loc in col.profile.get()["settings"]["sync_locations"]}
    assert paths == {str(tmp_path / "a"), str(tmp_path / "b")}, paths
