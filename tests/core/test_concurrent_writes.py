"""One writer at a time: a user's edit made on another thread while a sync import holds its
transaction is applied after the import (committed or refused), and is always captured."""

from __future__ import annotations

import threading

import pytest

from inspector_app.core.sync import bundle as bf
from inspector_app.core.sync import merge
from sync_support import add_enterprise, make_district, make_laptop


@pytest.fixture
def world(tmp_path):
    d = make_district(tmp_path)
    a = make_laptop(tmp_path, d, "张伟")
    yield tmp_path, d, a
    for c in (d, a):
        c.close()


def _ops_for(col, row_id: str) -> list[tuple[str, str]]:
    return col.db.execute("SELECT kind, fields FROM sync_ops WHERE tbl = 'enterprises' AND row_id = ? "
                          "AND origin = ? ORDER BY lseq", [row_id, col.device_id]).fetchall()


def _edit_during_import(monkeypatch, col, bundle_path, edit, *, refuse: bool):
    """Import `bundle_path` on a worker thread; while its transaction is open (where it applies the
    received operations, capture switched off) run `edit` on a second thread; then let the import
    finish (or refuse it)."""
    inside, release = threading.Event(), threading.Event()
    original = merge.retry_pending

    def pausing(*args, **kwargs):
        inside.set()
        assert release.wait(10)
        if refuse:
            raise bf.reject("测试：拒绝此数据包", "test: refuse this bundle")
        return original(*args, **kwargs)

    monkeypatch.setattr(merge, "retry_pending", pausing)
    outcome: dict[str, object] = {}

    def run_import():
        try:
            outcome["import"] = col.sync.import_bundle(bundle_path)
        except Exception as exc:  # noqa: BLE001 - inspected below
            outcome["import_error"] = exc

    def run_edit():
        try:
            outcome["edit"] = edit()
        except Exception as exc:  # noqa: BLE001
            outcome["edit_error"] = exc

    importer = threading.Thread(target=run_import)
    importer.start()
    assert inside.wait(10), "the import never reached its transaction"
    editor = threading.Thread(target=run_edit)
    editor.start()
    editor.join(0.3)  # with one owner of the connection the edit waits for the import
    release.set()
    importer.join(10)
    editor.join(10)
    assert not importer.is_alive() and not editor.is_alive()
    monkeypatch.setattr(merge, "retry_pending", original)
    return outcome


@pytest.mark.parametrize("refuse", [False, True], ids=["import-commits", "import-refused"])
def test_edit_during_an_import_is_kept_and_captured(world, monkeypatch, refuse):
    root, d, a = world
    ent = add_enterprise(a, "宏达化工")
    d.sync.assign_serial_block(a.device_id, size=10)  # something for the laptop to receive
    bundle = d.sync.export(root, a.device_id).path
    before = len(_ops_for(a, ent))

    outcome = _edit_during_import(
        monkeypatch, a, bundle, lambda: a.enterprises.update(ent, {"address": "新地址9号"}), refuse=refuse)

    assert "edit_error" not in outcome, outcome
    if refuse:
        assert isinstance(outcome.get("import_error"), bf.BundleRejected)
    else:
        assert outcome["import"].status in ("applied", "already_applied")
    assert a.enterprises.get(ent)["address"] == "新地址9号"
    ops = _ops_for(a, ent)
    assert len(ops) == before + 1 and "新地址9号" in ops[-1][1]
    # The edit reaches the district with the next bundle.
    exported = a.sync.export(root, "district")
    assert d.sync.import_bundle(exported.path).status in ("applied", "already_applied")
    assert d.enterprises.get(ent)["address"] == "新地址9号"


def test_capture_pause_belongs_to_the_connection_and_its_transaction(col, enterprise):
    from inspector_app.core.collection import Collection
    from inspector_app.core.sync import capture

    def ops() -> int:
        return col.db.execute("SELECT count(*) FROM sync_ops").fetchone()[0]

    # A pause inside a transaction that rolls back is undone with it.
    with pytest.raises(RuntimeError):
        with col.db.atomic():
            capture.pause(col.db)
            raise RuntimeError("refused")
    assert capture.capturing(col.db)
    # A second connection (the CLI while the window is open) keeps capturing while this one
    # bulk-loads.
    other = Collection(col.data_dir)
    try:
        n = ops()
        with col.sync.bulk_load():
            other.enterprises.update(enterprise["id"], {"notes": "另一进程"})
        assert ops() == n + 1
    finally:
        other.close()
    assert capture.capturing(col.db)
    # No switch is left in the database file for a crashed process to leave off.
    assert not col.db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                              "AND name LIKE 'sync_%'").fetchone()[0]


def test_a_thread_waits_for_another_threads_transaction(col, enterprise):
    """The owner lock: a write on thread B during thread A's transaction runs after it."""
    order: list[str] = []
    inside, release = threading.Event(), threading.Event()

    def a():
        with col.db.atomic():
            col.db.execute("UPDATE enterprises SET notes = 'A' WHERE id = ?", [enterprise["id"]])
            inside.set()
            release.wait(10)
            order.append("A commits")
            raise RuntimeError("A rolls back")

    def b():
        col.enterprises.update(enterprise["id"], {"notes": "B"})
        order.append("B wrote")

    ta = threading.Thread(target=lambda: pytest.raises(RuntimeError, a))
    ta.start()
    assert inside.wait(10)
    tb = threading.Thread(target=b)
    tb.start()
    tb.join(0.2)
    assert tb.is_alive()  # B waits
    release.set()
    ta.join(10)
    tb.join(10)
    assert order == ["A commits", "B wrote"]
    assert col.enterprises.get(enterprise["id"])["notes"] == "B"


def test_completed_inspection_is_read_only_and_amendments_are_audited(col, enterprise):
    from inspector_app.core.errors import InspectorError
    cl = col.checklists.available()[0]
    th, item = col.checklists.register(cl), cl.items[0].id
    iid = col.inspections.start(enterprise["id"], template_hashes=[th]).id
    col.inspections.set_answer(iid, th, item, result="complies")
    col.inspections.complete(iid)
    with pytest.raises(InspectorError) as e:
        col.inspections.set_answer(iid, th, item, result="fails")
    assert "只读" in e.value.zh and "reason" in e.value.en
    assert col.inspections.answers(iid)[0]["result"] == "complies"
    col.inspections.set_answer(iid, th, item, result="fails", amend_reason="复核照片后发现未设警示标志")
    ans = col.inspections.answers(iid)[0]
    assert ans["result"] == "fails" and ans["amend_reason"] == "复核照片后发现未设警示标志" and ans["amended_at"]
    entry = col.db.execute("SELECT detail FROM audit_log WHERE action = 'inspection.amend'").fetchone()[0]
    assert '"before"' in entry and "complies" in entry and "复核照片" in entry
    fields = col.db.execute("SELECT fields FROM sync_ops WHERE tbl = 'answers' ORDER BY lseq DESC").fetchone()[0]
    assert "amend_reason" in fields   # the mark travels with the record
