"""Calendar: keyboard and mouse navigation in calendarMonth, drag to reschedule, week, agendaList, kinds, ICS."""

import datetime as dt

import icalendar
import pytest
from PySide6.QtCore import QPoint, Qt

from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact
from app.core.followups import service as followups
from app.core.followups import writes as followup_writes
from app.models import FollowUp
from app.ui.calendar.page import AGENDA, DAY, MONTH, WEEK, CalendarPage, write_ics
from app.ui.context import AppContext
from tests.helpers.qt import find

D = dt.date


@pytest.fixture
def page(qtbot, db, paths, clock):
    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)
    ben = create_contact(ContactData(given_name="Ben", family_name="Ito"), clock=clock)
    for title, due, who, kind in [
        ("Call Ada", D(2026, 3, 16), ada.id, "custom"),
        ("Thank Ben", D(2026, 3, 16), ben.id, "thank_you"),
        ("Remind Ada", D(2026, 3, 20), ada.id, "reminder"),
        ("Late one", D(2026, 3, 9), ben.id, "custom"),
        ("April thing", D(2026, 4, 2), ada.id, "custom"),
    ]:
        FollowUp.create(title=title, due=due, original_due=due, contact=who, kind=kind)
    for i in range(6):  # a busy day: more than three chips
        FollowUp.create(title=f"Busy {i}", due=D(2026, 3, 18), original_due=D(2026, 3, 18), contact=ada.id)
    page = CalendarPage(AppContext(paths=paths, clock=clock))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def day_titles(page):
    return [page.day_model.index(r, 0).data() for r in range(page.day_model.rowCount())]


def test_month_shows_chips_today_selected_and_the_day_list(page):
    month = find(page, "calendarMonth")
    assert month.accessibleName() == "Month"
    assert find(page, "calendarTitle").text() == "March 2026"
    assert month.selected == D(2026, 3, 16) == month.today
    assert sorted(c.label for c in month.chips_on(D(2026, 3, 16))) == ["Ada Okafor", "Ben Ito"]
    assert sorted(day_titles(page)) == ["Call Ada", "Thank Ben"]
    placed, more, hidden = month._layout(D(2026, 3, 18))
    assert len(placed) == 3 and hidden == 3 and more is not None  # up to three chips, then "+3 more"
    assert "follow-ups" in month.accessibleDescription()


def test_keyboard_navigation_in_calendar_month(page, qtbot):
    month = find(page, "calendarMonth")
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Right)
    assert month.selected == D(2026, 3, 17)
    qtbot.keyClick(month, Qt.Key.Key_Down)
    assert month.selected == D(2026, 3, 24)
    qtbot.keyClick(month, Qt.Key.Key_Left)
    qtbot.keyClick(month, Qt.Key.Key_Up)
    assert month.selected == D(2026, 3, 16)
    qtbot.keyClick(month, Qt.Key.Key_Up)
    qtbot.keyClick(month, Qt.Key.Key_Up)
    assert month.selected == D(2026, 3, 2)
    qtbot.keyClick(month, Qt.Key.Key_PageDown)
    assert month.selected == D(2026, 4, 2)
    assert find(page, "calendarTitle").text() == "April 2026"
    assert day_titles(page) == ["April thing"]
    qtbot.keyClick(month, Qt.Key.Key_PageUp)
    qtbot.keyClick(month, Qt.Key.Key_PageUp)
    assert find(page, "calendarTitle").text() == "February 2026"
    qtbot.keyClick(month, Qt.Key.Key_Home)
    assert month.selected == D(2026, 3, 16)
    assert find(page, "calendarTitle").text() == "March 2026"


def test_arrowing_past_the_grid_moves_to_the_next_month(page, qtbot):
    month = find(page, "calendarMonth")
    month.setFocus()
    for _ in range(3):  # 16 March → 6 April: beyond the grid (it ends on 5 April)
        qtbot.keyClick(month, Qt.Key.Key_Down)
    assert month.selected == D(2026, 4, 6)
    assert find(page, "calendarTitle").text() == "April 2026"


