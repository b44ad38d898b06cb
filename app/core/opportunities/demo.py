"""The job search in the demo data (issue 22): a realistic pipeline — a dozen opportunities at every stage, most of
them through people, with their stage history, interview rounds (one tomorrow), the people involved, and résumé and
cover-letter versions (small PDF files in the data folder) sent for them.

Like :mod:`app.core.demo.coach` it runs after the rest of the demo data with its own random generator, goes through
the services the app uses (so the rules make the follow-ups: an overdue check-in, tomorrow's preparation, the
referrers to update…) and does not grow with the number of contacts. :func:`bulk` writes thousands of plain
opportunities at once for the benchmarks.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Sequence
from pathlib import Path

from peewee import fn

from app.core.clock import Clock
from app.core.followups.rule_store import in_chunks
from app.core.opportunities import documents, rules, service
from app.core.opportunities.interviews import InterviewData, add_interview
from app.core.opportunities.service import OpportunityData, Person
from app.core.opportunities.transfer import data_dir_of_database
from app.models import (
    OPPORTUNITY_SOURCES,
    Company,
    Contact,
    FollowUp,
    Interaction,
    Interview,
    Opportunity,
    OpportunityContact,
    OpportunityStage,
    new_uid,
)

# (role, source, target company?, moves as (stage, days ago), interviews as (days from today, hour), roles wanted,
#  salary notes, notes)
PIPELINE = (
    (
        "Operations manager",
        "referral",
        True,
        (("applied", 20), ("screening", 12)),
        ((-5, 10), (1, 14)),
        ("referrer", "hiring_manager", "interviewer"),
        "Range 68–75k; ask about the night-shift premium.",
        "Two sites, 40 people. They want someone who fixed on-time delivery before — lead with the Springfield "
        "turnaround.",
    ),
    (
        "Warehouse operations manager",
        "contact",
        True,
        (("applied", 35), ("screening", 28), ("offer", 3)),
        ((-21, 11), (-14, 9)),
        ("contact", "recruiter", "interviewer"),
        "Offer: 72k + 8% bonus, 27 days off. Answer by Friday.",
        "Offer in hand. Compare with the Operations manager role before answering.",
    ),
    ("Logistics manager", "job_board", False, (("applied", 9),), (), ("recruiter",), "", "Applied through the board."),
    ("Supply chain analyst", "cold", False, (("applied", 40), ("rejected", 18)), (), (), "", ""),
    (
        "Head of fulfilment",
        "referral",
        True,
        (("interested", 3),),
        (),
        ("referrer",),
        "",
        "Not posted yet — ask for a conversation with the head of operations first.",
    ),
    (
        "Planning manager",
        "recruiter",
        False,
        (("applied", 11), ("screening", 4)),
        (),
        ("recruiter",),
        "Recruiter says 65–70k.",
        "",
    ),
    ("Customer operations lead", "job_board", False, (("applied", 16),), (), (), "", ""),
    (
        "Operations lead",
        "referral",
        True,
        (("applied", 50), ("rejected", 30)),
        ((-38, 15),),
        ("referrer", "interviewer"),
        "",
        "They chose an internal candidate; asked to stay in touch for the next opening.",
    ),
    ("Fleet coordinator", "cold", False, (("applied", 33), ("withdrawn", 25)), (), (), "", "Too far to commute."),
    (
        "Distribution centre manager",
        "contact",
        False,
        (("applied", 80), ("screening", 74), ("offer", 65), ("declined", 60)),
        ((-70, 10),),
        ("contact", "hiring_manager"),
        "Offered 61k — below the range.",
        "",
    ),
    ("Project manager, logistics", "job_board", False, (("interested", 1),), (), (), "", ""),
    ("Inventory control manager", "recruiter", False, (("applied", 6),), (), ("recruiter",), "", ""),
    (
        "Site operations manager",
        "referral",
        True,
        (("interested", 15),),
        (),
        ("referrer",),
        "",
        "Referred by a former colleague who works there.",
    ),
)
FORMATS = ("video", "onsite", "phone")
RESUME_LINES = (
    "Sam Rivera — Operations manager",
    "Warehouses that ship on time: 98% on-time delivery across two sites.",
    "Experience: Operations manager, Example Freight (2019–2025); Shift lead, Coho Retail (2014–2019).",
)


def _pdf(lines: Sequence[str]) -> bytes:
    """A small, valid one-page PDF showing ``lines`` (Latin-1 text)."""
    text = (
        "BT /F1 12 Tf 56 780 Td 16 TL "
        + " ".join(
            "("
            + line.encode("latin-1", "replace")
            .decode("latin-1")
            .replace("\\", "\\\\")
            .replace("(", "\\(")
            .replace(")", "\\)")
            + ") Tj T*"
            for line in lines
        )
        + " ET"
    )
    stream = text.encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _companies(rng: random.Random) -> tuple[list[str], list[str]]:
    targets = [n for (n,) in Company.select(Company.name).where(Company.is_target).order_by(Company.id).tuples()]
    others = [n for (n,) in Company.select(Company.name).where(~Company.is_target).order_by(Company.id).tuples()]
    rng.shuffle(targets)
    rng.shuffle(others)
    return targets, others


def _people_at(company: str, ids: set[int], k: int, rng: random.Random) -> list[int]:
    found = [
        cid
        for (cid,) in Contact.select(Contact.id)
        .join(Company, on=(Contact.company == Company.id))
        .where(Company.name == company, Contact.deleted_at.is_null())
        .order_by(Contact.id)
        .limit(200)
        .tuples()
        if cid in ids
    ]
    return rng.sample(found, k=min(k, len(found)))


def _friends(ids: set[int], rng: random.Random) -> list[int]:
    found = [
        cid
        for (cid,) in Contact.select(Contact.id)
        .where(Contact.stage.in_(("talked", "met", "ally")), Contact.deleted_at.is_null())
        .order_by(Contact.id)
        .limit(3000)
        .tuples()
        if cid in ids
    ]
    rng.shuffle(found)
    return found


def generate(seed: int, contact_ids: Sequence[int], clock: Clock) -> int:
    """Add the demo pipeline for ``contact_ids`` (the people just made); returns how many opportunities."""
    ids = set(contact_ids)
    if not ids:
        return 0
    rng = random.Random(f"{seed}:opportunities")
    today, now = clock.today(), clock.now()
    last_followup = FollowUp.select(fn.MAX(FollowUp.id)).scalar() or 0
    last_interaction = Interaction.select(fn.MAX(Interaction.id)).scalar() or 0
    targets, others = _companies(rng)
    everyone = [*targets, *others]
    friends = _friends(ids, rng)
    made: list[tuple[int, str]] = []
    for role, source, on_target, moves, interviews, roles, salary, notes in PIPELINE:
        pool = targets if on_target and targets else others or targets
        company = pool.pop() if pool else rng.choice(everyone) if everyone else "Example Freight"
        first_stage, first_ago = moves[0]
        people: list[Person] = []
        inside = _people_at(company, ids, 3, rng)
        for wanted in roles:
            if wanted in ("referrer", "contact") and friends:
                people.append(Person(friends.pop(), wanted))
            elif wanted in ("hiring_manager", "recruiter") and inside:
                people.append(Person(inside.pop(), wanted))
        interviewers = inside[:2] if "interviewer" in roles else []
        opp = service.create_opportunity(
            OpportunityData(
                company=company,
                role=role,
                posting_url=f"https://jobs.example.com/{rng.randrange(10_000, 99_999)}",
                location=rng.choice(("Springfield", "Springfield (hybrid)", "Shelbyville", "Remote")),
                source=source,
                salary_notes=salary,
                notes=notes,
            ),
            stage=first_stage,
            day=today - dt.timedelta(days=first_ago),
            people=people,
            clock=clock,
            uid=_uid(rng),
        )
        steps = [("move", stage, today - dt.timedelta(days=ago)) for stage, ago in moves[1:]]
        steps += [
            ("interview", None, dt.datetime.combine(_weekday(today + dt.timedelta(days=days), today), dt.time(hour)))
            for days, hour in interviews
        ]
        steps.sort(key=lambda s: s[2] if isinstance(s[2], dt.datetime) else dt.datetime.combine(s[2], dt.time(8)))
        for index, (what, stage, when) in enumerate(steps):
            if what == "move":
                service.move(opp.id, stage, day=when, clock=clock)
            else:
                who = interviewers[: 1 + index % 2] if interviewers else []
                add_interview(
                    opp.id,
                    InterviewData(
                        when,
                        duration_minutes=rng.choice((45, 60, 90)),
                        format=rng.choice(FORMATS),
                        location="" if index % 2 else f"{company}, main office",
                        notes="Panel: ask about the first 90 days." if when > now else "",
                    ),
                    who,
                    clock=clock,
                    uid=_uid(rng),
                )
        made.append((opp.id, opp.stage))
    data_dir = data_dir_of_database(Contact._meta.database)
    if data_dir is not None:
        _documents(data_dir, made, rng, clock)
    # What a diligent job seeker already did: the follow-ups of more than a few days ago are done.
    FollowUp.update(status="done", completed_at=FollowUp.due, updated_at=now).where(
        FollowUp.kind.in_(rules.KINDS), FollowUp.status == "open", FollowUp.due < today - dt.timedelta(days=3)
    ).execute()
    # The services gave the follow-ups and interactions they made random UIDs; demo data is the same for a seed.
    for model, after in ((FollowUp, last_followup), (Interaction, last_interaction)):
        new = [row_id for (row_id,) in model.select(model.id).where(model.id > after).order_by(model.id).tuples()]
        model._meta.database.cursor().executemany(
            f"UPDATE {model._meta.table_name} SET uid = ? WHERE id = ?", [(_uid(rng), i) for i in new]
        )
    return len(made)


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _weekday(day: dt.date, today: dt.date) -> dt.date:
    """Interviews fall on working days: a weekend day moves to the Friday before (past) or the Monday after."""
    while day.weekday() >= 5:
        day += dt.timedelta(days=1 if day >= today else -1)
    return day


def _documents(data_dir: Path, made: list[tuple[int, str]], rng: random.Random, clock: Clock) -> None:
    today = clock.today()
    resume = None
    versions = []
    for number, ago in enumerate((90, 45, 12), start=1):
        lines = [*RESUME_LINES, f"Version {number}: tailored for operations roles."]
        version = documents.add_bytes(
            data_dir,
            _pdf(lines),
            f"Sam Rivera CV v{number}.pdf",
            name="Résumé — operations",
            kind="resume",
            document_id=resume,
            uid=_uid(rng) if resume is None else None,
            note=("First version", "Shorter, with numbers", "Leads with on-time delivery")[number - 1],
            clock=clock,
        )
        resume = version.document_id
        versions.append((version.id, today - dt.timedelta(days=ago)))
    letter = documents.add_bytes(
        data_dir,
        _pdf(["Dear hiring manager,", "I keep warehouses shipping on time, and I would like to do it for you."]),
        "Cover letter.pdf",
        name="Cover letter — logistics",
        kind="cover_letter",
        clock=clock,
        uid=_uid(rng),
    )
    for opp_id, stage in made:
        opp = Opportunity.get_by_id(opp_id)
        if stage == "interested":
            continue
        applied = (
            OpportunityStage.select(OpportunityStage.day)
            .where(OpportunityStage.opportunity == opp_id)
            .order_by(OpportunityStage.day)
            .scalar()
        )
        applied = dt.date.fromisoformat(str(applied)[:10])
        usable = [vid for vid, since in versions if since <= applied]
        if not usable:
            continue
        documents.record_sent(usable[-1], opportunity_id=opp_id, day=applied, log_on_timeline=False, clock=clock)
        if opp.source in ("referral", "contact") and rng.random() < 0.8:
            documents.record_sent(letter.id, opportunity_id=opp_id, day=applied, log_on_timeline=False, clock=clock)
        referrer = (
            OpportunityContact.select(OpportunityContact.contact)
            .where(OpportunityContact.opportunity == opp_id, OpportunityContact.role.in_(("referrer", "contact")))
            .scalar()
        )
        if referrer is not None:
            recent = (today - applied).days <= 14
            documents.record_sent(
                usable[-1],
                opportunity_id=opp_id,
                contact_id=referrer,
                day=applied,
                log_on_timeline=recent,
                clock=clock,
            )


def bulk(count: int, seed: int, clock: Clock) -> int:
    """``count`` plain opportunities written at once (benchmarks): spread over the stages and sources, each with its
    history, a few people and some interviews; then one rules pass. Returns how many."""
    rng = random.Random(f"{seed}:bulk-opportunities")
    now = clock.now()
    today = now.date()
    companies = [c for (c,) in Company.select(Company.id).order_by(Company.id).limit(2000).tuples()]
    contacts = [c for (c,) in Contact.select(Contact.id).where(Contact.deleted_at.is_null()).tuples()]
    if not companies:
        companies = [Company.create(name="Example Freight").id]
    paths = (
        ("interested",),
        ("applied",),
        ("applied", "rejected"),
        ("applied", "screening"),
        ("applied", "screening", "interviewing"),
        ("applied", "screening", "interviewing", "rejected"),
        ("applied", "interviewing", "offer"),
        ("applied", "interviewing", "offer", "accepted"),
        ("applied", "withdrawn"),
    )
    rows, history, people, interviews = [], [], [], []
    first = (Opportunity.select(Opportunity.id).order_by(Opportunity.id.desc()).scalar() or 0) + 1
    for oid in range(first, first + count):
        path = rng.choice(paths)
        day = today - dt.timedelta(days=rng.randrange(len(path) * 8, 400))
        for stage in path:
            history.append({"opportunity": oid, "stage": stage, "day": day, "note": "", "created_at": now})
            last = (stage, day)
            day = min(today, day + dt.timedelta(days=rng.randrange(2, 20)))
        rows.append(
            {
                "id": oid,
                "uid": new_uid(),
                "company": rng.choice(companies),
                "role": rng.choice(PIPELINE)[0],
                "posting_url": "",
                "location": "",
                "source": rng.choice(OPPORTUNITY_SOURCES),
                "stage": last[0],
                "stage_since": last[1],
                "salary_notes": "",
                "notes": "",
                "created_at": now,
                "updated_at": now,
            }
        )
        if contacts:
            for role in rng.sample(("referrer", "contact", "recruiter", "hiring_manager"), k=rng.randrange(0, 3)):
                people.append(
                    {"opportunity": oid, "contact": rng.choice(contacts), "role": role, "note": "", "created_at": now}
                )
        if "interviewing" in path:
            start = dt.datetime.combine(last[1], dt.time(10))
            interviews.append(
                {
                    "uid": new_uid(),
                    "opportunity": oid,
                    "round": 1,
                    "starts_at": start,
                    "duration_minutes": 60,
                    "format": "video",
                    "location": "",
                    "notes": "",
                    "created_at": now,
                }
            )
    for model, batch in ((Opportunity, rows), (OpportunityStage, history), (OpportunityContact, people)):
        for chunk in in_chunks(batch, 200):
            model.insert_many(chunk).execute()
    for chunk in in_chunks(interviews, 200):
        Interview.insert_many(chunk).execute()
    rules.run_all(clock)
    return count
