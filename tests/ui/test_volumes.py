"""USB sticks are found through Qt's QStorageInfo (label, ready state), listed off the UI thread."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from inspector_app.core.sync.locations import Volume


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the root filesystem is / on Linux")
def test_mounted_volumes_come_from_qstorageinfo():
    from inspector_app.ui.volumes import mounted_volumes
    roots = {v.root: v for v in mounted_volumes()}
    assert Path("/") in roots and roots[Path("/")].ready


def _page(qtbot, col, monkeypatch, volumes, seen_threads=None):
    from inspector_app.ui.pages import sync_page

    def fake_volumes():
        if seen_threads is not None:
            seen_threads.append(threading.current_thread())
        return volumes
    monkeypatch.setattr(sync_page, "mounted_volumes", fake_volumes)
    page = sync_page.SyncPage(col)
    qtbot.addWidget(page)
    page.timer.stop()
    return page


def _location_lines(page):
    return [page.locations.item(i).text() for i in range(page.locations.count())]


def test_a_stick_with_the_configured_label_is_shown_connected_and_synced(qtbot, col, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    col.sync.add_location(label="INSPECT01")
    volumes = [Volume(tmp_path / "other", "BACKUP"), Volume(stick, "INSPECT01")]
    page = _page(qtbot, col, monkeypatch, volumes)
    page.show()
    page.refresh()
    assert any("INSPECT01" in t and "已连接" in t for t in _location_lines(page))
    synced = []
    monkeypatch.setattr(page, "sync_folders", lambda folders, manual=True: synced.append((list(folders), manual)))
    page.sync_available()
    assert synced == [([stick / "inspector-sync"], True)]


def test_a_stick_that_is_not_ready_is_not_used(qtbot, col, tmp_path, monkeypatch):
    col.sync.add_location(label="INSPECT01")
    page = _page(qtbot, col, monkeypatch, [Volume(tmp_path, "INSPECT01", ready=False)])
    page.show()
    page.refresh()
    assert any("INSPECT01" in t and "未连接" in t for t in _location_lines(page))
    page.sync_available()
    assert "没有已连接的同步位置" in page.history.item(0).text()


def test_volumes_are_listed_on_a_worker_thread(qtbot, col, tmp_path, monkeypatch):
    from inspector_app.ui import workers
    stick = tmp_path / "stick"
    stick.mkdir()
    col.sync.add_location(label="INSPECT01")
    threads: list[threading.Thread] = []
    page = _page(qtbot, col, monkeypatch, [Volume(stick, "INSPECT01")], threads)
    workers.set_immediate(False)           # the real thread pool, as in the app
    try:
        page.show()
        page.refresh()
        qtbot.waitUntil(lambda: bool(page.reach) and not page.scanning, timeout=10000)
    finally:
        workers.wait_idle()
        workers.set_immediate(True)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert any("INSPECT01" in t and "已连接" in t for t in _location_lines(page))
