"""Smoke test of the frozen one-folder build (what `make smoke` runs after `make dist`).

Every step runs an executable from dist/<name>/ in an empty temporary folder with a minimal
environment (env -i style: no PYTHONPATH, no virtualenv, only PATH/HOME/LANG and
QT_QPA_PLATFORM=offscreen), so nothing can come from the source tree. The harness itself (this script,
in the development venv) only reads the laptop's database to pick an inspection and draws a signature
PNG with Pillow. Exit status 0 only when no step failed.

Usage: python build/smoke_frozen.py [--app-dir dist/inspector-app]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))
import spec_data  # noqa: E402  (reads pyproject.toml only)

EXE = ".exe" if sys.platform == "win32" else ""
SHOTS = ROOT / "build" / "out" / "smoke"  # screenshots of the frozen GUI (git-ignored), to look at


class Smoke:
    def __init__(self, app_dir: Path, work: Path) -> None:
        self.app_dir = app_dir
        self.work = work
        self.results: list[tuple[str, str, str]] = []
        home = work / "home"
        home.mkdir()
        self.env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
                    "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(work),
                    "INSPECTOR_PASSWORD": "smoke-test-Passw0rd"}  # unattended key unlock, as scripts do
        if sys.platform == "win32":  # Windows needs its system variables to start processes at all
            self.env.update({k: os.environ[k] for k in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP") if k in os.environ})

    def run(self, exe: str, *args: str, timeout: float = 120, extra_env: dict | None = None):
        cmd = [str(self.app_dir / (exe + EXE)), *args]
        env = dict(self.env, **(extra_env or {}))
        start = time.perf_counter()
        p = subprocess.run(cmd, cwd=self.work, env=env, capture_output=True, text=True, timeout=timeout)
        p.seconds = time.perf_counter() - start
        return p

    def record(self, step: str, status: str, detail: str = "") -> None:
        self.results.append((step, status, detail))
        print(f"{status:<20} {step}{'  — ' + detail if detail else ''}", flush=True)

    def check(self, step: str, p, ok: bool | None = None, detail: str = "") -> bool:
        ok = (p.returncode == 0) if ok is None else ok
        if ok:
            self.record(step, "PASS", detail or f"{p.seconds:.2f} s")
        else:
            tail = (p.stdout + p.stderr).strip()[-1500:]
            self.record(step, "FAIL", f"exit {p.returncode}\n{tail}")
        return ok


def steps(s: Smoke) -> None:
    version = spec_data.project()["version"]
    lap = ["--data-dir", str(s.work / "laptop")]
    dist = ["--data-dir", str(s.work / "district")]

    p = s.run("inspector", "--version")
    s.check("inspector --version", p, p.returncode == 0 and version in p.stdout,
            f"{p.stdout.strip()!r} in {p.seconds:.2f} s")

    # The district office first: its card is what the laptop's export is addressed to.
    p = s.run("inspector", *dist, "init", "--role", "district", "--name", "李四", "--cert-no", "D-001",
              "--unit", "示例区应急管理局", "--district", "示例区")
    s.check("init (district)", p)
    p = s.run("inspector", *lap, "init", "--role", "inspector", "--name", "张三", "--cert-no", "T-001",
              "--unit", "示例镇安全生产监督管理办公室", "--township", "示例镇", "--district", "示例区")
    s.check("init (inspector)", p)

    p = s.run("inspector", *lap, "demo", "--scale", "small", timeout=300)
    s.check("demo --scale small", p)
    p = s.run("inspector", *lap, "check")
    s.check("check (integrity + audit chain)", p)

    bundled = sorted((s.app_dir / "_internal" / "resources" / "checklists").glob("*.toml"))
    p = s.run("inspector", *lap, "checklists", "list")
    s.check("checklists list (bundled checklists/*.toml)", p,
            p.returncode == 0 and len(bundled) >= 5 and all(f.stem in p.stdout for f in bundled),
            f"{len(bundled)} checklists in {p.seconds:.2f} s")
    p = s.run("inspector", *lap, "checklists", "validate", *map(str, bundled))
    s.check("checklists validate (the bundled files)", p, p.returncode == 0 and bool(bundled))

    issue_and_render_notice(s, lap)

    card = s.work / "district-card.json"
    p = s.run("inspector", *dist, "district", "card", "--out", str(card))
    if s.check("district card", p):
        p = s.run("inspector", *lap, "sync", "--trust", str(card))
        s.check("sync --trust (laptop trusts the district)", p)
        bundle = s.work / "bundle"
        p = s.run("inspector", *lap, "export", "--out", str(bundle))
        if s.check("export", p, p.returncode == 0 and bundle.exists() and bundle.stat().st_size > 0):
            files = [bundle] if bundle.is_file() else sorted(bundle.iterdir())
            p = s.run("inspector", *dist, "import", *map(str, files))
            # 3 = quarantined until the district approves the new laptop: decrypted and verified.
            s.check("import at the district (0 applied / 3 quarantined for approval)", p, p.returncode in (0, 3))

    bundled_files(s)
    gui_smoke(s, lap)
    gui_smoke(s, lap, "--lang", "en")
    gui_without_system_fonts(s, lap)


def bundled_files(s: Smoke) -> None:
    """Every file the spec globs (resources/, i18n/*.qm) is in the folder at the same relative path."""
    internal = s.app_dir / "_internal"
    if not internal.is_dir():  # macOS .app layouts differ; the app steps cover it there
        internal = s.app_dir
    missing = [f"{dest}/{Path(src).name}" for src, dest in spec_data.datas()
               if not (internal / dest / Path(src).name).is_file()]
    qm = sorted(p.name for p in (internal / "i18n").glob("*.qm"))
    s.record("bundled resources and translations", "FAIL" if missing else "PASS",
             f"missing: {missing[:10]}" if missing else
             f"{len(spec_data.datas())} files; translations {', '.join(qm) or 'none yet'}")
    accel = sorted(p.name for p in internal.rglob("_rl_accel*"))   # imported by reportlab through exec()
    s.record("reportlab's C accelerators bundled", "PASS" if accel else "FAIL", ", ".join(accel) or "missing")
    # PyInstaller adds a runtime hook that imports pkg_resources at every start (~0.18 s) when setuptools
    # is in the build (spec_data.EXCLUDES keeps it out); its cross-reference lists the hooks it ran.
    xref = ROOT / "build" / "out" / "installer" / "xref-installer.html"
    if xref.exists():
        hooks = sorted(set(re.findall(r"pyi_rth_\w+", xref.read_text(encoding="utf-8", errors="replace"))))
        s.record("no pkg_resources imported at start", "FAIL" if "pyi_rth_pkgres" in hooks else "PASS",
                 "runtime hooks: " + ", ".join(hooks))


def issue_and_render_notice(s: Smoke, lap: list[str]) -> None:
    """keys init, serial block, draft a notice for a demo inspection, sign, issue (PAdES + QR), render,
    check the embedded CJK font and the extracted Chinese, and verify the PDF with the frozen app."""
    step = "documents render (embedded CJK font)"
    db = s.work / "laptop" / "inspector.db"
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT h.inspection_id FROM hazards h JOIN inspections i ON i.id = h.inspection_id"
                           " WHERE h.state='open' AND i.status='completed' ORDER BY h.found_on DESC LIMIT 1").fetchone()
    if not row:
        s.record(step, "FAIL", "the demo data has no inspection with an open hazard")
        return
    pw = s.work / "password.txt"
    pw.write_text("smoke-test-Passw0rd", encoding="utf-8")
    sig = s.work / "signature.png"
    from PIL import Image, ImageDraw
    im = Image.new("RGBA", (400, 120), (0, 0, 0, 0))
    ImageDraw.Draw(im).line([(20, 90), (120, 30), (220, 80), (380, 25)], fill=(0, 0, 0, 255), width=5)
    im.save(sig)
    for name, args in (("keys init", ["keys", "init", "--password-file", str(pw)]),
                       ("documents serial-block", ["documents", "serial-block", "--start", "1", "--end", "50"])):
        if not s.check(name, s.run("inspector", *lap, *args)):
            return
    p = s.run("inspector", *lap, "documents", "draft", "rectification_notice", "--inspection", row[0],
              "--deadline", "all=2030-12-31")
    if not s.check("documents draft rectification_notice", p):
        return
    doc = p.stdout.strip().splitlines()[-1]
    for role, args in (("inspector1", ["--png", str(sig)]), ("inspector2", ["--png", str(sig)]),
                       ("enterprise", ["--refused-witness", "赵六", "--witness-png", str(sig),
                                       "--reason", "负责人拒绝签字"])):   # 拒签: the witness signs on screen
        if not s.check(f"documents sign {role}", s.run("inspector", *lap, "documents", "sign", doc, role, *args)):
            return
    p = s.run("inspector", *lap, "documents", "issue", doc, "--password-file", str(pw))
    if not s.check("documents issue (PAdES signature, QR)", p):
        return
    doc_no = p.stdout.strip().splitlines()[-1]
    out = s.work / "notice.pdf"
    p = s.run("inspector", *lap, "documents", "render", doc_no, "--out", str(out))
    if not s.check(f"documents render {doc_no}", p, p.returncode == 0 and out.exists()):
        return
    if not shutil.which("pdffonts"):
        s.record(step, "FAIL", "pdffonts not installed (poppler-utils)")
        return
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    embedded = embedded_fonts(fonts)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    ok = bool(embedded) and cjk > 0 and "整改" in text
    s.record(step, "PASS" if ok else "FAIL",
             f"embedded {', '.join(embedded)}; {cjk} Chinese characters extracted" if ok
             else f"embedded fonts {embedded}, {cjk} Chinese characters extracted:\n{fonts}")
    p = s.run("inspector", *lap, "verify", str(out))
    s.check("verify the issued PDF (PAdES + local record)", p)


def embedded_fonts(pdffonts_output: str) -> list[str]:
    """Names of the fonts pdffonts lists as embedded (columns located by the dashed header rule)."""
    lines = pdffonts_output.splitlines()
    if len(lines) < 2:
        return []
    spans, pos = [], 0
    for dashes in lines[1].split(" "):
        if dashes:
            spans.append((pos, pos + len(dashes)))
        pos += len(dashes) + 1
    header = [lines[0][a:b].strip() for a, b in spans]
    if "emb" not in header:
        return []
    emb = spans[header.index("emb")]
    return [line[spans[0][0]:spans[0][1]].strip() for line in lines[2:]
            if line[emb[0]:emb[1]].strip() == "yes"]


def gui_smoke(s: Smoke, lap: list[str], *extra: str, env: dict | None = None, name: str = "") -> Path | None:
    """Start the console-less GUI executable offscreen; ui/app.py quits after the window is shown.
    Returns the screenshot when the step passed."""
    step = "GUI starts offscreen, shows the main window, quits" + (f" ({' '.join(extra)})" if extra else "") + name
    slug = "-".join([a.strip("-") for a in extra] + name.strip(" ()").split())
    shot = SHOTS / f"frozen-gui{'-' + slug if slug else ''}.png"
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot.unlink(missing_ok=True)
    start = time.perf_counter()
    try:
        p = s.run("inspector-gui", *lap, *extra, timeout=60, extra_env={
            "INSPECTOR_SMOKE_EXIT_MS": "300", "INSPECTOR_SMOKE_SCREENSHOT": str(shot), **(env or {})})
    except subprocess.TimeoutExpired:
        s.record(step, "FAIL", "did not quit within 60 s (INSPECTOR_SMOKE_EXIT_MS not handled?)")
        return None
    shown = "smoke: main window shown" in p.stdout
    log = s.work / "laptop" / "inspector-gui.log"  # ui/errors.py logs unexpected exceptions here
    logged = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    if "Traceback" in p.stderr + logged or " ERROR " in logged:
        s.record(step, "FAIL", "the GUI reported an error:\n" + (p.stderr + logged)[-1500:])
        return None
    ok_text = "OK" if "en" in extra else "确定"
    if shown and f"smoke: Qt's OK button reads {ok_text}" not in p.stdout:
        s.record(step, "FAIL", f"Qt's own translations not loaded (expected {ok_text}):\n{p.stdout[-500:]}")
        return None
    ok = s.check(step, p, p.returncode == 0 and shown,
                 f"{time.perf_counter() - start - 0.3:.2f} s to the window (exit after +0.3 s); "
                 f"screenshot {shot.relative_to(ROOT) if shot.exists() else 'not taken'}")
    return shot if ok and shot.exists() else None


NO_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def gui_without_system_fonts(s: Smoke, lap: list[str]) -> None:
    """The window drawn while fontconfig sees no font at all is pixel for pixel the usual one: the GUI
    uses only the font in the folder."""
    step = "GUI identical when the machine has no fonts"
    if sys.platform != "linux":
        s.record(step, "SKIPPED-not-linux", "fontconfig stand-in is Linux only")
        return
    conf = s.work / "no-fonts.conf"
    conf.write_text(NO_FONTS_CONF.format(cache=s.work / "fc-cache"), encoding="utf-8")
    usual = gui_smoke(s, lap, name=" (usual fonts)")
    bare = gui_smoke(s, lap, env={"FONTCONFIG_FILE": str(conf)}, name=" (no fonts)")
    if not (usual and bare):
        s.record(step, "FAIL", "a screenshot is missing")
        return
    from PIL import Image, ImageChops
    a, b = Image.open(usual).convert("RGB"), Image.open(bare).convert("RGB")
    same = a.size == b.size and ImageChops.difference(a, b).getbbox() is None
    s.record(step, "PASS" if same else "FAIL", f"{bare.relative_to(ROOT)} vs {usual.relative_to(ROOT)}"
             + ("" if same else ": the pictures differ"))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--app-dir", type=Path, default=ROOT / "dist" / spec_data.project()["name"])
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args(argv)
    app_dir = args.app_dir.resolve()
    if not (app_dir / ("inspector" + EXE)).exists():
        print(f"no build at {app_dir}: run `make dist` first", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="inspector-smoke-"))
    s = Smoke(app_dir, work)
    try:
        steps(s)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    failed = [r for r in s.results if r[1] == "FAIL"]
    print(f"\n{len(s.results) - len(failed)} passed, {len(failed)} failed"
          f" (folder {app_dir}, {folder_mb(app_dir):.0f} MB)")
    return 1 if failed else 0


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
