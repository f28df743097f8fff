"""Cost of one password guess against a sealed key file (core.keystore), beside a bare baseline.

    .venv/bin/python build/bench_kdf.py

Prints the seconds per guess with the shipped Argon2id parameters, and for comparison the PBKDF2
(2,048 rounds) of the earlier key files. Record the figures in docs/decisions.md and docs/performance.md.
"""

from __future__ import annotations

import os
import statistics
import time

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from inspector_app.core.keystore import KDF_PARAMS


def _time(fn, n: int) -> float:
    runs = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    salt = os.urandom(16)
    argon = _time(lambda: Argon2id(salt=salt, length=32, **KDF_PARAMS).derive(b"guess-123"), 7)
    pbkdf2 = _time(lambda: PBKDF2HMAC(hashes.SHA256(), 32, salt, 2048).derive(b"guess-123"), 50)
    print(f"Argon2id {KDF_PARAMS}: {argon:.3f} s per guess (median of 7); {1 / argon:.1f} guesses/s per core")
    print(f"baseline PBKDF2-SHA256 2048 rounds (old key files): {pbkdf2 * 1000:.2f} ms per guess; "
          f"ratio {argon / pbkdf2:.0f}x; os.cpu_count()={os.cpu_count()} loadavg={os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
