"""Logging to a rotating file in the log folder (and warnings to stderr).

Logs hold what the program did, never who the user's contacts are: log ids and counts, not names or emails. Every
log file — the current one, the rotated ones and the faulthandler dump — is created 0600. A log that cannot be
written (a read-only disk, a folder without permission) never stops Rapport: it logs to stderr only, so a user can
still read and export their data from such a folder.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from pathlib import Path

from app.paths import ensure_private_dir, open_private

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
FAULT_LOG_NAME = "crash-faulthandler.log"
_fault_file = None


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log rotated by size (``maxBytes``, ``backupCount`` older files ``.1`` … ``.N``), as
    ``logging.handlers.RotatingFileHandler`` does, whose every file (the new one after each rotation too) is created
    0600. Written on ``logging.FileHandler``: ``logging.handlers`` imports pickle and queue for its other handlers,
    ~3 ms CPU of every start before the window's first paint (issue 21)."""

    def __init__(self, filename, maxBytes: int = 0, backupCount: int = 0, encoding: str | None = None):
        super().__init__(filename, mode="a", encoding=encoding)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _open(self):
        fd = open_private(Path(self.baseFilename), os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        """Whether writing ``record`` would take the file to ``maxBytes`` or beyond (regular files only)."""
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            message = f"{self.format(record)}\n"
            self.stream.seek(0, 2)
            if self.stream.tell() + len(message) >= self.maxBytes:
                return True
        return False

    def doRollover(self) -> None:
        """The current file becomes ``.1``, ``.1`` becomes ``.2`` …, the oldest beyond ``backupCount`` goes."""
        if self.stream:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        if self.backupCount > 0:
            for number in range(self.backupCount - 1, 0, -1):
                older, newer = f"{self.baseFilename}.{number}", f"{self.baseFilename}.{number + 1}"
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = f"{self.baseFilename}.1"
            if os.path.exists(first):
                os.remove(first)
            if os.path.exists(self.baseFilename):
                os.rename(self.baseFilename, first)
        self.stream = self._open()


def setup_logging(
    log_file: Path | None, *, level: int = logging.INFO, stderr_level: int = logging.WARNING
) -> Path | None:
    """Send log records to ``log_file`` (1 MiB × 5 rotations) and faulthandler dumps next to it. Returns the log
    file, or None when there is none (``log_file`` None: a read-only data folder) or it cannot be written; then
    only stderr gets the records at ``stderr_level``."""
    global _fault_file
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_rapport", False):
            root.removeHandler(handler)
            handler.close()
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(logging.Formatter("rapport: %(levelname)s: %(message)s"))
    console.setLevel(stderr_level)
    console._rapport = True  # type: ignore[attr-defined]
    root.addHandler(console)
    if log_file is None:
        root.setLevel(stderr_level)
        return None
    try:
        ensure_private_dir(log_file.parent)
        file_handler = PrivateRotatingFileHandler(log_file, maxBytes=1 << 20, backupCount=5, encoding="utf-8")
    except OSError:
        root.setLevel(stderr_level)
        return None
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler.setLevel(level)
    file_handler._rapport = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.setLevel(min(level, stderr_level))
    _make_private(log_file.with_name(f"{log_file.name}.{n}") for n in range(1, file_handler.backupCount + 1))
    if _fault_file is None:
        # Hard crashes (segfaults in Qt) leave a Python traceback here.
        try:
            fd = open_private(log_file.with_name(FAULT_LOG_NAME))
            _fault_file = os.fdopen(fd, "a", encoding="utf-8")
            faulthandler.enable(_fault_file)
        except OSError:
            _fault_file = None
    return log_file


def _make_private(paths) -> None:
    """Rotated logs an older Rapport left world-readable become 0600."""
    if os.name != "posix":
        return
    for path in paths:
        try:
            if path.stat().st_mode & 0o077:
                path.chmod(0o600)
        except OSError:
            continue
