"""One running Rapport window per data folder (DESIGN §9), with a lock file that survives crashes.

QLockFile writes the owner's PID, host and app name; a lock whose process is gone is stale and is taken over.
Only QtCore is used, so the CLI can ask "is the window open on this folder?" too.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

LOCK_NAME = "rapport.lock"
log = logging.getLogger(__name__)


class Holder(NamedTuple):
    """Who holds a data folder's lock: the process id and the computer's name (from QLockFile)."""

    pid: int
    hostname: str


class InstanceLock:
    """Hold the lock of a data folder for the life of the window."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when the owning process is gone, never by age

    def acquire(self, timeout_ms: int = 200) -> bool:
        locked = self._lock.tryLock(timeout_ms)
        if not locked and self._lock.error() == QLockFile.LockError.LockFailedError:
            locked = self._lock.removeStaleLockFile() and self._lock.tryLock(timeout_ms)
        if locked:
            _make_private(self.path)
        return locked

    def failure(self) -> str | None:
        """Why :meth:`acquire` failed when it is not another Rapport holding the lock — the lock file could not be
        written (a full disk, a folder Rapport may not write to) — in words; None when the lock is held."""
        error = self._lock.error()
        if error in (QLockFile.LockError.NoError, QLockFile.LockError.LockFailedError):
            return None
        folder = self.path.parent
        try:
            free = shutil.disk_usage(folder).free
        except OSError:
            free = None
        if free is not None and free < 1024 * 1024:
            return f"the disk holding {folder} is full. Free some space and start Rapport again."
        if error == QLockFile.LockError.PermissionError or not os.access(folder, os.W_OK):
            return f"Rapport may not write to its data folder {folder}. Check its permissions (or the disk)."
        return f"Rapport could not write its lock file in {folder} (a disk error?). Check the disk and try again."

    def holder(self) -> Holder | None:
        info = self._lock.getLockInfo()  # PySide6: (pid, hostname, appname), or a falsy value when unknown
        if not info or len(info) < 2 or not info[0]:
            return None
        return Holder(int(info[0]), str(info[1]))

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def _make_private(path: Path) -> None:
    """QLockFile creates its file with the umask's mode (0644): like every file of Rapport's, make it 0600."""
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
    except OSError:
        pass


def held_by_other(data_dir: Path) -> Holder | None:
    """Who holds the lock of ``data_dir`` right now (None when nobody does)."""
    probe = InstanceLock(data_dir)
    if probe.acquire(0):
        probe.release()
        return None
    return probe.holder() or Holder(0, "")


# --- a second launch brings the running window back ----------------------------------------------------------------
# A second `rapport` on a folder that is open cannot have the lock. It leaves a request file in the data folder and
# waits a moment for the running Rapport to take it away (that Rapport watches the folder with QFileSystemWatcher and
# shows its window, also when it was hidden in the tray). A file rather than a local socket: no socket at all (the
# privacy test checks that Rapport opens none) and nothing new to bundle (QtNetwork). When nobody takes the request
# (an older Rapport, or one on another computer sharing the folder), the second launch says the folder is in use.
SHOW_REQUEST_NAME = "rapport.show-request"


def request_show(data_dir: Path, *, timeout_s: float = 3.0, poll_s: float = 0.05) -> bool:
    """Ask the Rapport that holds ``data_dir`` to show its window; True when it took the request in time."""
    import os
    import time

    request = Path(data_dir) / SHOW_REQUEST_NAME
    try:
        request.write_text(f"{os.getpid()}\n", encoding="utf-8")
    except OSError:
        return False
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not request.exists():
            return True
        time.sleep(poll_s)  # another process answers: nothing of ours to wait on but the file
    try:
        request.unlink()
    except FileNotFoundError:
        return True  # taken at the last moment
    except OSError:
        log.warning("could not take back the show request %s", request)
    return False


class ShowRequests(QObject):
    """Watches a data folder for :func:`request_show` and emits ``requested`` (the request file is removed)."""

    requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(data_dir) / SHOW_REQUEST_NAME
        # A request left by a launch that gave up is not a request now (a read-only folder cannot hold one).
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
        self._watcher = QFileSystemWatcher([str(self.path.parent)], self)
        self._watcher.directoryChanged.connect(self._changed)

    def _changed(self, _folder: str) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            return  # another file of the folder changed
        except OSError:
            return
        self.requested.emit()
