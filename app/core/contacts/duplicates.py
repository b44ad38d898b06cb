"""Duplicate contacts: finding likely pairs, and merging two people into one without losing anything.

Finding (:func:`find_duplicates`): the same email address, the same LinkedIn profile, or a similar name (rapidfuzz
``token_sort_ratio`` on accent-free names) at the same or a similarly named company — except two people with two
different LinkedIn profiles, who are different people (DESIGN §3). These are the *possible duplicates* an import
reports but never merges. Names are only compared inside
small blocks (same company; same name), so 50 000 contacts take seconds, not hours.

Merging (:func:`merge`): one transaction keeps the chosen contact, gives it the merged fields (emails, phones,
addresses and circles united), moves every interaction, introduction, ledger entry, follow-up, pitch link and
referral of the other onto it, and moves the other to the trash. The returned :class:`MergeRecord` lists exactly
which rows moved, so :func:`unmerge` puts everything back (undo).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from peewee import chunked, fn
from rapidfuzz import fuzz, process

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts import research as contact_research
from app.core.contacts.contact_data import NAME_FIELDS, STORY_FIELDS, ContactData, EmailEntry
from app.core.contacts.search import fold
from app.core.contacts.service import update_contact
from app.core.contacts.validation import _would_loop
from app.core.followups import rules as followup_rules
from app.core.formats.importers.matching import linkedin_key
from app.core.formats.importers.merge import merge_vcard_lines
from app.db import MAX_SQL_PARAMETERS, database
from app.errors import RapportError
from app.models import (
    STAGES,
    TIES,
    Company,
    Contact,
    ContactSourceUid,
    FollowUp,
    Interaction,
    LedgerEntry,
    PitchContact,
)

NAME_SCORE = 90
COMPANY_SCORE = 90
MAX_PAIRS = 5000
_LEGAL = re.compile(r"\b(inc|ltd|llc|llp|gmbh|ag|sa|sas|bv|nv|plc|corp|corporation|co|company|limited)\b")


class MergeError(RapportError, ValueError):
    """The two contacts cannot be merged (same contact, missing, in the trash). Nothing was written."""


class Cancelled(Exception):
    """The user stopped the search."""


@dataclass(frozen=True)
class DuplicatePair:
    """Two live contacts that look like the same person. ``keep_id`` is the suggested survivor."""

    keep_id: int
    other_id: int
    reason: str
    score: int  # 100 = certain (same email / profile); lower = similar names


# --- finding ---------------------------------------------------------------------------------------------------
def _company_key(name: str) -> str:
    return " ".join(_LEGAL.sub(" ", re.sub(r"[^\w\s]", " ", fold(name))).split())


def _name_key(given: str, family: str, display: str) -> str:
    name = f"{given} {family}".strip() or display
    return " ".join(re.sub(r"[^\w\s]", " ", fold(name)).split())


def _groups_of(sql: str) -> Iterable[tuple[str, list[int]]]:
    for key, ids in database.execute_sql(sql):
        members = sorted({int(x) for x in str(ids).split(",")})
        if len(members) > 1:
            yield key, members


def find_duplicates(
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> list[DuplicatePair]:
    """Likely duplicate pairs among live contacts, the surest first. Raises :class:`Cancelled` when asked to stop."""
    found: dict[tuple[int, int], tuple[str, int]] = {}

    def add(a: int, b: int, reason: str, score: int) -> None:
        key = (min(a, b), max(a, b))
        if key not in found or found[key][1] < score:
            found[key] = (reason, score)

    def check() -> None:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled

    for value, ids in _groups_of(
        "SELECT lower(e.value), group_concat(e.contact_id) FROM contact_email AS e "
        "JOIN contact AS c ON c.id = e.contact_id WHERE c.deleted_at IS NULL "
        "GROUP BY lower(e.value) HAVING count(DISTINCT e.contact_id) > 1"
    ):
        for i, a in enumerate(ids[:50]):
            for b in ids[i + 1 : 50]:
                add(a, b, f"same email {value}", 100)
    for url, ids in _groups_of(
        "SELECT lower(rtrim(linkedin_url, '/')), group_concat(id) FROM contact "
        "WHERE deleted_at IS NULL AND linkedin_url != '' GROUP BY lower(rtrim(linkedin_url, '/')) HAVING count(*) > 1"
    ):
        for i, a in enumerate(ids[:50]):
            for b in ids[i + 1 : 50]:
                add(a, b, f"same LinkedIn profile {url}", 100)
    check()

    people = list(
        Contact.select(
            Contact.id,
            Contact.given_name,
            Contact.family_name,
            Contact.display_name,
            Contact.company,
            Contact.linkedin_url,
        )
        .where(Contact.deleted_at.is_null())
        .tuples()
    )
    profiles = {cid: key for cid, *_, url in people if (key := linkedin_key(url))}

    def add_look_alike(a: int, b: int, reason: str, score: int) -> None:
        """Two LinkedIn profiles are two people (DESIGN §3): a look-alike pair with both is never suggested."""
        if a in profiles and b in profiles and profiles[a] != profiles[b]:
            return
        add(a, b, reason, score)

    companies = {cid: _company_key(name) for cid, name in Company.select(Company.id, Company.name).tuples()}
    by_company: dict[int, list[tuple[int, str]]] = defaultdict(list)
    by_name: dict[str, list[tuple[int, int | None]]] = defaultdict(list)
    for cid, given, family, display, company_id, _url in people:
        key = _name_key(given, family, display)
        if not key:
            continue
        if company_id is not None:
            by_company[company_id].append((cid, key))
        by_name[key].append((cid, company_id))
    total = len(by_company) + len(by_name)
    done = 0
    for members in by_company.values():
        done += 1
        if len(members) > 1:
            names = [name for _, name in members]
            for i, (cid, name) in enumerate(members[:-1]):
                for _match, score, j in process.extract(
                    name, names[i + 1 :], scorer=fuzz.token_sort_ratio, score_cutoff=NAME_SCORE, limit=None
                ):
                    other = members[i + 1 + j][0]
                    add_look_alike(cid, other, "similar name at the same company", int(score) - 1)
        if done % 200 == 0:
            check()
            if progress:
                progress(done, total)
    for _name, namesakes in by_name.items():
        done += 1
        if len(namesakes) > 1:
            for i, (a, company_a) in enumerate(namesakes[:200]):
                for b, company_b in namesakes[i + 1 : 200]:
                    if company_a == company_b:
                        if company_a is None:
                            add_look_alike(a, b, "same name, no company", 85)
                        continue  # same company: found above
                    key_a, key_b = companies.get(company_a, ""), companies.get(company_b, "")
                    if key_a and key_b and fuzz.token_set_ratio(key_a, key_b) >= COMPANY_SCORE:
                        add_look_alike(a, b, "same name at a similarly named company", 95)
        if done % 500 == 0:
            check()
            if progress:
                progress(done, total)
    if progress:
        progress(total, total)
    pairs = sorted(found.items(), key=lambda item: (-item[1][1], item[0]))[:MAX_PAIRS]
    weights = _history_weights({i for key, _ in pairs for i in key})
    result = []
    for (a, b), (reason, score) in pairs:
        keep, other = (a, b) if weights.get(a, 0) >= weights.get(b, 0) else (b, a)
        result.append(DuplicatePair(keep, other, reason, score))
    return result


def _history_weights(ids: set[int]) -> dict[int, int]:
    """How much history each contact carries (interactions + ledger): the richer one is the suggested survivor."""
    weights: dict[int, int] = defaultdict(int)
    ids_list = list(ids)
    for chunk in chunked(ids_list, MAX_SQL_PARAMETERS):
        for model in (Interaction, LedgerEntry):
            for cid, n in (
                model.select(model.contact, fn.COUNT(model.id)).where(model.contact.in_(chunk)).group_by(model.contact)
            ).tuples():
                weights[cid] += n
    return weights


def pairs_for(contact_id: int) -> list[DuplicatePair]:
    """Likely duplicates of one contact (the "Find duplicates of…" action)."""
    return [p for p in find_duplicates() if contact_id in (p.keep_id, p.other_id)]


# --- merging ---------------------------------------------------------------------------------------------------
def _join_text(a: str, b: str) -> str:
    """Both texts, unless one already contains the other."""
    a, b = (a or "").strip(), (b or "").strip()
    if not a:
        return b
    if not b or b in a:
        return a
    if a in b:
        return b
    return f"{a}\n\n{b}"


def merged_data(keep_id: int, other_id: int) -> ContactData:
    """Suggested values for the merged contact: the kept one's, filled in and extended from the other."""
    keep = ContactData.from_contact(Contact.get_by_id(keep_id))
    other = ContactData.from_contact(Contact.get_by_id(other_id))
    data = keep.copy()
    for name in NAME_FIELDS:
        if not getattr(data, name):
            setattr(data, name, getattr(other, name))
    for name in STORY_FIELDS:
        setattr(data, name, _join_text(getattr(keep, name), getattr(other, name)))
    data.stage = max(keep.stage, other.stage, key=lambda s: STAGES.index(s) if s in STAGES else -1)
    data.tie = min(keep.tie, other.tie, key=lambda t: TIES.index(t) if t in TIES else 99)
    if keep.invitation_status == "none" and other.invitation_status != "none":
        data.invitation_status, data.invitation_date = other.invitation_status, other.invitation_date
    referrer = keep.referred_by_id if keep.referred_by_id not in (None, other_id) else other.referred_by_id
    data.referred_by_id = referrer if referrer not in (keep_id, other_id) else None
    data.keep_in_touch_days = keep.keep_in_touch_days or other.keep_in_touch_days
    data.keep_in_touch_max_days = keep.keep_in_touch_max_days or other.keep_in_touch_max_days
    data.photo = keep.photo or other.photo
    emails = {e.value.lower() for e in data.emails}
    data.emails += [EmailEntry(e.value, e.label, False) for e in other.emails if e.value.lower() not in emails]
    phones = {p.e164 or p.value for p in data.phones}
    data.phones += [p for p in other.phones if (p.e164 or p.value) not in phones]
    for p in data.phones[len(keep.phones) :]:
        p.primary = False
    data.addresses += [a for a in other.addresses if a not in data.addresses]
    data.circles = list(dict.fromkeys(keep.circles + other.circles))
    kinds = {d.kind for d in data.dates if d.kind != "other"}
    data.dates += [d for d in other.dates if d not in data.dates and (d.kind == "other" or d.kind not in kinds)]
    data.websites += [w for w in other.websites if w.value not in {x.value for x in data.websites}]
    data.handles += [h for h in other.handles if (h.kind, h.value) not in {(x.kind, x.value) for x in data.handles}]
    data.vcard_properties = merge_vcard_lines(data.vcard_properties, other.vcard_properties)[0]
    return data


