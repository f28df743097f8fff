"""Update and compile the GUI translations (the translator workflow: docs/translations.md).

    python build/i18n.py          # pyside6-lupdate over inspector_app/ui -> i18n/*.ts, pyside6-lrelease -> .qm
    python build/i18n.py --check  # fail if, after an lupdate, the English .ts has strings without English,
                                  # or a committed .qm is not what its .ts compiles to

Source strings are Chinese (zh_CN needs no translation file at run time; its .ts is kept for translators).
English lives in i18n/inspector_en.ts and is edited there with Qt Linguist (pyside6-linguist). lupdate keeps
every existing translation and adds new source strings as unfinished; nothing here writes a translation.
The .qm files are committed, so `make run` works without a build step.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
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


def lupdate(lang: str, ts: Path) -> None:
    """Add new source strings to `ts` as unfinished, keep every translation it has."""
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-source-language", "zh_CN", "-target-language", lang,
                    "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True)


def unfinished(path: Path) -> list[str]:
    """Source strings still used by the code whose translation is missing or marked unfinished."""
    out = []
    for msg in ET.parse(path).iter("message"):
        tr = msg.find("translation")
        kind = tr.get("type") if tr is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        if kind == "unfinished" or not (tr is not None and (tr.text or tr.findall("numerusform"))):
            out.append(msg.findtext("source") or "")
    return out


def check() -> int:
    """lupdate a copy of the English .ts (the committed file stays as it is) and list what lacks English."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / TS["en"].name
        shutil.copy(TS["en"], ts)
        lupdate("en", ts)
        left = unfinished(ts)
        stale = []
        for ts_file in TS.values():
            qm = Path(tmp) / ts_file.with_suffix(".qm").name
            lrelease(ts_file, qm)
            if not ts_file.with_suffix(".qm").is_file() or qm.read_bytes() != ts_file.with_suffix(".qm").read_bytes():
                stale.append(ts_file.with_suffix(".qm").name)
    for s in left:
        print("without English:", s)
    if left:
        print(f"{len(left)} strings need English: run `make i18n`, translate them in i18n/inspector_en.ts "
              "(docs/translations.md), then `make i18n` again")
    for name in stale:
        print(f"i18n/{name} is not compiled from its .ts: run `make i18n` and commit it")
    return 1 if left or stale else 0


def main(argv: list[str]) -> int:
    if "--check" in argv:
        return check()
    I18N.mkdir(exist_ok=True)
    for lang, ts in TS.items():
        lupdate(lang, ts)
        lrelease(ts, ts.with_suffix(".qm"))
    left = unfinished(TS["en"])
    if left:
        print(f"{len(left)} strings without English, marked unfinished in {TS['en'].relative_to(ROOT)}:")
        for s in left:
            print("   ", s)
        return 1
    print("translations up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
