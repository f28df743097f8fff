"""Opening a data directory whose database an older version wrote says that it is being upgraded
(migrations can take seconds on a district's years of data); a current or new one opens without a word."""

from __future__ import annotations

from inspector_app.core import datadir
from inspector_app.core.collection import Collection
from inspector_app.core.migrations import migrations
from inspector_app.core.store import APP_MARK, open_database, upgrade_pending
from inspector_app.ui.start_notice import upgrade_notice


def test_notice_while_an_older_database_is_upgraded(qapp, tmp_path):
    folder = datadir.prepare(tmp_path / "data")
    db = open_database(folder / datadir.DB_NAME, migrate=False)
    migrations.apply(db, stop_before=migrations._migrations[-1].name)   # as the previous version left it
    db.table("meta").upsert({"key": "app", "value": APP_MARK}, pk="key")
    db.conn.close()

    notice = upgrade_notice(folder)
    assert notice is not None and notice.isVisible()
    assert "正在升级数据库" in notice.message()
    notice.close()
    Collection(folder).close()           # the upgrade itself
    assert not upgrade_pending(folder / datadir.DB_NAME)
    assert upgrade_notice(folder) is None


def test_no_notice_for_a_new_or_foreign_file(qapp, tmp_path):
    assert upgrade_notice(tmp_path / "new") is None
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / datadir.DB_NAME).write_bytes(b"not a database at all" * 10)
    assert not upgrade_pending(tmp_path / "x" / datadir.DB_NAME)   # opening it will say what is wrong


def test_notice_while_the_demo_is_made(qapp, tmp_path, monkeypatch, capsys):
    """`inspector --demo` on an empty folder says what the seconds before the window are spent on; the
    notice goes away when the demo is made, or when making it fails (the error is said)."""
    import argparse

    from PySide6.QtWidgets import QApplication, QSplashScreen

    from inspector_app.core.errors import DataDirError
    from inspector_app.ui.app import run_gui
    seen = []

    def generate(col, scale, seed):
        seen.extend(w.message() for w in QApplication.topLevelWidgets()
                    if isinstance(w, QSplashScreen) and w.isVisible())
        raise DataDirError("演示数据生成失败（测试）", "demo failed (test)")

    monkeypatch.setattr("inspector_app.core.demo.generate", generate)
    for name in ("setup_application", "install_translators"):   # the shared QApplication stays as it is
        monkeypatch.setattr(f"inspector_app.ui.app.{name}", lambda *a: None)
    args = argparse.Namespace(demo=True, data_dir=tmp_path / "demo", lang=None, command=None)
    assert run_gui(args) == 2
    assert len(seen) == 1 and "正在生成演示数据" in seen[0]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QSplashScreen) and w.isVisible()]
    assert "演示数据生成失败" in capsys.readouterr().err
