"""Small read-only summaries of the whole data set: counts for the status bar, the Today page and first run."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from peewee import JOIN

from app.core.clock import SYSTEM_CLOCK, Clock
from app.models import CONVERSATION_KINDS, Contact, FollowUp, Interaction, Pitch, Rehearsal


class Counts(NamedTuple):
    """The status bar's numbers: live contacts, and open follow-ups overdue and due today."""

    contacts: int
    overdue: int
    due_today: int

    @property
    def attention(self) -> int:
        """What the Today badge shows: overdue plus due today."""
        return self.overdue + self.due_today


def counts(clock: Clock = SYSTEM_CLOCK) -> Counts:
    """Live contacts, and the open follow-ups overdue and due today (of live contacts or of nobody): the latter two
    from this week's counts, which Today reads too (kept until the data changes: one pass serves both)."""
    from app.core.followups.service import week_counts

    week = week_counts(clock=clock)
    return Counts(
        contacts=live_contacts(),
        overdue=week.overdue,
        due_today=week.due_today,
    )


def live_contacts() -> int:
    """Contacts not in the trash: all of them less the trashed, in one statement (one snapshot). SQLite counts a
    whole table from the b-tree of its smallest index without reading its entries one by one, and the trashed are
    few (the deleted_at index); counting the live ones walked the deleted_at index entry by entry — the status bar's
    count before the first paint, 9.5 -> 4 ms at 200k contacts on a cold connection (2.8 -> 2.2 at 50k)."""
    row = Contact._meta.database.execute_sql(
        'SELECT (SELECT COUNT(*) FROM "contact") - (SELECT COUNT(*) FROM "contact" WHERE "deleted_at" IS NOT NULL)'
    ).fetchone()
    return int(row[0])


class WeekNumbers(NamedTuple):
    """This week's activity (Monday to now)."""

    interactions: int
    new_contacts: int
    rehearsals: int
    followups_done: int


def week_numbers(clock: Clock = SYSTEM_CLOCK) -> WeekNumbers:
    today = clock.today()
    start = dt.datetime.combine(today - dt.timedelta(days=today.weekday()), dt.time())
    return WeekNumbers(
        interactions=Interaction.select()
        .where(Interaction.occurred_at >= start, Interaction.occurred_at <= clock.now())
        .count(),  # planned meetings later this week have not happened yet
        new_contacts=_new_live_contacts(start),
        rehearsals=Rehearsal.select().where(Rehearsal.started_at >= start).count(),
        followups_done=FollowUp.select().where(FollowUp.status == "done", FollowUp.completed_at >= start).count(),
    )


def _new_live_contacts(since: dt.datetime) -> int:
    """Contacts added since ``since`` and not in the trash: those added, counted from the created_at index alone,
    less the trashed ones among them (few: their ids from the deleted_at index, then their rows; ``+`` keeps
    SQLite off the created_at index there, which would read every new contact's row again). Counting the live
    ones read every new contact's row for its deleted_at: 1,112 rows of the 200k demo set on a new connection
    before the first paint, 9 -> 0.2 ms."""
    since_value = Contact.created_at.db_value(since)
    row = Contact._meta.database.execute_sql(
        'SELECT (SELECT COUNT(*) FROM "contact" WHERE "created_at" >= ?)'
        ' - (SELECT COUNT(*) FROM "contact" WHERE "id" IN (SELECT "id" FROM "contact" WHERE "deleted_at" IS NOT NULL)'
        ' AND +"created_at" >= ?)',
        (since_value, since_value),
    ).fetchone()
    return int(row[0])


class Checklist(NamedTuple):
    """First-run "Get started" steps (UI.md) and whether each is done."""

    imported: bool
    listed_people: bool
    wrote_pitch: bool
    rehearsed: bool
    logged_conversation: bool

    @property
    def all_done(self) -> bool:
        return all((self.imported, self.listed_people, self.wrote_pitch, self.rehearsed, self.logged_conversation))


LISTED_PEOPLE_GOAL = 10
REHEARSALS_GOAL = 3


def checklist() -> Checklist:
    live = Contact.select().where(Contact.deleted_at.is_null())
    return Checklist(
        imported=live.where(Contact.source != "manual").exists(),
        # LIMIT inside the count: "at least ten" reads ten rows, not every contact typed in.
        listed_people=live.where(Contact.source == "manual").limit(LISTED_PEOPLE_GOAL).count() >= LISTED_PEOPLE_GOAL,
        wrote_pitch=Pitch.select().where(Pitch.body != "").exists(),
        rehearsed=Rehearsal.select().limit(REHEARSALS_GOAL).count() >= REHEARSALS_GOAL,
        logged_conversation=Interaction.select().where(Interaction.kind.in_(CONVERSATION_KINDS)).exists(),
    )


def is_empty() -> bool:
    """True for a brand-new data set: no contacts, interactions or pitches yet."""
    return not (Contact.select().exists() or Interaction.select().exists() or Pitch.select().exists())


def open_followups_between(start: dt.date | None, end: dt.date) -> list[FollowUp]:
    """Open follow-ups due on or before ``end`` (and on or after ``start`` when given), earliest first."""
    query = (
        FollowUp.select(FollowUp, Contact)
        .join(Contact, join_type=JOIN.LEFT_OUTER)
        .where(FollowUp.status == "open", FollowUp.due <= end)
    )
    if start is not None:
        query = query.where(FollowUp.due >= start)
    return list(query.order_by(FollowUp.due, FollowUp.due_time, FollowUp.id))
