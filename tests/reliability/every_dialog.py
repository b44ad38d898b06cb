"""Open and cancel every dialog reachable from the menus and toolbars on every page, then close the window and let
the process end as a user's would. Usage: python every_dialog.py DATA_DIR [--as-reported]
(``--as-reported``: only the steps of the issue, Contacts page, Ctrl+L, Esc).

Prints one JSON object on stdout: the windows that opened (``opened``: class and objectName) and the actions
triggered. The test (test_every_dialog.py) checks the exit status and stderr: PySide destroys at exit every
object Python still owns, so an object owned both by Python and by a Qt parent crashes there, after the window
closed (issue 16).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
    QWidgetAction,
)
from shiboken6 import Shiboken

# Quit closes the window (done last, as a user would). Actions that hand a folder to the file manager (Open Data
# Folder, Show Backups…) run: the desktop is stood in for below.
SKIP = {"quitAction"}

app = QApplication(sys.argv[:1])
from app.main import create_window  # noqa: E402

# "Open … Folder" actions hand a folder to the desktop's file manager: record them instead of starting one.
handed_to_desktop: list[str] = []
QDesktopServices.openUrl = staticmethod(lambda url: handed_to_desktop.append(url.toString()) or True)

window = None
opened: list[str] = []
triggered: list[str] = []


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}:{widget.objectName()}"


def close_what_is_open(main) -> None:
    """Escape from the innermost modal dialog or popup menu (as a user would); dialogs shown without exec too."""
    for _attempt in range(3):
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None:
            for top in QApplication.topLevelWidgets():
                if top is not main and top.isVisible() and isinstance(top, QDialog):
                    widget = top
                    break
        if widget is None:
            return
        name = describe(widget)
        if not opened or opened[-1] != name:
            opened.append(name)
        QTest.keyClick(widget, Qt.Key.Key_Escape)
        if widget.isVisible() and isinstance(widget, QDialog):
            widget.reject()
        elif widget.isVisible():
            widget.close()


def run(main, label: str, trigger) -> None:
    """Call ``trigger`` (which may start a nested event loop) while a timer escapes from whatever it opens."""
    closer = QTimer()
    closer.setInterval(40)
    closer.timeout.connect(lambda: close_what_is_open(main))
    closer.start()
    triggered.append(label)
    trigger()
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    close_what_is_open(main)
    closer.stop()
    app.processEvents()


def page_controls(page: QWidget) -> list[tuple[str, object]]:
    """What the page's toolbars offer: their actions, their buttons, and the actions of their drop-down menus."""
    found: list[tuple[str, object]] = []
    for bar in page.findChildren(QToolBar):
        for action in bar.actions():
            if action.isSeparator():
                continue
            widget = bar.widgetForAction(action)
            if isinstance(action, QWidgetAction) and isinstance(widget, QAbstractButton):
                if widget.isVisible() and widget.isEnabled():
                    found.append((f"{page.objectName()}/{widget.objectName() or widget.text()}", widget.click))
                if isinstance(widget, QToolButton) and widget.menu() is not None:
                    found += [(f"{page.objectName()}/{a.text()}", a.trigger) for a in menu_actions(widget.menu())]
            elif action.isVisible() and action.isEnabled():
                found.append((f"{page.objectName()}/{action.objectName() or action.text()}", action.trigger))
                if isinstance(widget, QToolButton) and widget.menu() is not None:
                    found += [(f"{page.objectName()}/{a.text()}", a.trigger) for a in menu_actions(widget.menu())]
    return found


def menu_actions(menu: QMenu) -> list[QAction]:
    actions = []
    for action in menu.actions():
        if action.isSeparator() or action.objectName() in SKIP:
            continue
        if action.menu() is not None:
            actions += menu_actions(action.menu())
        elif action.isEnabled() and action.isVisible():
            actions.append(action)
    return actions


def owned_twice(objects) -> list[str]:
    """Objects that Python owns although a Qt parent owns them too: PySide deletes them at exit, and their parent
    deletes them again (or a signal connection dies without the GIL) — the crash of issue 16."""
    found = []
    for obj in objects:
        if isinstance(obj, QObject) and Shiboken.ownedByPython(obj) and obj.parent() is not None:
            found.append(f"{type(obj).__name__}:{obj.objectName()} in {type(obj.parent()).__name__}")
    return sorted(found)


def live_objects() -> list:
    import gc

    gc.collect()
    return Shiboken.getAllValidWrappers()


def every_dialog(window) -> None:
    """On each page: every action of the menu bar, then what the page's toolbars offer."""
    for name in list(window.page_names):
        page = window.show_page(name)
        app.processEvents()
        if name == "contactsPage":
            page.view.selectRow(0)  # the actions about "the selected contact" open their dialogs
            app.processEvents()
        for menu_action in window.menuBar().actions():
            for action in menu_actions(menu_action.menu()):
                window.show_page(name)
                run(window, f"{name}: {action.objectName() or action.text()}", action.trigger)
        window.show_page(name)
        for label, trigger in page_controls(page):
            window.show_page(name)
            run(window, label, trigger)


def as_reported(window) -> None:
    """The steps of issue 16 with the keyboard: Ctrl+2, Ctrl+L, Esc."""
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    app.processEvents()
    run(window, "Ctrl+L", lambda: QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier))


def main() -> int:
    global window  # held until the interpreter ends, as run_gui's window is: PySide's exit clean-up deletes it
    window = create_window(Path(sys.argv[1]))
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    app.processEvents()
    (as_reported if "--as-reported" in sys.argv else every_dialog)(window)
    window.close()
    app.processEvents()
    report = {
        "opened": sorted(set(opened)),
        "triggered": triggered,
        "owned_twice": owned_twice(live_objects()),  # only wrappers that exist: new ones would change the exit
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
