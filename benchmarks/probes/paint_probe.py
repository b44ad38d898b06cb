"""What both start-up probes print at the first paint: ``painted``, then ``rss KB``, and quit the event loop.

Imported by bare_window.py and rapport_window.py (which run as scripts, so this folder is on sys.path; PyInstaller
finds it the same way when it bundles the bare window as the installer's floor).
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


def peak_rss_line() -> str:
    """This process's own peak RSS (VmHWM). Not the parent's wait4() figure: Linux carries the memory of the process
    that spawned us over exec into ru_maxrss, so a large benchmark parent would inflate it."""
    with open("/proc/self/status", encoding="ascii") as status:
        kb = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    return f"rss {kb}"


class FirstPaint(QObject):
    """An application event filter: at the first paint event, report and leave the event loop."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            print(peak_rss_line(), flush=True)
            QApplication.instance().exit(0)
        return False