def test_clicking_a_day_lists_its_items_and_buttons_navigate(page, qtbot):
    month = find(page, "calendarMonth")
    qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=month.rect_for(D(2026, 3, 20)).center())
    assert month.selected == D(2026, 3, 20)
    assert day_titles(page) == ["Remind Ada"]
    assert "Friday 20 March" in find(page, "calendarDayTitle").text()
    find(page, "calendarNext").click()
    assert find(page, "calendarTitle").text() == "April 2026"
    find(page, "calendarToday").click()
    assert find(page, "calendarTitle").text() == "March 2026" and month.selected == D(2026, 3, 16)


def test_drag_a_chip_to_another_day_reschedules_it(page, qtbot):
    month = find(page, "calendarMonth")
    remind = FollowUp.get(FollowUp.title == "Remind Ada")
    start = month.chip_rect(remind.id).center()
    target = month.rect_for(D(2026, 3, 26)).center()
    qtbot.mousePress(month, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(month, start + QPoint(10, 5))
    qtbot.mouseMove(month, target)
    qtbot.mouseRelease(month, Qt.MouseButton.LeftButton, pos=target)
    row = FollowUp.get_by_id(remind.id)
    assert (row.due, row.snoozed_until, row.original_due) == (D(2026, 3, 26), D(2026, 3, 26), D(2026, 3, 20))
    assert [c.id for c in month.chips_on(D(2026, 3, 26))] == [remind.id]
    page.ctx.undo_stack.undo()
    assert FollowUp.get_by_id(remind.id).due == D(2026, 3, 20)


def test_clicking_a_chip_selects_it_in_the_day_list_and_done_works(page, qtbot):
    month = find(page, "calendarMonth")
    thank = FollowUp.get(FollowUp.title == "Thank Ben")
    qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=month.chip_rect(thank.id).center())
    assert page.selected_ids() == [thank.id]
    find(page, "calendarDone").click()
    assert FollowUp.get_by_id(thank.id).status == "done"
    chip = next(c for c in month.chips_on(D(2026, 3, 16)) if c.id == thank.id)
    assert chip.done  # done items stay on the calendar, faded


def test_week_view_and_agenda_list(page, qtbot):
    page.set_mode(WEEK)
    week = find(page, "calendarWeek")
    assert week.isVisible() and week.first_day == D(2026, 3, 16)
    assert len(week.all_day_chips(D(2026, 3, 18))) == 6  # untimed follow-ups: the all-day strip
    placed, more, hidden = week._all_day_layout(D(2026, 3, 18))
    assert len(placed) == 2 and hidden == 4 and more is not None  # three rows at most: two chips and "+4 more"
    assert find(page, "calendarTitle").text().startswith("Week of 16 Mar")
    find(page, "calendarNext").click()
    assert week.first_day == D(2026, 3, 23)
    page.set_mode(AGENDA)
    agenda = find(page, "agendaList")
    assert agenda.isVisible() and not page.side.isVisible()
    model = agenda.model()
    groups = {model.index(g, 0).data(): model.rowCount(model.index(g, 0)) for g in range(model.rowCount())}
    assert groups == {"Overdue": 1, "Today": 2, "This week": 7, "Later": 1}
    assert not find(page, "agendaMore").isVisible()  # nothing beyond three months
    FollowUp.create(title="Far", due=D(2026, 9, 1), original_due=D(2026, 9, 1), kind="custom")
    page.refresh_now()
    assert find(page, "agendaMore").text().startswith("1 more after 14 June")
    page.set_mode(MONTH)
    assert find(page, "calendarMonth").isVisible()


def test_filter_by_kind(page):
    page.set_kinds({"thank_you"})
    month = find(page, "calendarMonth")
    assert [c.label for c in month.chips_on(D(2026, 3, 16))] == ["Ben Ito"]
    assert month.chips_on(D(2026, 3, 18)) == []
    assert find(page, "calendarKinds").text() == "Thank-you"
    page.set_kinds(None)
    assert len(month.chips_on(D(2026, 3, 18))) == 6


def test_export_ics_file(page, tmp_path, clock):
    target = tmp_path / "f.ics"
    count = write_ics(target, clock=clock)
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    uids = {str(e["uid"]) for e in cal.walk("VEVENT")}
    assert count == len(uids) == len(followups.all_open(clock=clock))
    assert not list(tmp_path.glob(".f.ics.*"))


