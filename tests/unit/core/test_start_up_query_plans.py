"""The queries Today runs before the window first paints read ranges through the indexes of migration 0070.

Rapport runs without planner statistics, so SQLite chooses by rules of thumb; without the hints in these queries it
walked every call ever logged (the ``kind`` index) or every live contact (``deleted_at``) — 130 ms of a 50 000
contact start-up. The plans do not depend on the data, so an empty database shows them.
"""

import datetime as dt

import pytest

from app.core import overview
from app.core.clock import FixedClock
from app.core.coach import goals
from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact, trash_contacts
from app.core.followups import planned_meetings
from app.db import database


@pytest.fixture
def statements(db, monkeypatch):
    """Every (sql, params) the code under test executes."""
    seen: list[tuple[str, tuple]] = []
    original = type(database).execute_sql

    def recording(self, sql, params=None, *args, **kwargs):
        seen.append((sql, tuple(params or ())))
        return original(self, sql, params, *args, **kwargs)

    monkeypatch.setattr(type(database), "execute_sql", recording)
    return seen


def plans(statements, *, containing: str) -> list[str]:
    """The query plan of each recorded statement whose SQL contains ``containing``, one string per statement."""
    chosen = [(sql, params) for sql, params in statements if containing in sql]
    assert chosen, f"no statement containing {containing!r} ran"
    return [
        " | ".join(row[3] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())
        for sql, params in chosen
    ]


def test_weekly_goals_read_the_week_from_covering_indexes(statements, clock):
    goals.history(clock=clock)
    (conversations,) = plans(statements, containing="FROM interaction")
    assert "COVERING INDEX interaction_occurred_at_kind_contact_id (occurred_at>? AND occurred_at<?)" in conversations
    (done,) = plans(statements, containing="FROM follow_up")
    assert "COVERING INDEX followup_status_completed_at_due_kind (status=? AND completed_at>?" in done


def test_meetings_ahead_read_only_the_coming_week(statements, clock):
    planned_meetings.upcoming_meetings(clock=clock)
    (plan,) = plans(statements, containing='FROM "interaction"')
    first = plan.split(" | ")[0]
    assert first.startswith("SEARCH t1 USING ")
    assert first.endswith("INDEX interaction_occurred_at_kind_contact_id (occurred_at>? AND occurred_at<?)")


def test_new_contacts_this_week_use_the_created_at_index(statements, clock):
    overview.week_numbers(clock)
    (plan,) = plans(statements, containing='"created_at" >=')
    assert "INDEX contact_created_at (created_at>?)" in plan
    # the new ones counted from the index alone, the trashed among them from the deleted_at index: no new contact's row
    assert "COVERING INDEX contact_created_at (created_at>?)" in plan, plan
    assert "INDEX contact_deleted_at (deleted_at>?)" in plan, plan
    assert plan.count("contact_created_at") == 1, plan  # the trashed are not looked for among the new ones' rows


def test_week_numbers_count_live_contacts_added_since_monday(db, clock):
    """The index hints change how rows are found, not which: this week's live contacts only."""
    monday = dt.datetime.combine(clock.today() - dt.timedelta(days=clock.today().weekday()), dt.time(8))
    create_contact(ContactData(given_name="Before"), clock=FixedClock(monday - dt.timedelta(days=1)))
    create_contact(ContactData(given_name="Monday"), clock=FixedClock(monday))
    create_contact(ContactData(given_name="Now"), clock=clock)
    gone = create_contact(ContactData(given_name="Trashed"), clock=clock)
    trash_contacts([gone.id], clock=clock)
    assert overview.week_numbers(clock).new_contacts == 2


