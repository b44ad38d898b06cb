"""Opening a data folder the safe way: check, back up before migrating, back up daily (DESIGN §9)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.data import backup
from app.db import open_database
from app.models import Setting
from app.paths import AppPaths

log = logging.getLogger(__name__)


def open_store(
    paths: AppPaths, *, clock: Clock = SYSTEM_CLOCK, check: bool = True, read_only: bool = False
) -> SqliteDatabase:
    """Open the database of ``paths``: quick_check, then a ``pre-migration`` backup whenever migrations are pending
    on an existing database, then the migrations. Raises what :func:`app.db.open_database` raises.

    ``read_only`` (a read-only data folder) writes nothing at all: no backup, no migration, no clean-up."""
    if read_only:
        return open_database(paths.db_path, check=check, read_only=True)
    backup.remove_leftovers(paths)

    def before_migrate(db: SqliteDatabase, pending: list[str]) -> None:
        path = backup.take_backup(db.connection(), paths.backup_dir, "pre-migration", clock=clock)
        log.info("backup before migrating to %s: %s", pending[-1], path.name)

    return open_database(paths.db_path, check=check, before_migrate=before_migrate)


def keep_counts() -> tuple[int, int]:
    """How many daily and weekly backups rotation keeps (settings, with the DESIGN defaults)."""
    daily = Setting.read("backup_keep_daily", backup.DEFAULT_KEEP_DAILY)
    weekly = Setting.read("backup_keep_weekly", backup.DEFAULT_KEEP_WEEKLY)
    daily = daily if isinstance(daily, int) and 1 <= daily <= 365 else backup.DEFAULT_KEEP_DAILY
    weekly = weekly if isinstance(weekly, int) and 0 <= weekly <= 520 else backup.DEFAULT_KEEP_WEEKLY
    return daily, weekly


def daily_backup_of_file(db_path: Path, folder: Path, keep: tuple[int, int], *, clock: Clock = SYSTEM_CLOCK):
    """The day's backup (if not taken yet) on a connection of its own to ``db_path``, closed after: for a worker
    thread, so the window's connection stays free. ``keep``: the daily and weekly counts (:func:`keep_counts`)."""
    source = sqlite3.connect(str(db_path), timeout=10)
    try:
        return backup.daily_backup(source, folder, clock=clock, keep_daily=keep[0], keep_weekly=keep[1])
    finally:
        source.close()


def daily_backup(db: SqliteDatabase, paths: AppPaths, *, clock: Clock = SYSTEM_CLOCK):
    """The first start of each day takes a backup and rotates old ones. Returns the new file or None."""
    keep_daily, keep_weekly = keep_counts()
    return backup.daily_backup(
        db.connection(), paths.backup_dir, clock=clock, keep_daily=keep_daily, keep_weekly=keep_weekly
    )
