"""Issue 19: a restore candidate is checked for everything Rapport needs before the live database is touched;
rotation never loses the copy taken before a restore; a killed backup or restore leaves nothing behind."""

from __future__ import annotations

import os
import sqlite3
import stat
import time

import pytest
from peewee import SqliteDatabase

from app import db as app_db
from app.core.clock import FixedClock
from app.core.data import backup
from app.models import Contact


def names(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT display_name FROM contact ORDER BY id")]


def fake_backup(path, migrations) -> None:
    """The issue's fake: an SQLite file with ``schema_migration`` (every known version) and a stub ``contact``."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE schema_migration (id INTEGER PRIMARY KEY, name TEXT UNIQUE, applied TEXT)")
        conn.executemany(
            "INSERT INTO schema_migration (name, applied) VALUES (?, '2026-01-01')", [(m,) for m in migrations]
        )
        conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, deleted_at TEXT)")
        conn.execute("INSERT INTO contact (deleted_at) VALUES (NULL)")
    conn.close()


def older_backup(path, target: str) -> None:
    """A real backup of an older Rapport: the migrations up to ``target`` and one contact."""
    db = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    with db.atomic():
        app_db.migration_runner(db).up(target=target)
    db.execute_sql(
        "INSERT INTO contact (uid, given_name, family_name, display_name, title, linkedin_url, how_met, why_connect, "
        "notes, stage, invitation_status, source, tie, created_at, updated_at) VALUES ('u-1', 'Old', 'Timer', "
        "'Old Timer', '', '', '', '', '', 'prospect', 'none', 'manual', 'acquaintance', '2025-01-01', '2025-01-01')"
    )
    db.execute_sql(
        "INSERT INTO contact_email (contact_id, value, label, is_primary, position) "
        "VALUES (1, 'old@example.org', '', 1, 0)"
    )
    db.close()


def test_a_fake_backup_with_a_stub_contact_table_is_refused(tmp_path):
    fake = tmp_path / "fake.sqlite3"
    fake_backup(fake, app_db.known_migrations())
    result = backup.check_file(fake, app_db.known_migrations())
    assert not result.ok
    assert "not a complete Rapport database" in result.reason
    assert "table circle" in result.reason


def test_a_backup_missing_one_column_or_trigger_is_refused(db, paths, clock):
    saved = backup.take_backup(app_db.database.connection(), paths.backup_dir, "manual", clock=clock)
    assert backup.check_file(saved, app_db.known_migrations()).ok
    with sqlite3.connect(saved) as conn:
        conn.execute("DROP TRIGGER contact_fts_ai")
    assert "trigger contact_fts_ai" in backup.check_file(saved, app_db.known_migrations()).reason
    again = backup.take_backup(app_db.database.connection(), paths.backup_dir, "manual", clock=clock)
    with sqlite3.connect(again) as conn:
        conn.execute("DROP TRIGGER contact_fts_ai")  # they name the column
        conn.execute("DROP TRIGGER contact_fts_au")
        conn.execute("ALTER TABLE contact DROP COLUMN nickname")
    assert "column contact.nickname" in backup.check_file(again, app_db.known_migrations()).reason


def test_a_backup_whose_history_skips_a_version_is_refused(db, paths, clock):
    saved = backup.take_backup(app_db.database.connection(), paths.backup_dir, "manual", clock=clock)
    with sqlite3.connect(saved) as conn:
        conn.execute("DELETE FROM schema_migration WHERE name = '0040_followup_contact_index'")
    result = backup.check_file(saved, app_db.known_migrations())
    assert not result.ok and "0040_followup_contact_index" in result.reason


def test_a_backup_of_an_older_version_is_accepted_and_upgraded_before_the_live_database_changes(db, paths, clock):
    old = paths.data_dir / "old.sqlite3"
    older_backup(old, "0050_contact_image")
    checked = backup.check_file(old, app_db.known_migrations())
    assert checked.ok, checked.reason
    assert checked.contacts == 1
    Contact.create(given_name="Current")
    kept, _ = backup.restore_checked(
        app_db.database.connection(), old, paths.backup_dir, app_db.known_migrations(), clock=clock
    )
    assert names(kept) == ["Current"]
    assert [c.display_name for c in Contact.select()] == ["Old Timer"]
    assert app_db.pending_migrations() == []
    assert not backup.missing_schema(
        app_db.database.connection(), backup.expected_schema(tuple(app_db.known_migrations()))
    )
    # The search index works on the restored data (its triggers came with the upgrade).
    from app.core.contacts import search

    assert search.ranked_live_ids("old@example") == [1]
    assert not list(paths.backup_dir.glob(".*partial"))


def test_a_refused_restore_leaves_the_live_database_and_the_backups_alone(db, paths, clock):
    Contact.create(given_name="Live")
    fake = paths.data_dir / "fake.sqlite3"
    fake_backup(fake, app_db.known_migrations())
    with pytest.raises(backup.BackupError, match="not a complete Rapport database"):
        backup.restore_checked(app_db.database.connection(), fake, paths.backup_dir, app_db.known_migrations())
    assert [c.given_name for c in Contact.select()] == ["Live"]
    assert backup.list_backups(paths.backup_dir) == []  # not even a pre-restore copy: nothing happened
    assert not [p for p in paths.backup_dir.iterdir() if p.name.endswith(".partial")]


def test_rotation_never_deletes_the_copy_taken_before_a_restore(db, paths):
    conn = app_db.database.connection()
    clock = FixedClock("2026-01-01T09:00")
    before_restore = backup.take_backup(conn, paths.backup_dir, "pre-restore", clock=clock)
    for _ in range(6):  # six more tries the same day, each keeping "the current data" (a broken one)
        clock.advance(seconds=60)
        backup.take_backup(conn, paths.backup_dir, "pre-restore", clock=clock)
    for _ in range(8):
        clock.advance(seconds=60)
        backup.take_backup(conn, paths.backup_dir, "pre-migration", clock=clock)
    for _ in range(40):
        clock.advance(days=1)
        backup.take_backup(conn, paths.backup_dir, "daily", clock=clock)
    backup.rotate(paths.backup_dir, keep_daily=7, keep_weekly=4)
    left = backup.list_backups(paths.backup_dir)
    assert before_restore.exists()
    assert len([b for b in left if b.kind == "pre-restore"]) == 7
    assert len([b for b in left if b.kind == "pre-migration"]) == backup.KEEP_SAFETY
    # Much later, older pre-restore copies go, but never the newest one.
    clock.advance(days=90)
    newest = backup.take_backup(conn, paths.backup_dir, "pre-restore", clock=clock)
    for _ in range(10):
        clock.advance(days=1)
        backup.take_backup(conn, paths.backup_dir, "pre-migration", clock=clock)
    backup.rotate(paths.backup_dir, keep_daily=1, keep_weekly=0)
    assert newest.exists()


def test_leftovers_of_a_killed_backup_or_restore_are_removed(db, paths):
    dead = 4_000_000  # above the kernel's pid_max: no such process
    leftovers = [
        paths.backup_dir / f".rapport-20260101-090000-daily.sqlite3.{dead}.partial",
        paths.backup_dir / f".restore-20260101-090000.{dead}.partial",
        paths.data_dir / f".rapport.sqlite3.{dead}.partial",
        paths.data_dir / ".rapport.sqlite3.restoring",  # an older Rapport's name, untouched for a day
    ]
    for path in leftovers:
        path.write_bytes(b"\0" * 4096)
    day_ago = time.time() - 86400
    os.utime(leftovers[-1], (day_ago, day_ago))
    in_progress = paths.backup_dir / f".rapport-20260101-090001-manual.sqlite3.{os.getpid()}.partial"
    in_progress.write_bytes(b"\0")
    someone_elses = paths.backup_dir / ".notes.partial"
    someone_elses.write_bytes(b"\0")
    removed = backup.remove_leftovers(paths)
    assert sorted(removed) == sorted(leftovers)
    assert in_progress.exists() and someone_elses.exists()


def test_opening_the_data_folder_cleans_up(paths, migrated_template):
    import shutil

    from app.core.data.storage import open_store

    shutil.copyfile(migrated_template, paths.db_path)
    leftover = paths.backup_dir / ".rapport-20260101-090000-daily.sqlite3.4000000.partial"
    leftover.write_bytes(b"\0" * 1024)
    open_store(paths)
    try:
        assert not leftover.exists()
    finally:
        app_db.close_database()


def test_a_backup_to_a_chosen_file_leaves_its_folder_mode_and_old_partials(db, tmp_path, clock):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    stale = shared / ".mine.sqlite3.4000000.partial"
    stale.write_bytes(b"\0")
    target = backup.backup_to(app_db.database.connection(), shared / "mine.sqlite3")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not stale.exists()


def test_the_newest_good_backup_skips_a_fake(db, paths, clock):
    conn = app_db.database.connection()
    good = backup.take_backup(conn, paths.backup_dir, "daily", clock=clock)
    clock.advance(days=1)
    fake = paths.backup_dir / f"rapport-{clock.now():%Y%m%d-%H%M%S}-daily.sqlite3"
    fake_backup(fake, app_db.known_migrations())
    assert backup.newest_good_backup(paths.backup_dir, app_db.known_migrations()).path == good


def test_expected_schema_follows_the_version(db):
    known = app_db.known_migrations()
    first = backup.expected_schema(tuple(known[:1]))
    full = backup.expected_schema(tuple(known))
    assert "contact_website" not in first.tables and "contact_website" in full.tables
    assert "nickname" in full.tables["contact"] and "nickname" not in first.tables["contact"]


def test_a_backup_whose_name_has_uri_characters_is_checked_and_restored(db, paths, tmp_path, clock):
    Contact.create(given_name="Saved")
    odd = tmp_path / "my backup #1? 100%.sqlite3"
    backup.backup_to(app_db.database.connection(), odd)
    assert backup.check_file(odd, app_db.known_migrations()).ok
    Contact.create(given_name="Later")
    backup.restore_checked(app_db.database.connection(), odd, paths.backup_dir, app_db.known_migrations(), clock=clock)
    assert [c.given_name for c in Contact.select()] == ["Saved"]
