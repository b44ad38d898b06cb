"""The base model every table derives from, and small helpers shared by the models."""

from __future__ import annotations

import datetime as dt
import uuid

from peewee import SQL, ColumnBase, Model, NodeList

from app.db import database


def new_uid() -> str:
    """A stable identifier that leaves the app (vCard UID, ICS UID, sync)."""
    return str(uuid.uuid4())


def unindexed(column: ColumnBase) -> NodeList:
    """``+column``: the same value, but SQLite will not pick an index on it for this term. Rapport runs without
    planner statistics (no ANALYZE), so where a column with a low-selectivity index (``deleted_at``, ``kind``) would
    lure SQLite away from the range index that answers a query, the query says so explicitly."""
    return NodeList((SQL("+"), column), glue="")


def now() -> dt.datetime:
    """Local wall-clock time without microseconds: what the user sees and what rows store."""
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    """All Rapport tables: bound to the deferred :data:`app.db.database`, snake_case table names."""

    class Meta:
        database = database
        legacy_table_names = False
