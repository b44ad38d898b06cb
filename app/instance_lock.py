"""One running Rapport window per data folder (DESIGN §9), with a lock file that survives crashes.

QLockFile writes the owner's PID, host and app name; a lock whose process is gone is stale and is taken over.
Only QtCore is used, so the CLI can ask "is the window open on this folder?" too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "rapport.lock"


@dataclass(frozen=True)
class Holder:
    pid: int
    hostname: str


class InstanceLock:
    """Hold the lock of a data folder for the life of the window."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when the owning process is gone, never by age

    def acquire(self, timeout_ms: int = 200) -> bool:
        if self._lock.tryLock(timeout_ms):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError and self._lock.removeStaleLockFile():
            return self._lock.tryLock(timeout_ms)
        return False

    def holder(self) -> Holder | None:
        info = self._lock.getLockInfo()  # PySide6: (pid, hostname, appname), or a falsy value when unknown
        if not info or len(info) < 2 or not info[0]:
            return None
        return Holder(int(info[0]), str(info[1]))

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def held_by_other(data_dir: Path) -> Holder | None:
    """Who holds the lock of ``data_dir`` right now (None when nobody does)."""
    probe = InstanceLock(data_dir)
    if probe.acquire(0):
        probe.release()
        return None
    return probe.holder() or Holder(0, "")
