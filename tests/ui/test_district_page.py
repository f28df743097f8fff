"""District page: each laptop's serial blocks with how many numbers are used, and 分配编号段."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from inspector_app.core.sync import bundle as bf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_support import make_district, make_laptop, send  # noqa: E402


def _item(page, device_id):
    return [page.devices.item(i) for i in range(page.devices.count())
            if page.devices.item(i).data(Qt.UserRole) == device_id][0]


def test_assign_block_button_gives_the_selected_laptop_a_further_block(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from inspector_app.ui.pages.district import DistrictPage
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    pending = make_laptop(tmp_path, d, "李娜", approve=False)
    try:
        page = DistrictPage(d)
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        first = a.sync.serial_blocks()[0]
        assert f"{first['first']}–{first['last']}（已用 0/1000）" in _item(page, a.device_id).text()
        assert not page.block_button.isEnabled()
        page.devices.setCurrentItem(_item(page, a.device_id))
        assert page.block_button.isEnabled()
        asked = []
        monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (asked.append(args[3]) or (200, True)))
        page.block_button.click()
        assert asked == [1000]                            # proposes the size of the first block
        text = _item(page, a.device_id).text()
        assert f"{first['last'] + 1}–{first['last'] + 200}（已用 0/200）" in text
        assert "已给设备" in page.message.text() and "随下次同步" in page.message.text()
        send(d, a, tmp_path)                               # the laptop gets it with the next bundle
        assert len(a.sync.serial_blocks()) == 2
        # Not for a device awaiting approval: the button is off, and the core refuses anyway.
        with pytest.raises(bf.BundleQuarantined):
            d.sync.import_bundle(pending.sync.export(tmp_path, "district").path)
        page.refresh()
        page.devices.setCurrentItem(_item(page, pending.device_id))
        assert not page.block_button.isEnabled()
        page.assign_block(pending.device_id, 10)
        assert "未获批准" in page.message.text() and not pending.sync.serial_blocks()
    finally:
        for c in (pending, a, d):
            c.close()
