"""Reminders while the window is closed (issue 17): the window hides in the system tray, the day's summary comes once
at start, follow-ups are announced as they come due, Quit quits, and a second launch brings the window back.

The test machine has no tray (offscreen): tests/helpers/tray.py fakes the platform's icon where a test needs one.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QSystemTrayIcon

from app import db as app_db
from app.models import FollowUp
from app.ui import tray
from app.ui.application import build_window, present
from app.ui.settings.dialog import SettingsDialog
from tests.helpers.qt import find
from tests.helpers.tray import install_fake_tray

ROOT = Path(__file__).resolve().parents[2]
# Bringing the window back raises it; the offscreen platform says it cannot.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def make_window(qtbot, paths, migrated_template, clock):
    """Build main windows over the test's data folder with the fixed clock, as `rapport` builds them."""
    built = []

    def make():
        if not paths.db_path.exists():
            shutil.copyfile(migrated_template, paths.db_path)
        window = build_window(paths, clock=clock)
        qtbot.addWidget(window)
        built.append(window)
        return window

    yield make
    for window in built:
        window.quit_app()
    app_db.close_database()


@pytest.fixture
def icons(monkeypatch):
    return install_fake_tray(monkeypatch)


def shown(window, qtbot):
    """The window on screen with its tray icon, as present() leaves it (without the start-up extras)."""
    window.tray.show()
    window.show()
    qtbot.waitExposed(window)
    return window


def due(title: str, day: dt.date, at: dt.time | None = None) -> FollowUp:
    return FollowUp.create(title=title, due=day, due_time=at, kind="custom")


# --- closing keeps Rapport in the tray ---------------------------------------------------------------------------
def test_closing_hides_the_window_in_the_tray_with_a_one_time_note(make_window, icons, qtbot):
    window = shown(make_window(), qtbot)
    (icon,) = icons
    assert icon.visible and icon.tooltip == "Rapport"
    services = window.followups

    window.close()
    assert not window.isVisible()
    assert services.scheduler.tick.isActive() and services.notifier.timer.isActive()  # reminders go on
    assert [title for title, _body in icon.messages] == ["Rapport is still running"]
    assert "File → Quit" in icon.messages[0][1]

    icon.click()  # the tray icon brings it back
    qtbot.waitUntil(window.isVisible)
    window.close()
    assert not window.isVisible()
    assert len(icon.messages) == 1  # the note comes once, not on every close

    icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)  # the right click only opens the menu
    assert not window.isVisible()


def test_file_quit_quits_even_with_a_tray(make_window, icons, qtbot):
    window = shown(make_window(), qtbot)
    services = window.followups
    with qtbot.waitSignal(window.closed):
        window.quit_action.trigger()
    assert not window.isVisible()
    assert not services.scheduler.tick.isActive() and not services.notifier.timer.isActive()
    assert not icons[0].visible  # no icon left behind


def test_the_tray_menu_shows_and_quits(make_window, icons, qtbot):
    window = shown(make_window(), qtbot)
    menu = icons[0].menu
    assert [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()] == [
        "Show Rapport",
        "Quit Rapport",
    ]
    window.close()
    find(menu, "trayShowAction", tray.QAction).trigger()
    qtbot.waitUntil(window.isVisible)
    window.close()
    with qtbot.waitSignal(window.closed):
        find(menu, "trayQuitAction", tray.QAction).trigger()


def test_preferences_switch_turns_the_tray_off(make_window, icons, qtbot, monkeypatch):
    window = shown(make_window(), qtbot)

    def untick_and_accept(dialog):
        box = find(dialog, "keepInTray")
        assert box.isEnabled() and box.isChecked()
        box.setChecked(False)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", untick_and_accept)
    window.followups.preferences_action.trigger()
    assert not tray.keeps_running(window.ctx.settings())
    with qtbot.waitSignal(window.closed):
        window.close()  # now closing quits
    assert not window.isVisible()


def test_without_a_tray_closing_quits(make_window, qtbot):
    window = make_window()
    window.tray.show()
    window.show()
    assert not window.tray.available
    assert not window.closes_to_tray()
    with qtbot.waitSignal(window.closed):
        window.close()


def test_the_sample_window_stays_out_of_the_tray(qtbot, tmp_path, migrated_template, icons, clock):
    from app.ui import sample_data

    paths = sample_data.fill(tmp_path / "sample")
    window = build_window(paths, clock=clock)
    qtbot.addWidget(window)
    try:
        assert not window.tray.available and icons == []
        window.show()
        with qtbot.waitSignal(window.closed):
            window.close()
    finally:
        app_db.close_database()


