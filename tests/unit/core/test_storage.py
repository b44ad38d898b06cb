import sqlite3

from peewee import SqliteDatabase

from app import db as app_db
from app.core.data import backup, storage
from app.models import Contact


def test_pending_migrations_on_an_existing_database_are_preceded_by_a_backup(paths):
    old = SqliteDatabase(str(paths.db_path))
    runner = app_db.migration_runner(old)
    first = runner.migrations()[0].name
    runner.up(target=first)
    old.execute_sql(
        "INSERT INTO contact (uid, given_name, family_name, display_name, title, linkedin_url, how_met, "
        "why_connect, notes, stage, invitation_status, source, tie, created_at, updated_at) VALUES "
        "('u1', 'Ada', '', 'Ada', '', '', '', '', '', 'prospect', 'none', 'manual', 'new', '2026-01-01', "
        "'2026-01-01')"
    )
    old.close()
    storage.open_store(paths)
    try:
        [kept] = backup.list_backups(paths.backup_dir)
        assert kept.kind == "pre-migration"
        with sqlite3.connect(kept.path) as conn:
            assert [r[0] for r in conn.execute("SELECT name FROM schema_migration")] == [first]
            assert conn.execute("SELECT given_name FROM contact").fetchone()[0] == "Ada"
        assert app_db.pending_migrations() == []
        assert Contact.get().given_name == "Ada"
    finally:
        app_db.close_database()


def test_a_new_database_needs_no_backup(paths):
    storage.open_store(paths)
    app_db.close_database()
    assert backup.list_backups(paths.backup_dir) == []


def test_keep_counts_fall_back_to_defaults_for_nonsense(db):
    from app.models import Setting

    Setting.write("backup_keep_daily", "lots")
    Setting.write("backup_keep_weekly", 2)
    assert storage.keep_counts() == (backup.DEFAULT_KEEP_DAILY, 2)
