import stat

import pytest
from peewee import SqliteDatabase

from app import db as app_db
from app.db import SchemaTooNewError, open_database


def pragma(name):
    return app_db.database.execute_sql(f"PRAGMA {name}").fetchone()[0]


def test_connection_pragmas(db):
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 1  # NORMAL
    assert pragma("busy_timeout") == app_db.BUSY_TIMEOUT_MS


def test_database_and_wal_files_are_private(db, paths):
    from app.models import Company

    Company.create(name="Example Freight")
    for suffix in ("", "-wal", "-shm"):
        path = paths.db_path.with_name(paths.db_path.name + suffix)
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_worker_thread_gets_its_own_connection_with_pragmas(db):
    import threading

    seen = {}

    def work():
        seen["fk"] = app_db.database.execute_sql("PRAGMA foreign_keys").fetchone()[0]
        seen["conn"] = id(app_db.database.connection())
        app_db.database.close()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen["fk"] == 1
    assert seen["conn"] != id(app_db.database.connection())


def test_reopening_applies_nothing_new(db, paths):
    app_db.close_database()
    calls = []
    open_database(paths.db_path, before_migrate=lambda d, pending: calls.append(pending))
    assert calls == []
    assert app_db.pending_migrations() == []


def test_an_up_to_date_database_opens_without_the_migration_runner(db, paths, monkeypatch):
    """Issue 21: an ordinary start compares the applied names with the shipped files and leaves the runner (and its
    imports) alone; a missing or unknown name still goes through it."""
    assert app_db.up_to_date()
    app_db.close_database()
    monkeypatch.setattr(app_db, "migration_runner", lambda db=None: (_ for _ in ()).throw(AssertionError("runner")))
    open_database(paths.db_path)
    app_db.database.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2030-01-01')")
    assert not app_db.up_to_date()
    app_db.database.execute_sql("DELETE FROM schema_migration WHERE name = '9999_future'")
    last = max(app_db.shipped_migration_names())
    app_db.database.execute_sql("DELETE FROM schema_migration WHERE name = ?", (last,))
    assert not app_db.up_to_date()


def test_before_migrate_hook_runs_for_an_existing_schema_with_pending_migrations(tmp_path):
    path = tmp_path / "old.sqlite3"
    first = app_db.migration_runner(SqliteDatabase(str(path)))
    names = [m.name for m in first.migrations()]
    first.up(target=names[0])
    first.database.close()
    calls = []
    open_database(path, before_migrate=lambda d, pending: calls.append(list(pending)))
    try:
        assert calls == [names[1:]]
        assert app_db.pending_migrations() == []
    finally:
        app_db.close_database()


def test_database_from_a_newer_version_is_refused_and_left_untouched(db, paths):
    app_db.database.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2030-01-01')")
    app_db.close_database()
    before = paths.db_path.read_bytes()
    with pytest.raises(SchemaTooNewError) as info:
        open_database(paths.db_path)
    app_db.close_database()
    assert "9999_future" in str(info.value)
    assert "newer version" in str(info.value)
    assert paths.db_path.read_bytes() == before


@pytest.mark.parametrize("damage", ["random", "truncated"])
def test_a_damaged_database_is_refused_and_left_untouched(db, paths, damage):
    from app.core.demo import contacts as demo_data
    from app.db import DatabaseCorruptError

    demo_data.generate(contacts=300, seed=1)
    app_db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    app_db.close_database()
    data = paths.db_path.read_bytes()
    if damage == "random":
        import random

        rng = random.Random(4)
        bad = bytes(rng.randrange(256) for _ in range(len(data)))
    else:
        bad = data[: len(data) // 3]
    paths.db_path.write_bytes(bad)
    with pytest.raises(DatabaseCorruptError):
        open_database(paths.db_path)
    assert paths.db_path.read_bytes() == bad
