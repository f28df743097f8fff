import pytest

from inspector_app.core import uscc
from inspector_app.core.errors import ValidationError


def test_add_validates_and_changes_nothing_on_error(col):
    tid = col.profile.get()["township_id"]
    before = col.enterprises.count()
    with pytest.raises(ValidationError) as e:
        col.enterprises.add({"township_id": tid, "name": "某公司", "uscc": "91370882MA3C4E5F60"})
    assert e.value.field == "uscc"
    with pytest.raises(ValidationError) as e:
        col.enterprises.add({"township_id": tid, "name": "某公司", "uscc": uscc.make("91370882MA3C4E5F7"),
                             "phone": "12345"})
    assert e.value.field == "phone"
    assert col.enterprises.count() == before


def test_duplicate_uscc_refused(col, enterprise):
    with pytest.raises(ValidationError) as e:
        col.enterprises.add({"township_id": enterprise["township_id"], "name": "另一家",
                             "uscc": enterprise["uscc"].lower()})
    assert enterprise["name"] in e.value.zh


def test_update_returns_changes(col, enterprise):
    changes = col.enterprises.update(enterprise["id"], {"phone": "0537-3221234"})
    assert "enterprises" in changes.tables and changes.id == enterprise["id"]
    assert col.enterprises.get(enterprise["id"])["phone"] == "0537-3221234"


def test_supervision_class_editable_and_checked(col, enterprise):
    col.enterprises.update(enterprise["id"], {"supervision_class": "b"})
    assert col.enterprises.get(enterprise["id"])["supervision_class"] == "B"
    with pytest.raises(ValidationError) as e:
        col.enterprises.update(enterprise["id"], {"supervision_class": "E"})
    assert e.value.field == "supervision_class"
