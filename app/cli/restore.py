"""`rapport restore FILE`: check a backup, keep a copy of the current database, then restore the backup.

The live database is not touched until FILE has passed every check and a private copy of it has been brought up to
this version's schema (:func:`app.core.data.backup.prepare_restore`): a file that is not a complete Rapport database
changes nothing and exits 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import EXIT_DATA, EXIT_OK, EXIT_REJECTED, CliError, paths_from_args
from app.core.data import backup
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
    if paths.read_only:
        raise CliError(f"the data folder {paths.data_dir} is read-only: nothing can be restored into it", EXIT_DATA)
    holder = held_by_other(paths.data_dir)
    if holder is not None:
        raise CliError(
            f"Rapport is open on {paths.data_dir} (process {holder.pid}); close it before restoring", EXIT_DATA
        )
    if source.exists() and paths.db_path.exists() and source.resolve() == paths.db_path.resolve():
        raise CliError("that file is the current database itself", EXIT_REJECTED)
    backup.remove_leftovers(paths)
    try:
        prepared, checked = backup.prepare_restore(source, paths.backup_dir, known_migrations())
    except backup.BackupError as exc:
        raise CliError(f"not restored: {exc}", EXIT_REJECTED) from exc
    try:
        try:
            open_database(paths.db_path, migrate=False)
        except DatabaseCorruptError:
            close_database()
            backup.restore_file_over(paths.db_path, prepared)
            print(f"restored {source} ({checked.contacts} contacts); the damaged database was kept beside it")
            return EXIT_OK
        try:
            kept = backup.take_backup(database.connection(), paths.backup_dir, "pre-restore")
            backup.restore_into(database.connection(), prepared)
        except backup.BackupError as exc:
            raise CliError(str(exc), EXIT_DATA) from exc
        finally:
            close_database()
    finally:
        prepared.unlink(missing_ok=True)
    # Open it as every command does (checks; nothing left to migrate: the prepared copy was upgraded already).
    from app.cli.common import open_data

    open_data(args)
    print(f"restored {source} ({checked.contacts} contacts); the previous database was saved as {kept}")
    return EXIT_OK
