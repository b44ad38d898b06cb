"""Backups and restore with SQLite's online backup API (DESIGN §9).

Backups are complete, consistent copies of the database taken while it is in use. Automatic ones live in the
backup folder and rotate: the newest backup of each of the last ``daily`` days and the newest of each of the last
``weekly`` ISO weeks are kept (7 and 4 by default, settings ``backup_keep_daily`` / ``backup_keep_weekly``), plus
the last few taken before a migration or a restore. Backups the user saves elsewhere are never touched.

Restoring first checks the candidate file: it must pass ``integrity_check``, come from this Rapport or an older one,
and hold every table, column and trigger its schema version has (what the migrations up to that version create; a
file with ``schema_migration`` and a stub ``contact`` table is not a backup). Then, still without touching the live
database, a private copy of it is brought up to this version's schema and checked again; only then is the current
database saved as a ``pre-restore`` backup and the prepared copy copied into the live database with the same backup
API — so other connections and the WAL stay consistent. Rotation never deletes the newest ``pre-restore`` backup
(nor any taken within a month before it): the data as it was before a restore stays within reach.

Temporary files (a backup or restore being written) are ``.NAME.PID.partial``; a leftover whose process is gone
(killed mid-way) is removed the next time the data folder is opened (:func:`remove_leftovers`).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
import sqlite3
import time
import urllib.parse
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.translated import QT_TRANSLATE_NOOP, said
from app.errors import RapportError
from app.paths import PRIVATE_FILE_MODE, AppPaths, ensure_private_dir

log = logging.getLogger(__name__)

KINDS = ("daily", "manual", "pre-migration", "pre-restore")
_NAME_RE = re.compile(r"^rapport-(\d{8})-(\d{6})-([a-z-]+)\.sqlite3$")
DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 4
KEEP_SAFETY = 5  # pre-migration and pre-restore copies kept (each kind)
KEEP_PRE_RESTORE_DAYS = 31  # pre-restore copies taken this long before the newest one are all kept
_PARTIAL_RE = re.compile(r"^\.(?:rapport|restore-).*?(?:\.(\d+))?\.(?:partial|restoring)$")
STALE_PARTIAL_SECONDS = 3600  # a temporary file nobody wrote for an hour is a leftover, whoever made it


def _said(template: str, **params) -> str:
    """A backup problem in English that the window says in its language (app.core.translated.shown)."""
    return said("BackupProblem", template, **params)


class BackupError(RapportError, RuntimeError):
    """A backup could not be written or a file cannot be restored; the message says why, for the user."""


class BackupFile(NamedTuple):
    """A backup in the backups folder: its file, when it was taken and why (one of :data:`KINDS`)."""

    path: Path
    taken_at: dt.datetime
    kind: str

    @classmethod
    def parse(cls, path: Path) -> BackupFile | None:
        match = _NAME_RE.match(path.name)
        if not match:
            return None
        day, time_of_day = match.group(1), match.group(2)
        try:  # not strptime: the status bar reads the newest backup before the first paint, and _strptime's
            # import and its locale's patterns cost more than reading all the backups
            taken = dt.datetime(
                int(day[:4]),
                int(day[4:6]),
                int(day[6:]),
                int(time_of_day[:2]),
                int(time_of_day[2:4]),
                int(time_of_day[4:]),
            )
        except ValueError:
            return None
        return cls(path, taken, match.group(3))


def _read_only_uri(path: Path) -> str:
    """A read-only SQLite URI for ``path``; quoted, so that a name with ``#``, ``?`` or ``%`` opens that file."""
    return f"file:{urllib.parse.quote(str(Path(path).absolute()))}?mode=ro"


