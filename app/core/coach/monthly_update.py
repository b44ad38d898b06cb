"""The monthly update email (PLAYBOOK §8): what I did this month, what I'm after, companies I'd love an
introduction into — to everyone I have had a conversation with (or set to stage "talked" or beyond).

People who thought of something weeks later assume you found a job unless you tell them otherwise; this module
drafts the message from the month's activity so sending it takes minutes. Personalised drafts (one ``.eml`` per
person, "Hi Ada") or ``mailto:`` batches (BCC, "Hi all") — never one message with everybody in To.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from peewee import fn

from app.core import translated
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.coach import outgoing, shipped_texts, templates
from app.core.followups.time_rules import update_audience
from app.models import CONVERSATION_KINDS, Company, Contact, ContactEmail, Interaction, Profile

BATCH_SIZE = 20
_tr = translated.tr  # the month's summary in the interface's language (marked for make translations)
KIND_WORDS = {
    "call": ("call", "calls"),
    "coffee": ("coffee", "coffees"),
    "meeting": ("meeting", "meetings"),
    "lunch": ("lunch", "lunches"),
    "event": ("event", "events"),
}


@dataclass(frozen=True)
class Recipient:
    contact_id: int
    name: str
    first_name: str
    email: str


@dataclass(frozen=True)
class Activity:
    """What happened in one month."""

    conversations: dict[str, int]
    people_met: int
    companies: list[str]
    sent: int
    new_contacts: int
    referrals: int

    @property
    def total_conversations(self) -> int:
        return sum(self.conversations.values())


@dataclass(frozen=True)
class Draft:
    month: dt.date  # the first day of the month it reports on
    template_id: int | None
    subject: str  # with {first_name} etc. still to fill per recipient
    body: str
    summary: str
    recipients: list[Recipient]
    without_email: list[str]


def month_bounds(month: dt.date) -> tuple[dt.datetime, dt.datetime]:
    first = month.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return dt.datetime.combine(first, dt.time()), dt.datetime.combine(following, dt.time())


def default_month(today: dt.date) -> dt.date:
    """Early in a month the update reports on the month just ended; later on, on the month so far."""
    first = today.replace(day=1)
    if today.day <= 7:
        return (first - dt.timedelta(days=1)).replace(day=1)
    return first


def activity(month: dt.date) -> Activity:
    start, end = month_bounds(month)
    in_month = Interaction.select().where(Interaction.occurred_at >= start, Interaction.occurred_at < end)
    kinds = Counter(
        kind for (kind,) in in_month.select(Interaction.kind).where(Interaction.kind.in_(CONVERSATION_KINDS)).tuples()
    )
    talked = (
        in_month.select(fn.COUNT(fn.DISTINCT(Interaction.contact)))
        .where(Interaction.kind.in_(CONVERSATION_KINDS))
        .scalar()
    ) or 0
    companies = [
        name
        for (name,) in Company.select(Company.name)
        .join(Contact, on=(Contact.company == Company.id))
        .join(Interaction, on=(Interaction.contact == Contact.id))
        .where(
            Interaction.occurred_at >= start, Interaction.occurred_at < end, Interaction.kind.in_(CONVERSATION_KINDS)
        )
        .group_by(Company.name)
        .order_by(fn.COUNT(Interaction.id).desc(), Company.name)
        .limit(6)
        .tuples()
    ]
    created = Contact.select().where(
        Contact.created_at >= start, Contact.created_at < end, Contact.deleted_at.is_null()
    )
    return Activity(
        conversations=dict(kinds),
        people_met=talked,
        companies=companies,
        sent=in_month.where(Interaction.kind == "sent").count(),
        new_contacts=created.count(),
        referrals=created.where(Contact.referred_by.is_null(False)).count(),
    )


def _kind_count(kind: str, n: int) -> str:
    """ "2 coffees", in the interface's language (an unknown kind reads as its English words)."""
    if kind == "call":
        return _tr("%n call(s)", "", n)
    if kind == "coffee":
        return _tr("%n coffee(s)", "", n)
    if kind == "meeting":
        return _tr("%n meeting(s)", "", n)
    if kind == "lunch":
        return _tr("%n lunch(/es)", "", n)
    if kind == "event":
        return _tr("%n event(s)", "", n)
    one, many = KIND_WORDS.get(kind, (kind, kind))
    return f"{n} {one if n == 1 else many}"


