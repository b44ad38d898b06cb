import datetime as dt
import sqlite3
import stat

import pytest

from app import db as app_db
from app.core.clock import FixedClock
from app.core.data import backup
from app.models import Contact


def names(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT display_name FROM contact ORDER BY id")]


def test_backup_is_a_private_consistent_copy(db, paths, clock):
    Contact.create(given_name="Ada")
    path = backup.take_backup(app_db.database.connection(), paths.backup_dir, "manual", clock=clock)
    assert path.name == "rapport-20260316-103000-manual.sqlite3"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert names(path) == ["Ada"]
    assert backup.check_file(path, app_db.known_migrations()).ok
    assert not list(paths.backup_dir.glob(".*partial"))


def test_two_backups_in_the_same_second_do_not_overwrite(db, paths, clock):
    first = backup.take_backup(app_db.database.connection(), paths.backup_dir, "manual", clock=clock)
    second = backup.take_backup(app_db.database.connection(), paths.backup_dir, "manual", clock=clock)
    assert first != second and first.exists() and second.exists()


def test_daily_backup_once_a_day(db, paths, clock):
    conn = app_db.database.connection()
    assert backup.daily_backup(conn, paths.backup_dir, clock=clock) is not None
    assert backup.daily_backup(conn, paths.backup_dir, clock=clock) is None
    clock.advance(days=1)
    assert backup.daily_backup(conn, paths.backup_dir, clock=clock) is not None


def test_daily_backup_of_the_file_on_a_connection_of_its_own(db, paths, clock):
    from app.core.data.storage import daily_backup_of_file

    taken = daily_backup_of_file(paths.db_path, paths.backup_dir, (7, 4), clock=clock)
    assert taken is not None and taken.exists()
    assert daily_backup_of_file(paths.db_path, paths.backup_dir, (7, 4), clock=clock) is None  # once a day


def test_rotation_keeps_seven_days_and_four_weeks(db, paths):
    conn = app_db.database.connection()
    clock = FixedClock("2026-01-01T09:00")
    for _ in range(60):  # two backups a day for 60 days
        backup.take_backup(conn, paths.backup_dir, "daily", clock=clock)
        clock.advance(seconds=3600)
        backup.take_backup(conn, paths.backup_dir, "daily", clock=clock)
        clock.advance(days=1, seconds=-3600)
    backup.take_backup(conn, paths.backup_dir, "pre-migration", clock=clock)
    backup.rotate(paths.backup_dir, keep_daily=7, keep_weekly=4)
    kept = backup.list_backups(paths.backup_dir)
    daily = [b for b in kept if b.kind == "daily"]
    days = {b.taken_at.date() for b in daily}
    weeks = {tuple(b.taken_at.date().isocalendar())[:2] for b in daily}
    newest_days = sorted(days, reverse=True)[:7]
    assert newest_days == [dt.date(2026, 3, 1) - dt.timedelta(days=i) for i in range(7)]
    assert len(weeks) == 4
    assert len(days) <= 7 + 4
    assert len(daily) == len(days)  # only the newest backup of each kept day
    assert any(b.kind == "pre-migration" for b in kept)


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"hello, I am not a database", "not an SQLite file"), (b"", "not an SQLite file")],
)
def test_check_refuses_files_that_are_not_databases(tmp_path, content, reason):
    path = tmp_path / "x.sqlite3"
    path.write_bytes(content)
    result = backup.check_file(path)
    assert not result.ok and reason in result.reason


def test_check_refuses_other_sqlite_files_newer_backups_and_damage(db, paths, tmp_path, clock):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert "not a Rapport database" in backup.check_file(other).reason

    newer = backup.take_backup(app_db.database.connection(), paths.backup_dir, "manual", clock=clock)
    with sqlite3.connect(newer) as conn:
        conn.execute("INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2030-01-01')")
    assert "newer version" in backup.check_file(newer, app_db.known_migrations()).reason

    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(newer.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    assert not backup.check_file(damaged).ok


def test_restore_into_the_live_database(db, paths, clock):
    Contact.create(given_name="Before")
    saved = backup.take_backup(app_db.database.connection(), paths.backup_dir, "manual", clock=clock)
    Contact.create(given_name="After")
    backup.restore_into(app_db.database.connection(), saved)
    assert [c.given_name for c in Contact.select()] == ["Before"]
    assert app_db.database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_newest_good_backup_skips_damaged_ones(db, paths, clock):
    conn = app_db.database.connection()
    good = backup.take_backup(conn, paths.backup_dir, "daily", clock=clock)
    clock.advance(days=1)
    bad = backup.take_backup(conn, paths.backup_dir, "daily", clock=clock)
    bad.write_bytes(b"garbage")
    assert backup.newest_good_backup(paths.backup_dir).path == good


def test_restore_over_a_damaged_file_keeps_the_damaged_copy(db, paths, clock):
    Contact.create(given_name="Kept")
    saved = backup.take_backup(app_db.database.connection(), paths.backup_dir, "manual", clock=clock)
    app_db.close_database()
    paths.db_path.write_bytes(b"\x00garbage" * 100)
    backup.restore_file_over(paths.db_path, saved)
    assert names(paths.db_path) == ["Kept"]
    damaged = list(paths.data_dir.glob("rapport.sqlite3.damaged-*"))
    assert damaged and damaged[0].read_bytes().startswith(b"\x00garbage")
