"""Repeating follow-ups: made with an RRULE, closing one makes the next (once), the series can be let go, snoozing
moves one occurrence, undo takes back what a close made, later occurrences are projected with bounds."""

import datetime as dt

import pytest

from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact, trash_contacts
from app.core.followups import reminders
from app.core.followups import series as followup_series
from app.core.followups import service as followups
from app.core.followups import writes as followup_writes
from app.core.followups.service import FollowUpError
from app.core.followups.writes import ABSENT
from app.models import FollowUp

D = dt.date
TODAY = D(2026, 3, 16)  # the fixture clock's Monday


@pytest.fixture
def ada(db, clock):
    return create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)


def open_rows(title="Check the job boards"):
    return list(FollowUp.select().where(FollowUp.title == title, FollowUp.status == "open").order_by(FollowUp.due))


def test_a_repeating_follow_up_stores_its_rrule_and_starts_on_one_of_its_days(ada, clock):
    row = followup_writes.create("Check the job boards", D(2026, 3, 18), repeat="freq=weekly;byday=mo,th", clock=clock)
    assert row.recurrence == "FREQ=WEEKLY;BYDAY=MO,TH"
    assert row.due == row.original_due == D(2026, 3, 19)  # asked on a Wednesday: the Thursday after
    assert row.rule is None and row.rule_key == f"repeat:{row.uid}:2026-03-19"
    item = followups.get(row.id, clock=clock)
    assert item.repeats and item.recurrence == "FREQ=WEEKLY;BYDAY=MO,TH"
    assert item.as_json()["recurrence"] == "FREQ=WEEKLY;BYDAY=MO,TH"


def test_a_rule_that_cannot_be_used_is_refused_and_nothing_is_written(ada, clock):
    with pytest.raises(FollowUpError, match="repeat"):
        followup_writes.create("Never", TODAY, repeat="FREQ=HOURLY", clock=clock)
    with pytest.raises(FollowUpError, match="never happens"):
        followup_writes.create("Never", TODAY, repeat="FREQ=DAILY;UNTIL=20250101", clock=clock)
    assert FollowUp.select().where(FollowUp.title == "Never").count() == 0


def test_completing_an_occurrence_makes_the_next_once(ada, clock):
    first = followup_writes.create("Check the job boards", TODAY, contact_id=ada.id, repeat="FREQ=WEEKLY", clock=clock)
    done = followup_writes.complete([first.id], clock=clock)
    (nxt,) = open_rows()
    assert (nxt.due, nxt.original_due, nxt.recurrence, nxt.contact_id) == (
        D(2026, 3, 23),
        D(2026, 3, 23),
        "FREQ=WEEKLY",
        ada.id,
    )
    assert nxt.rule_key == f"repeat:{first.uid}:2026-03-23" and nxt.uid != first.uid
    assert [s.id for s in done.previous if s.status == ABSENT] == [nxt.id]
    # Idempotent: completing it again, or the close running twice, makes nothing more.
    followup_writes.complete([first.id], clock=clock)
    assert followup_series.make_next([first.id], today=TODAY, now=clock.now()) == []
    assert FollowUp.select().where(FollowUp.title == "Check the job boards").count() == 2


def test_undo_of_a_completion_takes_back_the_occurrence_it_made(ada, clock):
    first = followup_writes.create("Check the job boards", TODAY, repeat="FREQ=DAILY", clock=clock)
    done = followup_writes.complete([first.id], clock=clock)
    assert len(open_rows()) == 1
    followup_writes.restore(done.previous, clock=clock)
    assert [r.id for r in open_rows()] == [first.id]
    assert FollowUp.select().where(FollowUp.title == "Check the job boards").count() == 1


def test_a_late_completion_never_makes_an_overdue_occurrence(ada, clock):
    row = followup_writes.create("Check the job boards", TODAY, repeat="FREQ=DAILY", clock=clock)
    clock.advance(days=10)  # done ten days late
    followup_writes.complete([row.id], clock=clock)
    (nxt,) = open_rows()
    assert nxt.due == D(2026, 3, 26) == clock.today()  # the first of its days that is today or later


def test_letting_go_of_one_occurrence_makes_the_next_letting_go_of_the_series_does_not(ada, clock):
    row = followup_writes.create("Check the job boards", TODAY, repeat="FREQ=WEEKLY", clock=clock)
    followup_writes.dismiss([row.id], clock=clock)
    (nxt,) = open_rows()
    assert nxt.due == D(2026, 3, 23)
    previous = followup_writes.let_go_series([nxt.id], clock=clock)
    assert open_rows() == [] and FollowUp.get_by_id(nxt.id).status == "dismissed"
    assert not followups.repeats_between(TODAY, D(2026, 6, 1), clock=clock)  # nothing more to come
    followup_writes.restore(previous, clock=clock)  # undo: the series goes on
    assert [r.id for r in open_rows()] == [nxt.id]


def test_snoozing_moves_one_occurrence_and_the_series_keeps_its_days(ada, clock):
    row = followup_writes.create("Check the job boards", TODAY, repeat="FREQ=WEEKLY", clock=clock)
    followup_writes.snooze([row.id], D(2026, 3, 18), clock=clock)
    assert FollowUp.get_by_id(row.id).due == D(2026, 3, 18)
    later = [i.due for i in followups.repeats_between(TODAY, D(2026, 4, 10), clock=clock)]
    assert later == [D(2026, 3, 23), D(2026, 3, 30), D(2026, 4, 6)]  # still Mondays
    followup_writes.complete([row.id], clock=clock)
    assert [r.due for r in open_rows()] == [D(2026, 3, 23)]


