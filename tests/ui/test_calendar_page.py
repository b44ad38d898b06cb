"""Calendar: keyboard and mouse navigation in calendarMonth, drag to reschedule, week, agendaList, kinds, ICS."""

import datetime as dt

import icalendar
import pytest
from PySide6.QtCore import QPoint, Qt

from app.core import followups
from app.core.contacts import ContactData, create_contact
from app.models import FollowUp
from app.ui.calendar.page import AGENDA, MONTH, WEEK, CalendarPage, write_ics
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
    assert week.max_chips > 3 and len(week._layout(D(2026, 3, 18))[0]) >= 4
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
