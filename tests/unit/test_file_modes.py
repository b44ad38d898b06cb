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
