"""Floor for start-up: a bare PySide6 main window, timed to its first paint (same method as rapport_window.py)."""

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def peak_rss_line() -> str:
    """This process's own peak RSS (VmHWM). Not the parent's wait4() figure: Linux carries the memory of the process
    that spawned us over exec into ru_maxrss, so a large benchmark parent would inflate it."""
    with open("/proc/self/status", encoding="ascii") as status:
        kb = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    return f"rss {kb}"


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            print(peak_rss_line(), flush=True)
            QApplication.instance().exit(0)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1200, 800)
watcher = FirstPaint()
app.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
