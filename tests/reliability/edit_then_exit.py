"""Open the window, type into a contact's title and exit at once without closing the window (as scripts and
abrupt quits do). Usage: python edit_then_exit.py DATA_DIR CONTACT_ID NEW_TITLE"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

app = QApplication(sys.argv[:1])
from app.main import create_window  # noqa: E402

window = create_window(Path(sys.argv[1]))
window.show()
page = window.show_page("contactsPage")
page.open_contact(int(sys.argv[2]))
app.processEvents()
title = window.findChild(QLineEdit, "field_title")
title.setFocus()
title.selectAll()
QTest.keyClicks(title, sys.argv[3])  # the edit waits for its pause; we leave before it comes
print("typed", flush=True)
