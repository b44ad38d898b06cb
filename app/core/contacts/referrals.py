"""The trail of breadcrumbs (PLAYBOOK): who referred whom.

Each contact may have been referred by one other contact (``Contact.referred_by``). :func:`trail_up` follows that
link to the root — the person who started the chain — and :func:`tree_down` collects everyone this contact referred,
and everyone they referred in turn. Both walk level by level with one query per level and stop on loops (data from
old imports may hold one even though :func:`app.core.contacts.service.validate` refuses to create them).

:func:`add_referrals` is "Ask for referrals": several new contacts referred by one person, in one transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from peewee import JOIN, chunked

from app.core.changes import Changes
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts import quick_add
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import LoggedWithReminder, log_with_reminder, undo_log
from app.core.contacts.service import ContactValidationError, FieldProblem, create_contacts, delete_contacts
from app.db import MAX_SQL_PARAMETERS, database
from app.models import Company, Contact

MAX_DEPTH = 50
MAX_NODES = 5000


@dataclass(frozen=True)
class PersonRef:
    """A contact as the referral views show it."""

    id: int
    name: str
    company: str = ""
    trashed: bool = False


@dataclass
class ReferralNode:
    person: PersonRef
    children: list[ReferralNode] = field(default_factory=list)

    def size(self) -> int:
        """How many people are in this subtree, this one included."""
        return 1 + sum(child.size() for child in self.children)

    def depth(self) -> int:
        return 1 + max((child.depth() for child in self.children), default=0)


@dataclass
class ReferralTree:
    """The chain above a contact (root first) and the tree below it."""

    ancestors: list[PersonRef]
    node: ReferralNode

    @property
    def root(self) -> PersonRef:
        return self.ancestors[0] if self.ancestors else self.node.person


def _people(ids: Sequence[int]) -> dict[int, tuple[PersonRef, int | None]]:
    """PersonRef and referred_by of each id."""
    out: dict[int, tuple[PersonRef, int | None]] = {}
    ids = list(ids)
    for chunk in chunked(ids, MAX_SQL_PARAMETERS):
        rows = (
            Contact.select(Contact.id, Contact.display_name, Company.name, Contact.deleted_at, Contact.referred_by)
            .join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
            .where(Contact.id.in_(chunk))
            .tuples()
        )
        for cid, name, company, deleted, referrer in rows:
            out[cid] = (PersonRef(cid, name, company or "", deleted is not None), referrer)
    return out


def person(contact_id: int) -> PersonRef | None:
    found = _people([contact_id]).get(contact_id)
    return found[0] if found else None


def trail_up(contact_id: int) -> list[PersonRef]:
    """Who referred this contact, who referred them… root first; the contact itself is not included."""
    chain: list[PersonRef] = []
    seen = {contact_id}
    current = _people([contact_id]).get(contact_id)
    referrer = current[1] if current else None
    while referrer is not None and referrer not in seen and len(chain) < MAX_DEPTH:
        seen.add(referrer)
        found = _people([referrer]).get(referrer)
        if found is None:
            break
        chain.append(found[0])
        referrer = found[1]
    chain.reverse()
    return chain


def tree_down(contact_id: int, *, include_trashed: bool = False) -> ReferralNode | None:
    """Everyone this contact referred, recursively (one query per level), names in alphabetical order."""
    found = _people([contact_id]).get(contact_id)
    if found is None:
        return None
    root = ReferralNode(found[0])
    level = {contact_id: root}
    seen = {contact_id}
    nodes = 1
    for _ in range(MAX_DEPTH):
        if not level or nodes >= MAX_NODES:
            break
        query = (
            Contact.select(Contact.id, Contact.display_name, Company.name, Contact.deleted_at, Contact.referred_by)
            .join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
            .where(Contact.referred_by.in_(list(level)))
        )
        if not include_trashed:
            query = query.where(Contact.deleted_at.is_null())
        next_level: dict[int, ReferralNode] = {}
        # Sorted here: an ORDER BY display_name would make SQLite walk the whole name index instead of referred_by.
        rows = sorted(query.tuples(), key=lambda r: (r[1].casefold(), r[0]))
        for cid, name, company, deleted, referrer in rows:
            if cid in seen or nodes >= MAX_NODES:
                continue
            seen.add(cid)
            nodes += 1
            child = ReferralNode(PersonRef(cid, name, company or "", deleted is not None))
            level[referrer].children.append(child)
            next_level[cid] = child
        level = next_level
    return root


def referral_tree(contact_id: int) -> ReferralTree | None:
    """The whole picture around a contact: the chain above and the tree below."""
    node = tree_down(contact_id)
    if node is None:
        return None
    return ReferralTree(trail_up(contact_id), node)


def referred_count(contact_id: int) -> int:
    """How many live contacts this one referred directly."""
    return Contact.select().where(Contact.referred_by == contact_id, Contact.deleted_at.is_null()).count()


def add_referrals(referrer_id: int, people: Sequence[ContactData], *, clock: Clock = SYSTEM_CLOCK) -> list[int]:
    """Create several contacts referred by ``referrer_id`` in one transaction; returns their ids in order.

    Every entry is validated before anything is written, so one bad email refuses the whole batch
    (:class:`app.core.contacts.service.ContactValidationError`, naming the entry's row in ``problems``).
    """
    if not Contact.select().where(Contact.id == referrer_id).exists():
        raise ContactValidationError([FieldProblem("referred_by", "the referring contact does not exist")])
    entries = []
    for data in people:
        entry = data.copy()
        entry.referred_by_id = referrer_id
        entries.append(entry)
    return quick_add.add_all(entries, clock=clock)


@dataclass(frozen=True)
class ReferralsAdded:
    """What :func:`add_referrals_and_log` wrote, as undo and redo need it."""

    ids: list[int]
    uids: list[str]
    logged: LoggedWithReminder | None  # the "referral given" logged with the referrer, if asked for
    changes: Changes


def add_referrals_and_log(
    referrer_id: int,
    people: Sequence[ContactData],
    log_summary: str | None = None,
    *,
    when: dt.datetime | None = None,
    clock: Clock = SYSTEM_CLOCK,
    again: ReferralsAdded | None = None,
) -> ReferralsAdded:
    """Add the people ``referrer_id`` suggested (referred by them) and, with ``log_summary``, log a "referral given"
    with the referrer at ``when`` (default now) — one transaction, so a refused entry or log writes nothing.
    ``again``: what an earlier call wrote, recreated at the same ids (redo after an undo)."""
    with database.atomic():
        if again is None:
            ids, uids = create_contacts(
                people, clock=clock, create=lambda batch: add_referrals(referrer_id, batch, clock=clock)
            )
        else:
            referred = [dataclasses.replace(p.copy(), referred_by_id=referrer_id) for p in people]
            ids, uids = create_contacts(referred, clock=clock, ids=again.ids, uids=again.uids)
        logged = None
        if log_summary is not None:
            previous = again.logged if again is not None else None
            logged = log_with_reminder(
                referrer_id,
                "referral_given",
                when or clock.now(),
                log_summary,
                clock=clock,
                interaction_id=previous.interaction_id if previous is not None else None,
                uid=previous.uid if previous is not None else None,
            )
    changes = Changes.of("contacts", "followups", contact_ids=ids)
    if logged is not None:
        changes |= logged.changes
    return ReferralsAdded(ids, uids, logged, changes)


def undo_referrals(added: ReferralsAdded, *, clock: Clock = SYSTEM_CLOCK) -> Changes:
    """Take back :func:`add_referrals_and_log` (the logged referral, then the people), in one transaction."""
    with database.atomic():
        if added.logged is not None:
            undo_log(added.logged, clock=clock)
        delete_contacts(added.ids)
    return added.changes