def test_export_from_the_page_writes_on_a_worker(page, tmp_path, clock, monkeypatch):
    """Calendar → Export runs the write off the GUI thread (a large calendar is seconds of work) and says so."""
    import threading

    from app.ui.calendar import page as calendar_page

    target = tmp_path / "page.ics"
    monkeypatch.setattr(calendar_page.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    threads = []
    real = calendar_page.write_ics

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(calendar_page, "write_ics", spy)
    page.export_ics()
    assert threads and threads[0] is not threading.main_thread()
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(list(cal.walk("VEVENT"))) == len(followups.all_open(clock=clock))


# --- issue 17: meetings on the calendar, an hour axis, repeating follow-ups (through the real window) --------------
T = dt.datetime


@pytest.fixture
def cal(qtbot, window, clock):
    """The main window at 1200×800 on the Calendar page, its clock the fixtures' (Monday 16 March 2026, 10:30)."""
    window.ctx.clock = clock
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("calendarPage")
    page.go_today()
    return page


@pytest.fixture
def astrid(cal, clock):
    from app.core.contacts.interactions import log_interaction

    person = create_contact(ContactData(given_name="Astrid", family_name="Lindqvist"), clock=clock)
    coffee = log_interaction(person.id, "coffee", when=T(2026, 3, 17, 9, 30), summary="Logistics", clock=clock)
    cal.refresh_now()
    return coffee.interaction


def meeting_chip(view, day, interaction_id):
    return next(c for c in view.chips_on(day) if c.key == ("meeting", interaction_id))


def test_a_planned_meeting_shows_with_its_time_on_every_view(cal, astrid, qtbot, qtmodeltester):
    tomorrow = D(2026, 3, 17)
    month = find(cal, "calendarMonth")
    chip = meeting_chip(month, tomorrow, astrid.id)
    assert (chip.time, chip.minutes, chip.label, chip.icon) == (dt.time(9, 30), 45, "Astrid Lindqvist", "kind-coffee")
    assert month.chip_rect(chip.key) is not None  # drawn, not hidden under "+N more"
    assert "09:30–10:15" in cal._chip_tooltip(chip)

    cal.set_mode(WEEK)
    week = find(cal, "calendarWeek")
    assert week.isVisible() and meeting_chip(week, tomorrow, astrid.id) in week.timed_chips(tomorrow)
    rect = week.chip_rect(("meeting", astrid.id))
    assert abs(rect.top() - week.point_for(tomorrow, dt.time(9, 30)).y()) <= 3  # at its time on the hour axis
    assert abs(rect.height() - week.hour_height * 45 / 60) <= 3  # as long as a coffee

    cal.set_mode(DAY)
    day_view = find(cal, "calendarDay")
    assert day_view.isVisible() and day_view.first_day == D(2026, 3, 16)
    find(cal, "calendarNext").click()
    assert day_view.first_day == tomorrow and day_view.chip_rect(("meeting", astrid.id)) is not None
    rows = cal.day_model.items()
    assert [(r.meeting, r.due_time) for r in rows if r.meeting] == [(True, dt.time(9, 30))]
    qtmodeltester.check(cal.day_model)
    delegate = cal.day_list.itemDelegate()
    meeting_row = next(r for r in rows if r.meeting)
    assert "Coffee 09:30–10:15" in delegate.details(meeting_row, D(2026, 3, 16))

    cal.set_mode(AGENDA)
    groups = dict(cal.agenda_model.groups())
    assert [(i.title, i.due_time) for i in groups["Tomorrow"] if i.meeting] == [
        ("Coffee with Astrid Lindqvist: Logistics", dt.time(9, 30))
    ]
    qtmodeltester.check(cal.agenda_model)
    # A meeting is not a follow-up: selecting it leaves Done and Snooze off, Contact on.
    cal.set_mode(DAY)
    cal.day_list.setCurrentIndex(cal.day_model.index(rows.index(meeting_row), 0))
    assert cal.selected_ids() == [] and not find(cal, "calendarDone").isEnabled()
    assert find(cal, "calendarOpenContact").isEnabled()


def drag(qtbot, widget, start, end):
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, start + QPoint(4, 8))
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_meeting_in_the_week_moves_its_time_and_day_and_undo_puts_it_back(cal, astrid, qtbot, clock):
    from app.models import Interaction

    cal.set_mode(WEEK)
    week = find(cal, "calendarWeek")
    start = week.point_for(D(2026, 3, 17), dt.time(9, 30))  # where the coffee starts: no grab offset
    drag(qtbot, week.viewport(), start, week.point_for(D(2026, 3, 19), dt.time(14, 0)))
    assert Interaction.get_by_id(astrid.id).occurred_at == T(2026, 3, 19, 14, 0)
    assert [c.time for c in week.timed_chips(D(2026, 3, 19)) if c.meeting] == [dt.time(14, 0)]
    thanks = [i for i in followups.all_open(clock=clock) if i.kind == "thank_you"]
    assert [i.due for i in thanks] == [D(2026, 3, 19)]  # the thank-you moved with it
    assert cal.ctx.undo_stack.undoText().startswith("Move meeting")
    cal.ctx.undo_stack.undo()
    assert Interaction.get_by_id(astrid.id).occurred_at == T(2026, 3, 17, 9, 30)
    assert [c.time for c in week.timed_chips(D(2026, 3, 17)) if c.meeting] == [dt.time(9, 30)]
    # Dropped on the month, a meeting changes day and keeps its time.
    cal.set_mode(MONTH)
    month = find(cal, "calendarMonth")
    drag(qtbot, month, month.chip_rect(("meeting", astrid.id)).center(), month.rect_for(D(2026, 3, 24)).center())
    assert Interaction.get_by_id(astrid.id).occurred_at == T(2026, 3, 24, 9, 30)


