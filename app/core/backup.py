"""Backups and restore with SQLite's online backup API (DESIGN §9).

Backups are complete, consistent copies of the database taken while it is in use. Automatic ones live in the
backup folder and rotate: the newest backup of each of the last ``daily`` days and the newest of each of the last
``weekly`` ISO weeks are kept (7 and 4 by default, settings ``backup_keep_daily`` / ``backup_keep_weekly``), plus
the last few taken before a migration or a restore. Backups the user saves elsewhere are never touched.

Restoring first checks the candidate file (it must be a Rapport database that passes ``integrity_check`` and is not
from a newer Rapport), then saves the current database as a ``pre-restore`` backup, then copies the candidate into
the live database with the same backup API — so other connections and the WAL stay consistent.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.core.clock import SYSTEM_CLOCK, Clock
from app.paths import PRIVATE_FILE_MODE, ensure_private_dir

log = logging.getLogger(__name__)

KINDS = ("daily", "manual", "pre-migration", "pre-restore")
_NAME_RE = re.compile(r"^rapport-(\d{8})-(\d{6})-([a-z-]+)\.sqlite3$")
DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 4
KEEP_SAFETY = 5  # pre-migration and pre-restore copies kept


class BackupError(RuntimeError):
    """A backup could not be written or a file cannot be restored; the message says why, for the user."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    kind: str

    @classmethod
    def parse(cls, path: Path) -> BackupFile | None:
        match = _NAME_RE.match(path.name)
        if not match:
            return None
        try:
            taken = dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
        except ValueError:
            return None
        return cls(path, taken, match.group(3))


def list_backups(folder: Path) -> list[BackupFile]:
    """Rapport's own backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [b for b in (BackupFile.parse(p) for p in folder.iterdir() if p.is_file()) if b is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _copy(source: sqlite3.Connection, target_path: Path) -> None:
    """Write a consistent copy of ``source`` to ``target_path`` (0600), atomically (temp file + rename)."""
    ensure_private_dir(target_path.parent)
    tmp = target_path.with_name(f".{target_path.name}.partial")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)
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
        raise BackupError(f"could not write the backup {target_path}: {exc}") from exc


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
            raise BackupError("too many backups in the same second")
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
    safety = 0
    for backup in ordered:
        if backup.kind in ("pre-migration", "pre-restore"):
            if safety < KEEP_SAFETY:
                keep.add(backup.path)
            safety += 1
            continue
        day = backup.taken_at.date()
        week = tuple(day.isocalendar())[:2]
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
@dataclass(frozen=True)
class CheckResult:
    ok: bool
    reason: str = ""
    contacts: int = 0
    migrations: tuple[str, ...] = ()


def check_file(path: Path, known_migrations: Iterable[str] | None = None, *, full: bool = True) -> CheckResult:
    """Is ``path`` a healthy Rapport database this version can open? Never modifies the file."""
    path = Path(path)
    if not path.is_file():
        return CheckResult(False, f"{path} does not exist")
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        return CheckResult(False, f"{path} cannot be read: {exc.strerror or exc}")
    if header != b"SQLite format 3\x00":
        return CheckResult(False, f"{path} is not a Rapport database (not an SQLite file)")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return CheckResult(False, f"{path} cannot be opened: {exc}")
    try:
        result = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            return CheckResult(False, f"{path} is damaged ({result})")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"schema_migration", "contact"} <= tables:
            return CheckResult(False, f"{path} is an SQLite file but not a Rapport database")
        applied = tuple(r[0] for r in conn.execute("SELECT name FROM schema_migration ORDER BY name"))
        if known_migrations is not None:
            unknown = sorted(set(applied) - set(known_migrations))
            if unknown:
                return CheckResult(False, f"{path} comes from a newer version of Rapport ({', '.join(unknown)})")
        contacts = conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
        return CheckResult(True, "", contacts, applied)
    except sqlite3.Error as exc:
        return CheckResult(False, f"{path} is damaged or unreadable ({exc})")
    finally:
        conn.close()


def newest_good_backup(folder: Path, known_migrations: Iterable[str] | None = None) -> BackupFile | None:
    """The most recent backup that passes :func:`check_file`."""
    known = list(known_migrations) if known_migrations is not None else None
    for backup in list_backups(folder):
        if check_file(backup.path, known).ok:
            return backup
    return None


def restore_into(connection: sqlite3.Connection, source: Path) -> None:
    """Replace the content of the open database with ``source`` (already checked) using the backup API."""
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"cannot open {source}: {exc}") from exc
    try:
        src.backup(connection)
    except sqlite3.Error as exc:
        raise BackupError(f"restoring {source} failed: {exc}") from exc
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
    tmp = db_path.with_name(f".{db_path.name}.restoring")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        while chunk := src.read(1 << 20):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, db_path)
