"""Rapport's main window over DATA_DIR (argv[1]), timed to its first paint."""

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


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


from app.paths import resolve_paths  # noqa: E402
from app.ui.application import build_window, ensure_application, present  # noqa: E402

app = ensure_application()
# As `rapport` starts the GUI (app.ui.application.run_gui): PRAGMA quick_check runs on a worker thread once the
# window is up, so it is not part of the time to the first paint (but it runs, as it does for users); the Pitches,
# Calendar and Insights pages are built when first shown.
window = build_window(resolve_paths(Path(sys.argv[1])), check=False, lazy_pages=True)
watcher = FirstPaint()
app.installEventFilter(watcher)
present(window)
code = app.exec()
window.close()
sys.exit(code)