def test_a_meeting_cannot_be_dragged_into_the_past(cal, astrid, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.models import Interaction

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    cal.set_mode(WEEK)
    week = find(cal, "calendarWeek")
    drag(
        qtbot,
        week.viewport(),
        week.point_for(D(2026, 3, 17), dt.time(9, 30)),
        week.point_for(D(2026, 3, 16), dt.time(8, 0)),
    )
    assert warned and "has passed" in warned[0]
    assert Interaction.get_by_id(astrid.id).occurred_at == T(2026, 3, 17, 9, 30)
    assert cal.ctx.undo_stack.count() == 0


def test_a_follow_up_dragged_onto_the_hour_grid_gets_a_time_and_back_on_the_strip_loses_it(cal, qtbot, clock):
    row = followup_writes.create("Call Ben back", D(2026, 3, 17), clock=clock)
    cal.set_mode(WEEK)
    week = find(cal, "calendarWeek")
    chip_rect = week.chip_rect(row.id)
    assert chip_rect is not None and chip_rect.bottom() < week.grid_top()  # no time: the all-day strip
    week.scroll_to_minute(10 * 60)
    drag(qtbot, week.viewport(), chip_rect.center(), week.point_for(D(2026, 3, 18), dt.time(11, 0)))
    moved = FollowUp.get_by_id(row.id)
    assert (moved.due, moved.due_time) == (D(2026, 3, 18), dt.time(11, 0))
    block = week.chip_rect(row.id)
    assert block.top() >= week.grid_top()
    drag(qtbot, week.viewport(), week.point_for(D(2026, 3, 18), dt.time(11, 0)), week.all_day_point(D(2026, 3, 20)))
    back = FollowUp.get_by_id(row.id)
    assert (back.due, back.due_time) == (D(2026, 3, 20), None)
    cal.ctx.undo_stack.undo()
    cal.ctx.undo_stack.undo()
    assert (FollowUp.get_by_id(row.id).due, FollowUp.get_by_id(row.id).due_time) == (D(2026, 3, 17), None)


def test_month_chips_say_what_a_follow_up_is_and_shorten_names_only_when_needed(cal, qtbot, clock):
    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)
    long = create_contact(ContactData(given_name="Astrid", family_name="Lindqvist"), clock=clock)
    for title, who, kind in (("Thank Ada", ada, "thank_you"), ("Call Max", long, "call_referral")):
        FollowUp.create(title=title, due=D(2026, 3, 18), original_due=D(2026, 3, 18), contact=who.id, kind=kind)
    cal.refresh_now()
    month = find(cal, "calendarMonth")
    chips = {c.label: c for c in month.chips_on(D(2026, 3, 18))}
    short, tall = chips["Ada Okafor"], chips["Astrid Lindqvist"]
    assert (short.icon, tall.icon) == ("mail", "kind-call")  # what it is: a thank-you, a call
    # 1200×800: a short name whole, a long one shortened the way people write it, whole in the tooltip.
    assert month.shown_label(short.key) == "Ada Okafor"
    assert month.shown_label(tall.key) == "Astrid L."  # not "Astrid Lindq…"
    assert "Astrid Lindqvist" in cal._chip_tooltip(tall)
    month.grab()  # paints without a warning
    # Maximised there is room for the whole name.
    cal.window().resize(1920, 1080)
    qtbot.waitUntil(lambda: month.width() > 1200)
    assert month.shown_label(tall.key) == "Astrid Lindqvist"


