"""The networking rules of DESIGN §4 turn events into follow-ups.

This module is the contract between the code that changes data and the rule engine: contact, interaction and
invitation changes call these hooks inside their own transaction, and the hooks create, update or remove the
follow-ups the rules call for. :func:`run_all` re-evaluates the time-based rules (monthly update, keep in touch,
pending invitations) at start-up and at midnight.

Idempotence: every follow-up a rule makes carries a ``rule_key`` naming the thing it reacts to
(``thank_you:interaction:42``, ``call_referral:contact:7:3``, ``monthly_update:2026-04``…), and the column is unique.
A rule finding its key creates nothing: an open follow-up is refreshed (title, rule day), a done or dismissed one is
left alone, so completing something never brings it back. Editing the source interaction moves its open follow-ups;
deleting it (or changing it to a kind the rule ignores) removes them. A follow-up the user moved (snoozed or
dragged: ``snoozed_until`` set) keeps the day the user chose; ``original_due`` always follows the rule.

Decisions where DESIGN is silent (documented here, shown in Settings):
- Event rules skip follow-ups that would already be more than :data:`STALE_DAYS` overdue when created, so logging
  old history (or importing it) does not bury Today in thank-yous nobody will send.
- Keep-in-touch follow-ups are made for people you have had at least one interaction with, or whose cadence you set
  yourself: a bare imported connection is not yet a relationship, and 5 000 LinkedIn connections must not turn into
  5 000 reminders. Every contact still gets a keep-in-touch *status* (:mod:`app.core.keep_in_touch`). The clock
  restarts at the last interaction, or at the day a reconnect follow-up was closed if that is later.
- Logging a call, coffee, meeting, lunch, event, email or message with a referred contact completes the open
  "Contact X" follow-up: you did contact them.
- The monthly update is made for this month and the next two (so the calendar shows them) once anyone is at stage
  "talked" or beyond; an open update from an earlier month is dismissed when a newer one exists.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peewee import fn

from app.core import keep_in_touch, rule_settings
from app.core.clock import SYSTEM_CLOCK, Clock
from app.models import CONVERSATION_KINDS, Contact, FollowUp, Interaction

if TYPE_CHECKING:
    from app.core.contacts import ContactData

STALE_DAYS = 30
# Interactions that count as having contacted someone (they complete "Contact X (referred by Y)").
CONTACT_KINDS = (*CONVERSATION_KINDS, "email", "message")
MONTHLY_RECURRENCE = "FREQ=MONTHLY;BYDAY=1MO"
MONTHLY_AHEAD = 2  # months after the current one that already show on the calendar
UPDATE_STAGES = ("talked", "met", "ally")
_CHUNK = 500


@dataclass(frozen=True)
class RuleRun:
    """What :func:`run_all` changed."""

    created: int = 0
    updated: int = 0
    removed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.removed)

    def __add__(self, other: RuleRun) -> RuleRun:
        return RuleRun(self.created + other.created, self.updated + other.updated, self.removed + other.removed)


# --- small helpers ---------------------------------------------------------------------------------------------------
def _day(value: dt.datetime | dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _is_stale(due: dt.date, today: dt.date) -> bool:
    return (today - due).days > STALE_DAYS


def _name(contact_id: int | None) -> str:
    if contact_id is None:
        return ""
    name = Contact.select(Contact.display_name).where(Contact.id == contact_id).scalar()
    return name or "(no name)"


def _about(summary: str, day: dt.date) -> str:
    """What a reminder is about, from the summary of the `sent` interaction ("Sent my target list" → "my target
    list")."""
    text = " ".join((summary or "").split())
    if text.lower().startswith("sent "):
        text = text[5:].strip()
    return text or f"what you sent on {day.day} {day:%b}"


def first_weekday_of_month(year: int, month: int, weekday: int = 0) -> dt.date:
    """The first ``weekday`` (0 = Monday) of a month."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7)


def _add_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _ensure(
    rule: str,
    key: str,
    *,
    contact_id: int | None,
    title: str,
    due: dt.date,
    now: dt.datetime,
    source_interaction: int | None = None,
    recurrence: str | None = None,
) -> FollowUp | None:
    """Create the follow-up for ``key`` (returned), or refresh the open one; a closed one is left alone."""
    existing = FollowUp.get_or_none(FollowUp.rule_key == key)
    if existing is None:
        return FollowUp.create(
            contact=contact_id,
            title=title,
            kind=rule,
            due=due,
            original_due=due,
            status="open",
            rule=rule,
            rule_key=key,
            source_interaction=source_interaction,
            recurrence=recurrence,
            created_at=now,
            updated_at=now,
        )
    if existing.status != "open":
        return None
    changes: dict = {}
    if existing.title != title:
        changes["title"] = title
    if existing.original_due != due:
        changes["original_due"] = due
    if existing.snoozed_until is None and existing.due != due:
        changes["due"] = due
    if source_interaction is not None and existing.source_interaction_id != source_interaction:
        changes["source_interaction"] = source_interaction
    if existing.contact_id != contact_id:
        changes["contact"] = contact_id
    if changes:
        changes["updated_at"] = now
        FollowUp.update(**changes).where(FollowUp.id == existing.id).execute()
    return None


def _remove_open(*conditions) -> int:
    """Delete open rule follow-ups matching ``conditions`` (closed ones stay as history)."""
    return FollowUp.delete().where(FollowUp.status == "open", *conditions).execute()


# --- hooks ----------------------------------------------------------------------------------------------------------
def contact_saved(contact: Contact, previous: ContactData | None, clock: Clock = SYSTEM_CLOCK) -> list[FollowUp]:
    """A contact was created (``previous`` is None) or edited (``previous`` is its state before the edit)."""
    if contact.deleted_at is not None:
        return []
    settings = rule_settings.load()
    today, now = clock.today(), clock.now()
    created: list[FollowUp] = []
    if previous is not None and previous.display_name and previous.display_name != contact.display_name:
        _rename_in_titles(contact.id, previous.display_name, contact.display_name, now)
    created += _call_referral(contact, previous, settings, today, now)
    created += _thank_connection(contact, previous, settings, today, now)
    created += _review_invitation([contact.id], settings, today, now)[0]
    created += _keep_in_touch([contact.id], settings, today, now)[0]
    return created


def interaction_saved(
    interaction: Interaction, previous_kind: str | None = None, clock: Clock = SYSTEM_CLOCK
) -> list[FollowUp]:
    """An interaction was logged (``previous_kind`` None) or edited; rules react to its kind and date."""
    settings = rule_settings.load()
    today, now = clock.today(), clock.now()
    contact = Contact.get_or_none(Contact.id == interaction.contact_id)
    if contact is None or contact.deleted_at is not None:
        return []
    day = _day(interaction.occurred_at)
    name = contact.display_name
    created: list[FollowUp] = []

    def sync(rule: str, key: str, wanted: bool, title: str, due: dt.date, contact_id: int | None) -> None:
        existing_open = FollowUp.select().where(FollowUp.rule_key == key, FollowUp.status == "open").exists()
        if wanted and settings.is_on(rule) and (existing_open or not _is_stale(due, today)):
            made = _ensure(
                rule, key, contact_id=contact_id, title=title, due=due, now=now, source_interaction=interaction.id
            )
            if made is not None:
                created.append(made)
        elif existing_open:
            _remove_open(FollowUp.rule_key == key)

    sync(
        "thank_you",
        f"thank_you:interaction:{interaction.id}",
        interaction.kind in CONVERSATION_KINDS,
        f"Send thank-you to {name}",
        day + dt.timedelta(days=settings.offset("thank_you")),
        contact.id,
    )
    sync(
        "reminder",
        f"reminder:interaction:{interaction.id}",
        interaction.kind == "sent",
        f"Friendly reminder to {name} about {_about(interaction.summary, day)}",
        day + dt.timedelta(days=settings.offset("reminder")),
        contact.id,
    )
    created += _update_referrer(interaction, contact, settings, today, now)
    if interaction.kind in CONTACT_KINDS:
        _complete_call_referral(contact.id, interaction, now)
    created += _keep_in_touch([contact.id], settings, today, now)[0]
    return created


def interaction_deleted(interaction_id: int) -> None:
    """An interaction is about to be deleted: remove the open follow-ups it caused."""
    _remove_open(FollowUp.source_interaction == interaction_id)


def contact_activity_changed(contact_id: int, clock: Clock = SYSTEM_CLOCK) -> list[FollowUp]:
    """A contact's interactions changed without a save hook (one was deleted): restart its keep-in-touch clock."""
    return _keep_in_touch([contact_id], rule_settings.load(), clock.today(), clock.now())[0]


def run_all(clock: Clock = SYSTEM_CLOCK) -> RuleRun:
    """Re-evaluate the time-based rules (monthly update, keep in touch, pending invitations) for everyone: at
    start-up and at midnight, and after the cadences change. Idempotent; returns what changed."""
    settings = rule_settings.load()
    today, now = clock.today(), clock.now()
    result = _monthly_update(settings, today, now)
    result += _review_invitation(None, settings, today, now)[1]
    result += _keep_in_touch(None, settings, today, now)[1]
    return result


def apply_cadence_change(old: rule_settings.RuleSettings, new: rule_settings.RuleSettings) -> int:
    """After the offsets changed in Settings, move the open follow-ups those rules made by the difference (the
    ones the user moved keep their day). Returns how many moved. Call :func:`run_all` afterwards."""
    moved = 0
    for spec in rule_settings.RULES:
        delta = new.offset(spec.name) - old.offset(spec.name)
        if not delta:
            continue
        rows = list(
            FollowUp.select(FollowUp.id, FollowUp.due, FollowUp.original_due, FollowUp.snoozed_until).where(
                FollowUp.rule == spec.name, FollowUp.status == "open"
            )
        )
        for row in rows:
            original = (row.original_due or row.due) + dt.timedelta(days=delta)
            changes = {"original_due": original}
            if row.snoozed_until is None:
                changes["due"] = original
            FollowUp.update(**changes).where(FollowUp.id == row.id).execute()
            moved += 1
    return moved


# --- event rules ----------------------------------------------------------------------------------------------------
def _rename_in_titles(contact_id: int, old: str, new: str, now: dt.datetime) -> None:
    """Open follow-up titles name people; keep them right when someone is renamed."""
    about = Interaction.select(Interaction.id).where(Interaction.contact == contact_id)
    (
        FollowUp.update(title=fn.REPLACE(FollowUp.title, old, new), updated_at=now)
        .where(
            FollowUp.status == "open",
            FollowUp.title.contains(old),
            (FollowUp.contact == contact_id) | FollowUp.source_interaction.in_(about),
        )
        .execute()
    )


def _has_conversation(contact_id: int, *, before: Interaction | None = None) -> bool:
    query = Interaction.select().where(Interaction.contact == contact_id, Interaction.kind.in_(CONVERSATION_KINDS))
    if before is not None:
        query = query.where(
            Interaction.id != before.id,
            (Interaction.occurred_at < before.occurred_at)
            | ((Interaction.occurred_at == before.occurred_at) & (Interaction.id < before.id)),
        )
    return query.exists()


def _call_referral(contact, previous, settings, today, now) -> list[FollowUp]:
    referrer = contact.referred_by_id
    prefix = f"call_referral:contact:{contact.id}:"
    if referrer is None or not settings.is_on("call_referral"):
        _remove_open(FollowUp.rule_key.startswith(prefix))
        return []
    key = f"{prefix}{referrer}"
    _remove_open(FollowUp.rule_key.startswith(prefix), FollowUp.rule_key != key)
    if FollowUp.select().where(FollowUp.rule_key == key).exists():
        made = _ensure(
            "call_referral",
            key,
            contact_id=contact.id,
            title=f"Contact {contact.display_name} (referred by {_name(referrer)})",
            due=FollowUp.get(FollowUp.rule_key == key).original_due or today,
            now=now,
        )
        return [made] if made else []
    newly_referred = previous is None or previous.referred_by_id != referrer
    if not newly_referred or _has_conversation(contact.id):
        return []
    made = _ensure(
        "call_referral",
        key,
        contact_id=contact.id,
        title=f"Contact {contact.display_name} (referred by {_name(referrer)})",
        due=today + dt.timedelta(days=settings.offset("call_referral")),
        now=now,
    )
    return [made] if made else []


def _complete_call_referral(contact_id: int, interaction: Interaction, now: dt.datetime) -> None:
    note = f"Done: you logged a {interaction.kind} on {_day(interaction.occurred_at):%d %b %Y}."
    for row in FollowUp.select().where(
        FollowUp.contact == contact_id, FollowUp.rule == "call_referral", FollowUp.status == "open"
    ):
        row.status, row.completed_at, row.updated_at = "done", now, now
        row.notes = f"{row.notes}\n{note}".strip()
        row.save()


def _update_referrer(interaction, contact, settings, today, now) -> list[FollowUp]:
    key = f"update_referrer:contact:{contact.id}"
    referrer = contact.referred_by_id
    is_conversation = interaction.kind in CONVERSATION_KINDS
    if not is_conversation or referrer is None or not settings.is_on("update_referrer"):
        _remove_open(FollowUp.rule_key == key, FollowUp.source_interaction == interaction.id)
        return []
    existing = FollowUp.get_or_none(FollowUp.rule_key == key)
    if existing is not None and existing.source_interaction_id not in (None, interaction.id):
        return []  # made by an earlier conversation
    if existing is None and _has_conversation(contact.id, before=interaction):
        return []  # not the first conversation
    referrer_row = Contact.get_or_none(Contact.id == referrer)
    if referrer_row is None or referrer_row.deleted_at is not None:
        return []
    due = _day(interaction.occurred_at) + dt.timedelta(days=settings.offset("update_referrer"))
    if existing is None and _is_stale(due, today):
        return []
    made = _ensure(
        "update_referrer",
        key,
        contact_id=referrer,
        title=f"Tell {referrer_row.display_name} how it went with {contact.display_name}",
        due=due,
        now=now,
        source_interaction=interaction.id,
    )
    return [made] if made else []


def _thank_connection(contact, previous, settings, today, now) -> list[FollowUp]:
    key = f"thank_connection:contact:{contact.id}"
    if contact.invitation_status != "accepted" or not settings.is_on("thank_connection"):
        _remove_open(FollowUp.rule_key == key)
        return []
    if previous is not None and previous.invitation_status == "accepted":
        return []  # no transition: nothing new to thank for
    # A new contact that is already connected counts from its invitation date: only a recent connection calls for
    # a thank-you (an import of old LinkedIn connections must not). An edit to "accepted" counts from today.
    accepted = (contact.invitation_date or today) if previous is None else today
    due = accepted + dt.timedelta(days=settings.offset("thank_connection"))
    if _is_stale(due, today):
        return []
    made = _ensure(
        "thank_connection",
        key,
        contact_id=contact.id,
        title=f"Thank {contact.display_name} for connecting; ask why and propose a chat",
        due=due,
        now=now,
    )
    return [made] if made else []


# --- time-based rules (also run in bulk) ----------------------------------------------------------------------------
def _in_chunks(values: list, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _sql_value(value):
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def insert_rows(rows: list[dict]) -> None:
    """Insert many follow-up rows fast (one prepared statement; peewee's insert_many spends its time building SQL).
    Every row must have the same keys, named like the columns (``contact`` for ``contact_id``…)."""
    if not rows:
        return
    names = list(rows[0])
    columns = [FollowUp._meta.fields[name].column_name for name in names]
    sql = f"INSERT INTO follow_up ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    FollowUp._meta.database.cursor().executemany(sql, [tuple(_sql_value(row[name]) for name in names) for row in rows])


def _bulk_create(rows: list[dict]) -> list[FollowUp]:
    """Insert follow-ups; returns model instances only for small batches (the hooks), none in bulk."""
    if len(rows) <= 20:
        return [FollowUp.create(**row) for row in rows]
    insert_rows(rows)
    return []


def _review_invitation(ids: list[int] | None, settings, today, now) -> tuple[list[FollowUp], RuleRun]:
    """One open "review pending invitation" per contact whose invitation is still `sent`, due N days after it."""
    prefix = "review_invitation:contact:"
    pending = Contact.select(Contact.id, Contact.display_name, Contact.invitation_date, Contact.created_at).where(
        Contact.deleted_at.is_null()
    )
    if ids is not None:
        pending = pending.where(Contact.id.in_(ids))
    wanted: dict[int, tuple[str, dt.date, str]] = {}
    if settings.is_on("review_invitation"):
        days = dt.timedelta(days=settings.offset("review_invitation"))
        for cid, name, sent_on, created in (
            pending.where(Contact.invitation_status == "sent").order_by(Contact.id).tuples()
        ):
            base = _day(sent_on or created)
            wanted[cid] = (
                f"{prefix}{cid}:{base.isoformat()}",
                base + days,
                f"Review pending invitation to {name} (withdraw or let go)",
            )
    return _sync_per_contact("review_invitation", ids, wanted, now, restart_clears_snooze=True)


def _keep_in_touch(ids: list[int] | None, settings, today, now) -> tuple[list[FollowUp], RuleRun]:
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
            eligible = eligible.where(Contact.id.in_(ids))
        rows = list(eligible.order_by(Contact.id).tuples())
        closed = (
            FollowUp.select(FollowUp.contact, fn.MAX(FollowUp.completed_at))
            .where(FollowUp.rule == "keep_in_touch", FollowUp.status != "open", FollowUp.completed_at.is_null(False))
            .group_by(FollowUp.contact)
        )
        if ids is not None:
            closed = closed.where(FollowUp.contact.in_(ids))
        last_closed = {cid: when for cid, when in closed.tuples()}
        cadences = keep_in_touch.cadences_for([row[0] for row in rows])
        for cid, name, last, created in rows:
            start = keep_in_touch.reference_day(last, created)
            if cid in last_closed:
                start = max(start, _day(_as_datetime(last_closed[cid])))
            due = start + dt.timedelta(days=cadences[cid].ideal_days)
            wanted[cid] = (f"keep_in_touch:contact:{cid}:{start.isoformat()}", due, f"Reconnect with {name}")
    return _sync_per_contact("keep_in_touch", ids, wanted, now, restart_clears_snooze=True)


def _as_datetime(value) -> dt.datetime | dt.date:
    if isinstance(value, str):  # aggregate results come back as text from SQLite
        return dt.datetime.fromisoformat(value)
    return value


def _sync_per_contact(
    rule: str,
    ids: list[int] | None,
    wanted: dict[int, tuple[str, dt.date, str]],
    now: dt.datetime,
    *,
    restart_clears_snooze: bool,
) -> tuple[list[FollowUp], RuleRun]:
    """Make the open follow-ups of a one-per-contact rule match ``wanted`` ({contact: (key, due, title)}).

    A new key for the same contact means the rule's clock restarted: the open follow-up moves to the new key and
    day (and forgets a snooze). A key already closed is not made again.
    """
    existing_q = FollowUp.select(
        FollowUp.id,
        FollowUp.contact,
        FollowUp.rule_key,
        FollowUp.title,
        FollowUp.due,
        FollowUp.original_due,
        FollowUp.snoozed_until,
    ).where(FollowUp.rule == rule, FollowUp.status == "open", FollowUp.contact.is_null(False))
    if ids is not None:
        existing_q = existing_q.where(FollowUp.contact.in_(ids))
    existing: dict[int, tuple] = {}
    duplicates: list[int] = []
    for fid, cid, key, title, due, original, snoozed in existing_q.tuples():
        if cid in existing:
            duplicates.append(fid)
        else:
            existing[cid] = (fid, key, title, due, original, snoozed)
    closed_q = FollowUp.select(FollowUp.rule_key).where(FollowUp.rule == rule, FollowUp.status != "open")
    if ids is not None:
        closed_q = closed_q.where(FollowUp.contact.in_(ids))
    closed_keys = {key for (key,) in closed_q.tuples()}

    to_create: list[dict] = []
    removed_ids: list[int] = list(duplicates)
    updated = 0
    for cid, (fid, key, title, due, original, snoozed) in existing.items():
        target = wanted.get(cid)
        if target is None or (target[0] != key and target[0] in closed_keys):
            removed_ids.append(fid)
            continue
        new_key, new_due, new_title = target
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
        if title != new_title:
            changes["title"] = new_title
        if changes:
            changes["updated_at"] = now
            FollowUp.update(**changes).where(FollowUp.id == fid).execute()
            updated += 1
    for cid, (key, due, title) in wanted.items():
        if cid in existing or key in closed_keys:
            continue
        to_create.append(
            {
                "uid": _new_uid(),
                "contact": cid,
                "title": title,
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
    for chunk in _in_chunks(removed_ids):
        FollowUp.delete().where(FollowUp.id.in_(chunk)).execute()
    made = _bulk_create(to_create)
    return made, RuleRun(len(to_create), updated, len(removed_ids))


def _new_uid() -> str:
    from app.models import new_uid

    return new_uid()


def _monthly_update(settings, today: dt.date, now: dt.datetime) -> RuleRun:
    """This month's and the next months' "Monthly update email to your network", once there is anyone to update."""
    if not settings.is_on("monthly_update"):
        removed = _remove_open(FollowUp.rule == "monthly_update", FollowUp.due >= today)
        return RuleRun(removed=removed)
    has_audience = Contact.select().where(Contact.deleted_at.is_null(), Contact.stage.in_(UPDATE_STAGES)).exists()
    if not has_audience:
        return RuleRun()
    created = 0
    for ahead in range(MONTHLY_AHEAD + 1):
        year, month = _add_months(today, ahead)
        made = _ensure(
            "monthly_update",
            f"monthly_update:{year:04d}-{month:02d}",
            contact_id=None,
            title=f"Monthly update email to your network ({dt.date(year, month, 1):%B})",
            due=first_weekday_of_month(year, month, settings.monthly_weekday),
            now=now,
            recurrence=MONTHLY_RECURRENCE,
        )
        created += made is not None
    this_month = f"monthly_update:{today.year:04d}-{today.month:02d}"
    superseded = (
        FollowUp.update(status="dismissed", completed_at=now, updated_at=now, notes="Superseded by a newer update.")
        .where(FollowUp.rule == "monthly_update", FollowUp.status == "open", FollowUp.rule_key < this_month)
        .execute()
    )
    return RuleRun(created, superseded, 0)
