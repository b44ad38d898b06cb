"""Follow-ups for the demo data, made exactly as the rules make them (same rule keys, days and titles).

The event rules (thank-you, reminder, referrals, new connections) are derived in bulk from the demo interactions
(running the per-interaction hooks 50 000 times would take minutes); the time-based rules (keep in touch, pending
invitations, monthly update) are made by :func:`app.core.followups.rules.run_all` itself. The demo user is diligent
but human: what fell due more than :data:`SLIPPED_DAYS` ago was done (or let go), part of the last fortnight
slipped, so Today shows a realistic handful of overdue items and the calendar a plausible history. Running the
rules again afterwards changes nothing (the tests check it).

Deterministic for a seed and a clock, like the rest of the demo data.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from app.core.contacts import keep_in_touch
from app.core.followups import rule_settings, titles
from app.core.followups import rules as followup_rules
from app.core.followups.rules import CONTACT_KINDS, first_weekday_of_month
from app.core.followups.time_rules import update_audience
from app.models import CONVERSATION_KINDS, Contact, FollowUp, Interaction

SLIPPED_DAYS = 14  # older than this: the demo user dealt with it
SLIP_CHANCE = 0.5  # within the last fortnight: share still open (overdue)
LET_GO_CHANCE = 0.08  # of the old ones: dismissed rather than done
HISTORY_MONTHS = 6  # monthly updates already sent


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _outcome(rng: random.Random, due: dt.date, today: dt.date, now: dt.datetime) -> tuple[str, dt.datetime | None]:
    """What the demo user did about a follow-up due on ``due``: (status, completed_at)."""
    age = (today - due).days
    if age < 1:
        return "open", None
    if age <= SLIPPED_DAYS and rng.random() < SLIP_CHANCE:
        return "open", None
    status = "dismissed" if rng.random() < LET_GO_CHANCE else "done"
    done_at = dt.datetime.combine(due, dt.time(9)) + dt.timedelta(days=rng.randrange(0, 3), hours=rng.randrange(0, 9))
    return status, min(done_at, now - dt.timedelta(hours=1))


def generate(rng: random.Random, first_contact_id: int, today: dt.date, now: dt.datetime, clock) -> int:
    """Add the demo follow-ups for contacts from ``first_contact_id`` on; returns how many rows were added."""
    before = FollowUp.select().count()
    rows = _event_rows(rng, first_contact_id, today, now)
    rows += _time_rule_rows(rng, first_contact_id, today, now)
    for row in rows:
        row["uid"] = _uid(rng)
    followup_rules.insert_rows(rows)
    _monthly_history(rng, today, now)
    last_id = FollowUp.select(FollowUp.id).order_by(FollowUp.id.desc()).scalar() or 0
    followup_rules.run_all(clock)  # this month's and the next months' updates; nothing else is left to do
    _stable_uids(rng, last_id)
    return FollowUp.select().count() - before


def _row(rule: str, key: str, contact: int, title: str, due: dt.date, status: str, completed, now, source=None):
    return {
        "uid": "",
        "contact": contact,
        **titles.columns(title),
        "kind": rule,
        "due": due,
        "original_due": due,
        "status": status,
        "completed_at": completed,
        "rule": rule,
        "rule_key": key,
        "source_interaction": source,
        "notes": "",
        # made by the rule back then, not today (a follow-up is never due before it was made:
        # app.core.followups.time_rules)
        "created_at": min(now, dt.datetime.combine(due, dt.time(8))),
        "updated_at": now,
    }


def _time_rule_rows(rng: random.Random, first_id: int, today: dt.date, now: dt.datetime) -> list[dict[str, Any]]:
    """Keep-in-touch cycles and invitation reviews as the engine makes them, lived through by the demo user: each
    reconnect they closed starts the next cycle on the day they closed it (the engine's own restart rule)."""
    settings = rule_settings.load()
    rows: list[dict[str, Any]] = []
    live = Contact.select(Contact.id, Contact.display_name, Contact.last_interaction_at, Contact.created_at).where(
        Contact.id >= first_id, Contact.deleted_at.is_null()
    )
    if settings.is_on("keep_in_touch"):
        eligible = list(
            live.where(Contact.last_interaction_at.is_null(False) | Contact.keep_in_touch_days.is_null(False))
            .order_by(Contact.id)
            .tuples()
        )
        cadences = keep_in_touch.cadences_for([row[0] for row in eligible])
        for cid, name, last, created in eligible:
            start = keep_in_touch.reference_day(last, created)
            while True:
                due = start + dt.timedelta(days=cadences[cid].ideal_days)
                status, completed = _outcome(rng, due, today, now)
                key = f"keep_in_touch:contact:{cid}:{start.isoformat()}"
                title = titles.title("keep_in_touch", name=name)
                rows.append(_row("keep_in_touch", key, cid, title, due, status, completed, now))
                if status == "open" or completed is None:  # closed ones always have their moment
                    break
                start = max(start, completed.date())
    if settings.is_on("review_invitation"):
        days = dt.timedelta(days=settings.offset("review_invitation"))
        pending = live.select_extend(Contact.invitation_date).where(Contact.invitation_status == "sent")
        for cid, name, _last, created, invited in pending.order_by(Contact.id).tuples():
            base = invited or created.date()
            status, completed = _outcome(rng, base + days, today, now)
            key = f"review_invitation:contact:{cid}:{base.isoformat()}"
            title = titles.title("review_invitation", name=name)
            rows.append(_row("review_invitation", key, cid, title, base + days, status, completed, now))
    return rows


def _event_rows(rng: random.Random, first_id: int, today: dt.date, now: dt.datetime) -> list[dict[str, Any]]:
    settings = rule_settings.load()
    contacts = {
        cid: (name, referred_by, status, invited, created)
        for cid, name, referred_by, status, invited, created in Contact.select(
            Contact.id,
            Contact.display_name,
            Contact.referred_by,
            Contact.invitation_status,
            Contact.invitation_date,
            Contact.created_at,
        )
        .where(Contact.id >= first_id)
        .order_by(Contact.id)
        .tuples()
    }
    names = dict(Contact.select(Contact.id, Contact.display_name).tuples())
    rows: list[dict[str, Any]] = []

    def add(rule: str, key: str, contact: int, title: str, due: dt.date, source: int | None = None, done=None):
        status, completed = ("done", done) if done is not None else _outcome(rng, due, today, now)
        rows.append(_row(rule, key, contact, title, due, status, completed, now, source))

    interactions = (
        Interaction.select(
            Interaction.id, Interaction.contact, Interaction.kind, Interaction.occurred_at, Interaction.summary
        )
        .where(Interaction.contact >= first_id)
        .order_by(Interaction.contact, Interaction.occurred_at, Interaction.id)
        .tuples()
    )
    talked: set[int] = set()
    thanked: set[tuple[int, dt.date]] = set()  # one thank-you per person per day, for the day's first conversation
    contacted: dict[int, dt.datetime] = {}
    for iid, cid, kind, when, summary in interactions:
        day, name = when.date(), contacts[cid][0]
        if kind in CONVERSATION_KINDS:
            if (cid, day) not in thanked:
                thanked.add((cid, day))
                add(
                    "thank_you",
                    f"thank_you:contact:{cid}:{day.isoformat()}",
                    cid,
                    titles.title("thank_you", name=name),
                    day + dt.timedelta(days=settings.offset("thank_you")),
                    iid,
                )
            referrer = contacts[cid][1]
            if cid not in talked and referrer is not None:
                add(
                    "update_referrer",
                    f"update_referrer:contact:{cid}",
                    referrer,
                    titles.title("update_referrer", referrer=names[referrer], name=name),
                    day + dt.timedelta(days=settings.offset("update_referrer")),
                    iid,
                )
            talked.add(cid)
        if kind == "sent":
            add(
                "reminder",
                f"reminder:interaction:{iid}",
                cid,
                followup_rules.reminder_title(name, summary, day),
                day + dt.timedelta(days=settings.offset("reminder")),
                iid,
            )
        if kind in CONTACT_KINDS:
            contacted.setdefault(cid, when)
    for cid, (name, referrer, status, invited, created) in contacts.items():
        if referrer is not None:
            due = created.date() + dt.timedelta(days=settings.offset("call_referral"))
            done = max(contacted[cid], created) if cid in contacted else None
            add(
                "call_referral",
                f"call_referral:contact:{cid}:{referrer}",
                cid,
                titles.title("call_referral", name=name, referrer=names[referrer]),
                due,
                done=done,
            )
        if status == "accepted" and invited is not None:
            add(
                "thank_connection",
                f"thank_connection:contact:{cid}",
                cid,
                titles.title("thank_connection", name=name),
                invited + dt.timedelta(days=settings.offset("thank_connection")),
            )
    return rows


def _monthly_history(rng: random.Random, today: dt.date, now: dt.datetime) -> None:
    """The monthly updates of the last months (and this one, unless it slipped), already sent."""
    if not update_audience(now).exists():
        return
    weekday = rule_settings.load().monthly_weekday
    for back in range(HISTORY_MONTHS, -1, -1):
        year, month = followup_rules.add_months(today, -back)
        key = f"monthly_update:{year:04d}-{month:02d}"
        due = first_weekday_of_month(year, month, weekday)
        status, completed = _outcome(rng, due, today, now)
        if status == "open" or FollowUp.select().where(FollowUp.rule_key == key).exists():
            continue  # left for the rules to make (open), or already there
        FollowUp.create(
            uid=_uid(rng),
            **titles.columns(titles.title("monthly_update", month=month)),
            kind="monthly_update",
            due=due,
            original_due=due,
            status=status,
            completed_at=completed,
            rule="monthly_update",
            rule_key=key,
            recurrence=followup_rules.MONTHLY_RECURRENCE,
            created_at=now,
            updated_at=now,
        )


def _stable_uids(rng: random.Random, after_id: int) -> None:
    """The engine gives new follow-ups random UUIDs; demo data must be the same for the same seed."""
    ids = [fid for (fid,) in FollowUp.select(FollowUp.id).where(FollowUp.id > after_id).order_by(FollowUp.id).tuples()]
    FollowUp._meta.database.cursor().executemany(
        "UPDATE follow_up SET uid = ? WHERE id = ?", [(_uid(rng), fid) for fid in ids]
    )
