"""Update and compile the GUI translations.

    python build/i18n.py          # lupdate over inspector_app/ui -> i18n/*.ts, fill English, lrelease -> .qm
    python build/i18n.py --check  # fail if the English .ts has unfinished entries

Source strings are Chinese (zh_CN needs no translation file at run time; its .ts is kept for
translators). English comes from build/i18n_en.py (a dict: Chinese source -> English), written into
inspector_en.ts so it has no unfinished entries. The .qm files are committed, so `make run` works
without a build step.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
TS = {"zh_CN": I18N / "inspector_zh_CN.ts", "en": I18N / "inspector_en.ts"}


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (install PySide6)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "inspector_app" / "ui").rglob("*.py"))


def fill_english(path: Path) -> list[str]:
    """Write English from the dict into every message; return sources still missing."""
    sys.path.insert(0, str(ROOT / "build"))
    from i18n_en import EN  # noqa: PLC0415
    tree = ET.parse(path)
    missing = []
    for msg in tree.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if src in EN:
            tr.text = EN[src]
            tr.attrib.pop("type", None)
        elif tr.attrib.get("type") in ("obsolete", "vanished"):
            continue
        else:
            missing.append(src)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def unfinished(path: Path) -> list[str]:
    return [m.findtext("source") for m in ET.parse(path).iter("message")
            if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        left = unfinished(TS["en"])
        for s in left:
            print("unfinished:", s)
        return 1 if left else 0
    I18N.mkdir(exist_ok=True)
    for lang, ts in TS.items():
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-source-language", "zh_CN",
                        "-target-language", lang, "-ts", str(ts)], cwd=ROOT, check=True)
    missing = fill_english(TS["en"])
    for ts in TS.values():
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True, capture_output=True)
    if missing:
        print(f"{len(missing)} strings without English (add them to build/i18n_en.py):")
        for s in missing:
            print(f"    {s!r}: '',")
        return 1
    print("translations up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
