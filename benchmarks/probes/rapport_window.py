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


from app.main import create_window  # noqa: E402
from app.ui.application import ensure_application  # noqa: E402

app = ensure_application()
window = create_window(Path(sys.argv[1]))
watcher = FirstPaint()
app.installEventFilter(watcher)
window.show()
code = app.exec()
window.close()
sys.exit(code)
