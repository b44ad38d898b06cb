"""Start Rapport as `rapport --data-dir DIR` does (the real start, with its signal handlers) and type steadily into a
contact's Notes, one character every INTERVAL ms, never pausing. Prints "ready" once typing starts, then
"<time.monotonic()> <characters typed so far>" after each key (flushed), and "exit <code>" if Rapport ends by itself.
The test kills it meanwhile (kill -9, SIGTERM, SIGHUP) and compares what was stored with what was typed when.

Usage: python type_steadily.py DATA_DIR CONTACT_ID TEXT [INTERVAL_MS]
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit

from app.ui.application import ensure_application

app = ensure_application()
data_dir, contact_id, text = sys.argv[1], int(sys.argv[2]), sys.argv[3]
interval = int(sys.argv[4]) if len(sys.argv) > 4 else 100
state = {"typed": 0, "notes": None, "timer": None}


def main_window():
    for widget in app.topLevelWidgets():
        if widget.objectName() == "mainWindow" and widget.isVisible():
            return widget
    return None


def start() -> None:
    window = main_window()
    if window is None:
        QTimer.singleShot(50, start)
        return
    page = window.show_page("contactsPage")
    page.open_contact(contact_id)
    if page.detail.contact_id != contact_id:
        QTimer.singleShot(50, start)
        return
    notes = window.findChild(QPlainTextEdit, "field_notes")
    notes.setFocus()
    cursor = notes.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    notes.setTextCursor(cursor)
    state["notes"] = notes
    timer = QTimer(app)
    timer.timeout.connect(type_one)
    timer.start(interval)
    state["timer"] = timer
    print("ready", flush=True)


def type_one() -> None:
    typed = state["typed"]
    if typed >= len(text):
        return
    QTest.keyClicks(state["notes"], text[typed])
    state["typed"] = typed + 1
    print(f"{time.monotonic():.3f} {typed + 1}", flush=True)


QTimer.singleShot(0, start)
from app.main import main  # noqa: E402

code = main(["--data-dir", data_dir])
print(f"exit {code}", flush=True)
sys.exit(code)
