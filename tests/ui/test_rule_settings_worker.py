"""Preferences → Follow-up rules re-runs the rules on a worker thread: the window keeps painting, takes no input
meanwhile, and the change is stored when apply() returns (issue 18: long use cases run on a worker)."""

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.core.followups import rule_settings
from app.models import Circle
from app.ui.context import AppContext
from tests.helpers.qt import find


@pytest.fixture
def ctx(db, paths, clock):
    return AppContext(paths=paths, clock=clock)


def test_the_rules_run_on_a_worker_while_the_window_stays_responsive(qtbot, ctx, monkeypatch):
    from app.ui.settings import rules_tab
    from app.ui.settings.dialog import SettingsDialog

    seen: dict[str, object] = {}
    ticked = threading.Event()
    real = rules_tab.change_rule_settings

    def spy(*args):
        seen["thread"] = threading.current_thread()
        seen["gui_ran"] = ticked.wait(10)  # the GUI thread's event loop runs while the rules do
        return real(*args)

    monkeypatch.setattr(rules_tab, "change_rule_settings", spy)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    find(dialog, "rule_reminder_days").setValue(10)

    def meanwhile():
        seen["disabled"] = not dialog.isEnabled()
        ticked.set()

    QTimer.singleShot(0, meanwhile)
    with qtbot.waitSignal(ctx.bus.followups_changed):
        assert dialog.apply()
    assert seen["thread"] is not threading.main_thread()
    assert seen["gui_ran"] and seen["disabled"]
    assert dialog.isEnabled()
    assert rule_settings.load().offset("reminder") == 10


def test_a_refused_cadence_never_reaches_the_worker(qtbot, ctx, monkeypatch):
    from app.ui.settings import rules_tab
    from app.ui.settings.dialog import SettingsDialog

    calls = []
    monkeypatch.setattr(rules_tab, "change_rule_settings", lambda *a: calls.append(a))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    family = Circle.get(Circle.name == "Family")
    find(dialog, f"circle_{family.id}_days").setValue(100)
    find(dialog, f"circle_{family.id}_max").setValue(50)
    assert not dialog.apply()
    assert calls == [] and dialog.isEnabled()
