"""Opening a data directory whose database an older version wrote says that it is being upgraded
(migrations can take seconds on a district's years of data); a current or new one opens without a word."""

from __future__ import annotations

from inspector_app.core import datadir
from inspector_app.core.collection import Collection
from inspector_app.core.migrations import migrations
from inspector_app.core.store import APP_MARK, open_database, upgrade_pending
from inspector_app.ui.upgrade_notice import upgrade_notice


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
