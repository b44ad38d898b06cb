"""The JSON import's plumbing: rows written with one prepared statement per shape (peewee would build the SQL
for every row, most of a 50 000-contact restore's time), rows already stored by what they are, and the cancel check."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from typing import Any

from app.core.formats.importers.errors import ImportCancelled
from app.db import database

INSERT_BATCH = 400  # rows per multi-row INSERT (below SQLite's host-parameter limit)


def stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()


def nocase(name: str) -> str:
    """SQLite's NOCASE folds ASCII letters only: the key names are unique by."""
    return "".join(ch.lower() if "A" <= ch <= "Z" else ch for ch in name)


def batches(rows: list, size: int = INSERT_BATCH) -> Iterator[list]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class Known:
    """Rows already stored, by what they are. Each matches one record of the file at most: two equal records are
    two rows (each finds its own stored row, or is added)."""

    def __init__(self) -> None:
        self._rows: dict[tuple, list[int]] = {}

    def add(self, key: tuple, row_id: int = 0) -> None:
        self._rows.setdefault(key, []).append(row_id)

    def take(self, key: tuple) -> int | None:
        """The id of a stored row like ``key`` not matched yet, or None."""
        rows = self._rows.get(key)
        return rows.pop() if rows else None


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sql_value(value: Any) -> Any:
    """A Python value as the SQLite text peewee stores for it (the same as the sqlite3 adapters)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def statement(model, names: tuple[str, ...], ignore: bool = False) -> str:
    """``INSERT INTO table (columns) VALUES (?, …)`` for the fields ``names`` of ``model`` (a foreign key field
    ``contact`` is the column ``contact_id``). Built once per shape: peewee would build the SQL for every row,
    which is most of the time of a 50 000-contact restore."""
    key = (model, names, ignore)
    if key not in _STATEMENTS:
        columns = ", ".join(f'"{model._meta.fields[name].column_name}"' for name in names)
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        marks = ", ".join("?" * len(names))
        _STATEMENTS[key] = f'{verb} INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    return _STATEMENTS[key]


_STATEMENTS: dict[tuple, str] = {}


def insert_one(model, row: dict[str, Any]) -> int:
    """Insert ``row`` (field name → value) and return its id."""
    names = tuple(row)
    cursor = database.execute_sql(statement(model, names), [sql_value(row[n]) for n in names])
    return cursor.lastrowid


def insert_many(model, rows: list[dict[str, Any]], ignore: bool = False) -> None:
    """Insert ``rows`` (all with the same fields) with one prepared statement."""
    if not rows:
        return
    names = tuple(rows[0])
    cursor = database.cursor()
    cursor.executemany(statement(model, names, ignore), ([sql_value(r[n]) for n in names] for r in rows))