def test_a_timed_occurrence_can_be_moved_to_another_time_and_back(ada, clock):
    row = followup_writes.create("Call the recruiter", TODAY, due_time=dt.time(9, 30), clock=clock)
    previous = followup_writes.reschedule(row.id, D(2026, 3, 17), time=dt.time(14, 15), clock=clock)
    moved = FollowUp.get_by_id(row.id)
    assert (moved.due, moved.due_time) == (D(2026, 3, 17), dt.time(14, 15))
    followup_writes.reschedule(row.id, D(2026, 3, 17), time=None, clock=clock)
    assert FollowUp.get_by_id(row.id).due_time is None
    followup_writes.restore(previous, clock=clock)
    back = FollowUp.get_by_id(row.id)
    assert (back.due, back.due_time) == (TODAY, dt.time(9, 30))
    with pytest.raises(FollowUpError, match="time of day"):
        followup_writes.reschedule(row.id, TODAY, time="14:00", clock=clock)


def test_a_series_that_ends_makes_no_more(ada, clock):
    row = followup_writes.create("Three calls", TODAY, repeat="FREQ=DAILY;COUNT=3", clock=clock)
    for _ in range(3):
        (current,) = open_rows("Three calls")
        followup_writes.complete([current.id], clock=clock)
        clock.advance(days=1)
    assert open_rows("Three calls") == []
    days = [r.due for r in FollowUp.select().where(FollowUp.title == "Three calls").order_by(FollowUp.due)]
    assert days == [TODAY, D(2026, 3, 17), D(2026, 3, 18)]
    assert row.rule_key.startswith("repeat:")


def test_the_contact_tabs_done_and_its_undo_make_and_take_back_the_next(ada, clock):
    row = followup_writes.create("Ask Ada", TODAY, contact_id=ada.id, repeat="FREQ=MONTHLY", clock=clock)
    previous = reminders.set_status(row.id, "done", clock=clock)
    assert [r.due for r in open_rows("Ask Ada")] == [D(2026, 4, 16)]
    reminders.restore_status(row.id, previous)
    assert [r.id for r in open_rows("Ask Ada")] == [row.id]


def test_later_occurrences_are_projected_with_bounds(ada, clock):
    followup_writes.create("Daily", TODAY, repeat="FREQ=DAILY", clock=clock)
    weekly = followup_writes.create("Weekly", TODAY, contact_id=ada.id, repeat="FREQ=WEEKLY", clock=clock)
    month = followups.repeats_between(D(2026, 3, 1), D(2026, 4, 30), clock=clock, per_series=20, limit=25)
    daily = [i for i in month if i.title == "Daily"]
    assert len(daily) == 20 and daily[0].due == D(2026, 3, 17)  # after the open one, at most 20
    assert len(month) == 25  # and at most 25 in all, earliest first
    assert all(i.projected and i.id < 0 and not i.overdue for i in month)
    assert len({i.id for i in month}) == len(month)
    weekly_days = [i.due for i in followups.repeats_between(TODAY, D(2026, 4, 7), clock=clock) if i.title == "Weekly"]
    assert weekly_days == [D(2026, 3, 23), D(2026, 3, 30), D(2026, 4, 6)]
    # A ten-year view of a daily rule stays bounded.
    assert len(followups.repeats_between(TODAY, D(2036, 3, 16), clock=clock)) == 2 * followup_series.PER_SERIES
    trash_contacts([ada.id], clock=clock)  # the contact's series goes to the trash with them
    assert not [i for i in followups.repeats_between(TODAY, D(2026, 4, 7), clock=clock) if i.title == "Weekly"]
    assert weekly.id not in {i.id for i in followups.all_open(clock=clock)}


def test_the_monthly_update_rule_is_not_a_series_here(ada, clock):
    row = FollowUp.create(
        title="Monthly update", kind="monthly_update", due=TODAY, original_due=TODAY, status="open",
        rule="monthly_update", rule_key="monthly_update:2026-03", recurrence="FREQ=MONTHLY;BYDAY=1MO",
    )  # fmt: skip
    followup_writes.complete([row.id], clock=clock)
    assert FollowUp.select().where(FollowUp.kind == "monthly_update").count() == 1  # its rule makes the next
    assert followups.repeats_between(TODAY, D(2026, 6, 1), clock=clock) == []


def test_a_series_imported_without_its_key_still_goes_on(ada, clock):
    row = FollowUp.create(title="Imported", due=TODAY, original_due=TODAY, status="open", recurrence="FREQ=WEEKLY")
    followup_writes.complete([row.id], clock=clock)
    assert FollowUp.get_by_id(row.id).rule_key == f"repeat:{row.uid}:2026-03-16"
    assert [r.due for r in open_rows("Imported")] == [D(2026, 3, 23)]


def test_the_calendars_series_query_uses_the_rule_key_index(ada, clock):
    """Without planner statistics SQLite would scan every open follow-up by status: a busy month is 10,000."""
    from app.db import database

    sql, params = followup_series.open_series_rows().sql()
    plan = " ".join(str(row[-1]) for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "followup_rule_key" in plan and "followup_status" not in plan, plan
