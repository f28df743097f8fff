"""Profile settings are one JSON value written by several threads (the GUI's privacy switch, the database
worker's serial block, sync locations, signing keys, colleagues): updating two settings at once keeps both."""

from __future__ import annotations

import threading


def test_settings_updated_on_two_threads_keep_both(col, monkeypatch):
    """The worker reads the settings to add its serial block; the GUI thread switches GPS stripping on meanwhile.
    Each update reads and writes the settings as one step, so neither overwrites the other (the read was outside
    the write's transaction: the worker wrote back the settings it had read, and the switch was lost)."""
    profile_cls = type(col.profile)
    original = profile_cls.get
    read, wrote = threading.Event(), threading.Event()

    def get(self):
        prof = original(self)
        if threading.current_thread().name == "worker" and not read.is_set():
            read.set()
            wrote.wait(1)      # the other thread's update comes in here unless the read holds the lock
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

    worker = threading.Thread(target=run(lambda: col.documents.set_serial_block(1, 50)), name="worker")
    worker.start()
    assert read.wait(10)
    gui = threading.Thread(target=run(lambda: (col.attachments.set_strip_gps(True), wrote.set())), name="gui")
    gui.start()
    worker.join(10)
    gui.join(10)
    assert not worker.is_alive() and not gui.is_alive() and not errors, errors
    settings = col.profile.get()["settings"]
    assert settings.get("strip_photo_gps") is True, settings
    assert (settings.get("serial_block") or {}).get("first") == 1, settings
