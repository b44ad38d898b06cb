"""Agenda queries and the done / snooze / dismiss / reschedule services."""

import datetime as dt

import pytest

from app.core.clock import FixedClock
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact, trash_contacts
from app.core.followups import service as followups
from app.core.followups import writes as followup_writes
from app.core.followups.service import FollowUpError
from app.models import FollowUp, Interaction

D = dt.date
TODAY = D(2026, 3, 16)  # the fixture clock's Monday


@pytest.fixture
def ada(db, clock):
    return create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)


def make(title, due, contact=None, kind="custom"):
    row = FollowUp.create(title=title, due=due, original_due=due, kind=kind, contact=contact, status="open", rule=None)
    return row.id


@pytest.mark.parametrize(
    ("today", "choice", "expected"),
    [
        (D(2026, 3, 16), "tomorrow", D(2026, 3, 17)),
        (D(2026, 3, 16), "in_3_days", D(2026, 3, 19)),
        (D(2026, 3, 16), "next_week", D(2026, 3, 23)),  # Monday → the following Monday
        (D(2026, 3, 22), "next_week", D(2026, 3, 23)),  # Sunday → tomorrow's Monday
        (D(2026, 3, 20), "next_week", D(2026, 3, 23)),
        (D(2028, 2, 28), "tomorrow", D(2028, 2, 29)),
        (D(2026, 12, 31), "in_3_days", D(2027, 1, 3)),
    ],
)
def test_snooze_choices(today, choice, expected):
    assert followups.snooze_day(choice, today) == expected


def test_unknown_snooze_choice_is_refused():
    with pytest.raises(FollowUpError, match="unknown snooze"):
        followups.snooze_day("someday", TODAY)


def test_a_snooze_counts_from_the_due_day_when_that_is_later_than_today(ada, clock):
    """Issue 16: "in 3 days" on a follow-up due in ten days set it to three days from now — earlier."""
    later = make("Send the target list", TODAY + dt.timedelta(days=10), ada.id)
    late = make("Call Ada", D(2026, 3, 10), ada.id)
    today = make("Write to Ben", TODAY, ada.id)
    assert followup_writes.snooze_days([later], "in_3_days", clock=clock) == {D(2026, 3, 29)}
    previous = followup_writes.snooze_by([later, late, today], "in_3_days", clock=clock)
    assert [FollowUp.get_by_id(i).due for i in (later, late, today)] == [D(2026, 3, 29), D(2026, 3, 19), D(2026, 3, 19)]
    assert FollowUp.get_by_id(later).snoozed_until == D(2026, 3, 29)
    followup_writes.restore(previous, clock=clock)
    assert FollowUp.get_by_id(later).due == TODAY + dt.timedelta(days=10)
    followup_writes.snooze_by([later], "next_week", clock=clock)  # due Thursday 26 March: the Monday after it
    assert FollowUp.get_by_id(later).due == D(2026, 3, 30)
    with pytest.raises(FollowUpError, match="unknown snooze"):
        followup_writes.snooze_by([later], "someday", clock=clock)


@pytest.mark.parametrize(
    ("choice", "expected"), [("tomorrow", D(2026, 3, 27)), ("in_3_days", D(2026, 3, 29)), ("next_week", D(2026, 3, 30))]
)
def test_snooze_choices_count_from_a_later_due_day(choice, expected):
    assert followups.snooze_day(choice, TODAY, D(2026, 3, 26)) == expected
    assert followups.snooze_day(choice, TODAY, D(2026, 3, 1)) == followups.snooze_day(choice, TODAY)


def test_snooze_moves_due_records_the_day_and_keeps_the_rule_day(ada, clock):
    fid = make("Call Ada", D(2026, 3, 14), ada.id)
    previous = followup_writes.snooze([fid], D(2026, 3, 19), clock=clock)
    row = FollowUp.get_by_id(fid)
    assert (row.due, row.snoozed_until, row.original_due) == (D(2026, 3, 19), D(2026, 3, 19), D(2026, 3, 14))
    followup_writes.restore(previous, clock=clock)
    row = FollowUp.get_by_id(fid)
    assert (row.due, row.snoozed_until) == (D(2026, 3, 14), None)


def test_snoozing_into_the_past_or_too_far_is_refused(ada, clock):
    fid = make("Call Ada", TODAY, ada.id)
    with pytest.raises(FollowUpError, match="in the past"):
        followup_writes.snooze([fid], D(2026, 3, 15), clock=clock)
    with pytest.raises(FollowUpError, match="ten years"):
        followup_writes.snooze([fid], D(2040, 1, 1), clock=clock)
    with pytest.raises(FollowUpError, match="no follow-up with id 999"):
        followup_writes.snooze([999], TODAY, clock=clock)
    assert FollowUp.get_by_id(fid).due == TODAY


