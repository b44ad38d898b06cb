"""What every sub-command shares: exit codes, opening the data folder, clear errors."""

from __future__ import annotations

import argparse
import logging

from app.db import DatabaseCorruptError, SchemaTooNewError
from app.errors import classify
from app.paths import AppPaths, resolve_paths

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
    return resolve_paths(getattr(args, "data_dir", None)).ensure()


def open_data(args: argparse.Namespace) -> AppPaths:
    """Resolve the data folder of ``args``, open (creating or migrating) its database and return the paths."""
    from app.core.backup import newest_good_backup
    from app.core.storage import open_store
    from app.db import known_migrations
    from app.logging_setup import setup_logging

    paths = paths_from_args(args)
    setup_logging(paths.log_file, stderr_level=logging.CRITICAL)
    try:
        open_store(paths)
    except SchemaTooNewError as exc:
        raise CliError(str(exc), EXIT_DATA) from exc
    except DatabaseCorruptError as exc:
        good = newest_good_backup(paths.backup_dir, known_migrations())
        hint = f"; restore the newest good backup with: rapport restore {good.path}" if good else ""
        raise CliError(f"{exc}{hint}", EXIT_DATA) from exc
    except Exception as exc:  # peewee wraps sqlite3 errors: locked, read-only, disk full…
        known = classify(exc)
        if known is None:
            raise
        raise CliError(f"cannot open the database {paths.db_path}: {known.message}", EXIT_DATA) from exc
    return paths