def list_backups(folder: Path) -> list[BackupFile]:
    """Rapport's own backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [b for b in (BackupFile.parse(p) for p in folder.iterdir() if p.is_file()) if b is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def partial_path(target: Path) -> Path:
    """The temporary file a copy to ``target`` is written to first (named after this process, so that a leftover
    can be told from a copy another process is still writing)."""
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


def _create_private(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, PRIVATE_FILE_MODE)
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)


def _remove_dead_partials(target: Path) -> None:
    """Earlier copies to ``target`` that were killed half-way (in a folder of the user's, which no clean-up
    visits otherwise)."""
    target.with_name(f".{target.name}.partial").unlink(missing_ok=True)  # an older Rapport's name
    prefix = f".{target.name}."
    try:
        siblings = [p for p in target.parent.iterdir() if p.name.startswith(prefix) and p.name.endswith(".partial")]
    except OSError:
        return
    for path in siblings:
        pid = path.name[len(prefix) : -len(".partial")]
        if pid.isdigit() and not _alive(int(pid)):
            path.unlink(missing_ok=True)


def _copy(source: sqlite3.Connection, target_path: Path) -> None:
    """Write a consistent copy of ``source`` to ``target_path`` (0600), atomically (temp file + rename)."""
    ensure_private_dir(target_path.parent)  # creates a missing folder 0700; an existing one keeps its mode
    tmp = partial_path(target_path)
    tmp.unlink(missing_ok=True)
    _remove_dead_partials(target_path)
    try:
        _create_private(tmp)
    except OSError as exc:
        raise BackupError(
            _said(
                QT_TRANSLATE_NOOP("BackupProblem", "could not write the backup {path}: {reason}"),
                path=target_path,
                reason=exc.strerror or str(exc),
            )
        ) from exc
    try:
        target = sqlite3.connect(str(tmp))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            target.close()
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target_path)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(
            _said(
                QT_TRANSLATE_NOOP("BackupProblem", "could not write the backup {path}: {reason}"),
                path=target_path,
                reason=str(exc),
            )
        ) from exc


def backup_to(connection: sqlite3.Connection, target: Path) -> Path:
    """Save a copy of the open database to ``target`` (any path the user chose)."""
    _copy(connection, target)
    log.info("backup written (%s)", target.name)
    return target


def take_backup(connection: sqlite3.Connection, folder: Path, kind: str, *, clock: Clock = SYSTEM_CLOCK) -> Path:
    """Save a backup of ``kind`` into the backup ``folder``; returns its path."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"rapport-{stamp}-{kind}.sqlite3"
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"rapport-{stamp}-{kind}.sqlite3".replace(f"-{kind}.", f"-{kind}-{counter}.")
        if counter > 99:
            raise BackupError(_said(QT_TRANSLATE_NOOP("BackupProblem", "too many backups in the same second")))
    return backup_to(connection, path)


def has_backup_today(folder: Path, clock: Clock = SYSTEM_CLOCK) -> bool:
    today = clock.today()
    return any(b.taken_at.date() == today for b in list_backups(folder) if b.kind in ("daily", "manual"))


def daily_backup(
    connection: sqlite3.Connection,
    folder: Path,
    *,
    clock: Clock = SYSTEM_CLOCK,
    keep_daily: int = DEFAULT_KEEP_DAILY,
    keep_weekly: int = DEFAULT_KEEP_WEEKLY,
) -> Path | None:
    """At the first start of a day: take the day's backup and rotate. Returns the new file, or None if not due."""
    if has_backup_today(folder, clock):
        return None
    path = take_backup(connection, folder, "daily", clock=clock)
    rotate(folder, keep_daily=keep_daily, keep_weekly=keep_weekly)
    return path


