"""Private keys at rest: sealed (Argon2id + AES-GCM), 0600, wrong password and damaged files, migration,
the OS keyring for a laptop's sync keys, backups without a private key in clear."""

from __future__ import annotations

import json
import zipfile

import keyring
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from keyring.backend import KeyringBackend

from inspector_app.core import backup, keystore
from inspector_app.core.errors import InspectorError
from inspector_app.core.sync import crypto

PW = "correct-horse"


class MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def os_keyring(monkeypatch):
    kr = MemoryKeyring()
    old = keyring.get_keyring()
    keyring.set_keyring(kr)
    monkeypatch.setenv("INSPECTOR_KEYRING", "1")
    yield kr
    keyring.set_keyring(old)


def _mode(path) -> int:
    return path.stat().st_mode & 0o777


def test_signing_key_sealed_private_and_password_rules(col):
    with pytest.raises(InspectorError) as e:
        col.keys.init("1234567")
    assert "8" in e.value.zh and "at least 8" in e.value.en
    assert not col.keys.exists()
    col.keys.init(PW)
    raw = col.keys.path.read_bytes()
    doc = json.loads(raw)
    assert b"PRIVATE KEY" not in raw and _mode(col.keys.path) == 0o600
    assert doc["kdf"]["name"] == "argon2id" and len(bytes.fromhex(doc["kdf"]["salt"])) == 16
    assert keystore.KDF_PARAMS["memory_cost"] == doc["kdf"]["memory_cost"]


def test_wrong_password_changes_nothing_and_damaged_file_says_how_to_recover(col):
    col.keys.init(PW)
    before = col.keys.path.read_bytes()
    col.keys.lock()
    with pytest.raises(keystore.WrongPassword) as e:
        col.keys.load("wrong-password")
    assert "密码错误" in e.value.zh and "Wrong password" in e.value.en
    assert col.keys.path.read_bytes() == before and not col.keys.is_unlocked()
    doc = json.loads(before)
    doc["kdf"]["memory_cost"] = 8  # a weakened parameter does not open the key (it is authenticated)
    col.keys.path.write_text(json.dumps(doc))
    with pytest.raises(keystore.WrongPassword, match="被改动"):
        col.keys.load(PW)
    col.keys.path.write_bytes(b"\x00garbage")
    with pytest.raises(keystore.KeyFileDamaged) as e:
        col.keys.load(PW)
    assert "keys init --force" in e.value.en and "损坏" in e.value.zh


def test_old_pbkdf2_key_file_is_resealed_on_first_unlock(col):
    col.keys.init(PW)
    key = col.keys.load(PW)
    col.keys.path.unlink()
    col.keys.legacy_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                       serialization.BestAvailableEncryption(PW.encode())))
    col.keys.lock()
    with pytest.raises(keystore.WrongPassword):
        col.keys.load("not-the-one")
    assert col.keys.legacy_path.exists() and not col.keys.path.exists()
    again = col.keys.load(PW)
    assert again.private_numbers() == key.private_numbers()
    assert col.keys.path.exists() and not col.keys.legacy_path.exists()


def test_old_ed25519_key_file_asks_to_be_replaced(col):
    col.keys.legacy_path.parent.mkdir(parents=True, exist_ok=True)
    col.keys.legacy_path.write_bytes(Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.BestAvailableEncryption(b"pw123456")))
    with pytest.raises(InspectorError, match="keys init --force"):
        col.keys.load("pw123456")


def test_issue_uses_the_key_unlocked_earlier_in_the_session(col, monkeypatch):
    monkeypatch.delenv(keystore.ENV_PASSWORD)
    col.keys.init(PW)
    col.keys.lock()
    with pytest.raises(keystore.PasswordNeeded) as e:
        col.keys.unlock()
    assert "--password-env" in e.value.en and "INSPECTOR_PASSWORD" in e.value.zh
    col.keys.unlock(PW)
    assert isinstance(col.keys.unlock(), ec.EllipticCurvePrivateKey)  # no password asked again