@dataclass
class MergeRecord:
    """What :func:`merge` changed, row by row, so :func:`unmerge` can put it back."""

    keep_id: int
    other_id: int
    keep_before: ContactData
    data: ContactData
    interactions: list[int] = field(default_factory=list)
    introductions: list[int] = field(default_factory=list)
    self_introductions: list[int] = field(default_factory=list)
    ledger: list[int] = field(default_factory=list)
    followups: list[int] = field(default_factory=list)
    referrals: list[int] = field(default_factory=list)
    pitch_links: list[int] = field(default_factory=list)
    source_uids: list[int] = field(default_factory=list)  # the other's foreign UIDs, now the kept one's
    cleared_loop: bool = False
    research: contact_research.Saved | None = None  # the kept contact's research before the other's was added

    def moved(self) -> int:
        """How many rows changed owner (shown as "moved 7 interactions, 2 follow-ups…")."""
        return sum(
            len(x)
            for x in (
                self.interactions,
                self.introductions,
                self.ledger,
                self.followups,
                self.referrals,
                self.pitch_links,
            )
        )


def _ids(query) -> list[int]:
    return [row[0] for row in query.tuples()]


def merge(keep_id: int, other_id: int, data: ContactData | None = None, *, clock: Clock = SYSTEM_CLOCK) -> MergeRecord:
    """Merge ``other_id`` into ``keep_id`` in one transaction (see the module docstring)."""
    if keep_id == other_id:
        raise MergeError("a contact cannot be merged with itself")
    with database.atomic():
        keep = Contact.get_or_none(Contact.id == keep_id)
        other = Contact.get_or_none(Contact.id == other_id)
        if keep is None or other is None:
            raise MergeError("one of the two contacts no longer exists")
        if keep.deleted_at is not None or other.deleted_at is not None:
            raise MergeError("restore the contact from the trash before merging it")
        record = MergeRecord(keep_id, other_id, ContactData.from_contact(keep), data or merged_data(keep_id, other_id))
        update_contact(keep_id, record.data, clock=clock)
        record.self_introductions = _ids(
            Interaction.select(Interaction.id).where(
                Interaction.contact == other_id, Interaction.other_contact == keep_id
            )
        ) + _ids(
            Interaction.select(Interaction.id).where(
                Interaction.contact == keep_id, Interaction.other_contact == other_id
            )
        )
        if record.self_introductions:
            Interaction.update(other_contact=None).where(Interaction.id.in_(record.self_introductions)).execute()
        record.interactions = _ids(Interaction.select(Interaction.id).where(Interaction.contact == other_id))
        record.introductions = _ids(Interaction.select(Interaction.id).where(Interaction.other_contact == other_id))
        record.ledger = _ids(LedgerEntry.select(LedgerEntry.id).where(LedgerEntry.contact == other_id))
        # Open follow-ups a rule keeps per contact (reconnect, call this referral, thank for connecting…) stay with
        # the merged-away contact: the kept one has its own, and the rules re-evaluate it below with the moved
        # history. Everything else (history, custom reminders, follow-ups of interactions) moves.
        per_contact = FollowUp.rule_key.is_null(False) & (
            FollowUp.rule_key.contains(f":contact:{other_id}:") | FollowUp.rule_key.endswith(f":contact:{other_id}")
        )
        record.followups = _ids(
            FollowUp.select(FollowUp.id).where(
                FollowUp.contact == other_id, ~((FollowUp.status == "open") & per_contact)
            )
        )
        record.referrals = _ids(
            Contact.select(Contact.id).where(Contact.referred_by == other_id, Contact.id != keep_id)
        )
        record.source_uids = _ids(
            ContactSourceUid.select(ContactSourceUid.id).where(ContactSourceUid.contact == other_id)
        )
        keep_pitches = PitchContact.select(PitchContact.pitch).where(PitchContact.contact == keep_id)
        record.pitch_links = _ids(
            PitchContact.select(PitchContact.id).where(
                PitchContact.contact == other_id, PitchContact.pitch.not_in(keep_pitches)
            )
        )
        _move(record, to_keep=True)
        record.research = contact_research.merge_into(keep_id, other_id, clock=clock)
        referrer = Contact.select(Contact.referred_by).where(Contact.id == keep_id).scalar()
        if referrer is not None and _would_loop(keep_id, referrer):
            Contact.update(referred_by=None).where(Contact.id == keep_id).execute()
            record.cleared_loop = True
        Contact.update(deleted_at=clock.now()).where(Contact.id == other_id).execute()
        followup_rules.contact_activity_changed(keep_id, clock)
    return record