def backups_to_delete(backups: Iterable[BackupFile], keep_daily: int, keep_weekly: int) -> list[BackupFile]:
    """Which automatic backups rotation removes: keep the newest per day for ``keep_daily`` days and the newest per
    ISO week for ``keep_weekly`` weeks (counting only days/weeks that have backups), and the last few safety copies.
    """
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = set()
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    safety = {"pre-migration": 0, "pre-restore": 0}
    newest_pre_restore = next((b.taken_at for b in ordered if b.kind == "pre-restore"), None)
    for backup in ordered:
        if backup.kind in safety:
            recent_restore = (
                backup.kind == "pre-restore"
                and newest_pre_restore is not None
                and newest_pre_restore - backup.taken_at <= dt.timedelta(days=KEEP_PRE_RESTORE_DAYS)
            )
            if safety[backup.kind] < KEEP_SAFETY or recent_restore:
                keep.add(backup.path)
            safety[backup.kind] += 1
            continue
        day = backup.taken_at.date()
        week = (day.isocalendar()[0], day.isocalendar()[1])
        if day not in days and len(days) < keep_daily:
            days.append(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.append(week)
            keep.add(backup.path)
    return [b for b in ordered if b.path not in keep]


def rotate(folder: Path, *, keep_daily: int = DEFAULT_KEEP_DAILY, keep_weekly: int = DEFAULT_KEEP_WEEKLY) -> int:
    """Delete backups beyond the rotation policy; returns how many were deleted."""
    doomed = backups_to_delete(list_backups(folder), keep_daily, keep_weekly)
    for backup in doomed:
        backup.path.unlink(missing_ok=True)
    return len(doomed)


# --- checking and restoring ------------------------------------------------------------------------------------
class CheckResult(NamedTuple):
    """What checking a database file found: whether it is usable, why not, how many contacts it holds and the
    migrations it has."""

    ok: bool
    reason: str = ""
    contacts: int = 0
    migrations: tuple[str, ...] = ()


def check_file(path: Path, known_migrations: Iterable[str] | None = None, *, full: bool = True) -> CheckResult:
    """Is ``path`` a healthy Rapport database this version can open? Never modifies the file."""
    path = Path(path)
    if not path.is_file():
        return CheckResult(False, _said(QT_TRANSLATE_NOOP("BackupProblem", "{path} does not exist"), path=path))
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        return CheckResult(
            False,
            _said(
                QT_TRANSLATE_NOOP("BackupProblem", "{path} cannot be read: {reason}"),
                path=path,
                reason=exc.strerror or str(exc),
            ),
        )
    if header != b"SQLite format 3\x00":
        return CheckResult(
            False,
            _said(
                QT_TRANSLATE_NOOP("BackupProblem", "{path} is not a Rapport database (not an SQLite file)"), path=path
            ),
        )
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return CheckResult(
            False,
            _said(QT_TRANSLATE_NOOP("BackupProblem", "{path} cannot be opened: {reason}"), path=path, reason=str(exc)),
        )
    try:
        result = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            return CheckResult(
                False,
                _said(QT_TRANSLATE_NOOP("BackupProblem", "{path} is damaged ({reason})"), path=path, reason=result),
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"schema_migration", "contact"} <= tables:
            return CheckResult(
                False,
                _said(
                    QT_TRANSLATE_NOOP("BackupProblem", "{path} is an SQLite file but not a Rapport database"), path=path
                ),
            )
        applied = tuple(r[0] for r in conn.execute("SELECT name FROM schema_migration ORDER BY name"))
        if known_migrations is not None:
            known = list(known_migrations)
            unknown = sorted(set(applied) - set(known))
            if unknown:
                return CheckResult(
                    False,
                    _said(
                        QT_TRANSLATE_NOOP("BackupProblem", "{path} comes from a newer version of Rapport ({steps})"),
                        path=path,
                        steps=", ".join(unknown),
                    ),
                )
            if not applied:
                return CheckResult(
                    False,
                    _said(
                        QT_TRANSLATE_NOOP(
                            "BackupProblem", "{path} is an SQLite file but not a Rapport database (no schema version)"
                        ),
                        path=path,
                    ),
                )
            if set(applied) != set(known[: len(applied)]):
                gaps = [name for name in known[: len(applied)] if name not in applied]
                return CheckResult(
                    False,
                    _said(
                        QT_TRANSLATE_NOOP(
                            "BackupProblem", "{path} is not a Rapport database (its schema skips {steps})"
                        ),
                        path=path,
                        steps=", ".join(gaps),
                    ),
                )
            missing = missing_schema(conn, expected_schema(tuple(known[: len(applied)])))
            if missing:
                shown = ", ".join(missing[:4]) + (f" and {len(missing) - 4} more" if len(missing) > 4 else "")
                return CheckResult(
                    False,
                    _said(
                        QT_TRANSLATE_NOOP(
                            "BackupProblem", "{path} is not a complete Rapport database: it lacks {parts}"
                        ),
                        path=path,
                        parts=shown,
                    ),
                )
        contacts = conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
        return CheckResult(True, "", contacts, applied)
    except sqlite3.Error as exc:
        return CheckResult(
            False,
            _said(
                QT_TRANSLATE_NOOP("BackupProblem", "{path} is damaged or unreadable ({reason})"),
                path=path,
                reason=str(exc),
            ),
        )
    finally:
        conn.close()


class Schema(NamedTuple):
    """Tables (with their columns) and triggers of a database."""

    tables: dict[str, frozenset[str]]
    triggers: frozenset[str]


def _columns(conn: sqlite3.Connection, table: str) -> frozenset[str]:
    quoted = table.replace('"', '""')
    return frozenset(row[1] for row in conn.execute(f'PRAGMA table_info("{quoted}")'))


@functools.lru_cache(maxsize=8)
def expected_schema(applied: tuple[str, ...]) -> Schema:
    """What the migrations ``applied`` (the first N this version ships, in order) create: run them on an empty
    in-memory database (about 30 ms for all of them) and read its tables, columns and triggers."""
    from peewee import SqliteDatabase

    from app.db import migration_runner

    db = SqliteDatabase(":memory:", pragmas={"foreign_keys": 1})
    try:
        with db.atomic():
            migration_runner(db).up(target=applied[-1])
        conn = db.connection()
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        tables = {name: _columns(conn, name) for name in names if not name.startswith("sqlite_")}
        triggers = frozenset(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        return Schema(tables, triggers)
    finally:
        db.close()


def missing_schema(conn: sqlite3.Connection, expected: Schema) -> list[str]:
    """What ``conn``'s database lacks of ``expected``: "table circle", "column contact.notes", "trigger …"."""
    present = {r[0]: r[1] for r in conn.execute("SELECT name, type FROM sqlite_master")}
    missing = []
    for table, columns in sorted(expected.tables.items()):
        if present.get(table) != "table":
            missing.append(f"table {table}")
            continue
        missing += [f"column {table}.{c}" for c in sorted(columns - _columns(conn, table))]
    missing += [f"trigger {t}" for t in sorted(expected.triggers) if present.get(t) != "trigger"]
    return missing


def newest_good_backup(folder: Path, known_migrations: Iterable[str] | None = None) -> BackupFile | None:
    """The most recent backup that passes :func:`check_file`."""
    known = list(known_migrations) if known_migrations is not None else None
    for backup in list_backups(folder):
        if check_file(backup.path, known).ok:
            return backup
    return None


def prepare_restore(source: Path, folder: Path, known_migrations: list[str]) -> tuple[Path, CheckResult]:
    """Check ``source`` and make the database that will replace the live one, without touching the live one: a
    private copy in ``folder``, brought up to this version's schema and checked again. Returns (the copy, the check
    of ``source``); the caller restores from the copy and removes it. Raises :class:`BackupError` with the reason."""
    from peewee import PeeweeException, SqliteDatabase

    from app.db import migration_runner

    checked = check_file(source, known_migrations)
    if not checked.ok:
        raise BackupError(checked.reason)
    ensure_private_dir(folder)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    prepared = folder / f".restore-{stamp}.{os.getpid()}.partial"
    prepared.unlink(missing_ok=True)
    try:
        _create_private(prepared)
        src = sqlite3.connect(_read_only_uri(source), uri=True)
        try:
            target = sqlite3.connect(str(prepared))
            try:
                src.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            src.close()
        db = SqliteDatabase(str(prepared), pragmas={"foreign_keys": 1})
        try:
            with db.atomic():
                migration_runner(db).up()
        finally:
            db.close()
    except (sqlite3.Error, PeeweeException, OSError) as exc:
        prepared.unlink(missing_ok=True)
        raise BackupError(
            _said(
                QT_TRANSLATE_NOOP("BackupProblem", "{path} cannot be brought up to this version of Rapport: {reason}"),
                path=source,
                reason=str(exc),
            )
        ) from exc
    final = check_file(prepared, known_migrations, full=False)
    if not final.ok or list(final.migrations) != sorted(known_migrations):
        prepared.unlink(missing_ok=True)
        reason = final.reason.replace(str(prepared), "the upgraded copy") or "the upgrade left steps out"
        raise BackupError(
            _said(
                QT_TRANSLATE_NOOP("BackupProblem", "{path} cannot be brought up to this version of Rapport: {reason}"),
                path=source,
                reason=reason,
            )
        )
    return prepared, checked


def restore_checked(
    connection: sqlite3.Connection,
    source: Path,
    folder: Path,
    known_migrations: list[str],
    *,
    clock: Clock = SYSTEM_CLOCK,
    keep_current: bool = True,
) -> tuple[Path | None, CheckResult]:
    """Restore ``source`` into the open database: check and prepare it (:func:`prepare_restore`), save the current
    data as a ``pre-restore`` backup (``keep_current``), then copy the prepared database in. Returns (the
    pre-restore backup, the check). Nothing of the live database changes when this raises :class:`BackupError`."""
    prepared, checked = prepare_restore(source, folder, known_migrations)
    try:
        kept = take_backup(connection, folder, "pre-restore", clock=clock) if keep_current else None
        restore_into(connection, prepared)
    finally:
        prepared.unlink(missing_ok=True)
    return kept, checked


def restore_into(connection: sqlite3.Connection, source: Path) -> None:
    """Replace the content of the open database with ``source`` (already checked) using the backup API."""
    try:
        src = sqlite3.connect(_read_only_uri(source), uri=True)
    except sqlite3.Error as exc:
        raise BackupError(
            _said(QT_TRANSLATE_NOOP("BackupProblem", "cannot open {path}: {reason}"), path=source, reason=str(exc))
        ) from exc
    try:
        src.backup(connection)
    except sqlite3.Error as exc:
        raise BackupError(
            _said(QT_TRANSLATE_NOOP("BackupProblem", "restoring {path} failed: {reason}"), path=source, reason=str(exc))
        ) from exc
    finally:
        src.close()


def keep_damaged_copy(db_path: Path) -> Path:
    """Copy a damaged database (and its WAL) aside as ``<name>.damaged-<timestamp>`` before it is overwritten."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal"):
        source = db_path.with_name(db_path.name + suffix)
        if source.exists():
            fd = os.open(
                target.with_name(target.name + suffix), os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE
            )
            with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                while chunk := src.read(1 << 20):
                    out.write(chunk)
    return target


def restore_file_over(db_path: Path, source: Path) -> None:
    """Restore ``source`` over a database file that cannot be opened at all (damaged): replace the file itself.

    The damaged file is kept beside it as ``<name>.damaged-<timestamp>`` so nothing is destroyed.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    if db_path.exists():
        os.replace(db_path, db_path.with_name(f"{db_path.name}.damaged-{stamp}"))
    for suffix in ("-wal", "-shm", "-journal"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, db_path.with_name(f"{db_path.name}.damaged-{stamp}{suffix}"))
    tmp = partial_path(db_path)
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        while chunk := src.read(1 << 20):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, db_path)


# --- leftovers -------------------------------------------------------------------------------------------------
def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: leave its file alone
    return True


def remove_leftovers(paths: AppPaths, *, now: float | None = None) -> list[Path]:
    """Delete the temporary files a killed backup or restore left in the data and backup folders (they can be as
    big as the database): those whose process is gone, and any nobody has written for an hour. Returns what was
    removed; a folder that cannot be read or written is left alone."""
    now = time.time() if now is None else now
    removed = []
    for folder in dict.fromkeys((paths.data_dir, paths.backup_dir)):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            match = _PARTIAL_RE.match(path.name)
            if not match:
                continue
            try:
                stale = now - path.stat().st_mtime > STALE_PARTIAL_SECONDS
                if stale or (match.group(1) and not _alive(int(match.group(1)))):
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue
    if removed:
        log.info("removed %d leftover temporary file(s) of an interrupted backup or restore", len(removed))
    return removed
