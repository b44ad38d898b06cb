"""Realistic fictional data for demos, screenshots, tests and benchmarks (`rapport demo-data`).

Deterministic for a seed and a clock: the same call gives the same people, companies, interactions, follow-ups,
pitches and rehearsals. Every email uses reserved example domains and every phone number the 555-01xx fictional
range, so nothing here can reach a real person. Written with bulk inserts in one transaction: 50 000 contacts take
a few seconds.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts import search_index_bulk
from app.core.contacts.stages import STAGE_OF_KIND
from app.core.demo import followups as demo_followups
from app.core.demo.names import COMPANY_STEMS, COMPANY_SUFFIXES, FAMILY_NAMES, GIVEN_NAMES, TITLES
from app.core.demo.texts import HOW_MET, PITCHES, SUMMARIES, WHY_CONNECT
from app.models import (
    Circle,
    Company,
    Contact,
    ContactCircle,
    ContactEmail,
    ContactPhone,
    FollowUp,
    Interaction,
    LedgerEntry,
    Opportunity,
    Pitch,
    PitchContact,
    PitchRevision,
    Profile,
    Rehearsal,
)


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`generate` wrote: the rows it added to each table (counted, so it matches what an export of an
    otherwise empty folder lists)."""

    contacts: int
    companies: int
    interactions: int
    followups: int
    pitches: int
    rehearsals: int
    ledger: int = 0
    opportunities: int = 0

    def sentence(self) -> str:
        def n(count: int, one: str, many: str) -> str:
            return f"{count:,} {one if count == 1 else many}"

        return ", ".join(
            (
                n(self.contacts, "contact", "contacts"),
                n(self.companies, "company", "companies"),
                n(self.interactions, "interaction", "interactions"),
                n(self.ledger, "ledger entry", "ledger entries"),
                n(self.followups, "follow-up", "follow-ups"),
                n(self.pitches, "pitch", "pitches"),
                n(self.rehearsals, "rehearsal", "rehearsals"),
                n(self.opportunities, "opportunity", "opportunities"),
            )
        )


# What counts as the user's own data: a folder holding any of these is not a place for fictional people.
USER_DATA = (Contact, Interaction, FollowUp, LedgerEntry, Pitch, Rehearsal, Company, Opportunity)


def _counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in USER_DATA}


def has_user_data() -> bool:
    """Whether the open database holds anything of the user's (contacts, trash included, interactions,
    follow-ups, the ledger, pitches, rehearsals, companies, a filled-in profile); the seeded circles, templates
    and settings do not count."""
    if any(model.select().exists() for model in USER_DATA):
        return True
    return Profile.select().where(Profile.name != "").exists()


def _chunks(rows: Iterable[dict[str, Any]], size: int = 500) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(model, rows: Iterable[dict[str, Any]]) -> int:
    count = 0
    for batch in _chunks(rows):
        model.insert_many(batch).execute()
        count += len(batch)
    return count


