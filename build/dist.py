"""Build the one-folder app into dist/<name>/ (what `make dist` runs).

1. compile forms and translations when the GUI's scripts exist (build/forms.py, build/i18n.py —
   the latter also refreshes i18n/*.ts and the committed i18n/*.qm from the sources);
2. run PyInstaller on installer.spec (work files in build/out/, both git-ignored).
Usage: python build/dist.py [--skip-compile]
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def compile_sources() -> None:
    for script in ("forms.py", "i18n.py"):
        path = ROOT / "build" / script
        if path.exists():
            print(f"== {path.relative_to(ROOT)}", flush=True)
            rc = subprocess.run([sys.executable, str(path)], cwd=ROOT).returncode
            if rc != 0:  # e.g. English missing for new strings: tests/ui fail on that; still build
                print(f"== WARNING: build/{script} exited {rc}; bundling the files it left", flush=True)
        else:
            print(f"== build/{script} not present: nothing to compile", flush=True)


def main(argv: list[str]) -> int:
    if "--skip-compile" not in argv:
        compile_sources()
    start = time.monotonic()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "out"),
           str(ROOT / "installer.spec")]
    print("== " + " ".join(cmd), flush=True)
    rc = subprocess.run(cmd, cwd=ROOT).returncode
    print(f"== PyInstaller finished in {time.monotonic() - start:.0f} s (exit {rc})", flush=True)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
