"""What every sub-command shares: exit codes, opening the data folder, clear errors."""

from __future__ import annotations

import argparse
import logging

from app.db import DatabaseCorruptError, ReadOnlyUpgradeError, SchemaTooNewError
from app.errors import classify
from app.paths import AppPaths, DataFolderError, check_data_folder, resolve_paths

EXIT_OK = 0
EXIT_USAGE = 1
EXIT_REJECTED = 2  # input rejected, nothing written
EXIT_DATA = 3  # data problem: integrity, locked, newer schema


class CliError(Exception):
    """A failure to report on stderr with an exit code (no traceback: it is the user's situation, not a bug)."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def paths_from_args(args: argparse.Namespace) -> AppPaths:
    """The folders of ``args``, created when missing. A read-only data folder is returned as it is (nothing is
    created in it: see :attr:`AppPaths.read_only`); a data folder that is a file, or cannot be created, is a
    :class:`CliError` with a plain message."""
    paths = resolve_paths(getattr(args, "data_dir", None))
    try:
        check_data_folder(paths.data_dir)
        return paths if paths.read_only else paths.ensure()
    except DataFolderError as exc:
        raise CliError(str(exc), EXIT_DATA) from exc


def open_data(args: argparse.Namespace) -> AppPaths:
    """Resolve the data folder of ``args``, open (creating or migrating) its database and return the paths.

    A read-only data folder (a read-only disk, a folder made 0500) is opened read-only: reading commands work, a
    command that writes fails with "read-only data folder" (exit 3), and nothing at all is written there."""
    from app.core.data.backup import newest_good_backup
    from app.core.data.storage import open_store
    from app.db import known_migrations
    from app.logging_setup import setup_logging

    paths = paths_from_args(args)
    read_only = paths.read_only
    log_inside = paths.data_dir in paths.log_file.parents
    setup_logging(None if read_only and log_inside else paths.log_file, stderr_level=logging.CRITICAL)
    if read_only and not paths.db_path.is_file():
        raise CliError(f"the data folder {paths.data_dir} is read-only and holds no Rapport database", EXIT_DATA)
    try:
        open_store(paths, read_only=read_only)
    except (SchemaTooNewError, ReadOnlyUpgradeError) as exc:
        raise CliError(str(exc), EXIT_DATA) from exc
    except DatabaseCorruptError as exc:
        good = newest_good_backup(paths.backup_dir, known_migrations())
        hint = f"; restore the newest good backup with: rapport restore {good.path}" if good else ""
        raise CliError(f"{exc}{hint}", EXIT_DATA) from exc
    except Exception as exc:  # peewee wraps sqlite3 errors: locked, read-only, disk full…
        known = classify(exc)
        if known is None:
            raise
        raise CliError(f"cannot open the database {paths.db_path}: {known.full_message}", EXIT_DATA) from exc
    return paths
