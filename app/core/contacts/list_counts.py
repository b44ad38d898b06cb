"""What the contact list counts, kept until the next write (issue 21): the live contacts, each search's matches,
the search index's segments. A keystroke in the search box asks again and again; the database's write stamp
(:func:`data_stamp`) says when an answer may be kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.contacts import search, search_index_bulk
from app.db import database

if TYPE_CHECKING:
    from app.core.contacts.list_query import CountRequest

_live: tuple[tuple[int, int], int] | None = None


def data_stamp() -> tuple[int, int]:
    """A value that changes after every write to the database, this connection's or another's (SQLite's
    ``data_version`` and the connection's ``total_changes``): what was read before it changed may be kept."""
    conn = database.connection()
    return (database.execute_sql("PRAGMA data_version").fetchone()[0], conn.total_changes)


def live_count() -> int:
    """How many contacts are live, counted again only after a write (this connection's or another's): the count
    walks an index of every contact, which a keystroke should not pay for."""
    global _live
    stamp = data_stamp()
    if _live is None or _live[0] != stamp:
        _live = (stamp, database.execute_sql("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0])
    return _live[1]


_segments: tuple[tuple[int, int], int] | None = None


def index_segments() -> int:
    """How many segments the search index is stored in, read again only after a write."""
    global _segments
    stamp = data_stamp()
    if _segments is None or _segments[0] != stamp:
        _segments = (stamp, search_index_bulk.segments())
    return _segments[1]


_matches: tuple[tuple[int, int], dict[str, int]] | None = None
MATCH_COUNTS_KEPT = 256


def known_matches(expression: str) -> int | None:
    """The kept count of ``expression`` (see :func:`live_matches`), or None."""
    if _matches is None or _matches[0] != data_stamp():
        return None
    return _matches[1].get(expression)


def live_matches(expression: str) -> int:
    """How many live contacts match ``expression``, kept until the next write: going back to a search typed a
    moment ago (Backspace, a word typed again) does not count its matches again. A one-letter search matches
    most of the network, and counting it reads the whole of its part of the index."""
    global _matches
    stamp = data_stamp()
    if _matches is None or _matches[0] != stamp or len(_matches[1]) >= MATCH_COUNTS_KEPT:
        _matches = (stamp, {})
    counts = _matches[1]
    found = counts.get(expression)
    if found is None:
        found = counts[expression] = search.count_live_matches(expression)
    return found


def remember_count(request: CountRequest, total: int) -> bool:
    """Keep ``total``, counted elsewhere for ``request``, as this connection's count of the search (``list_query.count``
    then answers at once) — only when nothing was written since the request; else False (the number may be wrong:
    count again)."""
    global _matches
    stamp = data_stamp()
    if stamp != request.stamp:
        return False
    if _matches is None or _matches[0] != stamp or len(_matches[1]) >= MATCH_COUNTS_KEPT:
        _matches = (stamp, {})
    _matches[1][request.expression] = total
    return True


def forget() -> None:
    """Drop every kept answer (tests; a database opened anew is noticed by its stamp)."""
    global _live, _matches, _segments
    _live = _matches = _segments = None
