"""The time-based networking rules (DESIGN §4): keep in touch, pending invitations, the monthly update.

They depend on the calendar as much as on events, so besides the per-contact calls from the hooks they run in
bulk over everyone at start-up and midnight (:func:`app.core.followups.rules.run_all`); each per-contact rule keeps
at most one open follow-up per contact and moves it when its clock restarts.
"""

from __future__ import annotations

import datetime as dt

from peewee import fn

from app.core.contacts import keep_in_touch
from app.core.followups import titles
from app.core.followups.rule_store import RuleRun, bulk_create, day_of, ensure, in_chunks, remove_open
from app.db import id_list
from app.models import CONVERSATION_KINDS, Contact, FollowUp, Interaction, new_uid, unindexed

MONTHLY_RECURRENCE = "FREQ=MONTHLY;BYDAY=1MO"
MONTHLY_AHEAD = 2  # months after the current one that already show on the calendar
UPDATE_STAGES = ("talked", "met", "ally")


def update_audience(now: dt.datetime | None = None):
    """The contacts the monthly update goes to (a query of ids): everyone you have had a conversation with (up to
    ``now``), and anyone whose stage says you talked (set by hand, or from a conversation since deleted)."""
    talked = Interaction.select(Interaction.contact).where(Interaction.kind.in_(CONVERSATION_KINDS))
    if now is not None:
        talked = talked.where(Interaction.occurred_at <= now)
    return Contact.select(Contact.id).where(
        Contact.deleted_at.is_null(), Contact.stage.in_(UPDATE_STAGES) | Contact.id.in_(talked)
    )


def has_update_audience(now: dt.datetime) -> bool:
    """Whether :func:`update_audience` has anyone, from two existence checks that stop at the first live one (the
    stage index; the conversations by kind and day): asking the audience query itself listed every conversation
    first (the daily rules pass, issue 21)."""
    staged = Contact.select(Contact.id).where(Contact.stage.in_(UPDATE_STAGES), unindexed(Contact.deleted_at).is_null())
    if staged.exists():
        return True
    talked = (
        Interaction.select(Interaction.id)
        .join(Contact, on=(Contact.id == Interaction.contact))
        .where(
            Interaction.kind.in_(CONVERSATION_KINDS),
            Interaction.occurred_at <= now,
            unindexed(Contact.deleted_at).is_null(),
        )
    )
    return talked.exists()


def first_weekday_of_month(year: int, month: int, weekday: int = 0) -> dt.date:
    """The first ``weekday`` (0 = Monday) of a month."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7)


def add_months(start: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after ``start``'s month."""
    index = start.year * 12 + start.month - 1 + months
    return index // 12, index % 12 + 1


def review_invitation(ids: list[int] | None, settings, today, now) -> tuple[list[FollowUp], RuleRun]:
    """One open "review pending invitation" per contact whose invitation is still `sent`, due N days after it."""
    prefix = "review_invitation:contact:"
    pending = Contact.select(Contact.id, Contact.display_name, Contact.invitation_date, Contact.created_at).where(
        Contact.deleted_at.is_null()
    )
    if ids is not None:
        pending = pending.where(Contact.id.in_(id_list(ids)))
    wanted: dict[int, tuple[str, dt.date, str]] = {}
    if settings.is_on("review_invitation"):
        days = dt.timedelta(days=settings.offset("review_invitation"))
        for cid, name, sent_on, created in (
            pending.where(Contact.invitation_status == "sent").order_by(Contact.id).tuples()
        ):
            base = day_of(sent_on or created)
            wanted[cid] = (
                f"{prefix}{cid}:{base.isoformat()}",
                base + days,
                titles.title("review_invitation", name=name),
            )
    return sync_per_contact("review_invitation", ids, wanted, now, restart_clears_snooze=True, not_before_made=True)


