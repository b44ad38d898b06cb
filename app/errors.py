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

from app.core.translated import QT_TRANSLATE_NOOP, translate


class RapportError(Exception):
    """Base of the core's domain errors: a use case refused, with a message meant for the user."""


class KnownError(NamedTuple):
    """A user-fixable failure: ``title`` for a dialog, ``message`` saying what happened and what to do (both in
    English, marked for translation in the "KnownError" context), ``where`` the file concerned when known."""

    title: str
    message: str
    where: str = ""

    @property
    def full_message(self) -> str:
        """The message with the file concerned, in English (the command line, the log)."""
        return f"{self.message} ({self.where})" if self.where else self.message

    def said(self) -> tuple[str, str]:
        """(title, message with the file) in the interface's language: what a dialog shows (English where no
        translator is installed, as on the command line)."""
        title, message = (translate("KnownError", text) for text in (self.title, self.message))
        return title, f"{message} ({self.where})" if self.where else message


_SQLITE = {
    "SQLITE_FULL": (
        QT_TRANSLATE_NOOP("KnownError", "Disk full"),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "The disk is full, so Rapport could not save. Free some space and try again; "
            "what was saved before is safe.",
        ),
    ),
    "SQLITE_READONLY": (
        QT_TRANSLATE_NOOP("KnownError", "Read-only data folder"),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "Rapport cannot write to its data folder (it is read-only). Check the folder's permissions or the disk.",
        ),
    ),
    "SQLITE_CANTOPEN": (
        QT_TRANSLATE_NOOP("KnownError", "Cannot open the database"),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "Rapport cannot open its database file. Check that the data folder exists and that you may write to it.",
        ),
    ),
    "SQLITE_PERM": (
        QT_TRANSLATE_NOOP("KnownError", "Permission denied"),
        QT_TRANSLATE_NOOP("KnownError", "Rapport is not allowed to use its database file. Check its permissions."),
    ),
    "SQLITE_BUSY": (
        QT_TRANSLATE_NOOP("KnownError", "Database busy"),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "The database is in use by another Rapport (or another program) and stayed "
            "locked. Close the other program or try again in a moment.",
        ),
    ),
    "SQLITE_LOCKED": (
        QT_TRANSLATE_NOOP("KnownError", "Database busy"),
        QT_TRANSLATE_NOOP("KnownError", "The database is locked by another connection. Try again in a moment."),
    ),
    "SQLITE_IOERR": (
        QT_TRANSLATE_NOOP("KnownError", "Disk error"),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "The disk reported an error while Rapport was reading or writing. Check the "
            "disk; your last saved data is in the backups.",
        ),
    ),
    "SQLITE_CORRUPT": (
        QT_TRANSLATE_NOOP("KnownError", "Damaged database"),
        QT_TRANSLATE_NOOP(
            "KnownError", "The database file is damaged. Restore it from a backup (File → Restore backup…)."
        ),
    ),
    "SQLITE_NOTADB": (
        QT_TRANSLATE_NOOP("KnownError", "Not a database"),
        QT_TRANSLATE_NOOP("KnownError", "The database file is not a Rapport database. Restore it from a backup."),
    ),
}
_ERRNO = {
    errno.ENOSPC: (
        QT_TRANSLATE_NOOP("KnownError", "Disk full"),
        QT_TRANSLATE_NOOP("KnownError", "The disk is full. Free some space and try again."),
    ),
    errno.EDQUOT: (
        QT_TRANSLATE_NOOP("KnownError", "Disk quota exceeded"),
        QT_TRANSLATE_NOOP("KnownError", "Your disk quota is used up. Free some space and try again."),
    ),
    errno.EROFS: (
        QT_TRANSLATE_NOOP("KnownError", "Read-only disk"),
        QT_TRANSLATE_NOOP("KnownError", "The disk is read-only, so Rapport cannot write there."),
    ),
    errno.EACCES: (
        QT_TRANSLATE_NOOP("KnownError", "Permission denied"),
        QT_TRANSLATE_NOOP("KnownError", "Rapport is not allowed to write there. Check the folder's permissions."),
    ),
    errno.EPERM: (
        QT_TRANSLATE_NOOP("KnownError", "Permission denied"),
        QT_TRANSLATE_NOOP("KnownError", "Rapport is not allowed to do that here. Check the permissions."),
    ),
    errno.EIO: (
        QT_TRANSLATE_NOOP("KnownError", "Disk error"),
        QT_TRANSLATE_NOOP("KnownError", "The disk reported an input/output error."),
    ),
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
            return KnownError(title, message, str(item.filename) if item.filename else "")
    # peewee re-raises sqlite errors as its own classes, keeping the text
    text = str(exc).lower()
    for needle, key in _MESSAGES:
        if needle in text and exc.__class__.__module__.startswith("peewee"):
            return KnownError(*_SQLITE[key])
    return None