def fill_add_dialog(monkeypatch, fill):
    from app.ui.followups.add_dialog import AddFollowUpDialog

    def run(dialog):
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AddFollowUpDialog, "exec", run)


def test_a_repeating_follow_up_added_on_the_calendar_shows_on_every_occurrence(
    cal, qtbot, monkeypatch, clock, tmp_path
):
    from app.ui.followups.add_dialog import WEEKLY

    seen = {}

    def fill(dialog):
        assert dialog.objectName() == "addFollowUpDialog" and dialog.day() == D(2026, 3, 16)
        find(dialog, "followUpTitle").setText("Check the job boards")
        find(dialog, "followUpRepeat").setCurrentIndex(WEEKLY)
        find(dialog, "followUpRepeatDay3").setChecked(True)  # Thursday too
        seen["summary"] = find(dialog, "followUpRepeatSummary").text()

    fill_add_dialog(monkeypatch, fill)
    new_id = cal.new_followup()
    assert seen["summary"].startswith("Repeats every week on Monday and Thursday. First on Monday 16 March 2026")
    row = FollowUp.get_by_id(new_id)
    assert (row.recurrence, row.due) == ("FREQ=WEEKLY;BYDAY=MO,TH", D(2026, 3, 16))

    month = find(cal, "calendarMonth")
    first = [c for c in month.chips_on(D(2026, 3, 16)) if c.repeats]
    later = [c for c in month.chips_on(D(2026, 3, 19)) if c.repeats]
    assert len(first) == 1 and not first[0].projected and later and later[0].projected
    repeating_days = [d for d in month.chips_on_days() if any(c.repeats for c in month.chips_on(d))]
    assert repeating_days == [D(2026, 3, 16), D(2026, 3, 19), D(2026, 3, 23), D(2026, 3, 26), D(2026, 3, 30),
                              D(2026, 4, 2)]  # fmt: skip
    cal.set_mode(WEEK)
    assert [c.repeats for c in find(cal, "calendarWeek").all_day_chips(D(2026, 3, 19))] == [True]
    cal.set_mode(AGENDA)
    repeating = [i for _, rows in cal.agenda_model.groups() for i in rows if i.repeats]
    assert len(repeating) > 3 and sum(not i.projected for i in repeating) == 1
    assert "repeats weekly" in cal.agenda.itemDelegate().details(repeating[0], D(2026, 3, 16))

    # Today marks it too.
    today = cal.window().show_page("todayPage")
    today.refresh_now()
    items = [i for _, rows in today.model.groups() for i in rows]
    today_item = next(i for i in items if i.id == new_id)
    assert "repeats weekly" in today.delegate.details(today_item, D(2026, 3, 16))

    # Done in the day list: the next occurrence (Thursday) is made; undo takes it back.
    cal = cal.window().show_page("calendarPage")
    cal.set_mode(MONTH)
    cal.select_day(D(2026, 3, 16))
    cal.day_list.setCurrentIndex(cal.day_model.index_of(new_id))
    find(cal, "calendarDone").click()
    assert [
        r.due for r in FollowUp.select().where(FollowUp.title == "Check the job boards", FollowUp.status == "open")
    ] == [D(2026, 3, 19)]
    assert not [c for c in month.chips_on(D(2026, 3, 19)) if c.projected]  # a real one now
    cal.ctx.undo_stack.undo()
    assert FollowUp.select().where(FollowUp.title == "Check the job boards").count() == 1

    # The ICS export says it with its RRULE.
    target = tmp_path / "f.ics"
    write_ics(target, clock=clock)
    cal_file = icalendar.Calendar.from_ical(target.read_bytes())
    (series,) = [e for e in cal_file.walk("VEVENT") if "RRULE" in e]
    assert series["rrule"]["BYDAY"] == ["MO", "TH"] and str(series["uid"]) == f"{row.uid}-repeat"