def keep_in_touch_rule(ids: list[int] | None, settings, today, now) -> tuple[list[FollowUp], RuleRun]:
    """One open "Reconnect with X" per eligible contact, due when the ideal interval since the clock started is
    reached (see the module docstring for who is eligible and when the clock restarts)."""
    wanted: dict[int, tuple[str, dt.date, str]] = {}
    if settings.is_on("keep_in_touch"):
        eligible = Contact.select(
            Contact.id, Contact.display_name, Contact.last_interaction_at, Contact.created_at
        ).where(
            Contact.deleted_at.is_null(),
            Contact.last_interaction_at.is_null(False) | Contact.keep_in_touch_days.is_null(False),
        )
        if ids is not None:
            eligible = eligible.where(Contact.id.in_(id_list(ids)))
        rows = list(eligible.order_by(Contact.id).tuples())
        closed = (
            FollowUp.select(FollowUp.contact, fn.MAX(FollowUp.completed_at))
            .where(FollowUp.rule == "keep_in_touch", FollowUp.status != "open", FollowUp.completed_at.is_null(False))
            .group_by(FollowUp.contact)
        )
        if ids is not None:
            closed = closed.where(FollowUp.contact.in_(id_list(ids)))
        last_closed = {cid: when for cid, when in closed.tuples()}
        cadences = keep_in_touch.cadences_for([row[0] for row in rows])
        for cid, name, last, created in rows:
            start = keep_in_touch.reference_day(last, created)
            if cid in last_closed:
                start = max(start, day_of(as_datetime(last_closed[cid])))
            due = start + dt.timedelta(days=cadences[cid].ideal_days)
            key = f"keep_in_touch:contact:{cid}:{start.isoformat()}"
            wanted[cid] = (key, due, titles.title("keep_in_touch", name=name))
    return sync_per_contact("keep_in_touch", ids, wanted, now, restart_clears_snooze=True)


def as_datetime(value) -> dt.datetime | dt.date:
    if isinstance(value, str):  # aggregate results come back as text from SQLite
        return dt.datetime.fromisoformat(value)
    return value


def sync_per_contact(
    rule: str,
    ids: list[int] | None,
    wanted: dict[int, tuple[str, dt.date, str]],
    now: dt.datetime,
    *,
    restart_clears_snooze: bool,
    not_before_made: bool = False,
) -> tuple[list[FollowUp], RuleRun]:
    """Make the open follow-ups of a one-per-contact rule match ``wanted`` ({contact: (key, due, title)}).

    A new key for the same contact means the rule's clock restarted: the open follow-up moves to the new key and
    day (and forgets a snooze). A key already closed is not made again. ``not_before_made``: a follow-up is never
    due before the day it was made (an invitation sent long ago that Rapport learns about today, by an import or
    an edit, is to be reviewed from today, not overdue on arrival).
    """
    today = now.date()
    existing_q = FollowUp.select(
        FollowUp.id,
        FollowUp.contact,
        FollowUp.rule_key,
        FollowUp.title,
        FollowUp.due,
        FollowUp.original_due,
        FollowUp.snoozed_until,
        FollowUp.created_at,
        FollowUp.title_key,
    ).where(FollowUp.rule == rule, FollowUp.status == "open", FollowUp.contact.is_null(False))
    if ids is not None:
        existing_q = existing_q.where(FollowUp.contact.in_(id_list(ids)))
    existing: dict[int, tuple] = {}
    duplicates: list[int] = []
    for fid, cid, key, title, due, original, snoozed, made, title_key in existing_q.tuples():
        if cid in existing:
            duplicates.append(fid)
        else:
            made_on = day_of(as_datetime(made)) if made else today
            existing[cid] = (fid, key, title, due, original, snoozed, made_on, title_key)
    closed_keys = closed_keys_of(rule, ids, [target[0] for target in wanted.values()])

    to_create: list[dict] = []
    removed_ids: list[int] = list(duplicates)
    updated = 0
    for cid, (fid, key, title, due, original, snoozed, made, key_of_title) in existing.items():
        target = wanted.get(cid)
        if target is None or (target[0] != key and target[0] in closed_keys):
            removed_ids.append(fid)
            continue
        new_key, new_due, new_title = target
        if not_before_made:
            new_due = max(new_due, made if new_key == key else today)
        changes: dict = {}
        if new_key != key:
            changes.update(rule_key=new_key, original_due=new_due, due=new_due)
            if restart_clears_snooze:
                changes["snoozed_until"] = None
        else:
            if original != new_due:
                changes["original_due"] = new_due
            if snoozed is None and due != new_due:
                changes["due"] = new_due
        if title != new_title or key_of_title != getattr(new_title, "key", None):
            changes.update(titles.columns(new_title))
        if changes:
            changes["updated_at"] = now
            FollowUp.update(**changes).where(FollowUp.id == fid).execute()
            updated += 1
    for cid, (key, due, title) in wanted.items():
        if cid in existing or key in closed_keys:
            continue
        if not_before_made:
            due = max(due, today)
        to_create.append(
            {
                "uid": new_uid(),
                "contact": cid,
                **titles.columns(title),
                "kind": rule,
                "due": due,
                "original_due": due,
                "status": "open",
                "rule": rule,
                "rule_key": key,
                "notes": "",
                "created_at": now,
                "updated_at": now,
            }
        )
    for chunk in in_chunks(removed_ids):
        FollowUp.delete().where(FollowUp.id.in_(chunk)).execute()
    made = bulk_create(to_create)
    return made, RuleRun(len(to_create), updated, len(removed_ids))


