"""Explicit trust of the district card: fingerprint, never silently from a folder, a changed card refused
with the way to re-trust on purpose."""

from __future__ import annotations

import pytest

from inspector_app.core.errors import InspectorError
from inspector_app.core.sync.district import card_fingerprint
from sync_support import make_district, make_laptop


def test_rogue_card_in_the_folder_is_not_trusted_and_a_changed_card_is_refused(tmp_path):
    d = make_district(tmp_path / "real")
    rogue = make_district(tmp_path / "rogue")
    lap = make_laptop(tmp_path, d, "张伟")
    try:
        stick = tmp_path / "stick"
        stick.mkdir()
        rogue.sync.write_card(stick / "district-card.json")
        rep = lap.sync.sync_folder(stick)
        assert rep.untrusted_card["changed"] and lap.sync.district()["id"] == d.device_id
        with pytest.raises(InspectorError) as e:
            lap.sync.trust_district(stick / "district-card.json")
        assert "--replace" in e.value.en and "指纹" in e.value.zh and rep.untrusted_card["fingerprint"] in e.value.en
        assert lap.sync.district()["id"] == d.device_id               # nothing changed
        with pytest.raises(InspectorError, match="指纹"):                # the file changed after it was shown
            lap.sync.trust_district(stick / "district-card.json", replace=True,
                                    fingerprint=card_fingerprint(d.sync.card()))
        lap.sync.trust_district(stick / "district-card.json", replace=True,
                                fingerprint=rep.untrusted_card["fingerprint"])
        assert lap.sync.district()["id"] == rogue.device_id and not lap.sync._enrolled()
        assert any(r["action"] == "sync.trust_district" for r in lap.db.query("SELECT action FROM audit_log"))
    finally:
        for c in (d, rogue, lap):
            c.close()
