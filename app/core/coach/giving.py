"""Give before you ask (PLAYBOOK: "always be giving"; DESIGN §12): where I stand with someone, and the gentle
warning before I ask a favour of someone I have never given to or talked with.

Built on the ledger (:mod:`app.core.coach.ledger`): a *give* is a ledger entry with direction ``gave`` — introductions,
shared articles and events, advice — and an *ask* one with direction ``asked``. A *conversation* is an interaction
of a conversation kind (call, coffee, meeting, lunch, event) that has already happened; a planned coffee next week
is not rapport yet.

:func:`record_give` is the one-click give (share an article or event, offer advice): a ledger entry, and with
``log`` an ``email`` interaction on their timeline too (it restarts the keep-in-touch clock; an ``email`` calls for
no thank-you or reminder). :func:`undo_give` takes it back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from app.core import translated
from app.core.changes import Changes
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.coach import ledger
from app.core.contacts.interactions import delete_interaction, log_interaction
from app.core.translated import QT_TRANSLATE_NOOP
from app.db import database
from app.errors import RapportError
from app.models import CONVERSATION_KINDS, Contact, Interaction, LedgerEntry

GIVE_KINDS = ("share", "advice")
MAX_LINK = 2000


class GiveError(RapportError, ValueError):
    """The give cannot be recorded as entered (nothing to say, unknown contact…). Nothing was written."""


@dataclass(frozen=True)
class GiveStatus:
    """Where I stand with one contact."""

    balance: ledger.Balance
    last_gave: dt.datetime | None
    last_asked: dt.datetime | None
    conversations: int

    @property
    def never_given(self) -> bool:
        return self.balance.gave == 0

    @property
    def talked(self) -> bool:
        return self.conversations > 0

    def needs_warning(self) -> bool:
        """Asking now would lead with my need: nothing given and no conversation yet."""
        return self.never_given and not self.talked


@dataclass(frozen=True)
class GiveIdea:
    """One way to give first; ``action`` names what the UI offers for it (``introduce``, ``share``, ``advice``)."""

    action: str
    label: str
    hint: str


GIVE_IDEAS = (
    GiveIdea(
        "introduce",
        QT_TRANSLATE_NOOP("GiveButtons", "Introduce them to someone"),
        QT_TRANSLATE_NOOP("GiveButtons", "Who in your network should they know? Two people, one email."),
    ),
    GiveIdea(
        "share",
        QT_TRANSLATE_NOOP("GiveButtons", "Share an article or event"),
        QT_TRANSLATE_NOOP("GiveButtons", "Something useful for their work: a report, a talk, a meet-up."),
    ),
    GiveIdea(
        "advice",
        QT_TRANSLATE_NOOP("GiveButtons", "Offer advice"),
        QT_TRANSLATE_NOOP("GiveButtons", "Your experience may save them time — offer it, no strings attached."),
    ),
)


@dataclass(frozen=True)
class AskWarning:
    """The gentle warning shown before an ask, with ideas to give first."""

    contact_id: int
    name: str
    message: str
    ideas: tuple[GiveIdea, ...] = GIVE_IDEAS


def status(contact_id: int, *, clock: Clock = SYSTEM_CLOCK) -> GiveStatus:
    """The give/ask balance of ``contact_id``, when I last gave and asked, and how many conversations we had."""
    last = dict(
        LedgerEntry.select(LedgerEntry.direction, fn.MAX(LedgerEntry.occurred_at))
        .where(LedgerEntry.contact == contact_id)
        .group_by(LedgerEntry.direction)
        .tuples()
    )
    conversations = (
        Interaction.select()
        .where(
            Interaction.contact == contact_id,
            Interaction.kind.in_(CONVERSATION_KINDS),
            Interaction.occurred_at <= clock.now(),
        )
        .count()
    )
    return GiveStatus(
        ledger.balance(contact_id), _datetime(last.get("gave")), _datetime(last.get("asked")), conversations
    )


def _datetime(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def ask_warning(contact_id: int, *, clock: Clock = SYSTEM_CLOCK) -> AskWarning | None:
    """The warning to show before logging an ask (or a referral request) to ``contact_id``, or None when I have
    given to them or talked with them before."""
    if not status(contact_id, clock=clock).needs_warning():
        return None
    name = Contact.select(Contact.display_name).where(Contact.id == contact_id).scalar() or ""
    first = name.split()[0] if name.split() else name
    message = (
        f"You haven't given {first} anything yet, and you haven't talked. An ask lands better once there is a "
        "relationship — could you give something first?"
    )
    return AskWarning(contact_id, name, message)


_tr = translated.tr  # the balance line in the interface's language (marked for make translations)


def balance_line(give: GiveStatus, today: dt.date) -> str:
    """One plain line: "Gave 2 · asked 1 · last gave 12 days ago"."""
    b = give.balance
    text = _tr("Gave {gave} · asked {asked}").format(gave=b.gave, asked=b.asked)
    if b.received:
        text += _tr(" · received {n}").format(n=b.received)
    if give.last_gave is not None:
        days = (today - give.last_gave.date()).days
        if days <= 0:
            text += _tr(" · last gave today")
        elif days == 1:
            text += _tr(" · last gave yesterday")
        elif days < 60:
            text += _tr(" · last gave %n day(s) ago", "", days)
        else:
            text += _tr(" · last gave %n month(s) ago", "", days // 30)
    else:
        text += _tr(" · never gave yet")
    return text


# --- one-click gives ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Given:
    """What :func:`record_give` wrote, so :func:`undo_give` can take it back."""

    entry: ledger.EntrySnapshot
    interaction_id: int | None
    followup_ids: tuple[int, ...] = ()

    @property
    def changes(self) -> Changes:
        """What recording (or taking back) this give changed: the ledger and timeline, and the rules' follow-ups."""
        return Changes.of("interactions", "followups", contact_ids=[self.entry.contact_id])


