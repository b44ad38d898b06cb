"""This thread's connection to the database, for the UI's worker threads, watchers and patient saves (issue 18:
the UI does not import ``app.db``; these are the few things it needs of it, with the start-up's refusals of a
damaged or newer database and the close at the end).

peewee gives each thread its own connection to the same file: a worker opens one for its job and closes it after
(:func:`worker_connection`); the window's own connection stays open until the window closes.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from app.db import (
    BUSY_TIMEOUT_MS,
    DatabaseCorruptError,
    SchemaTooNewError,
    busy_timeout,
    close_database,
    data_version,
    database,
    known_migrations,
)

__all__ = [
    "BUSY_TIMEOUT_MS",
    "DatabaseCorruptError",
    "SchemaTooNewError",
    "busy_timeout",
    "close_database",
    "close_thread_connection",
    "data_version",
    "is_open",
    "known_migrations",
    "sqlite_connection",
    "worker_connection",
]


@contextlib.contextmanager
def worker_connection() -> Iterator[None]:
    """This (worker) thread's own connection for the block, closed at its end whatever happens."""
    database.connect(reuse_if_open=True)
    try:
        yield
    finally:
        close_thread_connection()


def close_thread_connection() -> None:
    """Close this thread's connection if it has one open (a worker thread at the end of its job)."""
    if not database.is_closed():
        database.close()


def is_open() -> bool:
    """Whether a database file is chosen and this thread's connection to it is open (never opens one)."""
    return database.database is not None and not database.is_closed()


def sqlite_connection() -> sqlite3.Connection:
    """This thread's sqlite3 connection (backups copy through it)."""
    return database.connection()
