"""Shared fixtures. GUI tests run offscreen; every test gets its own data directory."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("INSPECTOR_LANG", "zh_CN")
# Keys unlock the way scripts run them (INSPECTOR_PASSWORD), also for module-scoped fixtures; no real OS keyring.
os.environ["INSPECTOR_PASSWORD"] = "district-or-inspector-pw"
os.environ["INSPECTOR_KEYRING"] = "0"

import pytest  # noqa: E402

from inspector_app.core import keystore  # noqa: E402
from inspector_app.core.collection import Collection  # noqa: E402

# A cheap KDF keeps the suite fast; the shipped parameters are measured by build/bench_kdf.py.
keystore.KDF_PARAMS = {"memory_cost": 1024, "iterations": 1, "lanes": 1}


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def col(data_dir):
    """An open collection with an inspector profile in 城关街道."""
    c = Collection(data_dir)
    c.profile.init(role="inspector", name="张伟", cert_no="37088120001", unit="城关街道应急管理办公室",
                   township="城关街道", district="示例区", unit_short="城关", township_code="370882001")
    yield c
    c.close()


@pytest.fixture
def enterprise(col):
    """One enterprise in the profile's township."""
    from inspector_app.core import uscc
    prof = col.profile.get()
    changes = col.enterprises.add({
        "township_id": prof["township_id"], "name": "示例市宏达化工有限公司",
        "uscc": uscc.make("91370882MA3C4E5F6"), "address": "城关街道工业路18号",
        "principal": "李建国", "phone": "13905371234", "industry": "化工",
        "risk_tags": ["涉有限空间", "涉动火作业"],
    })
    return col.enterprises.get(changes.id)


@pytest.fixture(autouse=True)
def unattended_keys():
    """No password or prompt carries over from one test to the next (tests of prompts and wrong passwords
    delete INSPECTOR_PASSWORD with monkeypatch)."""
    keystore.set_password(None)
    keystore.set_prompt(None)
    yield
    keystore.set_password(None)
    keystore.set_prompt(None)
