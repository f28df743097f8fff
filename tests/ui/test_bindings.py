"""The Qt bindings keep None's reference count. PySide6 6.12.0 on Python 3.11 dropped one reference to None at
every call of a void method: the interpreter aborted ("none_dealloc") after a few thousand calls, e.g. when the
start form and the ledger filled their enterprise boxes twice with 2,500 enterprises. From Python 3.12 None is
immortal and its count does not move."""

from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_the_reference_to_none(qapp):
    from PySide6.QtWidgets import QComboBox, QLineEdit
    box, edit = QComboBox(), QLineEdit()

    def calls():
        for i in range(200):
            box.addItem(f"企业{i}", str(i))
            edit.setText(str(i))
            qapp.processEvents()
        box.clear()
    calls()                                  # first calls may cache objects
    before = sys.getrefcount(None)
    calls()
    assert sys.getrefcount(None) >= before - 5, sys.getrefcount(None) - before