def closed_keys_of(rule: str, ids: list[int] | None, keys: list[str]) -> set[str]:
    """The rule keys of ``rule`` already done or dismissed: all of them for everyone (``ids`` None), else those of
    the wanted ``keys`` (by key, whoever the follow-up now belongs to: one moved to another contact still closes
    its key, which is unique — looking it up by contact made the rule insert it again and fail)."""
    if ids is None:
        query = FollowUp.select(FollowUp.rule_key).where(FollowUp.rule == rule, FollowUp.status != "open")
        return {key for (key,) in query.tuples()}
    found: set[str] = set()
    for chunk in in_chunks(keys):
        sql = (
            "SELECT rule_key FROM follow_up WHERE rule_key IN (" + ",".join("?" * len(chunk)) + ") "
            "AND rule = ? AND status != 'open'"
        )
        found.update(key for (key,) in FollowUp._meta.database.execute_sql(sql, (*chunk, rule)).fetchall())
    return found


def monthly_update(settings, today: dt.date, now: dt.datetime, made_list: list | None = None) -> RuleRun:
    """This month's and the next months' "Monthly update email to your network", once there is anyone to update
    (:func:`update_audience`), on the month's first Monday (the weekday is a setting); one first made after that
    day is due the day it is made. The follow-ups it makes are appended to ``made_list`` when given."""
    if not settings.is_on("monthly_update"):
        removed = remove_open(FollowUp.rule == "monthly_update", FollowUp.due >= today)
        return RuleRun(removed=removed)
    if not has_update_audience(now):
        return RuleRun()
    created = 0
    for ahead in range(MONTHLY_AHEAD + 1):
        year, month = add_months(today, ahead)
        key = f"monthly_update:{year:04d}-{month:02d}"
        due = first_weekday_of_month(year, month, settings.monthly_weekday)
        if due < today:  # this month's day has passed: a new update is due the day it is made, not overdue already
            due = FollowUp.select(FollowUp.original_due).where(FollowUp.rule_key == key).scalar() or today
        made = ensure(
            "monthly_update",
            key,
            contact_id=None,
            title=titles.title("monthly_update", month=month),
            due=due,
            now=now,
            recurrence=MONTHLY_RECURRENCE,
        )
        created += made is not None
        if made is not None and made_list is not None:
            made_list.append(made)
    this_month = f"monthly_update:{today.year:04d}-{today.month:02d}"
    superseded = (
        FollowUp.update(status="dismissed", completed_at=now, updated_at=now, notes="Superseded by a newer update.")
        .where(FollowUp.rule == "monthly_update", FollowUp.status == "open", FollowUp.rule_key < this_month)
        .execute()
    )
    return RuleRun(created, superseded, 0)
