"""Time district-decade demo generation and `inspector check` on it; prints a Markdown table row set.

    cd /work/main && /work/venv/bin/python build/bench_demo.py [--scale district-decade] [--dir /tmp/bench-demo]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inspector_app.core.collection import Collection  # noqa: E402
from inspector_app.core.demo import generate  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", default="district-decade")
    ap.add_argument("--dir", default="/tmp/bench-demo")
    ns = ap.parse_args()
    d = Path(ns.dir)
    shutil.rmtree(d, ignore_errors=True)
    t0 = time.perf_counter()
    with Collection(d) as col:
        result = generate(col, ns.scale, 1, progress=lambda m: print(m, flush=True))
        t_gen = time.perf_counter() - t0
    t_total = time.perf_counter() - t0
    size = sum(f.stat().st_size for f in d.rglob("*") if f.is_file())
    t1 = time.perf_counter()
    rc = subprocess.run([sys.executable, "-m", "inspector_app", "--data-dir", str(d), "check"],
                        cwd=Path(__file__).resolve().parents[1], env=dict(os.environ)).returncode
    t_check = time.perf_counter() - t1
    c = result.counts
    print(f"| {ns.scale} generation ({c['enterprises']:,} enterprises, {c['inspections']:,} inspections, "
          f"{c['answers']:,} answers, {c['hazards']:,} hazards, {c['hazard_events']:,} hazard events) "
          f"| {t_gen:.1f} s (incl. close/checkpoint {t_total:.1f} s) |")
    print(f"| database size | {size / 1e6:.0f} MB |")
    print(f"| `inspector check` on it (exit {rc}) | {t_check:.1f} s |")
    root = Path(__file__).resolve().parents[1]
    out, restored = d.with_name(d.name + "-backup.zip"), d.with_name(d.name + "-restored")
    out.unlink(missing_ok=True)
    shutil.rmtree(restored, ignore_errors=True)
    for label, cmd in (("`inspector backup`", ["--data-dir", str(d), "backup", "--out", str(out)]),
                       ("`inspector restore` into an empty directory", ["--data-dir", str(restored), "restore", str(out)])):
        t = time.perf_counter()
        rc = subprocess.run([sys.executable, "-m", "inspector_app", *cmd], cwd=root).returncode
        print(f"| {label} (exit {rc}) | {time.perf_counter() - t:.1f} s |")
    print(f"| backup file size | {out.stat().st_size / 1e6:.0f} MB |")


if __name__ == "__main__":
    main()
