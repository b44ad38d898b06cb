"""The SQLite database: one deferred peewee database object, its pragmas, opening and migrating.

Every model binds to :data:`database`; :func:`open_database` points it at a file, applies the connection pragmas
(WAL, foreign keys, synchronous=NORMAL, busy timeout) and brings the schema up to date with peewee's own migration
runner (``playhouse.migrations.Runner``: numbered files in ``app/migrations/``, history in ``schema_migration``).
The schema is never created any other way, so a user's database and a fresh one always match.

peewee keeps one connection per thread, so worker threads may use the models directly.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import sys
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import SQL, DatabaseError, OperationalError, SqliteDatabase, chunked

if TYPE_CHECKING:
    from playhouse.migrations import Runner

from app.paths import create_private_file

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
# Host parameters per statement: an ``IN (...)`` over many ids is split with
# ``peewee.chunked(ids, MAX_SQL_PARAMETERS)``. SQLite builds before 3.32 refuse more than 999; 900 leaves room for the
# statement's other parameters.
MAX_SQL_PARAMETERS = 900
# Ids per ``IN (…)`` literal (:func:`id_batches`): a few thousand keep each statement's text small.
IDS_PER_LITERAL = 5000
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 1,  # NORMAL: durable across application crashes; WAL keeps it consistent after power loss
    "busy_timeout": BUSY_TIMEOUT_MS,
    # 4 MiB page cache: on 50k contacts 16 MiB bought nothing measurable (search keystrokes, import, rules and the
    # calendar within noise, A/B in benchmarks/) and cost 12 MiB of resident memory.
    "cache_size": -4000,
    "temp_store": 2,  # memory
}

# Write transactions start with BEGIN IMMEDIATE: taking the write lock up front lets a second process wait for it
# (busy timeout) instead of failing when a read transaction cannot be upgraded.
database = SqliteDatabase(None, pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000, lock_type="IMMEDIATE")


def id_text(ids: Iterable[int]) -> str:
    """Ids as the text of an SQL list, "4,8,15" (for ``IN (…)`` in a statement written out; "" for none). Every id
    goes through ``int()``, so only digits reach the statement."""
    return ",".join(str(int(i)) for i in ids)


def id_list(ids: Iterable[int]) -> SQL:
    """Ids as one SQL literal for ``IN``: ``Model.id.in_(id_list(ids))``. peewee builds a node per value of a list of
    parameters, which for thousands of ids costs more than running the query (issue 21)."""
    return SQL(f"({id_text(ids)})")


def id_batches(ids: Iterable[int], size: int = IDS_PER_LITERAL) -> Iterator[SQL]:
    """``ids`` ``size`` at a time, each batch one :func:`id_list` literal."""
    for chunk in chunked(ids, size):
        yield id_list(chunk)


def migrations_dir() -> Path:
    """The folder of numbered migration scripts (inside the bundle when frozen by PyInstaller)."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / "app" / "migrations"


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer Rapport: opening it could lose data, so we refuse."""

    def __init__(self, path: Path, unknown: list[str]):
        self.path = path
        self.unknown = unknown
        super().__init__(
            f"{path} was last used by a newer version of Rapport (unknown migrations: {', '.join(unknown)}). "
            "Install the newer version to open it; this version will not change it."
        )


class ReadOnlyUpgradeError(RuntimeError):
    """A read-only data folder holds a database from an older Rapport: it cannot be upgraded, so it cannot be read."""

    def __init__(self, path: Path, pending: list[str]):
        self.path = path
        self.pending = pending
        super().__init__(
            f"{path} needs an upgrade to this version of Rapport, but its folder is read-only. Open it once where it "
            "can be written (or with the version that wrote it)."
        )


class DatabaseCorruptError(RuntimeError):
    """The database file is damaged or not a database at all. Nothing was changed; restore from a backup."""

    def __init__(self, path: Path, detail: str):
        self.path = path
        self.detail = detail
        super().__init__(f"{path} is damaged or is not a Rapport database ({detail})")


def migration_runner(db: SqliteDatabase | None = None) -> Runner:
    from playhouse.migrations import Runner  # peewee's migration tools, ~10 ms to import: not at every start

    return Runner(db or database, directory=str(migrations_dir()))


def shipped_migration_names() -> set[str]:
    """The names of the migration files this version ships (as the runner names them: file name without .py)."""
    return {path.stem for path in migrations_dir().glob("[0-9]*.py")}


def up_to_date(db: SqliteDatabase | None = None) -> bool:
    """Whether ``db`` has exactly the migrations this version ships applied (none pending, none unknown): one query
    of the runner's history table and one listing of the folder, so that an ordinary start neither imports nor runs
    the migration runner (issue 21)."""
    try:
        applied = {row[0] for row in (db or database).execute_sql('SELECT name FROM "schema_migration"')}
    except OperationalError:  # no history table yet: a new database
        return False
    return applied == shipped_migration_names()


def pending_migrations(db: SqliteDatabase | None = None) -> list[str]:
    """Names of migration files not yet applied to ``db``."""
    return [m.name for m in migration_runner(db).status() if m.applied is None]


def check_not_newer(path: Path, runner: Runner) -> None:
    unknown = [m.name for m in runner.status() if m.path is None]
    if unknown:
        raise SchemaTooNewError(path, sorted(unknown))


def open_database(
    path: Path,
    *,
    migrate: bool = True,
    check: bool = True,
    before_migrate: Callable[[SqliteDatabase, list[str]], None] | None = None,
    read_only: bool = False,
) -> SqliteDatabase:
    """Point :data:`database` at ``path`` (created 0600 if missing), connect, check and migrate it.

    ``check`` runs ``PRAGMA quick_check`` first. ``before_migrate(db, pending)`` runs only when migrations are
    pending on a database that already has a schema (the place to take a backup); the migrations themselves each
    run in a transaction. Raises :class:`DatabaseCorruptError` for a damaged file (left untouched) and
    :class:`SchemaTooNewError` for a database from a newer Rapport.

    ``read_only`` opens an existing database without writing anything (a read-only disk or folder): reads work,
    any write fails with SQLite's "readonly database"; pending migrations raise :class:`ReadOnlyUpgradeError`.
    """
    close_database()
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
        create_private_file(path)
        database.init(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        if read_only:
            _open_read_only(path)
        else:
            _connect()
        if check:
            result = database.execute_sql("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise DatabaseCorruptError(path, result)
    except DatabaseError as exc:
        close_database()
        text = str(exc).lower()
        if "not a database" in text or "malformed" in text or "corrupt" in text:
            raise DatabaseCorruptError(path, str(exc)) from exc
        raise
    except DatabaseCorruptError:
        close_database()
        raise
    if migrate and not up_to_date():
        runner = migration_runner()
        check_not_newer(path, runner)
        pending = [m.name for m in runner.status() if m.applied is None]
        if pending and read_only:
            close_database()
            raise ReadOnlyUpgradeError(path, pending)
        if pending:
            # The backup comes first: SQLite cannot copy a database from inside a write transaction.
            if before_migrate is not None and runner.applied():
                before_migrate(database, pending)
            # One transaction holding the write lock (BEGIN IMMEDIATE): a second process opening the same new
            # folder waits, then finds nothing left to do; a failing migration leaves the schema as it was.
            with database.atomic():
                if any(m.applied is None for m in runner.status()):
                    applied = runner.up()
                    log.info("applied migrations: %s", ", ".join(applied))
    return database


READ_ONLY_PRAGMAS = {k: v for k, v in PRAGMAS.items() if k != "journal_mode"}


def _open_read_only(path: Path) -> None:
    """Point :data:`database` at ``path`` read-only. While another process has the database open (its WAL files
    exist) ``mode=ro`` follows its writes; otherwise the file is opened ``immutable``: ``mode=ro`` would need to
    create the WAL's shared-memory file, which a read-only folder cannot hold (and root would create anyway)."""
    if not path.is_file():
        raise FileNotFoundError(errno.ENOENT, "no Rapport database in this read-only folder", str(path))
    quoted = urllib.parse.quote(str(path.absolute()))
    in_use = any(path.with_name(path.name + side).exists() for side in ("-wal", "-shm"))
    for query in ("mode=ro", "immutable=1") if in_use else ("immutable=1",):
        database.init(f"file:{quoted}?{query}", uri=True, pragmas=READ_ONLY_PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            database.connect(reuse_if_open=True)
            database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
            return
        except OperationalError:
            close_database()
            if query == "immutable=1":
                raise


def _connect() -> None:
    """Connect, waiting (up to the busy timeout) while another process holds a lock that makes ``PRAGMA
    journal_mode`` fail at once: SQLite answers "locked" without calling the busy handler when a brand-new file is
    being switched to WAL, or migrated, by a second Rapport process starting at the same moment."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            database.connect(reuse_if_open=True)
            return
        except OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            if not database.is_closed():
                database.close()
            time.sleep(0.05)


def data_version() -> int:
    """SQLite's ``PRAGMA data_version`` on this thread's connection: it changes when *another* connection (another
    process, or a worker thread) commits, never for this connection's own writes. Cheap enough to poll."""
    return int(database.execute_sql("PRAGMA data_version").fetchone()[0])


@contextlib.contextmanager
def busy_timeout(ms: int) -> Iterator[None]:
    """Wait at most ``ms`` for another writer's lock in this block (this thread's connection), instead of
    :data:`BUSY_TIMEOUT_MS`. The window's autosaves use a short one and try again later rather than freeze."""
    before = int(database.execute_sql("PRAGMA busy_timeout").fetchone()[0])
    database.execute_sql(f"PRAGMA busy_timeout = {int(ms)}")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA busy_timeout = {before}")


def close_database() -> None:
    """Close this thread's connection, if any (WAL checkpoint happens when the last connection closes)."""
    if database.database is not None and not database.is_closed():
        database.close()


def known_migrations() -> list[str]:
    """Names of the migrations this version of Rapport ships."""
    return [m.name for m in migration_runner(SqliteDatabase(":memory:")).migrations()]
