"""`rapport backup [-o FILE]`: save a consistent copy of the database while it may be in use.

``-o`` writes the copy where the user says (a folder gets the usual backup name inside it); that folder keeps its
own permissions — only folders Rapport creates are made private. From a read-only data folder a backup can still be
saved elsewhere with ``-o``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import EXIT_DATA, EXIT_OK, CliError, open_data
from app.core.clock import SYSTEM_CLOCK
from app.core.data import backup
from app.db import database


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "backup",
        help="save a backup of the database",
        description="Save a complete copy of the database (safe while Rapport is open). Without -o the copy goes "
        "to the data folder's backups/ folder.",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="where to write the backup (a file, or a folder)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    target = None
    if args.output:
        target = Path(args.output).expanduser().absolute()
        if target.is_dir():
            target = target / f"rapport-{SYSTEM_CLOCK.now():%Y%m%d-%H%M%S}-manual.sqlite3"
        elif not target.parent.is_dir():
            raise CliError(f"{target}: folder {target.parent} does not exist")
    paths = open_data(args)
    try:
        if target is not None:
            path = backup.backup_to(database.connection(), target)
        elif paths.read_only:
            raise CliError(
                f"the data folder {paths.data_dir} is read-only, so the backup cannot go to {paths.backup_dir}; "
                "save it elsewhere with -o FILE",
                EXIT_DATA,
            )
        else:
            path = backup.take_backup(database.connection(), paths.backup_dir, "manual")
    except backup.BackupError as exc:
        raise CliError(str(exc), EXIT_DATA) from exc
    print(path)
    return EXIT_OK
