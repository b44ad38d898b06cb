"""The floor's side of the start-up probe: at the first paint, print ``painted SECONDS RSS_KIB`` and quit — the line
`RAPPORT_STARTUP_PROBE=1 rapport` prints (app/main.py), measured the same way (seconds since the process started,
from /proc/self/stat; the process's own peak RSS, VmHWM).

Imported by bare_window.py (which runs as a script, so this folder is on sys.path; PyInstaller finds it the same way
when it bundles the bare window as the installer's floor). Kept free of Rapport's imports: it is the floor.
"""

import os
import resource
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

_IMPORTED_AT = time.monotonic()


def seconds_since_start() -> float:
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _IMPORTED_AT


def peak_rss_kib() -> int:
    """This process's own peak RSS (VmHWM). Not getrusage() on Linux: it carries the peak of the process that
    spawned us over exec, so a large benchmark parent would inflate it."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return int(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
    except (OSError, StopIteration, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class FirstPaint(QObject):
    """An application event filter: at the first paint event, report and leave the event loop."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted {seconds_since_start():.3f} {peak_rss_kib()}", flush=True)
            app = QApplication.instance()
            app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: app.exit(0))
        return False
