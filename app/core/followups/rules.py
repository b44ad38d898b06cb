"""The networking rules of DESIGN §4 turn events into follow-ups.

This module is the contract between the code that changes data and the rule engine: contact, interaction and
invitation changes call these hooks inside their own transaction, and the hooks create, update or remove the
follow-ups the rules call for. :func:`run_all` re-evaluates the time-based rules (monthly update, keep in touch,
pending invitations) at start-up and at midnight.

Idempotence: every follow-up a rule makes carries a ``rule_key`` naming the thing it reacts to
(``thank_you:contact:7:2026-03-16``, ``call_referral:contact:7:3``, ``monthly_update:2026-04``…), and the column
is unique.
A rule finding its key creates nothing: an open follow-up is refreshed (title, rule day), a done or dismissed one is
left alone, so completing something never brings it back. Editing the source interaction moves its open follow-ups;
deleting it (or changing it to a kind the rule ignores) removes them. A follow-up the user moved (snoozed or
dragged: ``snoozed_until`` set) keeps the day the user chose; ``original_due`` always follows the rule.

Decisions where DESIGN is silent (documented here, shown in Settings):
- Event rules skip follow-ups that would already be more than :data:`STALE_DAYS` overdue when created, so logging
  old history (or importing it) does not bury Today in thank-yous nobody will send.
- What a contact's arrival makes (an import's :func:`contacts_created`, a new contact's :func:`contact_saved`) is
  never due before the day it arrived: thanking a connection made last week, reviewing an invitation sent three
  months ago (that one never before the day the review is made, whatever brought the invitation in).
- Keep-in-touch follow-ups are made for people you have had at least one interaction with, or whose cadence you set
  yourself: a bare imported connection is not yet a relationship, and 5 000 LinkedIn connections must not turn into
  5 000 reminders. Every contact still gets a keep-in-touch *status* (:mod:`app.core.contacts.keep_in_touch`). The clock
  restarts at the last interaction, or at the day a reconnect follow-up was closed if that is later.
- One thank-you per person per day: three conversations with Ada on Monday make one "Send thank-you to Ada"
  (it points at the first of them; deleting that one leaves it to the next). Once it is done or dismissed, a later
  conversation that same day asks for no second one.
- Logging a call, coffee, meeting, lunch, event, email or message with a referred contact completes the open
  "Contact X" follow-up: you did contact them.
- An introduction logged with its second person asks for a check-in with the contact it is logged on, a week later
  (``introduction:interaction:<id>``). Introducing through the coach logs it on both people
  (:mod:`app.core.coach.introductions`), so each of them gets their own check-in.
- The monthly update is made for this month and the next two (so the calendar shows them) once you have had a
  conversation with anyone (or anyone is at stage "talked" or beyond), from the moment that conversation is logged;
  it goes to all of them (:func:`app.core.followups.time_rules.update_audience`). An open update from an earlier month
  is dismissed when a newer one exists.
- A logged conversation moves its contact's stage forward (:mod:`app.core.contacts.stages`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from peewee import fn

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.followups import birthdays, rule_settings, rules_pass, titles
from app.core.followups.rule_store import (
    STALE_DAYS,
    RuleRun,
    day_of,
    ensure,
    insert_rows,
    is_stale,
    name_of,
    remove_open,
)
from app.core.followups.time_rules import (
    MONTHLY_RECURRENCE,
    UPDATE_STAGES,
    add_months,
    first_weekday_of_month,
    keep_in_touch_rule,
    monthly_update,
    review_invitation,
)
from app.core.opportunities import rules as opportunity_rules
from app.models import CONVERSATION_KINDS, Contact, FollowUp, Interaction

if TYPE_CHECKING:
    from app.core.contacts.contact_data import ContactData

__all__ = [
    "CONTACT_KINDS",
    "MONTHLY_RECURRENCE",
    "STALE_DAYS",
    "UPDATE_STAGES",
    "RuleRun",
    "about",
    "add_months",
    "apply_cadence_change",
    "contact_activity_changed",
    "contact_saved",
    "contacts_created",
    "first_weekday_of_month",
    "insert_rows",
    "interaction_deleted",
    "interaction_saved",
    "run_all",
]

# Interactions that count as having contacted someone (they complete "Contact X (referred by Y)").
CONTACT_KINDS = (*CONVERSATION_KINDS, "email", "message")


def about(summary: str, day: dt.date) -> str:
    """What a reminder is about, from the summary of the `sent` interaction ("Sent my target list" → "my target
    list")."""
    text = " ".join((summary or "").split())
    if text.lower().startswith("sent "):
        text = text[5:].strip()
    return text or f"what you sent on {day.day} {day:%b}"


def reminder_title(name: str, summary: str, day: dt.date) -> titles.Title:
    """The reminder's title: about what the summary says was sent, or about what was sent that day."""
    text = about(summary, day) if (summary or "").strip() else ""
    if text and text != about("", day):
        return titles.title("reminder", name=name, about=text)
    return titles.title("reminder_sent_on", name=name, day=day)


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
    created += review_invitation([contact.id], settings, today, now)[0]
    created += keep_in_touch_rule([contact.id], settings, today, now)[0]
    created += birthdays.birthday_rule([contact.id], settings, today, now)[0]
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
    day = day_of(interaction.occurred_at)
    name = contact.display_name
    created: list[FollowUp] = []

    def sync(rule: str, key: str, wanted: bool, title: str, due: dt.date, contact_id: int | None) -> None:
        existing_open = FollowUp.select().where(FollowUp.rule_key == key, FollowUp.status == "open").exists()
        if wanted and settings.is_on(rule) and (existing_open or not is_stale(due, today)):
            made = ensure(
                rule, key, contact_id=contact_id, title=title, due=due, now=now, source_interaction=interaction.id
            )
            if made is not None:
                created.append(made)
        elif existing_open:
            remove_open(FollowUp.rule_key == key)

    # One thank-you per person per day of conversations: this interaction's day, and the day its thank-you was
    # for if the edit moved it (or made it something else than a conversation).
    days = {day}
    offset = dt.timedelta(days=settings.offset("thank_you"))
    for (due,) in (
        FollowUp.select(fn.COALESCE(FollowUp.original_due, FollowUp.due))
        .where(FollowUp.rule == "thank_you", FollowUp.source_interaction == interaction.id, FollowUp.status == "open")
        .tuples()
    ):
        days.add(as_date(due) - offset)
    for each_day in sorted(days):
        created += _thank_you_for_day(contact, each_day, settings, today, now)
    sync(
        "reminder",
        f"reminder:interaction:{interaction.id}",
        interaction.kind == "sent",
        reminder_title(name, interaction.summary, day),
        day + dt.timedelta(days=settings.offset("reminder")),
        contact.id,
    )
    other_name = name_of(interaction.other_contact_id) if interaction.other_contact_id is not None else ""
    sync(
        "introduction",
        f"introduction:interaction:{interaction.id}",
        interaction.kind == "introduction" and interaction.other_contact_id is not None,
        titles.title("introduction", name=name, other=other_name),
        day + dt.timedelta(days=settings.offset("introduction")),
        contact.id,
    )
    created += _update_referrer(interaction, contact, settings, today, now)
    if interaction.kind in CONTACT_KINDS:
        _complete_call_referral(contact.id, interaction, now)
    if interaction.kind in CONVERSATION_KINDS:  # the first conversation starts the monthly update
        monthly_update(settings, today, now, created)
    created += keep_in_touch_rule([contact.id], settings, today, now)[0]
    return created


def interaction_deleted(interaction_id: int, clock: Clock = SYSTEM_CLOCK) -> None:
    """An interaction is about to be deleted: remove the open follow-ups it caused — but a thank-you that also
    stands for another conversation with the same person that day stays, for that one."""
    thanks = list(
        FollowUp.select(FollowUp.contact, fn.COALESCE(FollowUp.original_due, FollowUp.due))
        .where(FollowUp.rule == "thank_you", FollowUp.source_interaction == interaction_id, FollowUp.status == "open")
        .tuples()
    )
    if thanks:
        settings = rule_settings.load()
        offset = dt.timedelta(days=settings.offset("thank_you"))
        for contact_id, due in thanks:
            contact = Contact.get_or_none(Contact.id == contact_id)
            if contact is not None:
                day = as_date(due) - offset
                _thank_you_for_day(contact, day, settings, clock.today(), clock.now(), exclude=interaction_id)
    remove_open(FollowUp.source_interaction == interaction_id)


def contact_activity_changed(contact_id: int, clock: Clock = SYSTEM_CLOCK) -> list[FollowUp]:
    """A contact's interactions changed without a save hook (one was deleted): restart its keep-in-touch clock."""
    return keep_in_touch_rule([contact_id], rule_settings.load(), clock.today(), clock.now())[0]


def run_all(clock: Clock = SYSTEM_CLOCK) -> RuleRun:
    """Re-evaluate the time-based rules (monthly update, keep in touch, pending invitations) for everyone: at
    start-up and at midnight, and after the cadences change. Idempotent; returns what changed."""
    settings = rule_settings.load()
    today, now = clock.today(), clock.now()
    result = monthly_update(settings, today, now)
    # Set-based (issue 21): SQL finds who each per-contact rule would change; the rule runs for those alone.
    result += rules_pass.review_invitations(settings, today, now)
    result += rules_pass.keep_in_touch(settings, today, now)
    result += rules_pass.birthday_wishes(settings, today, now)
    result += opportunity_rules.run_all(clock)  # job applications (issue 22): the quiet-opportunity nudge
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
    keyed = FollowUp.select(FollowUp.id, FollowUp.title_params).where(
        FollowUp.status == "open",
        FollowUp.title_key.is_null(False),
        (FollowUp.contact == contact_id) | FollowUp.source_interaction.in_(about),
    )
    for fid, params in keyed.tuples():  # the name is a parameter of the rule's title
        if titles.renamed(params, old, new) != params:
            FollowUp.update(title_params=titles.renamed(params, old, new)).where(FollowUp.id == fid).execute()
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


def as_date(value) -> dt.date:
    """A date from SQLite (aggregates and COALESCE come back as text)."""
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


def _thank_you_for_day(contact, day: dt.date, settings, today, now, *, exclude: int | None = None) -> list[FollowUp]:
    """Make the thank-yous of ``contact`` for ``day`` what the rule wants: one (open, or already done or dismissed)
    while there was a conversation with them that day, none otherwise. Thank-yous are recognised by their day
    (``original_due``), whatever their key: those made before one-per-day was the rule were keyed by interaction.
    ``exclude``: an interaction about to be deleted."""
    key = f"thank_you:contact:{contact.id}:{day.isoformat()}"
    due = day + dt.timedelta(days=settings.offset("thank_you"))
    start = dt.datetime.combine(day, dt.time())
    conversations = Interaction.select(Interaction.id).where(
        Interaction.contact == contact.id,
        Interaction.kind.in_(CONVERSATION_KINDS),
        Interaction.occurred_at >= start,
        Interaction.occurred_at < start + dt.timedelta(days=1),
    )
    if exclude is not None:
        conversations = conversations.where(Interaction.id != exclude)
    ids = [i for (i,) in conversations.order_by(Interaction.occurred_at, Interaction.id).tuples()]
    rows = list(
        FollowUp.select()
        .where(
            FollowUp.rule == "thank_you",
            FollowUp.contact == contact.id,
            fn.COALESCE(FollowUp.original_due, FollowUp.due) == due,
        )
        .order_by(FollowUp.id)
    )
    opens = [row for row in rows if row.status == "open"]
    if not ids or not settings.is_on("thank_you"):
        remove_open(FollowUp.id.in_([row.id for row in opens]))
        return []
    title = titles.title("thank_you", name=contact.display_name)
    if opens:
        keeper, extra = opens[0], opens[1:]
        remove_open(FollowUp.id.in_([row.id for row in extra]))
        changes: dict = {}
        if keeper.source_interaction_id != ids[0]:
            changes["source_interaction"] = ids[0]
        if (keeper.title, keeper.title_key) != (title, title.key):
            changes.update(titles.columns(title))
        if keeper.rule_key != key and not FollowUp.select().where(FollowUp.rule_key == key).exists():
            changes["rule_key"] = key
        if changes:
            FollowUp.update(**changes, updated_at=now).where(FollowUp.id == keeper.id).execute()
        return []
    if rows or is_stale(due, today):
        return []  # thanked (or let go) already that day; or too long ago to be worth doing
    made = ensure("thank_you", key, contact_id=contact.id, title=title, due=due, now=now, source_interaction=ids[0])
    return [made] if made else []


def _call_referral(contact, previous, settings, today, now) -> list[FollowUp]:
    referrer = contact.referred_by_id
    prefix = f"call_referral:contact:{contact.id}:"
    if referrer is None or not settings.is_on("call_referral"):
        remove_open(FollowUp.rule_key.startswith(prefix))
        return []
    key = f"{prefix}{referrer}"
    remove_open(FollowUp.rule_key.startswith(prefix), FollowUp.rule_key != key)
    if FollowUp.select().where(FollowUp.rule_key == key).exists():
        made = ensure(
            "call_referral",
            key,
            contact_id=contact.id,
            title=titles.title("call_referral", name=contact.display_name, referrer=name_of(referrer)),
            due=FollowUp.get(FollowUp.rule_key == key).original_due or today,
            now=now,
        )
        return [made] if made else []
    newly_referred = previous is None or previous.referred_by_id != referrer
    if not newly_referred or _has_conversation(contact.id):
        return []
    made = ensure(
        "call_referral",
        key,
        contact_id=contact.id,
        title=titles.title("call_referral", name=contact.display_name, referrer=name_of(referrer)),
        due=today + dt.timedelta(days=settings.offset("call_referral")),
        now=now,
    )
    return [made] if made else []


def _complete_call_referral(contact_id: int, interaction: Interaction, now: dt.datetime) -> None:
    note = f"Done: you logged a {interaction.kind} on {day_of(interaction.occurred_at):%d %b %Y}."
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
        remove_open(FollowUp.rule_key == key, FollowUp.source_interaction == interaction.id)
        return []
    existing = FollowUp.get_or_none(FollowUp.rule_key == key)
    if existing is not None and existing.source_interaction_id not in (None, interaction.id):
        return []  # made by an earlier conversation
    if existing is None and _has_conversation(contact.id, before=interaction):
        return []  # not the first conversation
    referrer_row = Contact.get_or_none(Contact.id == referrer)
    if referrer_row is None or referrer_row.deleted_at is not None:
        return []
    due = day_of(interaction.occurred_at) + dt.timedelta(days=settings.offset("update_referrer"))
    if existing is None and is_stale(due, today):
        return []
    made = ensure(
        "update_referrer",
        key,
        contact_id=referrer,
        title=titles.title("update_referrer", referrer=referrer_row.display_name, name=contact.display_name),
        due=due,
        now=now,
        source_interaction=interaction.id,
    )
    return [made] if made else []


def _thank_connection(contact, previous, settings, today, now) -> list[FollowUp]:
    key = f"thank_connection:contact:{contact.id}"
    if contact.invitation_status != "accepted" or not settings.is_on("thank_connection"):
        remove_open(FollowUp.rule_key == key)
        return []
    if previous is not None and previous.invitation_status == "accepted":
        return []  # no transition: nothing new to thank for
    # A new contact that is already connected counts from its invitation date: only a recent connection calls for
    # a thank-you (an import of old LinkedIn connections must not). An edit to "accepted" counts from today.
    accepted = (contact.invitation_date or today) if previous is None else today
    due = accepted + dt.timedelta(days=settings.offset("thank_connection"))
    if is_stale(due, today):
        return []
    # …and it is never due before the contact arrived: a connection made 6 days ago and imported today is to be
    # thanked from today, not 5 days overdue on arrival.
    added = day_of(contact.created_at) if contact.created_at else today
    due = max(due, min(added, today))
    made = ensure(
        "thank_connection",
        key,
        contact_id=contact.id,
        title=titles.title("thank_connection", name=contact.display_name),
        due=due,
        now=now,
    )
    return [made] if made else []


def contacts_created(contacts: Sequence, clock: Clock = SYSTEM_CLOCK) -> list[FollowUp]:
    """Many contacts were created at once (an import, in chunks of a few thousand): the follow-ups
    :func:`contact_saved` would make for each, with the set-based rules evaluated once for the whole batch.

    ``contacts`` are new contacts: ``Contact`` instances or plain rows with the same attribute names (an import's
    :class:`app.core.contacts.bulk_create.NewContact`). No follow-up can name a new contact yet, so a rule is asked
    only about those that can make it fire: a referrer, an accepted invitation recent enough to thank (an older one
    is stale: nothing to make, nothing to remove), a pending invitation, a cadence or an interaction."""
    live = [c for c in contacts if c.deleted_at is None]
    if not live:
        return []
    settings = rule_settings.load()
    today, now = clock.today(), clock.now()
    created: list[FollowUp] = []
    thank_from = None  # an invitation accepted before this day makes a stale thank-you (_thank_connection)
    if settings.is_on("thank_connection"):
        thank_from = today - dt.timedelta(days=STALE_DAYS + settings.offset("thank_connection"))
    for contact in live:
        if contact.referred_by_id is not None:
            created += _call_referral(contact, None, settings, today, now)
        accepted_on = contact.invitation_date
        if contact.invitation_status == "accepted" and (
            thank_from is None or type(accepted_on) is not dt.date or accepted_on >= thank_from
        ):
            created += _thank_connection(contact, None, settings, today, now)
    pending = [c.id for c in live if c.invitation_status == "sent"]
    if pending:
        created += review_invitation(pending, settings, today, now)[0]
    kept = [c.id for c in live if c.last_interaction_at is not None or c.keep_in_touch_days is not None]
    if kept:
        created += keep_in_touch_rule(kept, settings, today, now)[0]
    created += birthdays.contacts_created([c.id for c in live], settings, today, now)  # only those with a birthday
    return created