def _uuid(rng: random.Random) -> str:
    """A version-4 UUID drawn from ``rng``, so demo data is the same for the same seed."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _slug(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def generate(
    contacts: int = 200,
    seed: int = 1,
    clock: Clock = SYSTEM_CLOCK,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Add ``contacts`` fictional people (and everything around them) to the open database, in one transaction."""
    if contacts < 0:
        raise ValueError("the number of contacts cannot be negative")
    rng = random.Random(seed)
    now = clock.now().replace(microsecond=0)
    today = now.date()
    before = _counts()
    with Contact._meta.database.atomic():  # the database the models are bound to right now
        companies = _companies(rng, max(8, min(600, contacts // 25)), now)
        circles = [c.id for c in Circle.select(Circle.id).order_by(Circle.position)]
        first_id = (Contact.select(Contact.id).order_by(Contact.id.desc()).scalar() or 0) + 1
        ids = list(range(first_id, first_id + contacts))
        people = [_person(rng, cid, ids, companies, now) for cid in ids]
        _insert(Contact, ({k: v for k, v in p.items() if not k.startswith("_")} for p in people))
        if progress:
            progress(1, 4)
        _insert(ContactEmail, _emails(rng, people))
        _insert(ContactPhone, _phones(rng, people))
        if circles:
            _insert(ContactCircle, _memberships(rng, ids, circles))
        if progress:
            progress(2, 4)
        _insert(Interaction, _interactions(rng, people, now, random.Random(f"{seed}:conversations")))
        _insert(LedgerEntry, _ledger(rng, ids, now))
        demo_followups.generate(rng, first_id, today, now, clock)
        if progress:
            progress(3, 4)
        _pitches(rng, ids, now)
        _profile()
        from app.core.demo import coach as demo_coach  # the services it uses are not needed to open the main window

        demo_coach.generate(seed, ids, clock)
        from app.core.opportunities import demo as demo_opportunities  # the job search (issue 22)

        demo_opportunities.generate(seed, ids, clock)
        # The bulk inserts left the search index in many segments (17 at 200k contacts); merged, as an import merges
        # it, the contact list walks names with one seek per name instead of one per segment (issue 21 item 3).
        search_index_bulk.merge_segments()
        after = _counts()
    if progress:
        progress(4, 4)
    added = {name: after[name] - before[name] for name in after}
    return DemoSummary(
        contacts=added["Contact"],
        companies=added["Company"],
        interactions=added["Interaction"],
        followups=added["FollowUp"],
        pitches=added["Pitch"],
        rehearsals=added["Rehearsal"],
        ledger=added["LedgerEntry"],
        opportunities=added["Opportunity"],
    )


def _companies(rng: random.Random, count: int, now: dt.datetime) -> list[tuple[int, str]]:
    names: list[str] = []
    seen = {name.lower() for (name,) in Company.select(Company.name).tuples()}
    while len(names) < count:
        name = f"{rng.choice(COMPANY_STEMS)} {rng.choice(COMPANY_SUFFIXES)}"
        if name.lower() not in seen:
            seen.add(name.lower())
            names.append(name)
        elif len(seen) >= len(COMPANY_STEMS) * len(COMPANY_SUFFIXES):
            break
    targets = set(rng.sample(range(len(names)), k=min(8, len(names))))
    rows = [
        {
            "name": n,
            "is_target": i in targets,
            "website": f"https://{_slug(n)}.example.com",
            "notes": "",
            "created_at": now,
            "updated_at": now,
        }
        for i, n in enumerate(names)
    ]
    _insert(Company, rows)
    return list(Company.select(Company.id, Company.name).tuples())


def _person(rng, cid: int, ids: list[int], companies, now: dt.datetime) -> dict[str, Any]:
    given, family = rng.choice(GIVEN_NAMES), rng.choice(FAMILY_NAMES)
    company_id, company = rng.choice(companies) if rng.random() < 0.85 else (None, "")
    referred_by = None
    if cid > ids[0] and rng.random() < 0.15:
        referred_by = rng.randrange(ids[0], cid)
    created = now - dt.timedelta(days=rng.randrange(1, 720), minutes=rng.randrange(0, 1440))
    stage = rng.choices(("prospect", "invited", "connected", "talked", "met", "ally"), (30, 8, 25, 18, 13, 6))[0]
    invitation = {"invited": "sent", "connected": "accepted"}.get(stage, rng.choice(("none", "none", "accepted")))
    source = rng.choices(("manual", "linkedin", "vcard", "google"), (40, 40, 10, 10))[0]
    linkedin = f"https://www.linkedin.com/in/{_slug(given)}-{_slug(family)}-{cid}" if source == "linkedin" else ""
    return {
        "id": cid,
        "uid": _uuid(rng),
        "given_name": given,
        "family_name": family,
        "display_name": f"{given} {family}",
        "company": company_id,
        "title": rng.choice(TITLES),
        "linkedin_url": linkedin,
        "how_met": rng.choice(HOW_MET),
        "why_connect": rng.choice(WHY_CONNECT),
        "notes": rng.choice(("", "", "Prefers mornings.", "Loves cycling.", "Has two kids.", "Moving to Lyon.")),
        "stage": stage,
        "invitation_status": invitation,
        "invitation_date": (created.date() if invitation != "none" else None),
        "referred_by": referred_by,
        "source": source,
        "tie": rng.choices(("close", "acquaintance", "new"), (15, 60, 25))[0],
        "created_at": created,
        "updated_at": created,
        "_company_name": company,
    }


def _emails(rng, people) -> Iterator[dict[str, Any]]:
    for p in people:
        if rng.random() < 0.9:
            local = f"{_slug(p['given_name'])}.{_slug(p['family_name'])}{p['id']}"
            yield {
                "contact": p["id"],
                "value": f"{local}@example.com",
                "label": "home",
                "is_primary": True,
                "position": 0,
            }
            if p["_company_name"] and rng.random() < 0.3:
                domain = _slug(p["_company_name"]) + ".example.org"
                yield {
                    "contact": p["id"],
                    "value": f"{_slug(p['given_name'])}@{domain}",
                    "label": "work",
                    "is_primary": False,
                    "position": 1,
                }


def _phones(rng, people) -> Iterator[dict[str, Any]]:
    for p in people:
        if rng.random() < 0.6:
            line = rng.randrange(100, 200)  # 555-0100…0199: reserved for fiction
            area = rng.choice(("202", "312", "415", "617"))
            yield {
                "contact": p["id"],
                "value": f"({area}) 555-0{line}",
                "e164": f"+1{area}5550{line}",
                "label": rng.choice(("mobile", "work", "home")),
                "is_primary": True,
                "position": 0,
            }


def _memberships(rng, ids, circles) -> Iterator[dict[str, Any]]:
    for cid in ids:
        for circle in rng.sample(circles, k=rng.choice((1, 1, 1, 2))):
            yield {"contact": cid, "circle": circle}


# A drawn conversation that the person's stage says did not happen becomes what it could have been instead (see
# _consistent_kind); a person at "talked" had calls, not coffees.
NOT_YET_TALKED = {"call": "message", "coffee": "email", "meeting": "email", "lunch": "message", "event": "message"}
IN_PERSON = ("coffee", "meeting", "lunch", "event")


def _consistent_kind(kind: str, stage: str) -> str:
    """The kind of a demo interaction that agrees with the person's stage (:mod:`app.core.contacts.stages`): nobody
    before "talked" has had a conversation, and a conversation at "talked" was a call (in person would make it
    "met")."""
    if stage in ("prospect", "invited", "connected"):
        return NOT_YET_TALKED.get(kind, kind)
    if stage == "talked" and kind in IN_PERSON:
        return "call"
    return kind


def _interaction_row(rng, cid: int, kind: str, now: dt.datetime) -> dict[str, Any]:
    when = now - dt.timedelta(days=rng.randrange(0, 420), hours=rng.randrange(0, 10))
    when = when.replace(minute=rng.choice((0, 15, 30, 45)), second=0)
    return {
        "uid": _uuid(rng),
        "contact": cid,
        "kind": kind,
        "occurred_at": when,
        "summary": rng.choice(SUMMARIES[kind]),
        "notes": "",
        "created_at": when,
        "updated_at": when,
    }


def _interactions(rng, people, now: dt.datetime, extra_rng: random.Random) -> Iterator[dict[str, Any]]:
    """About half the people have a few interactions; everyone at "talked" or beyond has had at least one
    conversation (a call at "talked", a meeting in person at "met" and "ally"), drawn from ``extra_rng`` so that
    the rest of the data stays what it was for a seed."""
    kinds = list(SUMMARIES)
    for person in people:
        cid, stage = person["id"], person["stage"]
        conversations = 0
        if rng.random() < 0.45:
            for _ in range(rng.choice((1, 1, 2, 3, 4))):
                kind = _consistent_kind(rng.choices(kinds, (20, 20, 10, 6, 6, 15, 10, 13))[0], stage)
                conversations += kind in STAGE_OF_KIND
                yield _interaction_row(rng, cid, kind, now)
        if stage in ("talked", "met", "ally") and not conversations:
            kind = "call" if stage == "talked" else extra_rng.choice(IN_PERSON[:3])
            yield _interaction_row(extra_rng, cid, kind, now)


def _ledger(rng, ids, now: dt.datetime) -> Iterator[dict[str, Any]]:
    gives = (
        "Introduced them to a recruiter I know",
        "Shared an article on warehouse robotics",
        "Sent a link to the logistics meet-up",
        "Offered feedback on their CV",
    )
    asks = ("Asked for an introduction to their hiring manager", "Asked for feedback on my target list")
    for cid in ids:
        if rng.random() < 0.12:
            direction = rng.choices(("gave", "asked", "received"), (55, 30, 15))[0]
            what = rng.choice(gives if direction != "asked" else asks)
            yield {
                "contact": cid,
                "direction": direction,
                "what": what,
                "occurred_at": now - dt.timedelta(days=rng.randrange(0, 200)),
                "done": rng.random() < 0.6,
                "notes": "",
                "created_at": now,
            }


def _pitches(rng, ids, now: dt.datetime) -> tuple[int, int]:
    """Three pitches (15, 30 and 60 s) with a few revisions and a rehearsal history that improves over time."""
    rehearsals = 0
    position = Pitch.select().count()
    for offset, (title, audience, target, body) in enumerate(PITCHES):
        created = now - dt.timedelta(days=40 - offset)
        pitch = Pitch.create(
            title=title,
            audience=audience,
            body=body,
            target_seconds=target,
            wpm=150,
            position=position + offset,
            created_at=created,
            updated_at=created,
        )
        words = len(body.split())
        draft = " ".join(body.split()[: max(5, words - 12)])
        PitchRevision.create(pitch=pitch, body=draft, saved_at=created)
        PitchRevision.create(pitch=pitch, body=body, saved_at=created + dt.timedelta(days=2))
        runs = rng.randrange(6, 12)
        for run in range(runs):
            started = created + dt.timedelta(days=2 + run * 3, hours=rng.randrange(8, 20))
            if started > now:
                break
            # Early runs are slow and long; later ones settle near the target.
            drift = (runs - run) / runs
            seconds = target * (0.9 + 0.5 * drift) + rng.uniform(-2.0, 2.0)
            Rehearsal.create(
                pitch=pitch,
                started_at=started.replace(microsecond=0),
                duration_ms=int(seconds * 1000),
                words=words,
                wpm=round(words / seconds * 60, 1),
                self_rating=max(1, min(5, round(5 - 3 * drift + rng.uniform(-0.5, 0.5)))),
                notes=rng.choice(("", "Rushed the ending", "Felt natural", "Forgot the ask")),
            )
            rehearsals += 1
        for cid in rng.sample(ids, k=min(3, len(ids))):
            PitchContact.insert(pitch=pitch, contact=cid).on_conflict_ignore().execute()
    return len(PITCHES), rehearsals


def _profile() -> None:
    me = Profile.get_me()
    if not me.name:
        me.name = "Sam Rivera"
        me.headline = "Operations manager · warehouses that ship on time"
        me.target_role = "an operations or warehouse manager role at a logistics or retail company"
        me.email = "sam.rivera@example.net"
        me.phone = "(202) 555-0147"
        me.city = "Springfield"
        me.linkedin_url = "https://www.linkedin.com/in/sam-rivera-example"
        me.save()
