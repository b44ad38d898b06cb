"""The coach's part of the demo data: a few weeks of gives and introductions, recent rehearsals, meetings planned
for the coming days with research notes — so Insights, the weekly goals and meeting prep have something to show.

Runs after the rest of :mod:`app.core.demo.contacts` with its own random generator (the people, interactions and
follow-ups made before stay exactly what they were for a seed), through the same services the app uses (the rules
make the follow-ups), and is deterministic for a seed and a clock. Its size does not grow with the number of
contacts: a demo of 50 000 people gets the same handful.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Sequence

from app.core.clock import Clock
from app.core.coach import introductions, ledger
from app.core.contacts import research
from app.core.contacts.interactions import log_interaction
from app.models import Company, Contact, FollowUp, Interaction, Pitch, Rehearsal

WEEKS = 12
INTRODUCTIONS = 8
GIVES = (
    ("Shared: the regional logistics salary survey", True),
    ("Shared: a talk on warehouse robotics at the library", True),
    ("Offered advice: a second look at their CV", False),
    ("Shared: the job board of the logistics association", True),
    ("Offered advice: how I prepared for panel interviews", True),
    ("Shared: an article on last-mile delivery", True),
    ("Introduced them to a recruiter I trust", True),
    ("Offered advice: tips for their first 90 days", False),
)
REASONS = (
    "both of you are rebuilding warehouse planning",
    "you both moved from retail into logistics",
    "one of you is hiring and the other knows everyone in the field",
    "you share a soft spot for data and forklifts",
)
PLANNED = (
    ("coffee", 1, (9, 30), "Coffee at the station café"),
    ("lunch", 2, (12, 30), "Lunch near their office"),
    ("call", 4, (16, 0), "Call about their team"),
)
NOTES = (
    "{company} is opening a new distribution centre in the spring — ask what it means for their team.\n"
    "They posted about night-shift scheduling last month; I solved the same problem at my last job."
)


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _pick(rng: random.Random, ids: Sequence[int], stages: tuple[str, ...], k: int, *, with_company=False) -> list[int]:
    query = Contact.select(Contact.id).where(Contact.id.in_(list(ids)), Contact.stage.in_(stages))
    if with_company:
        query = query.where(Contact.company.is_null(False), Contact.why_connect != "")
    candidates = [cid for (cid,) in query.order_by(Contact.id).limit(2000).tuples()]
    return rng.sample(candidates, k=min(k, len(candidates)))


def generate(seed: int, ids: Sequence[int], clock: Clock) -> None:
    """Add the coach's demo data for the contacts ``ids`` (in the caller's transaction)."""
    if len(ids) < 4:
        return
    rng = random.Random(seed * 7919 + 10)
    now = clock.now()
    today = now.date()
    last_followup = FollowUp.select(FollowUp.id).order_by(FollowUp.id.desc()).scalar() or 0
    last_interaction = Interaction.select(Interaction.id).order_by(Interaction.id.desc()).scalar() or 0
    monday = today - dt.timedelta(days=today.weekday())
    people = _pick(rng, ids, ("talked", "met", "ally"), 60) or list(ids)[:60]
    # Gives: most weeks two or three, a slower week now and then.
    for back in range(WEEKS - 1, -1, -1):
        start = monday - dt.timedelta(weeks=back)
        count = rng.choice((1, 2, 2, 3, 3, 2)) if back else 1
        for _ in range(count):
            when = dt.datetime.combine(start + dt.timedelta(days=rng.randrange(0, 5)), dt.time(rng.randrange(9, 18)))
            if when > now:
                when = now - dt.timedelta(hours=1)
            what, done = rng.choice(GIVES)
            ledger.add_entry(rng.choice(people), "gave", what, when=when, done=done, clock=clock)
    # Introductions between people I know well, over the last ten weeks.
    pairs = _pick(rng, ids, ("met", "ally"), INTRODUCTIONS * 2)
    for index in range(0, len(pairs) - 1, 2):
        when = now - dt.timedelta(days=rng.randrange(3, 70), hours=rng.randrange(0, 6))
        introduced = introductions.introduce(
            pairs[index], pairs[index + 1], why=rng.choice(REASONS), when=when, clock=clock
        )
        for item in introductions.check_in_followups(introduced):
            if (today - item.due).days > 4:
                completed = dt.datetime.combine(item.due, dt.time(10)) + dt.timedelta(days=rng.randrange(0, 3))
                item.status, item.completed_at = "done", min(completed, now - dt.timedelta(hours=1))
                item.save()
    # Rehearsals of the recruiter pitch these last weeks, settling on the target.
    pitch = Pitch.select().where(Pitch.target_seconds == 30).order_by(Pitch.id.desc()).first()
    if pitch is not None:
        words = len(pitch.body.split())
        for back in (3, 2, 1, 0):
            for _ in range(rng.choice((2, 3, 4)) if back else 1):
                started = dt.datetime.combine(
                    monday - dt.timedelta(weeks=back) + dt.timedelta(days=rng.randrange(0, 5)),
                    dt.time(rng.randrange(7, 21), rng.choice((0, 15, 30, 45))),
                )
                if started > now:
                    started = now - dt.timedelta(hours=2)
                seconds = pitch.target_seconds * rng.uniform(0.86, 1.02)
                Rehearsal.create(
                    pitch=pitch,
                    started_at=started,
                    duration_ms=int(seconds * 1000),
                    words=words,
                    wpm=round(words / seconds * 60, 1),
                    self_rating=rng.choice((3, 4, 4, 5)),
                )
    # Meetings planned for the coming days, the first one researched already.
    guests = _pick(rng, ids, ("connected", "talked"), len(PLANNED), with_company=True)
    for index, (cid, (kind, days, (hour, minute), summary)) in enumerate(zip(guests, PLANNED, strict=False)):
        when = dt.datetime.combine(today + dt.timedelta(days=days), dt.time(hour, minute))
        log_interaction(cid, kind, when=when, summary=summary, clock=clock)
        if index == 0:
            company = (
                Company.select(Company.name)
                .join(Contact, on=(Contact.company == Company.id))
                .where(Contact.id == cid)
                .scalar()
                or "Their company"
            )
            research.save(cid, research.Research(NOTES.format(company=company)), clock=clock)
    # New rows got random UIDs (the services make them); demo data must be the same for the same seed.
    for model, after in ((Interaction, last_interaction), (FollowUp, last_followup)):
        new = [row_id for (row_id,) in model.select(model.id).where(model.id > after).order_by(model.id).tuples()]
        table = model._meta.table_name
        model._meta.database.cursor().executemany(
            f"UPDATE {table} SET uid = ? WHERE id = ?", [(_uid(rng), i) for i in new]
        )
