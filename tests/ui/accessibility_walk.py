"""Walk every page of the main window and every dialog the menus and toolbars open (the list and the way of
tests/reliability/every_dialog.py), and list each interactive widget a screen reader would read without a human
name or without a description. Usage: python accessibility_walk.py DATA_DIR. Prints one JSON object: ``problems``
and ``undescribed`` (one line each), ``seen`` (what was audited) and ``described`` ([with a description or tooltip,
interactive widgets]).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from tests.reliability import every_dialog as walk
from tests.ui.accessibility_audit import audit, described, undescribed

problems: set[str] = set()
missing_descriptions: set[str] = set()
seen: list[str] = []
counts = [0, 0]


def audit_all(root: QWidget, where: str) -> None:
    """``root`` as shown, then each tab of its tab widgets (the pages inside are only shown one at a time)."""
    key = f"{type(root).__name__}:{root.objectName()}"
    seen.append(f"{where}{key}")
    problems.update(audit(root, where))
    missing_descriptions.update(undescribed(root, where))
    with_description, total = described(root)
    counts[0] += with_description
    counts[1] += total
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            if tabs.isTabEnabled(i) and tabs.isTabVisible(i):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                problems.update(audit(tabs.widget(i), f"{where}{tabs.objectName()}[{i}] "))
                missing_descriptions.update(undescribed(tabs.widget(i), f"{where}{tabs.objectName()}[{i}] "))
        tabs.setCurrentIndex(current)


original_close = walk.close_what_is_open
AUDITED = "accessibilityWalkAudited"  # a dynamic property on each window audited: Python ids are reused once a
# closed dialog is freed, and a later dialog at the same address was skipped as seen (pitchRevisionsDialog, once)


def audit_then_close(main) -> None:
    """Audit whatever is open and not audited yet, then let the walk close it. Every visible dialog is looked at,
    not only the first found: a window the walk leaves open (the teleprompter) would otherwise hide a dialog that
    has not become the active modal widget yet, and the walk's closer (which may find that one) would close it
    unaudited (seen once in a few runs under load)."""
    candidates = [QApplication.activePopupWidget(), QApplication.activeModalWidget()]
    candidates += [
        top
        for top in QApplication.topLevelWidgets()
        if top is not main and top.isVisible() and top.isWindow() and top.inherits("QDialog")
    ]
    for widget in candidates:
        if widget is not None and not widget.property(AUDITED) and not widget.inherits("QMenu"):
            widget.setProperty(AUDITED, True)
            audit_all(widget, f"{type(widget).__name__}#{widget.objectName()} ")
    original_close(main)


def main() -> int:
    window = walk.create_window(Path(sys.argv[1]))
    walk.window = window
    window.resize(1200, 800)
    window.show()
    walk.QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    QApplication.processEvents()
    for name in list(window.page_names):
        page = window.show_page(name)
        QApplication.processEvents()
        if name == "contactsPage":
            page.view.selectRow(0)
            QApplication.processEvents()
        audit_all(window, f"{name} ")
        if name == "pitchesPage" and page.pitch_id is not None:  # rehearsal mode: the timer, the light, its buttons
            page.rehearsals.open_without_starting()
            QApplication.processEvents()
            audit_all(window, "rehearsalMode ")
            page.leave_rehearsal()
            QApplication.processEvents()
    walk.close_what_is_open = audit_then_close
    walk.every_dialog(window)
    window.close()
    QApplication.processEvents()
    print(
        json.dumps(
            {
                "problems": sorted(problems),
                "undescribed": sorted(missing_descriptions),
                "seen": seen,
                "described": counts,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
