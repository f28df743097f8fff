"""Long work reports progress and can be cancelled, changing nothing: backup, restore, demo data."""

from __future__ import annotations

import pytest

from inspector_app.core import backup
from inspector_app.core.collection import Collection
from inspector_app.core.demo import generate
from inspector_app.core.progress import Cancelled, Progress


def _cancel_after(n: int) -> tuple[Progress, list]:
    seen: list = []

    def report(done, total, text):
        seen.append((done, total, text))
        if len(seen) >= n:
            progress.cancel()

    progress = Progress(report)
    return progress, seen


def test_backup_reports_each_file_and_cancelling_leaves_no_file(col, enterprise, tmp_path):
    out = tmp_path / "b.zip"
    seen: list = []
    backup.create(col, out, Progress(lambda d, t, x: seen.append((d, t))))
    assert out.exists() and seen[-1][0] == seen[-1][1] and len(seen) >= 2
    out2 = tmp_path / "c.zip"
    progress, _ = _cancel_after(1)
    with pytest.raises(Cancelled):
        backup.create(col, out2, progress)
    assert not out2.exists() and not list(tmp_path.glob(".c.zip*"))


def test_restore_cancelled_changes_nothing(col, enterprise, tmp_path):
    out = tmp_path / "b.zip"
    backup.create(col, out)
    target = tmp_path / "restored"
    progress, seen = _cancel_after(1)
    with pytest.raises(Cancelled):
        backup.restore(out, target, progress=progress)
    assert seen and not (target / "inspector.db").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".restored")]


def test_demo_cancelled_rolls_back(data_dir):
    with Collection(data_dir) as c:
        c.profile.init(role="inspector", name="张伟", cert_no="1", unit="城关街道应急管理办公室",
                       township="城关街道", township_code="370899001")
        progress, seen = _cancel_after(1)
        with pytest.raises(Cancelled):
            generate(c, "small", 3, progress=progress)
        assert seen and c.enterprises.count() == 0
