import sqlite3

import pytest

from inspector_app.core.collection import Collection
from inspector_app.core.errors import DataDirError
from inspector_app.core.store import known_schema_version, schema_version


def test_pragmas_and_schema(col):
    assert col.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert col.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert schema_version(col.db) == known_schema_version()
    for table in ("profile", "townships", "enterprises", "confined_spaces", "height_projects", "contractors",
                  "checklist_templates", "inspections", "answers", "hazards", "hazard_events", "documents",
                  "attachments", "audit_log", "devices", "sync_peers"):
        assert col.db[table].exists(), table


def test_foreign_keys_enforced(col):
    with pytest.raises(sqlite3.IntegrityError):
        col.db.execute("INSERT INTO enterprises (id, created_at, updated_at, device_id, township_id, name, uscc) "
                       "VALUES ('x', '', '', '', 'no-such-township', 'n', 'u')")


def test_refuses_foreign_folder(tmp_path):
    (tmp_path / "thesis.docx").write_text("mine")
    with pytest.raises(DataDirError) as e:
        Collection(tmp_path)
    assert "不是本应用的数据目录" in e.value.zh
    assert list(p.name for p in tmp_path.iterdir()) == ["thesis.docx"]


def test_refuses_foreign_database(tmp_path):
    d = tmp_path / "data"
    Collection(d).close()
    (d / "inspector.db").unlink()
    for suffix in ("-wal", "-shm"):
        (d / f"inspector.db{suffix}").unlink(missing_ok=True)
    other = sqlite3.connect(d / "inspector.db")
    other.execute("CREATE TABLE songs (title TEXT)")
    other.commit()
    other.close()
    with pytest.raises(DataDirError) as e:
        Collection(d)
    assert "不属于本应用" in e.value.zh


def test_refuses_newer_schema(tmp_path):
    d = tmp_path / "data"
    c = Collection(d)
    c.db["_sqlite_migrations"].insert({"migration_set": "inspector_app", "name": "9999_from_the_future",
                                       "applied_at": "2030-01-01"})
    c.close()
    with pytest.raises(DataDirError) as e:
        Collection(d)
    assert "更新版本" in e.value.zh and "9999_from_the_future" in e.value.en


def test_refuses_non_sqlite_file(tmp_path):
    d = tmp_path / "data"
    Collection(d).close()
    for suffix in ("-wal", "-shm"):
        (d / f"inspector.db{suffix}").unlink(missing_ok=True)
    (d / "inspector.db").write_bytes(b"this is not a database at all")
    with pytest.raises(DataDirError):
        Collection(d)
    assert (d / "inspector.db").read_bytes() == b"this is not a database at all"


def test_locked_database_gives_clear_message(col):
    other = sqlite3.connect(col.data_dir / "inspector.db", timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        col.db.execute("PRAGMA busy_timeout=100")
        from inspector_app.core.store import translate_errors
        with pytest.raises(DataDirError) as e:
            with translate_errors():
                col.enterprises.db.execute("INSERT INTO meta VALUES ('k', 'v')")
        assert "占用" in e.value.zh
    finally:
        other.rollback()
        other.close()


def test_device_id_is_stable(data_dir):
    a = Collection(data_dir)
    first = a.device_id
    a.close()
    b = Collection(data_dir)
    assert b.device_id == first
    b.close()


def test_full_disk_gives_clear_message_and_keeps_data(col, enterprise):
    """SQLITE_FULL (forced with max_page_count): a message a user can act on, nothing half-written."""
    from inspector_app.core import uscc
    from inspector_app.core.store import translate_errors
    pages = col.db.execute("PRAGMA page_count").fetchone()[0]
    col.db.execute(f"PRAGMA max_page_count={pages}")
    with pytest.raises(DataDirError) as e:
        with translate_errors():
            col.enterprises.add({"township_id": enterprise["township_id"], "name": "新企业有限公司",
                                 "uscc": uscc.make("91370899MA1234567"), "notes": "备注" * 20000})
    assert "磁盘已满" in e.value.zh and "完好" in e.value.zh
    col.db.execute("PRAGMA max_page_count=1073741823")
    assert [r[0] for r in col.db.execute("SELECT name FROM enterprises")] == [enterprise["name"]]
    assert col.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert col.audit.verify().ok


def test_cli_turns_sqlite_errors_into_messages(data_dir, monkeypatch, capsys):
    """Any subcommand hitting a locked or full database prints the message and exits 2, no traceback."""
    import sqlite3

    from inspector_app.cli import main
    from inspector_app.commands import maintenance

    for text, expected in (("database is locked", "占用"), ("database or disk is full", "磁盘已满")):
        def boom(args, text=text):
            raise sqlite3.OperationalError(text)
        monkeypatch.setattr(maintenance, "run_check", boom)
        assert main(["--data-dir", str(data_dir), "check"]) == 2
        err = capsys.readouterr().err
        assert expected in err and "Traceback" not in err


def test_init_with_township_code_and_bad_code_refused(data_dir, capsys):
    from inspector_app.cli import main
    d = ["--data-dir", str(data_dir)]
    base = ["init", "--role", "inspector", "--name", "张伟", "--cert-no", "1", "--unit", "城关街道应急办",
            "--township", "城关街道", "--district", "示例区"]
    assert main(d + base + ["--township-code", "37088A001"]) != 0
    assert "区划代码无效" in capsys.readouterr().err and not data_dir.exists()
    assert main(d + base + ["--township-code", "370882001"]) == 0
    from inspector_app.core.collection import Collection
    with Collection(data_dir) as c:
        code = c.db.execute("SELECT t.code FROM townships t JOIN profile p ON p.township_id=t.id").fetchone()[0]
    assert code == "370882001"
