"""Work deferred until the window's first paint (app.ui.widgets.first_paint): the window draws first, the extras
(the weekly goals, the start-up integrity check) follow on the next turn of the event loop."""

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from app import db as app_db
from app.core.coach import goals
from app.main import create_window
from app.ui.widgets.first_paint import FirstPaint
from tests.helpers.data import fill_with_demo_data
from tests.helpers.qt import find


class PaintLog(QObject):
    def __init__(self, window, events):
        super().__init__()
        self.window, self.events = window, events

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and getattr(obj, "window", None) and obj.window() is self.window:
            self.events.append("paint")
        return False


def shown_window(qtbot):
    window = QMainWindow()
    window.setCentralWidget(QLabel("hello"))
    qtbot.addWidget(window)
    return window


def test_callbacks_wait_for_the_first_paint(qtbot):
    window = shown_window(qtbot)
    events: list[str] = []
    log = PaintLog(window, events)
    QApplication.instance().installEventFilter(log)
    first = FirstPaint(window)
    window.show()
    first.call_after(lambda: events.append("first"))
    first.call_after(lambda: events.append("second"))
    qtbot.waitUntil(lambda: "second" in events)
    QApplication.instance().removeEventFilter(log)
    assert events.index("paint") < events.index("first") < events.index("second")
    assert first.painted
    events.clear()
    first.call_after(lambda: events.append("later"))  # already painted: soon
    qtbot.waitUntil(lambda: events == ["later"])


def test_a_hidden_window_does_not_hold_callbacks_back(qtbot):
    window = shown_window(qtbot)
    first = FirstPaint(window)
    called = []
    first.call_after(lambda: called.append(True))
    qtbot.waitUntil(lambda: called == [True])
    assert not first.painted


def test_a_deleted_context_cancels_its_callback(qtbot):
    window = shown_window(qtbot)
    first = FirstPaint(window)
    context, control = QObject(), QTimer()
    called = []
    window.show()
    first.call_after(lambda: called.append("context"), context)
    first.call_after(lambda: called.append("control"), control)
    context.deleteLater()
    qtbot.waitUntil(lambda: "control" in called)
    qtbot.wait(10)  # let any other queued call run too (a bounded wait, not a synchronisation)
    assert called == ["control"]


def test_todays_goals_fill_in_after_the_window_shows(qtbot, paths, migrated_template, monkeypatch):
    fill_with_demo_data(paths, migrated_template, contacts=60, seed=2)
    win = create_window(paths.data_dir)
    qtbot.addWidget(win)
    refreshed = []
    progress = goals.progress
    monkeypatch.setattr(goals, "progress", lambda **kw: (refreshed.append(win.first_paint.painted), progress(**kw))[1])
    win.show()
    qtbot.waitUntil(lambda: bool(refreshed))
    assert refreshed[0] is True  # the goals were read after the window had drawn itself
    assert find(win, "todayList").isVisible()
    win.close()
    app_db.close_database()
