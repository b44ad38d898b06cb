"""Weekly goals: targets, this week's counts, the on-time habit, streaks — on a hand-built fortnight.

The clock is Monday 16 March 2026, 10:30: this week began this morning; last week ran 9–15 March.
"""

import datetime as dt

import pytest

from app.core.clock import FixedClock
from app.core.coach import goals, ledger
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact
from app.models import FollowUp, Pitch, Rehearsal, Setting

THIS_WEEK, LAST_WEEK = dt.date(2026, 3, 16), dt.date(2026, 3, 9)


@pytest.fixture
def ada(db, clock):
    return create_contact(ContactData(given_name="Ada"), clock=clock).id


def done_followup(contact, kind, due, completed):
    return FollowUp.create(contact=contact, title=kind, kind=kind, due=due, status="done", completed_at=completed)


def test_targets_default_and_round_trip(db):
    assert goals.load_targets() == {"conversations": 5, "thank_yous": 3, "rehearsals": 3, "gives": 2}
    goals.save_targets({"conversations": 8, "thank_yous": 0, "rehearsals": 2, "gives": 1})
    assert goals.load_targets() == {"conversations": 8, "thank_yous": 0, "rehearsals": 2, "gives": 1}


@pytest.mark.parametrize("bad", [-1, 101, "5", True, None])
def test_bad_targets_are_refused_and_nothing_is_written(db, bad):
    with pytest.raises(goals.GoalsError, match="Conversations"):
        goals.save_targets({"conversations": bad})
    assert Setting.get_or_none(Setting.key == goals.SETTING_KEY) is None


def test_hand_edited_targets_fall_back_per_value(db):
    Setting.write(goals.SETTING_KEY, {"conversations": "lots", "gives": 4, "rehearsals": 500})
    assert goals.load_targets() == {"conversations": 5, "thank_yous": 3, "rehearsals": 3, "gives": 4}


def test_week_start_is_monday():
    assert goals.week_start(dt.date(2026, 3, 22)) == THIS_WEEK  # Sunday
    assert goals.week_start(THIS_WEEK) == THIS_WEEK


def test_this_week_counts_what_happened_so_far(ada, clock):
    log_interaction(ada, "coffee", when=dt.datetime(2026, 3, 16, 9), clock=clock)
    log_interaction(ada, "call", when=dt.datetime(2026, 3, 16, 15), clock=clock)  # later today: not yet
    log_interaction(ada, "email", when=dt.datetime(2026, 3, 16, 8), clock=clock)  # not a conversation
    log_interaction(ada, "meeting", when=dt.datetime(2026, 3, 15, 9), clock=clock)  # last week
    ledger.add_entry(ada, "gave", "An article", when=dt.datetime(2026, 3, 16, 8), clock=clock)
    ledger.add_entry(ada, "asked", "A favour", when=dt.datetime(2026, 3, 16, 8), clock=clock)
    pitch = Pitch.create(title="P", body="x")
    Rehearsal.create(pitch=pitch, started_at=dt.datetime(2026, 3, 16, 7), duration_ms=1, words=1, wpm=1)
    done_followup(ada, "thank_you", THIS_WEEK, dt.datetime(2026, 3, 16, 9))  # on time
    week = goals.history(2, clock=clock)
    assert [w.start for w in week] == [LAST_WEEK, THIS_WEEK]
    assert week[1].counts == {"conversations": 1, "thank_yous": 1, "rehearsals": 1, "gives": 1}
    assert week[0].counts["conversations"] == 1


def test_thank_yous_count_only_when_done_by_their_day(ada, clock):
    done_followup(ada, "thank_you", dt.date(2026, 3, 10), dt.datetime(2026, 3, 10, 18))  # same day
    done_followup(ada, "thank_you", dt.date(2026, 3, 11), dt.datetime(2026, 3, 10, 18))  # early
    done_followup(ada, "thank_you", dt.date(2026, 3, 11), dt.datetime(2026, 3, 13, 9))  # two days late
    done_followup(ada, "reminder", dt.date(2026, 3, 12), dt.datetime(2026, 3, 12, 9))  # on time, not a thank-you
    FollowUp.create(
        contact=ada,
        title="x",
        kind="thank_you",
        due=dt.date(2026, 3, 12),
        status="dismissed",
        completed_at=dt.datetime(2026, 3, 12, 9),
    )  # let go: not done
    last = goals.history(2, clock=clock)[0]
    assert last.counts["thank_yous"] == 2
    assert (last.on_time, last.late, last.done) == (3, 1, 4)
    assert last.on_time_share == pytest.approx(0.75)


def test_progress_and_streaks(ada, clock):
    goals.save_targets({"conversations": 1, "thank_yous": 0, "rehearsals": 1, "gives": 1})
    for week_back in (1, 2, 4):  # conversations met 1 and 2 weeks ago, missed 3 weeks ago
        log_interaction(
            ada, "call", when=dt.datetime.combine(THIS_WEEK - dt.timedelta(weeks=week_back), dt.time(9)), clock=clock
        )
    log_interaction(ada, "call", when=dt.datetime(2026, 3, 16, 9), clock=clock)  # and this week already
    ledger.add_entry(ada, "gave", "x", when=dt.datetime(2026, 3, 10, 9), clock=clock)  # gives: last week only
    result = goals.progress(clock=clock, weeks=6)
    by_key = {g.key: g for g in result.goals}
    assert (by_key["conversations"].done, by_key["conversations"].met, by_key["conversations"].streak) == (1, True, 3)
    assert by_key["conversations"].best_streak == 3
    assert (by_key["gives"].done, by_key["gives"].met, by_key["gives"].streak) == (0, False, 1)
    assert (by_key["rehearsals"].streak, by_key["rehearsals"].fraction) == (0, 0.0)
    assert not by_key["thank_yous"].tracked and not by_key["thank_yous"].met
    assert [g.key for g in result.tracked] == ["conversations", "rehearsals", "gives"]
    assert not result.all_met


def record(start, **counts):
    base = dict.fromkeys(goals.GOAL_KEYS, 0)
    return goals.WeekRecord(start, {**base, **counts}, 0, 0)


def test_a_running_week_never_breaks_a_streak():
    weeks = [record(LAST_WEEK - dt.timedelta(weeks=1), gives=2), record(LAST_WEEK, gives=3), record(THIS_WEEK)]
    assert goals.streak(weeks, "gives", 2) == 2
    weeks[-1] = record(THIS_WEEK, gives=2)
    assert goals.streak(weeks, "gives", 2) == 3
    weeks[1] = record(LAST_WEEK, gives=1)
    assert goals.streak(weeks, "gives", 2) == 1
    assert goals.best_streak(weeks, "gives", 2) == 1
    assert goals.streak(weeks, "gives", 0) == 0


def test_the_history_follows_the_clock(ada):
    clock = FixedClock("2026-04-01T12:00:00")  # a Wednesday
    history = goals.history(3, clock=clock)
    assert [w.start for w in history] == [dt.date(2026, 3, 16), dt.date(2026, 3, 23), dt.date(2026, 3, 30)]
