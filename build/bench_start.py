"""Start-up budget: the app's main window ≤ 3× a bare PySide6 window, measured side by side.

    python build/bench_start.py DATA_DIR [RUNS]   # e.g. a `demo --scale district-decade` directory
    python build/bench_start.py DATA_DIR [RUNS] --frozen dist/inspector-app   # the built app (make dist)

Each run starts a fresh process and stops it once the window is shown and the event loop has run
(INSPECTOR_SMOKE_EXIT_MS=0: the first page's data has been asked for, the window answers input).
The bare baseline is a QApplication with one empty 1280×760 QMainWindow, shown and quit the same way.
Runs alternate (bare, app, bare, app …) so machine load hits both alike; medians are compared. Beside
the wall-clock figures the CPU time of each process (user + system, from the children's rusage) is given:
it moves much less than wall time when other jobs share the machine.

PYTHONDONTWRITEBYTECODE is removed from the children's environment: an installed app has its bytecode
cached (the frozen build ships .pyc files), and compiling every module on each start is not what a user
waits for.

With --frozen the app is the one-folder build's `inspector-gui`, and the baseline the same bare window
frozen by the same PyInstaller (built once into build/out/bench-bare/): both pay the boot loader and the
compressed module archive, which a comparison with the venv's bare window would put on the app alone.
Both run with a minimal environment, as the smoke test does.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1280, 760)
w.show()
print("smoke: main window shown", flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT)
    took = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if "main window shown" not in out.stdout:
        raise SystemExit(f"{cmd} did not show its window:\n{out.stdout}\n{out.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return took, cpu


def frozen_bare() -> Path:
    """The bare window frozen by the venv's PyInstaller (built on first use)."""
    out = ROOT / "build" / "out" / "bench-bare"
    exe = out / "dist" / "bare" / "bare"
    if not exe.exists():
        out.mkdir(parents=True, exist_ok=True)
        (out / "bare.py").write_text(BARE, encoding="utf-8")
        subprocess.run([sys.executable, "-m", "PyInstaller", "--onedir", "--noconfirm", "--log-level", "WARN",
                        "--distpath", str(out / "dist"), "--workpath", str(out / "work"), "--specpath", str(out),
                        "--name", "bare", str(out / "bare.py")], check=True)
    return exe


def main(argv: list[str]) -> int:
    frozen = None
    if "--frozen" in argv:
        i = argv.index("--frozen")
        frozen = Path(argv[i + 1]).resolve()
        argv = argv[:i] + argv[i + 2:]
    data_dir, runs = argv[0], int(argv[1]) if len(argv) > 1 else 5
    if frozen:
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8",
               "QT_QPA_PLATFORM": "offscreen", "INSPECTOR_SMOKE_EXIT_MS": "0"}
        app_cmd = [str(frozen / "inspector-gui"), "--data-dir", str(Path(data_dir).resolve())]
        bare_cmd = [str(frozen_bare())]
    else:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INSPECTOR_SMOKE_EXIT_MS="0")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        app_cmd = [sys.executable, "-m", "inspector_app", "--data-dir", data_dir]
        bare_cmd = [sys.executable, "-c", BARE]
    timed(bare_cmd, env), timed(app_cmd, env)          # warm the page cache
    bare, app = [], []
    for _ in range(runs):
        bare.append(timed(bare_cmd, env))
        app.append(timed(app_cmd, env))
    b, a = statistics.median(w for w, _ in bare), statistics.median(w for w, _ in app)
    bc, ac = statistics.median(c for _, c in bare), statistics.median(c for _, c in app)
    what = "frozen " if frozen else ""
    print(f"{what}bare PySide6 window: median {b * 1000:.0f} ms  ({', '.join(f'{w * 1000:.0f}' for w, _ in bare)}); "
          f"CPU {bc * 1000:.0f} ms")
    print(f"{what}inspector main window: median {a * 1000:.0f} ms  ({', '.join(f'{w * 1000:.0f}' for w, _ in app)}); "
          f"CPU {ac * 1000:.0f} ms")
    print(f"ratio {a / b:.2f} (budget ≤ 3); CPU-time ratio {ac / bc:.2f}; load average {os.getloadavg()[0]:.1f}")
    return 0 if a / b <= 3 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
