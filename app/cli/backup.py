"""`rapport backup [-o FILE]`: save a consistent copy of the database while it may be in use."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import EXIT_DATA, EXIT_OK, CliError, open_data
from app.core import backup
from app.db import database


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "backup",
        help="save a backup of the database",
        description="Save a complete copy of the database (safe while Rapport is open). Without -o the copy goes "
        "to the data folder's backups/ folder.",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="where to write the backup")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    paths = open_data(args)
    try:
        if args.output:
            target = Path(args.output).expanduser().absolute()
            if not target.parent.is_dir():
                raise CliError(f"{target}: folder {target.parent} does not exist")
            path = backup.backup_to(database.connection(), target)
        else:
            path = backup.take_backup(database.connection(), paths.backup_dir, "manual")
    except backup.BackupError as exc:
        raise CliError(str(exc), EXIT_DATA) from exc
    print(path)
    return EXIT_OK
