"""The real-thread tier: the database worker and the global pool run for real (no immediate mode),
while automatic sync polls every 100 ms a folder that keeps receiving bundles from a district."""

from __future__ import annotations

import threading
import time

import pytest

from inspector_app.ui import workers


@pytest.fixture(autouse=True)
def real_threads(immediate_workers, monkeypatch):
    """Every error dialog is recorded (the list this yields); work runs on real threads."""
    workers.set_immediate(False)
    monkeypatch.setattr("inspector_app.ui.pages.sync_page.POLL_MS", 100)
    yield immediate_workers
    workers.wait_idle(20000)


class FolderFeeder:
    """Another device on another thread: every ~150 ms it adds an enterprise to `township_id` and
    syncs the shared folder (importing what the GUI's device wrote, exporting bundles for it)."""

    def __init__(self, device, township_id: str, folder, name: str = "区级登记企业"):
        self.district, self.township_id, self.folder, self.name = device, township_id, folder, name
        self.stop = threading.Event()
        self.errors: list[BaseException] = []
        self.passes = 0
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        from sync_support import new_uscc
        n = 0
        while not self.stop.is_set():
            try:
                n += 1
                self.district.enterprises.add({"township_id": self.township_id, "name": f"{self.name}{n}",
                                               "uscc": new_uscc(), "address": f"新区路{n}号"})
                self.district.sync.sync_folder(self.folder)
                self.passes += 1
            except Exception as exc:  # noqa: BLE001 - reported by the test
                self.errors.append(exc)
            time.sleep(0.15)

    def __enter__(self) -> "FolderFeeder":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join(30)