def test_sync_keys_without_keyring_use_the_password(tmp_path, monkeypatch):
    monkeypatch.delenv(keystore.ENV_PASSWORD)
    keys = crypto.DeviceKeys(tmp_path)
    with pytest.raises(keystore.PasswordNeeded):
        _ = keys.sign_public
    assert not (tmp_path / "sync-keys").exists() or not any((tmp_path / "sync-keys").iterdir())
    keystore.set_password(PW)
    pub = keys.sign_public
    for name in ("device_sign.key", "device_box.key"):
        f = tmp_path / "sync-keys" / name
        assert b"PRIVATE KEY" not in f.read_bytes() and _mode(f) == 0o600
    keystore.set_password("wrong-one!")
    fresh = crypto.DeviceKeys(tmp_path)
    assert fresh.sign_public == pub                      # public keys read without unlocking
    with pytest.raises(keystore.WrongPassword):
        fresh.sign(b"x")
    keystore.set_password(PW)
    assert crypto.verify(pub, b"x", fresh.sign(b"x"))


def test_unencrypted_sync_keys_of_an_earlier_version_are_sealed(tmp_path):
    d = tmp_path / "sync-keys"
    d.mkdir()
    old = Ed25519PrivateKey.generate()
    clear = serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    (d / "device_sign.pem").write_bytes(old.private_bytes(serialization.Encoding.PEM, *clear))
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    (d / "device_box.pem").write_bytes(X25519PrivateKey.generate().private_bytes(serialization.Encoding.PEM, *clear))
    keys = crypto.DeviceKeys(tmp_path)
    keys.unlock()
    assert keys.sign_public == old.public_key().public_bytes(serialization.Encoding.Raw,
                                                             serialization.PublicFormat.Raw).hex()
    assert sorted(p.name for p in d.iterdir()) == ["device_box.key", "device_sign.key"]


def test_laptop_sync_keys_use_the_os_keyring_but_the_district_key_a_password(tmp_path, monkeypatch, os_keyring):
    monkeypatch.delenv(keystore.ENV_PASSWORD)
    laptop = crypto.DeviceKeys(tmp_path / "laptop")
    assert not laptop.needs_password()
    laptop.unlock()                                      # unattended: no password at all
    assert json.loads((tmp_path / "laptop/sync-keys/device_sign.key").read_bytes())["kdf"]["name"] == "keyring"
    assert crypto.DeviceKeys(tmp_path / "laptop").sign(b"x")
    district = crypto.DeviceKeys(tmp_path / "district", district=True)
    assert district.needs_password()
    with pytest.raises(keystore.PasswordNeeded) as e:
        district.unlock()
    assert "district key (CA)" in e.value.en and "证书颁发机构" in e.value.zh
    os_keyring.store.clear()                             # another computer / a restored backup
    with pytest.raises(keystore.KeyFileDamaged) as e:
        crypto.DeviceKeys(tmp_path / "laptop").unlock()
    assert "re-enrol" in e.value.en and "重新登记" in e.value.zh


def test_backup_holds_no_private_key_in_clear(col, tmp_path):
    col.keys.init(PW)
    col.sync.keys.unlock()
    stray = col.data_dir / "keys" / "old_key.pem"        # e.g. left by an earlier version
    stray.write_bytes(Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    out = backup.create(col, tmp_path / "b.zip")
    assert out.keys_left_out == ["keys/old_key.pem"]
    with zipfile.ZipFile(out.path) as z:
        manifest = json.loads(z.read("manifest.json"))
        for name in z.namelist():
            assert b"PRIVATE KEY" not in z.read(name), name
        assert "keys/signing_key.key" in z.namelist() and "sync-keys/device_sign.key" in z.namelist()
    assert manifest["keys"]["left_out"] == ["keys/old_key.pem"]
    r = backup.restore(out.path, tmp_path / "restored")
    assert any("old_key.pem" in en and "create the signing key again" in en for _, en in r.notes)
    assert _mode(tmp_path / "restored" / "keys" / "signing_key.key") == 0o600
