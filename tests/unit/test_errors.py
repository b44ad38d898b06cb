import errno
import sqlite3

import peewee
import pytest

from app.errors import classify


def test_disk_full_is_known_through_peewee_wrapping():
    database = peewee.SqliteDatabase(":memory:")
    database.execute_sql("CREATE TABLE t (x)")
    database.execute_sql("PRAGMA max_page_count = 3")
    with pytest.raises(peewee.OperationalError) as info:
        database.execute_sql("INSERT INTO t VALUES (randomblob(100000))")
    known = classify(info.value)
    assert known is not None and known.title == "Disk full"


def test_read_only_database_is_known(tmp_path):
    path = tmp_path / "ro.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as info:
        conn.execute("INSERT INTO t VALUES (1)")
    assert classify(info.value).title == "Read-only data folder"


def test_locked_database_is_known(tmp_path):
    path = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0.05)
    with pytest.raises(sqlite3.OperationalError) as info:
        other.execute("INSERT INTO t VALUES (1)")
    holder.execute("ROLLBACK")
    assert classify(info.value).title == "Database busy"


@pytest.mark.parametrize(
    ("code", "title"),
    [(errno.ENOSPC, "Disk full"), (errno.EACCES, "Permission denied"), (errno.EROFS, "Read-only disk")],
)
def test_os_errors_are_known(code, title):
    known = classify(OSError(code, "boom", "/data/x"))
    assert known.title == title and known.where == "/data/x" and "/data/x" in known.full_message


def test_a_wrapped_os_error_is_found_in_the_chain():
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("export failed") from inner
    except RuntimeError as outer:
        assert classify(outer).title == "Disk full"


@pytest.mark.parametrize(
    "exc",
    [
        ValueError("bad"),
        KeyError("x"),
        sqlite3.IntegrityError("UNIQUE constraint failed"),
        OSError(errno.ENOENT, "missing"),
    ],
)
def test_bugs_are_not_known(exc):
    assert classify(exc) is None


def test_domain_errors_share_one_base_and_keep_their_old_one():
    from app.core.contacts.duplicates import MergeError
    from app.core.contacts.service import ContactValidationError, InvalidEmail
    from app.core.data.backup import BackupError
    from app.core.followups.service import FollowUpError
    from app.core.formats.importers.vcard_lines import ContentLineError
    from app.core.sync.dav import SyncError
    from app.core.sync.service import SetupError
    from app.errors import RapportError

    for error, old_base in [
        (ContactValidationError, ValueError),
        (InvalidEmail, ValueError),
        (MergeError, ValueError),
        (FollowUpError, ValueError),
        (ContentLineError, ValueError),
        (BackupError, RuntimeError),
        (SyncError, Exception),
        (SetupError, Exception),
    ]:
        assert issubclass(error, RapportError) and issubclass(error, old_base), error
    with pytest.raises(RapportError, match="no such backup"):
        raise BackupError("no such backup")