def test_snooze_all_overdue_moves_only_the_overdue(ada, clock):
    late = [make("a", D(2026, 3, 1), ada.id), make("b", D(2026, 3, 15), None)]
    today = make("c", TODAY, ada.id)
    done = make("d", D(2026, 3, 2), ada.id)
    FollowUp.update(status="done").where(FollowUp.id == done).execute()
    previous = followup_writes.snooze_all_overdue(D(2026, 3, 17), clock=clock)
    assert sorted(s.id for s in previous) == sorted(late)
    assert {FollowUp.get_by_id(i).due for i in late} == {D(2026, 3, 17)}
    assert FollowUp.get_by_id(today).due == TODAY
    assert FollowUp.get_by_id(done).due == D(2026, 3, 2)
    assert followups.overdue_ids(clock=clock) == []


def test_complete_and_undo(ada, clock):
    fid = make("Call Ada", TODAY, ada.id)
    result = followup_writes.complete([fid], clock=clock)
    row = FollowUp.get_by_id(fid)
    assert (row.status, row.completed_at) == ("done", clock.now())
    assert result.interaction_ids == []
    followup_writes.restore(result.previous, clock=clock)
    assert FollowUp.get_by_id(fid).status == "open"


def test_completing_a_thank_you_can_log_the_email(ada, clock):
    log_interaction(ada.id, "coffee", when=dt.datetime(2026, 3, 16, 9), clock=clock)
    thanks = FollowUp.get(FollowUp.kind == "thank_you")
    assert followups.MATCHING_INTERACTION["thank_you"] == "email"
    result = followup_writes.complete([thanks.id], clock=clock, log_kind="email", summary="Thank-you email")
    (logged,) = result.interaction_ids
    email = Interaction.get_by_id(logged)
    assert (email.kind, email.contact_id, email.summary) == ("email", ada.id, "Thank-you email")
    assert FollowUp.get_by_id(thanks.id).status == "done"


def test_completing_a_reconnect_with_a_call_restarts_the_cycle(db, clock):
    ada = create_contact(ContactData(given_name="Ada", keep_in_touch_days=30), clock=clock)
    log_interaction(ada.id, "call", when=dt.datetime(2026, 1, 1, 9), clock=clock)
    reconnect = FollowUp.get(FollowUp.kind == "keep_in_touch", FollowUp.status == "open")
    followup_writes.complete([reconnect.id], clock=clock, log_kind="call")
    nxt = FollowUp.get(FollowUp.kind == "keep_in_touch", FollowUp.status == "open")
    assert nxt.id != reconnect.id and nxt.due == D(2026, 4, 15)
    assert FollowUp.get(FollowUp.kind == "thank_you", FollowUp.status == "open").due == TODAY


def test_dismiss_and_reopen(ada, clock):
    fid = make("x", TODAY, ada.id)
    followup_writes.dismiss([fid], clock=clock)
    assert FollowUp.get_by_id(fid).status == "dismissed"
    followup_writes.reopen([fid], clock=clock)
    assert FollowUp.get_by_id(fid).status == "open"


def test_reschedule_back_to_the_rule_day_clears_the_snooze_mark(ada, clock):
    fid = make("x", D(2026, 3, 18), ada.id)
    followup_writes.reschedule(fid, D(2026, 3, 25), clock=clock)
    assert FollowUp.get_by_id(fid).snoozed_until == D(2026, 3, 25)
    followup_writes.reschedule(fid, D(2026, 3, 18), clock=clock)
    row = FollowUp.get_by_id(fid)
    assert (row.due, row.snoozed_until) == (D(2026, 3, 18), None)


def test_agenda_lists_overdue_first_then_by_day_within_the_window(ada, clock):
    later = make("later", D(2026, 3, 30), ada.id)
    week = make("week", D(2026, 3, 20), ada.id)
    today = make("today", TODAY, None)
    late = make("late", D(2026, 3, 2), ada.id)
    items = followups.agenda(7, clock=clock)
    assert [i.id for i in items] == [late, today, week]
    assert [i.overdue for i in items] == [True, False, False]
    assert items[0].contact_name == "Ada Okafor" and items[1].contact_name == ""
    assert later in [i.id for i in followups.agenda(14, clock=clock)]
    assert [i.id for i in followups.agenda(0, clock=clock, overdue=False)] == [today]
    assert followups.agenda(7, clock=clock, kinds=["thank_you"]) == []


def test_trashed_contacts_follow_ups_are_hidden(ada, clock):
    make("x", TODAY, ada.id)
    trash_contacts([ada.id], clock=clock)
    assert followups.agenda(7, clock=clock) == []
    assert followups.week_counts(clock=clock).due_today == 0


