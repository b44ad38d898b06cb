"""Repeat rules (RFC 5545 RRULE text): checked, expanded with bounds, said in words, built from the dialog's terms."""

import datetime as dt
import time

import pytest

from app.core.followups import recurrence
from app.core.followups.recurrence import RecurrenceError, Repeat

D = dt.date
MONDAY = D(2026, 3, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FREQ=WEEKLY", "FREQ=WEEKLY"),
        ("RRULE:freq=weekly;interval=2;byday=th,mo", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH,MO"),
        ("FREQ=DAILY;UNTIL=20260320T235959Z", "FREQ=DAILY;UNTIL=20260320"),  # per day: the time does not matter
        (" FREQ=MONTHLY;BYDAY=3MO; ", "FREQ=MONTHLY;BYDAY=3MO"),
    ],
)
def test_normalise_keeps_rfc5545_text_in_one_form(text, expected):
    assert recurrence.normalise(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "empty"),
        ("BYDAY=MO", "no FREQ"),
        ("FREQ=HOURLY", "daily, weekly, monthly or yearly"),
        ("FREQ=WEEKLY;BYHOUR=9", "BYHOUR is not supported"),
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL"),
        ("FREQ=DAILY;COUNT=3;UNTIL=20260401", "either on a day"),
        ("FREQ=DAILY;UNTIL=20260301", "never happens"),  # ends before it starts
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "never happens"),
        ("FREQ=WEEKLY;BYDAY=XX", "not a list of weekdays"),
        ("FREQ=WEEKLY;X-NAME=1", "not supported"),
        ("FREQ=WEEKLY\nRRULE:FREQ=DAILY", "several lines"),
        ("FREQ=DAILY;" + "BYMONTHDAY=1;" * 40, "too long"),
    ],
)
def test_rules_a_follow_up_cannot_use_are_refused_with_the_reason(text, why):
    with pytest.raises(RecurrenceError, match=why):
        recurrence.normalise(text, MONDAY)


def test_expansion_is_bounded_by_the_end_day_and_the_number_asked_for():
    days = recurrence.occurrences("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", MONDAY, until=D(2026, 4, 30), limit=100)
    assert days == [D(2026, 3, 16), D(2026, 3, 19), D(2026, 3, 30), D(2026, 4, 2), D(2026, 4, 13), D(2026, 4, 16),
                    D(2026, 4, 27), D(2026, 4, 30)]  # fmt: skip
    assert recurrence.occurrences("FREQ=DAILY", MONDAY, until=D(2036, 1, 1), limit=5) == [
        MONDAY + dt.timedelta(days=i) for i in range(5)
    ]
    assert recurrence.occurrences("FREQ=DAILY", MONDAY, after=D(2026, 3, 20), until=D(2026, 3, 22), limit=9) == [
        D(2026, 3, 21),
        D(2026, 3, 22),
    ]
    # A daily rule without an end, asked for ten years: still only what is asked for, fast.
    started = time.perf_counter()
    assert len(recurrence.occurrences("FREQ=DAILY", MONDAY, until=D(2036, 3, 16), limit=50)) == 50
    assert time.perf_counter() - started < 0.5


def test_count_and_until_end_the_series():
    assert recurrence.occurrences("FREQ=DAILY;COUNT=3", MONDAY, until=D(2027, 1, 1), limit=10) == [
        D(2026, 3, 16),
        D(2026, 3, 17),
        D(2026, 3, 18),
    ]
    assert recurrence.next_after("FREQ=DAILY;COUNT=3", MONDAY, D(2026, 3, 18)) is None
    assert recurrence.next_after("FREQ=WEEKLY;UNTIL=20260330", MONDAY, D(2026, 3, 23)) == D(2026, 3, 30)
    assert recurrence.next_after("FREQ=WEEKLY;UNTIL=20260330", MONDAY, D(2026, 3, 30)) is None
    # Restarted on its third day, a COUNT=5 rule has three to go.
    assert recurrence.remaining("FREQ=DAILY;COUNT=5", MONDAY, D(2026, 3, 18)) == "FREQ=DAILY;COUNT=3"


def test_months_without_the_day_and_leap_days_follow_rfc5545():
    assert recurrence.occurrences("FREQ=MONTHLY", D(2026, 1, 31), until=D(2026, 6, 1), limit=9) == [
        D(2026, 1, 31),
        D(2026, 3, 31),
        D(2026, 5, 31),
    ]
    assert recurrence.occurrences("FREQ=MONTHLY;BYMONTHDAY=-1", D(2026, 1, 31), until=D(2026, 4, 1), limit=9) == [
        D(2026, 1, 31),
        D(2026, 2, 28),
        D(2026, 3, 31),
    ]
    assert recurrence.next_after("FREQ=YEARLY", D(2028, 2, 29), D(2028, 2, 29)) == D(2032, 2, 29)


@pytest.mark.parametrize(
    ("repeat", "text", "words"),
    [
        (Repeat("DAILY"), "FREQ=DAILY", "every day"),
        (Repeat("DAILY", 3), "FREQ=DAILY;INTERVAL=3", "every 3 days"),
        (Repeat("WEEKLY"), "FREQ=WEEKLY", "every week on Monday"),
        (Repeat("WEEKLY", 2, weekdays=(3, 0)), "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
         "every 2 weeks on Monday and Thursday"),
        (Repeat("WEEKLY", weekdays=(0, 1, 2, 3, 4)), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
         "every weekday (Monday to Friday)"),
        (Repeat("MONTHLY"), "FREQ=MONTHLY", "every month on day 16"),
        (Repeat("MONTHLY", nth_weekday=(3, 0)), "FREQ=MONTHLY;BYDAY=3MO", "every month on the third Monday"),
        (Repeat("MONTHLY", nth_weekday=(-1, 4)), "FREQ=MONTHLY;BYDAY=-1FR", "every month on the last Friday"),
        (Repeat("MONTHLY", month_day=-1), "FREQ=MONTHLY;BYMONTHDAY=-1", "every month on the last day"),
        (Repeat("YEARLY", count=3), "FREQ=YEARLY;COUNT=3", "every year on 16 March, 3 times"),
        (Repeat("WEEKLY", until=D(2026, 6, 1)), "FREQ=WEEKLY;UNTIL=20260601", "every week on Monday, until 1 Jun 2026"),
    ],
)  # fmt: skip
def test_the_dialogs_terms_round_trip_through_rrule_text_and_read_as_words(repeat, text, words):
    assert repeat.to_rrule() == text
    assert recurrence.parse(text) == repeat
    assert recurrence.describe(text, MONDAY) == words
    assert recurrence.normalise(text, MONDAY) == text


def test_a_rule_from_elsewhere_is_still_described_and_shortened():
    assert recurrence.parse("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU") is None
    assert recurrence.describe("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU") == "repeats (custom rule)"
    assert recurrence.short("FREQ=WEEKLY;INTERVAL=2") == "every 2 weeks"
    assert recurrence.short("FREQ=MONTHLY;BYDAY=1MO") == "monthly"
    assert recurrence.short(None) == recurrence.describe(None) == ""
