"""A search's number of matches, counted on a read-only connection of its own (issue 21).

Counting a one-letter search reads the index's whole list for the letter: 2.5 ms at 50k contacts, 15–35 ms at 200k.
The contact list shows such a search's first rows uncounted (:func:`app.core.contacts.list_query.query` with
``count_later``) and has the number counted off the window's thread, on the connection this module opens to the
same file (``mode=ro``: it can never write; WAL lets it read while the window's connection writes). One statement
runs at a time; :meth:`ReadOnlyCounter.interrupt` stops it when the user has typed on. The answer is kept only if
nothing was written meanwhile (:func:`app.core.contacts.list_query.remember_count`).
"""

from __future__ import annotations

import sqlite3
import threading
import urllib.parse
from pathlib import Path

from app.core.contacts.search import COUNT_LIVE_SQL
from app.db import BUSY_TIMEOUT_MS, database


class ReadOnlyCounter:
    """A read-only connection to the database's file for counting searches, used by one thread at a time (any
    thread: a pool's threads come and go), interruptible from another."""

    def __init__(self, name: str, target: str):
        self.name = name  # the database as the window's connection names it (to notice another one opened)
        self._target = target
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._running = False
        self._closed = False

    @classmethod
    def for_database(cls) -> ReadOnlyCounter | None:
        """A counter for the open database, or None when no other connection can see it (in memory, none open)."""
        name = database.database
        if not name or name == ":memory:" or "mode=memory" in name:
            return None
        if name.startswith("file:"):  # already opened read-only (mode=ro or immutable): the same again
            return cls(name, name)
        return cls(name, f"file:{urllib.parse.quote(str(Path(name).absolute()))}?mode=ro")

    def is_for_open_database(self) -> bool:
        return self.name == database.database

    def count(self, expression: str) -> int | None:
        """How many live contacts match ``expression`` (:func:`app.core.contacts.search.count_live_matches` on this
        connection); None when interrupted or closed."""
        with self._lock:
            if self._closed:
                return None
            if self._conn is None:
                self._conn = sqlite3.connect(
                    self._target, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
                )
            conn = self._conn
            self._running = True
        try:
            return conn.execute(COUNT_LIVE_SQL, (expression,)).fetchone()[0]
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc):
                return None
            raise
        finally:
            with self._lock:
                self._running = False

    def interrupt(self) -> None:
        """Stop the count running now, if any (from any thread); a later count is not affected."""
        with self._lock:
            if self._running and self._conn is not None:
                self._conn.interrupt()

    def close(self) -> None:
        """Close the connection (after the thread counting on it has finished); counts after this answer None."""
        with self._lock:
            self._closed = True
            conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
