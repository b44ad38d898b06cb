"""Floor for start-up: a bare PySide6 main window, timed to its first paint (same method as rapport_window.py)."""

import sys

from paint_probe import FirstPaint
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1200, 800)
watcher = FirstPaint()
app.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