def describe_give(kind: str, what: str) -> str:
    """The ledger line of a give: "Shared: <what>" / "Offered advice: <what>"."""
    what = " ".join((what or "").split())
    if kind == "share":
        return f"Shared: {what}"
    if kind == "advice":
        return f"Offered advice: {what}"
    raise GiveError(f"unknown kind of give {kind!r}; use one of {', '.join(GIVE_KINDS)}")


def record_give(
    contact_id: int,
    kind: str,
    what: str,
    *,
    link: str = "",
    note: str = "",
    log: bool = True,
    done: bool | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> Given:
    """One give in one transaction: the ledger entry (``gave``) and, with ``log``, an ``email`` on their timeline.

    A shared article is delivered when sent (``done``); offered advice is open until I have given it, unless
    ``done`` says otherwise. ``link`` (a URL or where the event is) goes in the entry's notes with ``note``.
    """
    what = " ".join((what or "").replace("\x00", "").split())
    if not what:
        raise GiveError("say what you shared or offered")
    link = (link or "").replace("\x00", "").strip()
    if len(link) > MAX_LINK:
        raise GiveError(f"the link is longer than {MAX_LINK} characters")
    if not Contact.select().where(Contact.id == contact_id, Contact.deleted_at.is_null()).exists():
        raise GiveError(f"no contact with id {contact_id}")
    line = describe_give(kind, what)
    notes = "\n".join(part for part in (link, (note or "").replace("\x00", "").strip()) if part)
    is_done = (kind == "share") if done is None else done
    now = clock.now()
    with database.atomic():
        interaction_id = None
        followups: tuple[int, ...] = ()
        if log:
            logged = log_interaction(contact_id, "email", when=now, summary=line, notes=notes, clock=clock)
            interaction_id = logged.interaction.id
            followups = tuple(f.id for f in logged.followups)
        entry = ledger.add_entry(contact_id, "gave", line, when=now, done=is_done, notes=notes, clock=clock)
        if interaction_id is not None:
            LedgerEntry.update(interaction=interaction_id).where(LedgerEntry.id == entry.id).execute()
        snapshot = ledger.snapshot(entry.id)
    return Given(snapshot, interaction_id, followups)


def undo_give(given: Given, *, clock: Clock = SYSTEM_CLOCK) -> Changes:
    """Take back :func:`record_give`: the ledger entry and the interaction it logged (with its follow-ups)."""
    with database.atomic():
        LedgerEntry.delete().where(LedgerEntry.id == given.entry.id).execute()
        if given.interaction_id is not None and Interaction.get_or_none(Interaction.id == given.interaction_id):
            delete_interaction(given.interaction_id, clock=clock)
    return given.changes


def redo_give(given: Given, *, clock: Clock = SYSTEM_CLOCK) -> Given:
    """Put an undone give back with the same ledger id (the interaction is logged again)."""
    with database.atomic():
        interaction_id = None
        followups: tuple[int, ...] = ()
        if given.interaction_id is not None:
            logged = log_interaction(
                given.entry.contact_id,
                "email",
                when=given.entry.occurred_at,
                summary=given.entry.what,
                notes=given.entry.notes,
                clock=clock,
                interaction_id=given.interaction_id,
            )
            interaction_id = logged.interaction.id
            followups = tuple(f.id for f in logged.followups)
        ledger.restore_entry(given.entry)
        if interaction_id is not None:
            LedgerEntry.update(interaction=interaction_id).where(LedgerEntry.id == given.entry.id).execute()
    return Given(given.entry, interaction_id, followups)
