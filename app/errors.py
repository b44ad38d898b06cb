"""Known errors (the environment's fault) versus bugs, as qutebrowser's sql layer separates them.

A full disk, a read-only folder, missing permissions or a database held by another program are situations the
user can fix: they get a plain-language message and the app stays usable. Anything else is a bug and goes to the
crash dialog and the log with its traceback.

A third kind is the user's own input that a use case refuses (an e-mail that is no e-mail, a merge of a contact with
itself, a backup that is not one): every such domain error derives from :class:`RapportError`, so that one
``except RapportError`` shows its message, while each keeps its own name (and ValueError, RuntimeError… as before).
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from typing import NamedTuple


class RapportError(Exception):
    """Base of the core's domain errors: a use case refused, with a message meant for the user."""


class KnownError(NamedTuple):
    """A user-fixable failure: ``title`` for a dialog, ``message`` saying what happened and what to do."""

    title: str
    message: str


_SQLITE = {
    "SQLITE_FULL": (
        "Disk full",
        "The disk is full, so Rapport could not save. Free some space and try again; what was saved before is safe.",
    ),
    "SQLITE_READONLY": (
        "Read-only data folder",
        "Rapport cannot write to its data folder (it is read-only). Check the folder's permissions or the disk.",
    ),
    "SQLITE_CANTOPEN": (
        "Cannot open the database",
        "Rapport cannot open its database file. Check that the data folder exists and that you may write to it.",
    ),
    "SQLITE_PERM": ("Permission denied", "Rapport is not allowed to use its database file. Check its permissions."),
    "SQLITE_BUSY": (
        "Database busy",
        "The database is in use by another Rapport (or another program) and stayed "
        "locked. Close the other program or try again in a moment.",
    ),
    "SQLITE_LOCKED": ("Database busy", "The database is locked by another connection. Try again in a moment."),
    "SQLITE_IOERR": (
        "Disk error",
        "The disk reported an error while Rapport was reading or writing. Check the "
        "disk; your last saved data is in the backups.",
    ),
    "SQLITE_CORRUPT": (
        "Damaged database",
        "The database file is damaged. Restore it from a backup (File → Restore backup…).",
    ),
    "SQLITE_NOTADB": ("Not a database", "The database file is not a Rapport database. Restore it from a backup."),
}
_ERRNO = {
    errno.ENOSPC: ("Disk full", "The disk is full. Free some space and try again."),
    errno.EDQUOT: ("Disk quota exceeded", "Your disk quota is used up. Free some space and try again."),
    errno.EROFS: ("Read-only disk", "The disk is read-only, so Rapport cannot write there."),
    errno.EACCES: ("Permission denied", "Rapport is not allowed to write there. Check the folder's permissions."),
    errno.EPERM: ("Permission denied", "Rapport is not allowed to do that here. Check the permissions."),
    errno.EIO: ("Disk error", "The disk reported an input/output error."),
}
_MESSAGES = (  # sqlite3 without error names (older builds) and peewee-wrapped text
    ("database or disk is full", "SQLITE_FULL"),
    ("readonly database", "SQLITE_READONLY"),
    ("unable to open database", "SQLITE_CANTOPEN"),
    ("database is locked", "SQLITE_BUSY"),
    ("disk i/o error", "SQLITE_IOERR"),
    ("malformed", "SQLITE_CORRUPT"),
    ("file is not a database", "SQLITE_NOTADB"),
)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        stack.extend(arg for arg in getattr(current, "args", ()) if isinstance(arg, BaseException))
        stack.extend((current.__cause__, current.__context__))


def classify(exc: BaseException) -> KnownError | None:
    """The user-facing explanation when ``exc`` (or what it wraps) is a known environment error, else None."""
    for item in _chain(exc):
        if isinstance(item, sqlite3.Error):
            name = getattr(item, "sqlite_errorname", "") or ""
            for prefix, (title, message) in _SQLITE.items():
                if name == prefix or name.startswith(prefix + "_"):
                    return KnownError(title, message)
            text = str(item).lower()
            for needle, key in _MESSAGES:
                if needle in text:
                    return KnownError(*_SQLITE[key])
        elif isinstance(item, OSError) and item.errno in _ERRNO:
            title, message = _ERRNO[item.errno]
            where = f" ({item.filename})" if item.filename else ""
            return KnownError(title, message + where)
    # peewee re-raises sqlite errors as its own classes, keeping the text
    text = str(exc).lower()
    for needle, key in _MESSAGES:
        if needle in text and exc.__class__.__module__.startswith("peewee"):
            return KnownError(*_SQLITE[key])
    return None
