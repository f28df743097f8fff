"""Times on screen are this computer's local time (core.clock.local_text), whatever offset a record was written
with: an inspection started at 23:30 UTC on a laptop set to UTC shows as 07:30 the next day in Beijing."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "inspector_app" / "ui"


@pytest.fixture
def beijing(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_lists_show_local_time(qtbot, window, col, enterprise, beijing):
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳",
                                 started_at="2026-11-30T23:30:00.000+00:00").id
    assert col.inspections.get(insp)["started_at"].startswith("2026-11-30T23:30")
    page = window.show_page("inspection")
    page.refresh()
    assert page.resume_list.item(0).text().endswith("2026-12-01 07:30")
    today = window.show_page("today")
    today.refresh()
    assert today.in_progress.item(0).text().endswith("2026-12-01 07:30")
    from inspector_app.ui.pages.enterprises import enterprise_detail_html
    assert "2026-12-01" in enterprise_detail_html(col, enterprise["id"])


def test_no_timestamp_is_cut_to_its_first_characters_in_the_ui():
    """`row['started_at'][:16]` shows the writer's clock, not ours: the UI formats times with clock.local_text."""
    sliced = re.compile(r"\[:1[0-9]\]")
    timestamp = re.compile(r"""_at\b|\[['"]at['"]\]|\(['"]at['"]""")
    found = [f"{p.name}:{n}" for p in UI.rglob("*.py")
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if sliced.search(line) and timestamp.search(line)]
    assert not found, found
