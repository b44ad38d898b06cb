"""Filling the search index once for many new contacts, instead of once per contact and once per address (issue 21).

``contact_fts`` is kept current by per-row triggers: ``contact_fts_ai`` writes a contact's index row when it is
inserted, and ``contact_email_fts_ai`` rewrites it for every address inserted after it (an FTS5 update is a delete
and an insert). For an import of 100 000 people those triggers cost more than everything else. :func:`suspended`
drops those two triggers for the block, and on the way out writes the index rows of the new contacts with one
``INSERT … SELECT`` — the very expression of ``contact_fts_ai``, read from the schema, with ``new.`` made a column
of the ``SELECT`` — and puts the triggers back exactly as they were.

All of it happens inside the caller's transaction (DDL is transactional in SQLite): a crash or an exception at any
point rolls back the rows, the index rows and the dropped triggers together, so the index is never left behind.
Outside a transaction, or when a trigger does not have the expected shape, nothing is suspended and the triggers
do the work as usual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from peewee import chunked

from app.db import MAX_SQL_PARAMETERS, database

# The contact list tests each name it walks against the index (a search matching a quarter of the network or more,
# :mod:`app.core.contacts.list_query`), a lookup in every segment of the index: after many new contacts it is merged
# into one ('optimize'; at 200k contacts, 17 segments -> 1: "Ha", "Ma", "In" 5-6 -> 1.3-1.5 ms a keystroke).
MERGE_AFTER = 1000  # new contacts indexed at once
CONTACT_TRIGGER = "contact_fts_ai"
EMAIL_TRIGGER = "contact_email_fts_ai"
_VALUES = re.compile(
    r"^CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact WHEN new\.deleted_at IS NULL BEGIN "
    r"INSERT INTO contact_fts\(rowid, (?P<columns>[a-z_, ]+)\) VALUES \((?P<values>.*)\); END$",
    re.DOTALL,
)


@dataclass
class Suspension:
    """The dropped triggers' SQL and the new contacts whose index rows are due (``add`` them as they are made)."""

    triggers: dict[str, str]
    columns: str
    values: str
    ids: list[int] = field(default_factory=list)

    def add(self, contact_id: int) -> None:
        self.ids.append(contact_id)


def _plan() -> Suspension | None:
    if not database.in_transaction():
        return None
    rows = dict(
        database.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
            (CONTACT_TRIGGER, EMAIL_TRIGGER),
        ).fetchall()
    )
    if set(rows) != {CONTACT_TRIGGER, EMAIL_TRIGGER}:
        return None
    match = _VALUES.match(rows[CONTACT_TRIGGER])
    if match is None:
        return None
    values = match.group("values")
    if "old." in values:
        return None
    return Suspension(rows, match.group("columns"), re.sub(r"\bnew\.", "c.", values))


def index_rows_sql(suspension: Suspension, where: str) -> str:
    """``INSERT INTO contact_fts … SELECT`` the index rows of the contacts ``where`` selects (alias ``c``)."""
    return (
        f"INSERT INTO contact_fts(rowid, {suspension.columns}) SELECT {suspension.values} "
        f"FROM contact AS c WHERE c.deleted_at IS NULL AND {where}"
    )


@contextmanager
def suspended() -> Iterator[Suspension | None]:
    """Per-row index triggers off for the block; the index rows of every id ``add``-ed are written at its end.

    Yields None (and changes nothing) outside a transaction or when the triggers are not the expected ones."""
    suspension = _plan()
    if suspension is None:
        yield None
        return
    for name in suspension.triggers:
        database.execute_sql(f"DROP TRIGGER {name}")
    try:
        yield suspension
        ids = suspension.ids
        if ids:
            first, last = min(ids), max(ids)
            if last - first + 1 == len(ids):  # one run of new ids (an import's, in its own transaction)
                database.execute_sql(index_rows_sql(suspension, "c.id BETWEEN ? AND ?"), (first, last))
            else:
                for chunk in chunked(ids, MAX_SQL_PARAMETERS):
                    marks = ", ".join("?" * len(chunk))
                    database.execute_sql(index_rows_sql(suspension, f"c.id IN ({marks})"), chunk)
            if len(ids) >= MERGE_AFTER:
                merge_segments()
    finally:
        for sql in suspension.triggers.values():  # IF NOT EXISTS: a failed transaction may have restored them
            database.execute_sql(sql.replace("CREATE TRIGGER ", "CREATE TRIGGER IF NOT EXISTS ", 1))


def segments() -> int:
    """How many segments the search index is stored in (each lookup of a row seeks in every one)."""
    return database.execute_sql("SELECT count(DISTINCT segid) FROM contact_fts_idx").fetchone()[0]


def merge_segments() -> None:
    """Merge the search index into one segment when it is in several (FTS5's 'optimize'; the same rows, the same
    answers to every query, fewer seeks per row tested)."""
    if segments() > 1:
        database.execute_sql("INSERT INTO contact_fts(contact_fts) VALUES('optimize')")
