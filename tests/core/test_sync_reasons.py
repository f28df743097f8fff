"""Reasons sync stores (quarantined bundles, rows waiting to be applied) are shown in the user's language."""

import pytest

from inspector_app.cli import main
from inspector_app.core.i18n import set_language
from inspector_app.core.sync import bundle as bf
from inspector_app.core.sync import reasons
from sync_support import add_enterprise, make_district, make_laptop


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("zh_CN")


def _quarantine_one(tmp_path):
    d = make_district(tmp_path)
    stranger = make_laptop(tmp_path, d, "陌生人", approve=False)
    add_enterprise(stranger, "未登记企业")
    with pytest.raises(bf.BundleQuarantined):
        d.sync.import_bundle(stranger.sync.export(tmp_path, "district").path)
    return d


def test_quarantine_reason_in_chinese_and_english(tmp_path, capsys):
    d = _quarantine_one(tmp_path)
    (q,) = d.sync.quarantined()
    assert q["reason"] == "发送设备未登记" and q["reason_en"] == "unknown device"
    assert d.db.execute("SELECT reason FROM sync_quarantine").fetchone()[0] == "unknown"   # a code, not a sentence
    assert main(["--data-dir", str(d.data_dir), "devices", "quarantine"]) == 0
    out = capsys.readouterr().out
    assert "发送设备未登记" in out and "unknown" not in out
    set_language("en")
    try:
        assert d.sync.quarantined()[0]["reason"] == "unknown device"
    finally:
        set_language("zh_CN")


def test_sentences_stored_by_earlier_versions_are_translated():
    assert reasons.text("unknown device, no valid enrollment") == "发送设备未登记，且未附有效的入网申请"
    assert reasons.text("device revoked") == "发送设备已被吊销"
    assert reasons.text("waiting for the row's creation") == "等待其所属记录送达"
    assert reasons.text("rejected after approval: bad signature") == "批准后仍被拒绝：bad signature"
    assert reasons.text(reasons.both("签名无效", "bad signature")) == "签名无效"


def test_stored_reasons_in_english(english):
    assert reasons.text("pending") == "device awaiting approval"
    assert reasons.text(reasons.both("签名无效", "bad signature")) == "bad signature"
    assert reasons.text("something else") == "something else"
