"""Writing many e-mail addresses without rewriting the search index for each one (migration 0085, issue 19).

The search index keeps every contact's addresses joined in one column. Per-row triggers keep it right for every
write, but a contact given thousands of addresses one row at a time had its index row rebuilt thousands of times
(quadratic). :func:`held` holds the given contacts while their addresses are written and refreshes each of their
index rows once on the way out. Use it inside the caller's transaction: the hold rows never outlive it, and an
exception rolls them back together with the writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from app.db import database

_BATCH = 500


def hold(contact_ids: Iterable[int]) -> list[int]:
    """Stop the per-address index updates of ``contact_ids``; returns the ids newly held (to pass to release)."""
    ids = list(dict.fromkeys(contact_ids))
    if not ids:
        return []
    held_before = set()
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        marks = ", ".join("?" * len(chunk))
        held_before.update(
            row[0]
            for row in database.execute_sql(
                f"SELECT contact_id FROM contact_fts_hold WHERE contact_id IN ({marks})", chunk
            )
        )
    fresh = [i for i in ids if i not in held_before]
    if fresh:
        database.cursor().executemany("INSERT INTO contact_fts_hold (contact_id) VALUES (?)", [(i,) for i in fresh])
    return fresh


def release(contact_ids: Iterable[int]) -> None:
    """Release holds: each contact's addresses reach the index once (trigger ``contact_fts_hold_ad``)."""
    rows = [(i,) for i in contact_ids]
    if rows:
        database.cursor().executemany("DELETE FROM contact_fts_hold WHERE contact_id = ?", rows)


@contextmanager
def held(contact_ids: Iterable[int]) -> Iterator[None]:
    """Hold ``contact_ids`` for the block; on a normal exit their index rows are refreshed once. On an exception
    nothing is released here: the caller's transaction (or savepoint) rolls the holds back with the writes."""
    with database.atomic():
        fresh = hold(contact_ids)
        yield
        release(fresh)
