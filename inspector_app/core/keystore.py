"""Private keys at rest: every key file is sealed with AES-256-GCM under a key derived by Argon2id.

Key file (JSON, mode 0600):
  {"format": "inspector-key", "version": 1, "label": ..., "public": hex,
   "kdf": {"name": "argon2id", "memory_cost": KiB, "iterations": n, "lanes": n, "salt": hex}
          or {"name": "keyring", "service": ..., "account": ...},
   "nonce": hex, "ciphertext": base64 (unencrypted PKCS#8 DER)}
Everything but the ciphertext is authenticated as AAD, so a changed parameter is a damaged file.

Secrets: a password (Argon2id, parameters in docs/decisions.md) or, for a laptop's sync keys, a random
32-byte secret kept in the operating system's keyring when a real keyring backend exists.

The password of this process: `set_password()` (CLI options, the GUI's once-per-session dialog), else the
environment variable INSPECTOR_PASSWORD, else the prompt installed with `set_prompt()` (a terminal).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from inspector_app.core.errors import InspectorError, ValidationError

FORMAT = "inspector-key"
MIN_PASSWORD = 8
ENV_PASSWORD = "INSPECTOR_PASSWORD"
# Calibrated on the development machine to ≥ 0.1 s per guess (docs/decisions.md, build/bench_kdf.py).
KDF_PARAMS: dict[str, int] = {"memory_cost": 65536, "iterations": 3, "lanes": 1}
KEYRING_SERVICE = "inspector-app"

_password: str | None = None
_prompt: Callable[[str, str], str | None] | None = None


class WrongPassword(InspectorError):
    """The password does not open the key file; nothing was changed."""


class KeyFileDamaged(InspectorError):
    """The key file is unreadable; the message says how to recover."""

    exit_code = 2


class PasswordNeeded(InspectorError):
    """A key must be unlocked and no password was given."""

    exit_code = 2


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"密码至少{MIN_PASSWORD}位", f"The password needs at least {MIN_PASSWORD} characters",
                              field="password")


# ------------------------------------------------------------------ the process's password
def set_password(password: str | None) -> None:
    """Remember the password for this process (memory only); None forgets it."""
    global _password
    _password = password or None


def set_prompt(prompt: Callable[[str, str], str | None] | None) -> None:
    """A function (zh, en) -> password asked from the user, used when no password was given."""
    global _prompt
    _prompt = prompt


def has_password() -> bool:
    return bool(_password or os.environ.get(ENV_PASSWORD))


def password(what_zh: str, what_en: str) -> str:
    """The password to unlock `what`: given, INSPECTOR_PASSWORD, else asked; PasswordNeeded otherwise."""
    if _password:
        return _password
    if os.environ.get(ENV_PASSWORD):
        return os.environ[ENV_PASSWORD]
    if _prompt is not None:
        answer = _prompt(f"{what_zh}的密码：", f"Password for the {what_en}: ")
        if answer:
            return answer
    raise PasswordNeeded(
        f"{what_zh}受密码保护：请用 --password-env 变量名 或 --password-file 文件 提供密码，或设置环境变量 {ENV_PASSWORD}。",
        f"The {what_en} is password-protected: give the password with --password-env VAR or --password-file FILE, "
        f"or set {ENV_PASSWORD}.")


# ------------------------------------------------------------------ operating-system keyring
def os_keyring() -> Any | None:
    """The keyring backend when a real one exists (Windows Credential Locker, macOS Keychain, Secret Service);
    None on a system without one, or when INSPECTOR_KEYRING=0."""
    if os.environ.get("INSPECTOR_KEYRING", "1") == "0":
        return None
    try:
        import keyring
        from keyring.backends import chainer, fail
        kr = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - no usable keyring is a normal situation
        return None
    if isinstance(kr, fail.Keyring) or type(kr).__module__.startswith(("keyring.backends.null", "keyrings.alt")):
        return None
    if isinstance(kr, chainer.ChainerBackend) and not kr.backends:
        return None
    return kr


# ------------------------------------------------------------------ sealing
def _aad(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()


def _kek(kdf: dict[str, Any], secret: str | bytes) -> bytes:
    if kdf["name"] == "keyring":
        assert isinstance(secret, bytes)
        return secret
    assert isinstance(secret, str)
    return Argon2id(salt=bytes.fromhex(kdf["salt"]), length=32, iterations=int(kdf["iterations"]),
                    lanes=int(kdf["lanes"]), memory_cost=int(kdf["memory_cost"])).derive(secret.encode("utf-8"))


def public_hex(key: Any) -> str:
    pub = key.public_key()
    try:
        return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    except ValueError:
        return pub.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.CompressedPoint).hex()


def seal(key: Any, secret: str | bytes, *, label: str, keyring_account: str = "") -> bytes:
    """The key file bytes for `key` under a password (str) or a keyring secret (bytes)."""
    if isinstance(secret, str):
        check_new_password(secret)
        kdf: dict[str, Any] = {"name": "argon2id", **KDF_PARAMS, "salt": secrets.token_hex(16)}
    else:
        kdf = {"name": "keyring", "service": KEYRING_SERVICE, "account": keyring_account}
    nonce = os.urandom(12)
    header = {"format": FORMAT, "version": 1, "label": label, "public": public_hex(key), "kdf": kdf,
              "nonce": nonce.hex()}
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    ct = AESGCM(_kek(kdf, secret)).encrypt(nonce, der, _aad(header))
    return json.dumps(dict(header, ciphertext=base64.b64encode(ct).decode()), indent=1).encode()


def header(path: Path) -> dict[str, Any]:
    """The authenticated-on-open header of a key file (public key, KDF); KeyFileDamaged if unreadable."""
    try:
        doc = json.loads(Path(path).read_bytes())
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != 1:
            raise ValueError
        bytes.fromhex(doc["public"])
        bytes.fromhex(doc["nonce"])
        if doc["kdf"]["name"] not in ("argon2id", "keyring"):
            raise ValueError
        return doc
    except (OSError, ValueError, KeyError, TypeError):
        raise damaged(path) from None


def damaged(path: Path) -> KeyFileDamaged:
    return KeyFileDamaged(
        f"密钥文件“{Path(path).name}”已损坏，无法读取（数据未受影响）。恢复办法：把它移走后重新建立密钥——签章密钥用"
        f"“设置”或 inspector keys init --force；同步密钥会自动新建，随后须由区局重新批准本机（重新登记）。",
        f"The key file '{Path(path).name}' is damaged and cannot be read (no data was affected). To recover, move it "
        f"away and create the key again — the signing key in Settings or with `inspector keys init --force`; sync "
        f"keys are created anew and the district must approve this laptop again (re-enrol).")


def wrong_password(what_zh: str, what_en: str) -> WrongPassword:
    return WrongPassword(f"{what_zh}的密码错误（未做任何修改）。如确认密码无误，则密钥文件已被改动，须重新建立密钥。",
                         f"Wrong password for the {what_en} (nothing was changed). If the password is right, the key "
                         f"file was altered and the key must be created again.")


def open_key(path: Path, secret: str | bytes, *, what_zh: str, what_en: str) -> Any:
    """Decrypt a key file; WrongPassword or KeyFileDamaged, never a half-read key."""
    doc = header(path)
    try:
        ct = base64.b64decode(doc["ciphertext"], validate=True)
        kek = _kek(doc["kdf"], secret)
    except (ValueError, KeyError, TypeError):
        raise damaged(path) from None
    head = {k: v for k, v in doc.items() if k != "ciphertext"}
    try:
        der = AESGCM(kek).decrypt(bytes.fromhex(doc["nonce"]), ct, _aad(head))
    except InvalidTag:
        if doc["kdf"]["name"] == "keyring":
            raise KeyFileDamaged(
                f"{what_zh}无法用系统钥匙串中的密钥解开（文件被改动，或来自另一台电脑的备份）。恢复办法：移走 "
                f"{Path(path).parent.name}/ 文件夹，本机会新建同步密钥，再请区局重新批准本机。",
                f"The {what_en} does not open with the secret in the system keyring (the file was changed, or it comes "
                f"from another computer's backup). To recover, move the {Path(path).parent.name}/ folder away; this "
                f"laptop creates new sync keys and the district approves it again.") from None
        raise wrong_password(what_zh, what_en) from None
    try:
        key = serialization.load_der_private_key(der, None)
    except (ValueError, TypeError):
        raise damaged(path) from None
    if public_hex(key) != doc["public"]:
        raise damaged(path)
    return key


def write_key(path: Path, key: Any, secret: str | bytes, *, label: str, keyring_account: str = "") -> None:
    write_private(path, seal(key, secret, label=label, keyring_account=keyring_account))


def write_private(path: Path, data: bytes) -> None:
    """Atomically write a file readable by its owner only (0600 from the moment it exists)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)  # an existing temp file keeps its old mode otherwise
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def is_sealed(path: Path) -> bool:
    """True when the file is one of our encrypted key files (used by backups)."""
    try:
        header(path)
        return True
    except KeyFileDamaged:
        return False