# --- what is due: the summary at start, and each follow-up as it comes due ----------------------------------------
def test_the_summary_of_the_day_comes_once_per_day_at_start(make_window, icons, qtbot, clock, monkeypatch):
    window = make_window()
    today = clock.today()
    due("Thank Ada for the coffee", today - dt.timedelta(days=2))
    due("Call Ben (referred by Ada)", today)
    due("Coffee with Carla", today, dt.time(15, 0))
    due("Tomorrow's reminder", today + dt.timedelta(days=1))
    monkeypatch.setattr(window.business_cards, "offer_profile_once", lambda: False)
    monkeypatch.setattr(window.backups, "schedule_daily", lambda: None)

    assert icons == []  # building the window does not ask the desktop for its tray…
    with qtbot.waitSignal(window.followups.notifier.notified) as blocker:
        present(window)  # the real start path: the summary follows the first paint
        assert icons == []  # …nor does showing it: the icon comes after the first paint (issue 21)…
    icon = icons[0]  # …and before the summary, which it shows
    assert icon.visible
    assert [i.title for i in blocker.args[0]] == [
        "Thank Ada for the coffee",
        "Call Ben (referred by Ada)",
        "Coffee with Carla",
    ]
    ((title, body),) = icon.messages
    assert title == "3 follow-ups for today"
    assert body.splitlines() == [
        "1 overdue · 2 due today",
        "• Thank Ada for the coffee",
        "• Call Ben (referred by Ada)",
        "• Coffee with Carla",
    ]

    assert window.followups.notifier.summarise_today() == []  # the same day: not again…
    window.quit_app()
    second = make_window()  # …not even after a restart
    assert second.followups.notifier.summarise_today() == []
    clock.advance(days=1)
    assert len(second.followups.notifier.summarise_today()) == 4  # a new day: a new summary


def test_no_summary_when_nothing_is_due(make_window, icons, clock):
    window = make_window()
    due("Next week", clock.today() + dt.timedelta(days=7))
    window.tray.show()
    assert window.followups.notifier.summarise_today() == []
    assert icons[0].messages == []


def test_in_the_tray_follow_ups_are_announced_as_they_come_due(make_window, icons, qtbot, clock):
    window = shown(make_window(), qtbot)
    notifier = window.followups.notifier
    meeting = due("Coffee with Carla", clock.today(), dt.time(15, 0))
    assert len(notifier.summarise_today()) == 1  # in the summary, and still announced at its time
    window.close()  # into the tray
    icon = icons[0]
    icon.messages.clear()

    notifier.timer.timeout.emit()  # the minute tick, at 10:30: not yet
    assert icon.messages == []
    clock.set(dt.datetime.combine(clock.today(), dt.time(15, 1)))
    with qtbot.waitSignal(notifier.notified) as blocker:
        notifier.timer.timeout.emit()
    assert [i.id for i in blocker.args[0]] == [meeting.id]
    assert icon.messages == [("Follow-up due", "Coffee with Carla")]
    notifier.timer.timeout.emit()
    assert len(icon.messages) == 1  # said once

    window.show_page("contactsPage")
    icon.messageClicked.emit()  # clicking the notification opens Today
    qtbot.waitUntil(window.isVisible)
    assert window.current_page().objectName() == "todayPage"


def test_without_a_tray_notifications_go_to_the_status_bar(make_window, qtbot, clock):
    window = make_window()
    window.show()
    due("Call Ben", clock.today())
    assert len(window.followups.notifier.summarise_today()) == 1
    assert window.statusBar().currentMessage() == "1 follow-up for today: 1 due today"


# --- start at login: in the background --------------------------------------------------------------------------
def test_background_start_stays_in_the_tray(make_window, icons, qtbot, monkeypatch, clock):
    window = make_window()
    due("Call Ben", clock.today())
    monkeypatch.setattr(window.backups, "schedule_daily", lambda: None)
    with qtbot.waitSignal(window.followups.notifier.notified):
        present(window, background=True)
    assert not window.isVisible() and icons[0].visible
    assert icons[0].messages[0][0] == "1 follow-up for today"


def test_background_start_without_a_tray_shows_the_window(make_window, qtbot, monkeypatch):
    window = make_window()
    monkeypatch.setattr(window.business_cards, "offer_profile_once", lambda: False)
    monkeypatch.setattr(window.backups, "schedule_daily", lambda: None)
    present(window, background=True)
    assert window.isVisible()


# --- a second launch ---------------------------------------------------------------------------------------------
def launch(data_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_a_second_launch_brings_the_hidden_window_back(make_window, icons, qtbot, paths):
    from app.instance_lock import InstanceLock, ShowRequests

    window = shown(make_window(), qtbot)
    lock = InstanceLock(paths.data_dir)
    assert lock.acquire()
    try:
        requests = ShowRequests(paths.data_dir, window)
        requests.requested.connect(window.bring_back)  # as run_gui wires it
        window.close()
        assert not window.isVisible()
        second = launch(paths.data_dir)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)  # the event loop answers meanwhile
        assert second.returncode == 0, second.stderr.read()
        assert "already open" in second.stderr.read()
        assert window.isVisible()
        assert not (paths.data_dir / "rapport.show-request").exists()
    finally:
        lock.release()


def test_a_second_launch_nobody_answers_says_the_folder_is_in_use(qtbot, tmp_path):
    from app.instance_lock import InstanceLock

    data = tmp_path / "d"
    data.mkdir()
    lock = InstanceLock(data)  # held, but nothing watches the folder (another computer, an older Rapport)
    assert lock.acquire()
    try:
        second = launch(data)
        second.wait(timeout=60)
        assert second.returncode == 3
        assert "already open" in second.stderr.read()
        assert not (data / "rapport.show-request").exists()  # it takes its request back
    finally:
        lock.release()