def test_letting_go_of_a_series_from_the_calendar(cal, clock):
    row = followup_writes.create("Check the job boards", D(2026, 3, 16), repeat="FREQ=DAILY", clock=clock)
    cal.refresh_now()
    month = find(cal, "calendarMonth")
    assert [c for c in month.chips_on(D(2026, 3, 20)) if c.projected]
    assert cal.actions_.let_go_series([row.id])
    assert FollowUp.get_by_id(row.id).status == "dismissed"
    assert not [c for c in month.chips_on(D(2026, 3, 20)) if c.projected]
    cal.ctx.undo_stack.undo()
    assert [c for c in month.chips_on(D(2026, 3, 20)) if c.projected]


def test_the_add_dialog_explains_what_is_wrong_and_keeps_the_input(cal, qtbot, monkeypatch):
    from app.ui.followups.add_dialog import MONTHLY, AddFollowUpDialog

    dialog = AddFollowUpDialog(cal.ctx, day=D(2026, 3, 31), parent=cal)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and "Say what" in find(dialog, "followUpError").text()
    find(dialog, "followUpTitle").setText("Rent")
    find(dialog, "followUpRepeat").setCurrentIndex(MONTHLY)
    monthly = find(dialog, "followUpRepeatMonthly")
    labels = [monthly.itemText(i) for i in range(monthly.count())]
    assert labels == ["on day 31", "on the last Tuesday", "on the last day"]
    monthly.setCurrentIndex(2)
    assert dialog.rrule() == "FREQ=MONTHLY;BYMONTHDAY=-1"
    assert "every month on the last day" in find(dialog, "followUpRepeatSummary").text()
    assert "then Thursday 30 April 2026" in find(dialog, "followUpRepeatSummary").text()
    find(dialog, "followUpRepeatEnds").setCurrentIndex(2)
    find(dialog, "followUpRepeatCount").setValue(3)
    assert dialog.rrule() == "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3"


def test_add_follow_up_on_a_contact_offers_repeat_too(cal, monkeypatch, clock):
    from app.ui.contacts.history_views import FollowUpsTab
    from app.ui.followups.add_dialog import YEARLY

    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)
    window = cal.window()
    window.open_contact(ada.id)
    tab = next(t for t in window.findChildren(FollowUpsTab) if t.contact_id == ada.id)

    def fill(dialog):
        assert find(dialog, "followUpTitle").text() == "Follow up with Ada Okafor"
        assert dialog.findChild(type(find(dialog, "followUpTitle")), "followUpContact") is None  # Ada's, no picker
        find(dialog, "followUpRepeat").setCurrentIndex(YEARLY)

    fill_add_dialog(monkeypatch, fill)
    tab.add_button.click()
    row = FollowUp.get(FollowUp.contact == ada.id, FollowUp.title == "Follow up with Ada Okafor")
    assert (row.recurrence, row.due) == ("FREQ=YEARLY", D(2026, 3, 23))
    window.ctx.undo_stack.undo()
    assert not FollowUp.select().where(FollowUp.contact == ada.id, FollowUp.kind == "custom").exists()


def test_the_week_view_is_driven_by_the_keyboard_too(cal, qtbot):
    cal.set_mode(WEEK)
    week = find(cal, "calendarWeek")
    week.setFocus()
    qtbot.keyClick(week, Qt.Key.Key_Right)
    assert week.selected == D(2026, 3, 17) and cal.day_title.text() == "Tuesday 17 March"
    top = week.verticalScrollBar().value()
    qtbot.keyClick(week, Qt.Key.Key_Down)
    assert week.verticalScrollBar().value() == top + week.hour_height  # an hour later
    qtbot.keyClick(week, Qt.Key.Key_PageDown)  # a week on: the next week is shown
    assert week.first_day == D(2026, 3, 23) and week.selected == D(2026, 3, 24)
    qtbot.keyClick(week, Qt.Key.Key_Home)
    assert week.first_day == D(2026, 3, 16) and week.selected == D(2026, 3, 16)
    assert "16 March 2026" in week.accessibleDescription()