def _move(record: MergeRecord, *, to_keep: bool) -> None:
    target = record.keep_id if to_keep else record.other_id
    for model, column, ids in (
        (Interaction, Interaction.contact, record.interactions),
        (Interaction, Interaction.other_contact, record.introductions),
        (LedgerEntry, LedgerEntry.contact, record.ledger),
        (FollowUp, FollowUp.contact, record.followups),
        (Contact, Contact.referred_by, record.referrals),
        (PitchContact, PitchContact.contact, record.pitch_links),
        (ContactSourceUid, ContactSourceUid.contact, record.source_uids),
    ):
        for chunk in chunked(ids, MAX_SQL_PARAMETERS):
            model.update({column: target}).where(model.id.in_(chunk)).execute()


def unmerge(record: MergeRecord, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Undo :func:`merge`: the other contact comes back from the trash with everything that was moved."""
    with database.atomic():
        Contact.update(deleted_at=None).where(Contact.id == record.other_id).execute()
        _move(record, to_keep=False)
        for interaction_id in record.self_introductions:
            owner = Interaction.select(Interaction.contact).where(Interaction.id == interaction_id).scalar()
            partner = record.keep_id if owner == record.other_id else record.other_id
            Interaction.update(other_contact=partner).where(Interaction.id == interaction_id).execute()
        update_contact(record.keep_id, record.keep_before, clock=clock)
        if record.research is not None:
            contact_research.restore(record.research, clock=clock)
        for contact_id in (record.keep_id, record.other_id):
            followup_rules.contact_activity_changed(contact_id, clock)
