"""Weekly goals: progress on Today, targets in Settings, the history on Insights."""

import datetime as dt

from app.core.coach import goals, ledger
from tests.helpers.qt import find


def test_today_shows_this_week_s_goals(net_window, qtbot):
    win, net = net_window
    ledger.add_entry(net.ada, "gave", "An article", when=dt.datetime.now().replace(microsecond=0))
    win.ctx.bus.contacts_changed.emit()
    today = win.show_page("todayPage")
    strip = find(today, "weeklyGoals")
    qtbot.waitUntil(lambda: strip.isVisible() and "gives" in strip.rows and strip.rows["gives"][1].value() == 1)
    _name, gives, count, _streak = strip.rows["gives"]
    assert gives.objectName() == "goal_gives"
    assert (gives.value(), gives.maximum()) == (1, 2)
    assert count.text() == "1 of 2"
    assert "follow-ups" in find(strip, "followupHabit").text().lower()


def test_settings_set_the_targets_and_today_follows(net_window, qtbot):
    from app.ui.settings.dialog import SettingsDialog

    win, _net = net_window
    dialog = SettingsDialog(win.ctx, win, tab="Weekly goals")
    qtbot.addWidget(dialog)
    tab = find(dialog, "settingsGoals")
    assert dialog.tabs.currentWidget() is tab
    find(tab, "goal_gives_target").setValue(1)
    find(tab, "goal_rehearsals_target").setValue(0)
    with qtbot.waitSignal(win.ctx.bus.settings_changed):
        assert dialog.apply()
    assert goals.load_targets()["gives"] == 1 and goals.load_targets()["rehearsals"] == 0
    assert goals.load_targets() == {**goals.defaults(), "gives": 1, "rehearsals": 0}
    today = win.show_page("todayPage")
    today.refresh_now()
    today.coach.refresh_now()
    strip = find(today, "weeklyGoals")
    assert list(strip.rows) == ["conversations", "thank_yous", "gives"]


def test_history_opens_the_goals_on_insights(net_window, qtbot):
    win, _net = net_window
    today = win.show_page("todayPage")
    find(today, "goalsHistoryButton").click()
    qtbot.waitUntil(lambda: win.current_page().objectName() == "insightsPage")
    history = find(win.insights_page, "goalsHistory")
    assert set(history.charts) == {"conversations", "thank_yous", "rehearsals", "gives", "on_time"}
    assert len(history.charts["gives"]._weeks) == goals.HISTORY_WEEKS
