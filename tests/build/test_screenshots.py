"""docs/screenshots: every picture build/screenshots.py makes is committed in both languages, the index lists
exactly those, and every screenshot link in README.md and the index points to a file that exists."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOTS_DIR = ROOT / "docs" / "screenshots"


def load_script():
    spec = importlib.util.spec_from_file_location("screenshots_script", ROOT / "build" / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_screen_is_committed_in_both_languages():
    script = load_script()
    missing = [f"{lang}/{name}.png" for lang in script.LANGS for name in script.SHOTS
               if not (SHOTS_DIR / lang / f"{name}.png").is_file()]
    assert not missing, f"run python build/screenshots.py: {missing}"
    stale = sorted(str(p.relative_to(SHOTS_DIR)) for p in SHOTS_DIR.glob("*/*.png") if p.stem not in script.SHOTS)
    assert not stale, f"pictures no screen makes any more: {stale}"


def test_index_lists_the_screens(tmp_path):
    script = load_script()
    script.write_index(tmp_path)
    assert (SHOTS_DIR / "README.md").read_text(encoding="utf-8") == (tmp_path / "README.md").read_text(encoding="utf-8")


def test_screenshot_links_point_to_files():
    for doc in (ROOT / "README.md", SHOTS_DIR / "README.md"):
        links = re.findall(r"\]\(([^)\s]+\.png)\)", doc.read_text(encoding="utf-8"))
        assert links, doc
        broken = [link for link in links if not (doc.parent / link).is_file()]
        assert not broken, (doc.name, broken)
