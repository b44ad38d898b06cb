"""Issue 19, item 9: every file Rapport writes next to its data is private (0600) — rotated logs and the lock file
included — and a log that cannot be written never stops Rapport."""

from __future__ import annotations

import logging
import stat

from app.instance_lock import InstanceLock
from app.logging_setup import setup_logging


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _rapport_file_handler():
    return next(h for h in logging.getLogger().handlers if getattr(h, "_rapport", False) and hasattr(h, "doRollover"))


def test_rotated_logs_are_private(tmp_path):
    log_file = tmp_path / "logs" / "rapport.log"
    old_rotated = tmp_path / "logs" / "rapport.log.3"
    log_file.parent.mkdir()
    old_rotated.write_text("from an older Rapport\n")
    old_rotated.chmod(0o644)
    try:
        assert setup_logging(log_file) == log_file
        logging.getLogger("test").warning("first")
        _rapport_file_handler().doRollover()
        logging.getLogger("test").warning("second")
        files = sorted(log_file.parent.glob("rapport.log*"))
        assert [f.name for f in files] == ["rapport.log", "rapport.log.1", "rapport.log.4"]  # .3 rotated on
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    finally:
        setup_logging(None)


def test_a_log_that_cannot_be_written_is_skipped(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    try:
        assert setup_logging(blocker / "logs" / "rapport.log") is None
        logging.getLogger("test").warning("still fine")
    finally:
        setup_logging(None)


def test_the_lock_file_is_private(tmp_path):
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    try:
        assert mode(tmp_path / "rapport.lock") == 0o600
    finally:
        lock.release()


def test_the_log_rotates_by_size_as_the_standard_handler_does(tmp_path):
    """The rotating log is written on logging.FileHandler (logging.handlers costs ~3 ms of every start, issue 21):
    the same records through it and through logging.handlers.RotatingFileHandler leave the same files with the same
    lines — rotated at the size limit, no more than backupCount older files — and ours are all 0600."""
    import logging.handlers

    from app.logging_setup import PrivateRotatingFileHandler

    ours_dir, theirs_dir = tmp_path / "ours", tmp_path / "theirs"
    ours_dir.mkdir()
    theirs_dir.mkdir()
    handlers = [
        PrivateRotatingFileHandler(ours_dir / "r.log", maxBytes=300, backupCount=3, encoding="utf-8"),
        logging.handlers.RotatingFileHandler(theirs_dir / "r.log", maxBytes=300, backupCount=3, encoding="utf-8"),
    ]
    try:
        for number in range(150):
            record = logging.LogRecord("t", logging.INFO, __file__, 1, "line %03d é", (number,), None)
            for handler in handlers:
                handler.emit(record)
    finally:
        for handler in handlers:
            handler.close()

    def files(folder):
        return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.iterdir())}

    ours = files(ours_dir)
    assert sorted(ours) == ["r.log", "r.log.1", "r.log.2", "r.log.3"]
    assert ours == files(theirs_dir)
    assert "line 149 é" in ours["r.log"] and "line 000" not in "".join(ours.values())
    assert all(len(text.encode()) <= 300 for text in ours.values())
    assert {mode(path) for path in ours_dir.iterdir()} == {0o600}