def summary_text(act: Activity) -> str:
    """The {month_summary} of the template: a few bullet lines in plain words."""
    lines = []
    if act.total_conversations:
        parts = [_kind_count(k, n) for k, n in sorted(act.conversations.items(), key=lambda kv: (-kv[1], kv[0]))]
        lines.append(
            _tr("• Talked with %n (person/people) ({kinds})", "", act.people_met).format(kinds=", ".join(parts))
        )
    if act.companies:
        lines.append(_tr("• Learned a lot from people at {companies}").format(companies=", ".join(act.companies)))
    if act.referrals:
        lines.append(
            _tr("• Followed up %n introduction(s) — thank you to everyone who suggested a name", "", act.referrals)
        )
    if act.sent:
        lines.append(_tr("• Shared my target list and notes with %n (person/people)", "", act.sent))
    if not lines:
        lines.append(_tr("• Kept researching companies and preparing conversations"))
    return "\n".join(lines)


def recipients(*, clock: Clock = SYSTEM_CLOCK) -> tuple[list[Recipient], list[str]]:
    """Everyone you have had a conversation with, or at stage talked or beyond: (those with an email, the names of
    those without one)."""
    audience = update_audience(clock.now())
    people = (
        Contact.select(Contact.id, Contact.display_name, Contact.given_name)
        .where(Contact.id.in_(audience))
        .order_by(Contact.display_name)
    )
    emails: dict[int, str] = {}
    for cid, value in (
        ContactEmail.select(ContactEmail.contact, ContactEmail.value)
        .where(ContactEmail.contact.in_(audience))
        .order_by(ContactEmail.is_primary.desc(), ContactEmail.position, ContactEmail.id)
        .tuples()
    ):
        emails.setdefault(cid, value)
    with_email, without = [], []
    for cid, name, given in people.tuples():
        first = (given or "").strip() or (name.split() or [""])[0]
        if cid in emails:
            with_email.append(Recipient(cid, name, first, emails[cid]))
        else:
            without.append(name)
    return with_email, without


def draft(month: dt.date | None = None, template_id: int | None = None, *, clock: Clock = SYSTEM_CLOCK) -> Draft:
    """The month's update, ready to personalise, with its recipients."""
    month = (month or default_month(clock.today())).replace(day=1)
    template = (
        templates.Template.get_or_none(templates.Template.id == template_id)
        if template_id is not None
        else templates.for_kind("monthly_update")
    )
    subject = template.subject if template else "An update from {my_name} — {month}"
    body = template.body if template else "Hi {first_name},\n\n{month_summary}\n\n{my_contact_block}"
    if template:  # a built-in one unedited: in the interface's language
        _name, subject, body = shipped_texts.shown(
            template.name, template.kind, subject, body, builtin=bool(template.builtin)
        )
    summary = summary_text(activity(month))
    people, without = recipients(clock=clock)
    return Draft(month, template.id if template else None, subject, body, summary, people, without)


def personalised(d: Draft, recipient: Recipient | None, *, clock: Clock = SYSTEM_CLOCK) -> tuple[str, str]:
    """(subject, body) for one recipient; ``None`` gives the batch version ("Hi all")."""
    values = templates.merge_values(
        recipient.contact_id if recipient else None, month=d.month, month_summary=d.summary, clock=clock
    )
    if recipient is None:
        values["first_name"] = "all"
    subject = templates.render(d.subject, values).text
    body = templates.render(d.body, values).text
    return subject, body


def batches(people: list[Recipient], size: int = BATCH_SIZE) -> list[list[Recipient]]:
    return [people[i : i + size] for i in range(0, len(people), size)]


def mailto_batches(d: Draft, *, size: int = BATCH_SIZE, clock: Clock = SYSTEM_CLOCK) -> list[str]:
    """One ``mailto:`` per batch, everyone in BCC (and me in To, so nobody sees the list)."""
    subject, body = personalised(d, None, clock=clock)
    me = Profile.get_me().email.strip()
    return [
        outgoing.mailto_url([me] if me else [], subject, body, bcc=[r.email for r in batch])
        for batch in batches(d.recipients, size)
    ]


def write_eml_files(d: Draft, folder: Path, *, clock: Clock = SYSTEM_CLOCK) -> list[Path]:
    """One personalised draft per recipient in ``folder``; returns the files written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    me = Profile.get_me()
    sender = f"{me.name} <{me.email}>" if me.email and me.name else me.email
    written = []
    for recipient in d.recipients:
        subject, body = personalised(d, recipient, clock=clock)
        data = outgoing.eml_bytes(to=[recipient.email], subject=subject, body=body, sender=sender, when=clock.now())
        name = outgoing.safe_filename(f"{d.month:%Y-%m} update — {recipient.name}")
        path = folder / f"{name}.eml"
        counter = 2
        while path.exists():
            path = folder / f"{name} ({counter}).eml"
            counter += 1
        written.append(outgoing.write_eml(path, data))
    return written
