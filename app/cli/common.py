"""What every sub-command shares: exit codes, opening the data folder, clear errors."""

from __future__ import annotations

import argparse

from app.db import SchemaTooNewError, open_database
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
    paths = paths_from_args(args)
    try:
        open_database(paths.db_path)
    except SchemaTooNewError as exc:
        raise CliError(str(exc), EXIT_DATA) from exc
    except Exception as exc:  # peewee wraps sqlite3 errors: locked, not a database, read-only…
        raise CliError(f"cannot open the database {paths.db_path}: {exc}", EXIT_DATA) from exc
    return paths