def test_todays_agenda_and_counts_read_open_follow_ups_by_status_and_day(statements, clock):
    """Today's list (every overdue follow-up and the next seven days), its week counts and the status bar's counts
    read the open follow-ups up to a day from the (status, due) index, never a walk of every follow-up."""
    from app.core.followups import service as followups

    followups.agenda(7, clock=clock)
    followups.week_counts(clock=clock)
    overview.counts(clock)
    found = plans(statements, containing='FROM "follow_up"')
    assert len(found) == 3  # the agenda, the week's sums and its done count; the status bar reuses the week's sums
    for plan in found:
        first = plan.split(" | ")[0]
        assert first.startswith("SEARCH t1 USING "), plan
        assert "INDEX followup_status" in first, plan
        assert "SCAN" not in plan.replace("SCAN CONSTANT ROW", ""), plan


def test_the_week_counts_are_read_once_until_the_data_or_the_day_changes(db, clock, statements):
    """The status bar and Today ask for the same counts in turn: one pass serves both, and any write (of this
    connection or another) or a new day reads them again."""
    import sqlite3

    from app.core.clock import FixedClock
    from app.core.followups import service as followups
    from app.models import FollowUp

    def passes() -> int:
        return sum('FROM "follow_up"' in sql and "SUM" in sql for sql, _params in statements)

    assert followups.week_counts(clock=clock).overdue == 0
    assert overview.counts(clock).overdue == 0
    assert passes() == 1
    FollowUp.create(title="Call back", due=clock.today() - dt.timedelta(days=2), kind="custom")  # this connection
    assert overview.counts(clock).overdue == 1
    assert followups.week_counts(clock=clock).overdue == 1
    assert passes() == 2
    other = sqlite3.connect(database.database)  # another connection's commit (a worker, another process)
    other.execute("UPDATE follow_up SET status = 'done'")
    other.commit()
    other.close()
    assert followups.week_counts(clock=clock).overdue == 0
    assert passes() == 3
    tomorrow = FixedClock(dt.datetime.combine(clock.today() + dt.timedelta(days=1), dt.time(9)))
    followups.week_counts(clock=tomorrow)
    assert passes() == 4
    database.close()  # the database opened again (a restore): a new connection, whose counters start again
    database.connect()
    followups.week_counts(clock=tomorrow)
    assert passes() == 5


def test_todays_counts_read_open_follow_ups_and_their_contact_from_the_covering_index(statements, clock):
    """This week's counts and the sizes of Today's groups count open follow-ups up to a day of live contacts
    (migration 0140): from the (status, due, contact_id) index alone and the trashed contacts' ids, reading neither
    each follow-up's row nor its contact's."""
    from app.core.followups import agenda_window
    from app.core.followups import service as followups

    agenda_window.counts(7, clock=clock, known=followups.week_counts(clock=clock))
    agenda_window.counts(7, clock=clock)
    found = [plan for plan in plans(statements, containing='FROM "follow_up"') if "completed_at" not in plan]
    assert len(found) == 3  # the week's sums, the later days' count, the groups' sums (the done count aside)
    for plan in found:
        first = plan.split(" | ")[0]
        assert "COVERING INDEX followup_status_due_contact_id (status=? AND due" in first, plan
        assert "INTEGER PRIMARY KEY" not in plan, plan  # no contact row read per follow-up: the trashed ids, once
        assert "USING COVERING INDEX contact_deleted_at (deleted_at>?)" in plan, plan


def test_the_status_bars_contact_count_counts_the_table_less_the_trashed(db, clock, statements):
    """The live contacts: the whole table counted (SQLite's quick count of its smallest b-tree) less the trashed
    ones from the deleted_at index, never a walk of the live ones' entries; the trash and the count agree."""
    ada = create_contact(ContactData(given_name="Ada"), clock=clock)
    create_contact(ContactData(given_name="Bo"), clock=clock)
    assert overview.counts(clock).contacts == 2
    trash_contacts([ada.id], clock=clock)
    assert overview.counts(clock).contacts == 1
    (plan, _again) = plans(statements, containing='COUNT(*) FROM "contact"')
    assert "deleted_at=?" not in plan, plan  # no walk of the live contacts' index entries
    assert "USING COVERING INDEX contact_deleted_at (deleted_at>?)" in plan, plan
