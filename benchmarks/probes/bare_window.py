"""Floor for start-up: a bare PySide6 main window, timed to its first paint (same method as rapport_window.py)."""

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
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
