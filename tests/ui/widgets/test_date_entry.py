"""The date and time fields (issue 17 item 7): Tab leaves them, typed text becomes a day, a calendar and a list of
times drop down, and a text that is no date is said to be wrong instead of silently replaced."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.ui.widgets.date_entry import DateEdit, DateTimeEdit, TimeEdit, first_invalid, refuse_invalid

TODAY = dt.date(2026, 3, 16)  # a Monday
# What the offscreen platform says when a popup opens (it has no window system to raise it or grab the keyboard).
popup_notes = pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing the keyboard")


@pytest.fixture
def form(qtbot):
    """A day, a time and a plain field after them, in a shown window."""
    root = QWidget()
    layout = QVBoxLayout(root)
    root.day = DateEdit(TODAY, today=lambda: TODAY)
    root.day.setObjectName("day")
    root.when = DateTimeEdit(dt.datetime(2026, 3, 16, 9, 0), today=lambda: TODAY)
    root.when.setObjectName("when")
    root.when.setAccessibleName("When")
    root.after = QLineEdit()
    for widget in (root.day, root.when, root.after):
        layout.addWidget(widget)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    root.activateWindow()
    return root


def focus(qtbot, widget):
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_tab_leaves_the_date_for_the_next_field(qtbot, form):
    focus(qtbot, form.day)
    qtbot.keyClick(form.day, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.when.date_edit
    qtbot.keyClick(form.when.date_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.when.time_edit
    qtbot.keyClick(form.when.time_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.after


def test_typed_words_become_the_day_and_are_written_out_on_leaving(qtbot, form):
    focus(qtbot, form.day)
    form.day.selectAll()
    with qtbot.waitSignal(form.day.dateChanged) as changed:
        qtbot.keyClicks(form.day, "tomorrow")
    assert changed.args == [QDate(2026, 3, 17)]
    assert form.day.text() == "tomorrow"  # as typed while typing …
    assert "17" in form.day.accessibleDescription()  # … with the day it means said beside it
    qtbot.keyClick(form.day, Qt.Key.Key_Tab)
    assert form.day.date() == QDate(2026, 3, 17)
    assert form.day.text() == form.day.text_for(dt.date(2026, 3, 17))  # "Tue 17 Mar 2026" in the locale's words


def test_iso_and_short_dates_are_read(qtbot, form):
    focus(qtbot, form.day)
    for text, day in (
        ("2027-03-12", dt.date(2027, 3, 12)),
        ("12.3.", dt.date(2026, 3, 12)),
        ("+3", TODAY.replace(day=19)),
    ):
        form.day.selectAll()
        qtbot.keyClicks(form.day, text)
        qtbot.keyClick(form.day, Qt.Key.Key_Return)
        assert form.day.day() == day, text


def test_a_text_that_is_no_day_keeps_the_last_good_day_and_says_so(qtbot, form):
    focus(qtbot, form.day)
    form.day.selectAll()
    qtbot.keyClicks(form.day, "someday")
    qtbot.keyClick(form.day, Qt.Key.Key_Tab)
    assert form.day.text() == "someday"  # nothing typed is thrown away
    assert form.day.day() == TODAY
    assert not form.day.is_valid() and "not a day" in form.day.error_text()
    assert first_invalid(form) is form.day
    message = refuse_invalid(form)
    assert "not a day" in message and form.day.hasFocus()
    form.day.selectAll()
    qtbot.keyClicks(form.day, "fri")
    assert form.day.is_valid() and first_invalid(form) is None and refuse_invalid(form) == ""
    assert form.day.day() == dt.date(2026, 3, 20)


def test_a_day_out_of_range_is_refused(qtbot, form):
    form.day.setMinimumDate(QDate(2026, 3, 16))
    focus(qtbot, form.day)
    form.day.selectAll()
    qtbot.keyClicks(form.day, "yesterday")
    qtbot.keyClick(form.day, Qt.Key.Key_Return)
    assert not form.day.is_valid() and "too early" in form.day.error_text()
    assert form.day.day() == TODAY
    form.day.setDate(QDate(2026, 1, 1))  # as QDateEdit: a day set below the minimum is the minimum
    assert form.day.day() == TODAY and form.day.is_valid()


def test_up_and_down_move_a_day_and_page_keys_a_month(qtbot, form):
    focus(qtbot, form.day)
    qtbot.keyClick(form.day, Qt.Key.Key_Up)
    assert form.day.day() == dt.date(2026, 3, 17)
    qtbot.keyClick(form.day, Qt.Key.Key_PageDown)
    assert form.day.day() == dt.date(2026, 2, 17)
    focus(qtbot, form.when.time_edit)
    qtbot.keyClick(form.when.time_edit, Qt.Key.Key_Down)
    assert form.when.time_edit.time() == QTime(8, 45)


@popup_notes
def test_alt_down_opens_the_calendar_and_enter_picks_the_day(qtbot, form):
    focus(qtbot, form.day)
    qtbot.keyClick(form.day, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = form.day.popup()
    assert popup is not None and popup.objectName() == "dayCalendar"
    qtbot.waitExposed(popup)
    assert popup.calendar.selectedDate() == QDate(2026, 3, 16)
    target = QApplication.focusWidget()
    assert popup.isAncestorOf(target)
    qtbot.keyClick(target, Qt.Key.Key_Right)
    with qtbot.waitSignal(form.day.dateChanged):
        qtbot.keyClick(target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.day.popup() is None)
    assert form.day.day() == dt.date(2026, 3, 17)
    assert form.day.text() == form.day.text_for(dt.date(2026, 3, 17))


@popup_notes
def test_the_calendar_icon_opens_the_calendar_and_a_click_picks(qtbot, form):
    form.day.popup_action.trigger()
    popup = form.day.popup()
    qtbot.waitExposed(popup)
    popup.calendar.clicked.emit(QDate(2026, 4, 2))  # what a click on 2 April sends
    qtbot.waitUntil(lambda: form.day.popup() is None)
    assert form.day.day() == dt.date(2026, 4, 2)


@popup_notes
def test_the_time_takes_typed_text_and_offers_half_hours(qtbot, form):
    time = form.when.time_edit
    assert time.objectName() == "whenTime" and form.when.date_edit.objectName() == "whenDate"
    assert time.accessibleName() == "When: time"
    focus(qtbot, time)
    time.selectAll()
    qtbot.keyClicks(time, "230pm")
    qtbot.keyClick(time, Qt.Key.Key_Tab)
    assert form.when.dateTime().toPython() == dt.datetime(2026, 3, 16, 14, 30)
    focus(qtbot, time)
    qtbot.keyClick(time, Qt.Key.Key_F4)
    popup = time.popup()
    qtbot.waitExposed(popup)
    assert popup.list.currentItem().text() == time.text_for(dt.time(14, 30))
    qtbot.keyClick(popup.list, Qt.Key.Key_Down)
    qtbot.keyClick(popup.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: time.popup() is None)
    assert time.to_time() == dt.time(15, 0)


def test_date_time_answers_like_qdatetimeedit(qtbot, form):
    with qtbot.waitSignal(form.when.dateTimeChanged):
        form.when.setDateTime(dt.datetime(2027, 1, 2, 7, 45))
    assert form.when.to_datetime() == dt.datetime(2027, 1, 2, 7, 45)
    assert form.when.dateTime().date() == QDate(2027, 1, 2)


def test_a_time_field_alone(qtbot):
    field = TimeEdit(QTime(9, 0))
    qtbot.addWidget(field)
    field.setText("")
    field.textEdited.emit("25:00")
    field.editingFinished.emit()
    assert not field.is_valid() and field.time() == QTime(9, 0)
