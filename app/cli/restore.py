"""`rapport restore FILE`: check a backup, keep a copy of the current database, then restore the backup."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import EXIT_DATA, EXIT_OK, EXIT_REJECTED, CliError, paths_from_args
from app.core import backup
from app.db import DatabaseCorruptError, close_database, database, known_migrations, open_database
from app.instance_lock import held_by_other


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "restore",
        help="restore the database from a backup",
        description="Check FILE (a Rapport backup), save the current database as a pre-restore backup, then "
        "replace the current database with FILE. A file that fails the check changes nothing (exit 2).",
    )
    p.add_argument("file", metavar="FILE", help="the backup to restore")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser().absolute()
    paths = paths_from_args(args)
    holder = held_by_other(paths.data_dir)
    if holder is not None:
        raise CliError(
            f"Rapport is open on {paths.data_dir} (process {holder.pid}); close it before restoring", EXIT_DATA
        )
    checked = backup.check_file(source, known_migrations())
    if not checked.ok:
        raise CliError(f"not restored: {checked.reason}", EXIT_REJECTED)
    if source.resolve() == paths.db_path.resolve():
        raise CliError("that file is the current database itself", EXIT_REJECTED)
    try:
        open_database(paths.db_path, migrate=False)
    except DatabaseCorruptError:
        close_database()
        backup.restore_file_over(paths.db_path, source)
        print(f"restored {source} ({checked.contacts} contacts); the damaged database was kept beside it")
        return EXIT_OK
    try:
        kept = backup.take_backup(database.connection(), paths.backup_dir, "pre-restore")
        backup.restore_into(database.connection(), source)
    except backup.BackupError as exc:
        raise CliError(str(exc), EXIT_DATA) from exc
    finally:
        close_database()
    # Bring the restored database up to this version's schema (with its own pre-migration backup).
    from app.cli.common import open_data

    open_data(args)
    print(f"restored {source} ({checked.contacts} contacts); the previous database was saved as {kept}")
    return EXIT_OK