def test_between_and_day_lists(ada, clock):
    a = make("a", D(2026, 3, 1), ada.id)
    b = make("b", D(2026, 3, 31), ada.id)
    make("c", D(2026, 4, 1), ada.id)
    assert [i.id for i in followups.between(D(2026, 3, 1), D(2026, 3, 31), clock=clock)] == [a, b]
    followup_writes.complete([a], clock=clock)
    assert [(i.id, i.status) for i in followups.on_day(D(2026, 3, 1), clock=clock)] == [(a, "done")]
    assert followups.day_counts(D(2026, 3, 1), D(2026, 4, 30)) == {D(2026, 3, 31): 1, D(2026, 4, 1): 1}


def test_week_counts(ada, clock):
    make("late", D(2026, 3, 10), ada.id)
    make("today", TODAY, ada.id)
    make("sunday", D(2026, 3, 22), ada.id)
    make("next monday", D(2026, 3, 23), ada.id)
    done = make("done", TODAY, ada.id)
    followup_writes.complete([done], clock=clock)
    counts = followups.week_counts(clock=clock)
    assert (counts.overdue, counts.due_today, counts.due_rest_of_week, counts.done_this_week) == (1, 1, 1, 1)


def test_create_a_reminder_of_my_own(ada, clock):
    row = followup_writes.create("  Ask Ada  about\x00 the role ", D(2026, 3, 20), contact_id=ada.id, clock=clock)
    assert (row.title, row.kind, row.rule_key) == ("Ask Ada about the role", "custom", None)
    with pytest.raises(FollowUpError, match="title"):
        followup_writes.create("   ", TODAY, clock=clock)
    with pytest.raises(FollowUpError, match="no contact"):
        followup_writes.create("x", TODAY, contact_id=999, clock=clock)


def test_json_shape(ada):
    make("x", D(2026, 3, 10), ada.id)
    (item,) = followups.agenda(7, clock=FixedClock("2026-03-16T10:00"))
    data = item.as_json()
    assert {"id", "kind", "title", "due", "contact_id", "contact_name", "status", "overdue"} <= set(data)
    assert data["due"] == "2026-03-10" and data["overdue"] is True and data["contact_id"] == ada.id


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        # Monday: tomorrow is Tuesday, the week runs to Sunday 22nd
        (D(2026, 3, 16), {"Overdue": [1], "Today": [2], "Tomorrow": [3], "This week": [4, 5], "Later": [6]}),
        # Saturday: tomorrow is Sunday, so nothing is left for "This week"
        (D(2026, 3, 21), {"Overdue": [1, 2, 3, 4], "Tomorrow": [5], "Later": [6]}),
    ],
)
def test_agenda_groups(today, expected):
    days = [D(2026, 3, 10), D(2026, 3, 16), D(2026, 3, 17), D(2026, 3, 19), D(2026, 3, 22), D(2026, 3, 23)]
    items = [
        followups.AgendaItem(i, "", "custom", "t", d, None, None, "", "open", d, None, None, "", d < today)
        for i, d in enumerate(days, start=1)
    ]
    groups = followups.group_agenda(items, today)
    assert {name: [i.id for i in rows] for name, rows in groups} == expected
    assert [name for name, _ in groups] == [n for n in followups.AGENDA_GROUPS if n in expected]


def test_due_now_and_newly_due_follow_the_clock(ada):
    clock = FixedClock("2026-03-16T10:30")
    morning = FollowUp.create(title="m", due=TODAY, due_time=dt.time(9, 0), contact=ada.id, kind="custom")
    noon = FollowUp.create(title="n", due=TODAY, due_time=dt.time(12, 0), contact=ada.id, kind="custom")
    allday = FollowUp.create(title="a", due=TODAY, contact=ada.id, kind="custom")
    tomorrow = FollowUp.create(title="t", due=D(2026, 3, 17), contact=ada.id, kind="custom")
    known = {i.id for i in followups.due_now(clock=clock)}
    assert known == {morning.id, allday.id}
    clock.set(dt.datetime(2026, 3, 16, 12, 0))
    assert [i.id for i in followups.newly_due(known, clock=clock)] == [noon.id]
    clock.set(dt.datetime(2026, 3, 17, 0, 0, 5))
    assert {i.id for i in followups.newly_due(known | {noon.id}, clock=clock)} == {tomorrow.id}


def test_referred_contact_of_an_update_referrer(db, clock):
    joe = create_contact(ContactData(given_name="Joe"), clock=clock)
    ada = create_contact(ContactData(given_name="Ada", referred_by_id=joe.id), clock=clock)
    log_interaction(ada.id, "meeting", clock=clock)
    task = FollowUp.get(FollowUp.kind == "update_referrer")
    assert task.contact_id == joe.id and followups.referred_contact(task.id) == ada.id
    assert followups.referred_contact(FollowUp.get(FollowUp.kind == "thank_you").id) == ada.id
