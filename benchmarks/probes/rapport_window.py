"""Rapport's main window over DATA_DIR (argv[1]), timed to its first paint."""

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QApplication.instance().exit(0)
        return False


from app.paths import resolve_paths  # noqa: E402
from app.ui.application import build_window, ensure_application  # noqa: E402

app = ensure_application()
# As `rapport` starts the GUI (app.ui.application.run_gui): PRAGMA quick_check runs on a worker thread once the
# window is up, so it is not part of the time to the first paint.
window = build_window(resolve_paths(Path(sys.argv[1])), check=False)
watcher = FirstPaint()
app.installEventFilter(watcher)
window.show()
code = app.exec()
window.close()
sys.exit(code)
