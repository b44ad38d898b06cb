"""Entering a date wherever the window asks for one (issue 17 item 7), through the real window: in the log dialog
Tab goes from the day to the time to the summary, and the day and time take typed text; the same fields in Add
follow-up, the snooze "Pick a date…" dialog and the opportunity form."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app import db as app_db
from app.core.clock import FixedClock
from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact
from app.models import FollowUp, Interaction, Opportunity
from app.ui.widgets.date_entry import DateEdit, DateTimeEdit
from tests.helpers.qt import find

NOW = dt.datetime(2026, 3, 18, 15, 20)  # a Wednesday
TODAY = NOW.date()


@pytest.fixture
def win(qtbot, paths, migrated_template):
    """The main window on Wednesday 18 March 2026, with Ada in the network."""
    from app.ui.application import build_window

    shutil.copyfile(migrated_template, paths.db_path)
    clock = FixedClock(NOW)
    window = build_window(paths, clock=clock)
    qtbot.addWidget(window)
    create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    window.close()
    app_db.close_database()


def run_dialog(qtbot, open_it, drive) -> None:
    """Open a modal dialog with ``open_it`` and run ``drive(dialog)`` inside it; a failing ``drive`` closes it."""
    failures: list[BaseException] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, QDialog), f"no dialog open, but {dialog!r}"
            qtbot.waitExposed(dialog)
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            drive(dialog)
        except BaseException as exc:
            failures.append(exc)
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, step)
    open_it()
    if failures:
        raise failures[0]


def focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def type_into(qtbot, field, text: str) -> None:
    focus(qtbot, field)
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_log_dialog_tab_goes_from_the_day_to_the_time_to_the_summary(qtbot, win):
    def drive(dialog):
        when = find(dialog, "logWhen", DateTimeEdit)
        day, time = find(dialog, "logWhenDate", DateEdit), find(dialog, "logWhenTime")
        assert when.isAncestorOf(day) and when.isAncestorOf(time)
        find(dialog, "logContact").setText("Ada")
        qtbot.keyClick(find(dialog, "logContact"), Qt.Key.Key_Return)  # picks Ada
        type_into(qtbot, day, "yesterday")
        qtbot.keyClick(day, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is time  # not the day's month
        qtbot.keyClicks(time, "930")  # Tab selected the time: typing replaces it
        qtbot.keyClick(time, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is find(dialog, "logSummary")
        qtbot.keyClicks(find(dialog, "logSummary"), "Coffee at the harbour")
        assert day.text() == day.text_for(dt.date(2026, 3, 17))  # written out on leaving
        dialog.accept()

    run_dialog(qtbot, lambda: win.log_action.trigger(), drive)
    logged = Interaction.get()
    assert (logged.occurred_at, logged.summary) == (dt.datetime(2026, 3, 17, 9, 30), "Coffee at the harbour")


def test_log_dialog_reads_a_weekday_as_the_last_one_and_iso_dates(qtbot, win):
    def drive(dialog):
        find(dialog, "logContact").setText("Ada")
        qtbot.keyClick(find(dialog, "logContact"), Qt.Key.Key_Return)
        day = find(dialog, "logWhenDate")
        type_into(qtbot, day, "mon")
        qtbot.keyClick(day, Qt.Key.Key_Tab)
        assert day.day() == dt.date(2026, 3, 16)  # logging what happened: last Monday
        type_into(qtbot, day, "2026-02-27")
        qtbot.keyClick(day, Qt.Key.Key_Tab)
        dialog.accept()

    run_dialog(qtbot, lambda: win.log_action.trigger(), drive)
    assert Interaction.get().occurred_at.date() == dt.date(2026, 2, 27)


def test_log_dialog_refuses_a_day_it_cannot_read(qtbot, win):
    def drive(dialog):
        find(dialog, "logContact").setText("Ada")
        qtbot.keyClick(find(dialog, "logContact"), Qt.Key.Key_Return)
        day = find(dialog, "logWhenDate")
        type_into(qtbot, day, "the day after the fair")
        dialog.accept()
        assert dialog.isVisible() and "not a day" in dialog.error.text()
        assert day.hasFocus() and day.text() == "the day after the fair"  # kept for correcting
        dialog.reject()

    run_dialog(qtbot, lambda: win.log_action.trigger(), drive)
    assert Interaction.select().count() == 0


@pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing the keyboard")
def test_log_dialog_calendar_popup_picks_the_day(qtbot, win):
    def drive(dialog):
        find(dialog, "logContact").setText("Ada")
        qtbot.keyClick(find(dialog, "logContact"), Qt.Key.Key_Return)
        day = find(dialog, "logWhenDate")
        focus(qtbot, day)
        qtbot.keyClick(day, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        popup = day.popup()
        qtbot.waitExposed(popup)
        target = QApplication.focusWidget()
        assert popup.isAncestorOf(target)
        qtbot.keyClick(target, Qt.Key.Key_Left)
        qtbot.keyClick(target, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: day.popup() is None)
        assert day.day() == dt.date(2026, 3, 17)
        dialog.accept()

    run_dialog(qtbot, lambda: win.log_action.trigger(), drive)
    assert Interaction.get().occurred_at == dt.datetime(2026, 3, 17, 15, 20)


def test_add_follow_up_takes_a_typed_day_and_time(qtbot, win):
    page = win.show_page("calendarPage")

    def drive(dialog):
        find(dialog, "followUpTitle").setText("Send Ada the target list")
        day = find(dialog, "followUpDate", DateEdit)
        type_into(qtbot, day, "fri")
        qtbot.keyClick(day, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is find(dialog, "followUpHasTime")
        qtbot.keyClick(find(dialog, "followUpHasTime"), Qt.Key.Key_Space)
        time = find(dialog, "followUpTime")
        type_into(qtbot, time, "2pm")
        dialog.accept()

    run_dialog(qtbot, page.new_followup, drive)
    added = FollowUp.get(FollowUp.title == "Send Ada the target list")
    assert (added.due, added.due_time) == (dt.date(2026, 3, 20), dt.time(14, 0))


def test_add_follow_up_refuses_a_day_before_today(qtbot, win):
    page = win.show_page("calendarPage")

    def drive(dialog):
        find(dialog, "followUpTitle").setText("Too late")
        type_into(qtbot, find(dialog, "followUpDate"), "2026-03-01")
        dialog.accept()
        assert dialog.isVisible() and "too early" in find(dialog, "followUpError").text()
        dialog.reject()

    run_dialog(qtbot, page.new_followup, drive)
    assert not FollowUp.select().where(FollowUp.title == "Too late").exists()


def test_snooze_pick_a_date_takes_typed_text(qtbot, win):
    late = FollowUp.create(title="Old promise", due=dt.date(2026, 3, 10), contact=1, kind="custom")
    today = win.show_page("todayPage")
    today.refresh_now()
    pick = today.snooze_all_button.menu().findChild(type(today.snooze_all_action), "snooze_pick")

    def drive(dialog):
        assert dialog.objectName() == "pickDateDialog"
        text = find(dialog, "pickDateText", DateEdit)
        assert text.hasFocus()
        qtbot.keyClicks(text, "+10")  # the text is selected: typing replaces it
        assert dialog.calendar.selectedDate().toPython() == dt.date(2026, 3, 28)  # the calendar follows
        qtbot.keyClick(text, Qt.Key.Key_Return)

    run_dialog(qtbot, pick.trigger, drive)
    assert FollowUp.get_by_id(late.id).due == dt.date(2026, 3, 28)


def test_opportunity_form_takes_a_typed_day(qtbot, win):
    from app.ui.opportunities.dialogs import OpportunityDialog

    def drive(dialog):
        find(dialog, "opportunityRole").setText("Logistics manager")
        find(dialog, "opportunityCompany").setEditText("Example Freight")
        type_into(qtbot, find(dialog, "opportunityDate", DateEdit), "2.3.")
        qtbot.keyClick(find(dialog, "opportunityDate"), Qt.Key.Key_Tab)
        assert dialog.day_value() == dt.date(2026, 3, 2)
        type_into(qtbot, find(dialog, "opportunityDate"), "tomorrow")  # the form's days are past ones
        dialog.accept()
        assert dialog.isVisible() and "too late" in find(dialog, "opportunityError").text()
        dialog.reject()

    run_dialog(qtbot, lambda: OpportunityDialog(win.ctx, win).exec(), drive)
    assert Opportunity.select().count() == 0
