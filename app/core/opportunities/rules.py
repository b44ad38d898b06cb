"""The follow-up rules of job applications (issue 22), on the engine and contract of
:mod:`app.core.followups.rules`: every follow-up carries a unique ``rule_key``, a key already closed (done or
dismissed) is never made again, a follow-up the user moved (``snoozed_until``) keeps its day, and every change of an
opportunity calls :func:`sync` in its own transaction. :func:`run_all` (at start-up and midnight, hooked into
``followup_rules.run_all``) re-evaluates them all, which is what makes the time-based nudge appear.

- ``application_check_in``: "Check in about Role at Company" (to the recruiter, hiring manager or referrer),
  N days (7) after applying, while it is still at "applied";
- ``interview_thank_you``: "Thank X for the interview (Role at Company)", one per interviewer, on the interview's
  day (+N, 0);
- ``opportunity_update``: "Tell Y how it's going at Company: news", one open per referrer, N days (1) after each
  stage change;
- ``interview_prep``: "Prepare for the Company interview (round n, day)", N days (1) before the interview; it opens
  the meeting prep sheet with the opportunity;
- ``opportunity_nudge``: "No news about Role at Company since …", N days (14) after the last thing that happened.

Keys name the opportunity by its UID (``interview_prep:opportunity:<uid>:interview:<uid>``,
``opportunity_update:opportunity:<uid>:<stage>:<day>:contact:<id>``), so the JSON import carries them over as they
are (it maps the contact ids). Rules that keep one open follow-up per opportunity (check-in, nudge) or per referrer
(update) move it to the new key when their clock restarts.

Decisions where the issue is silent:
- Like the networking rules, an event rule does not make a follow-up already more than
  :data:`~app.core.followups.rule_store.STALE_DAYS` overdue (entering last month's applications does not bury Today).
- The preparation and the nudge are never made overdue: due today at the latest when they are made. A preparation
  goes once its interview has started; a closed opportunity gets no check-in, preparation or nudge, but its
  interviewers are still thanked and the referrer still hears how it ended.
- The last thing that happened (for the nudge): the latest stage move, interview held or document sent. An
  interview still ahead means it is not quiet.
- Contacts in the trash are left out (their follow-ups are hidden anyway).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from peewee import fn

from app.core.changes import NOTHING, Changes
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.followups import titles
from app.core.followups.rule_store import RuleRun, day_of, in_chunks, is_stale
from app.core.opportunities import rule_settings
from app.core.opportunities.labels import STAGE_NEWS
from app.db import database
from app.models import (
    CLOSED_STAGES,
    Company,
    Contact,
    DocumentSent,
    FollowUp,
    Interview,
    Opportunity,
    OpportunityContact,
    OpportunityStage,
    unindexed,
)

KINDS = rule_settings.RULE_NAMES
CHECK_IN, THANK, UPDATE, PREP, NUDGE = KINDS
PER_OPPORTUNITY = (CHECK_IN, NUDGE)  # one open follow-up per opportunity, moved when the clock restarts
# Who a check-in or a preparation is addressed to, in order of preference.
CHECK_IN_ROLES = ("recruiter", "hiring_manager", "referrer", "contact")
PREP_ROLES = ("interviewer", "hiring_manager", "recruiter", "referrer", "contact")


@dataclass(frozen=True)
class Wanted:
    rule: str
    key: str
    group: str
    contact_id: int | None
    title: str
    due: dt.date
    fresh: bool = False  # never made overdue: due today at the latest when made


def key_uid(key: str) -> str:
    """The opportunity UID a rule key names (``rule:opportunity:<uid>:…``), or ''."""
    parts = key.split(":")
    return parts[2] if len(parts) > 2 and parts[1] == "opportunity" else ""


def interview_uid(key: str) -> str:
    parts = key.split(":")
    return parts[4] if len(parts) > 4 and parts[3] == "interview" else ""


def group_of(rule: str, key: str) -> str:
    """The slot a follow-up fills: one open follow-up per group."""
    uid = key_uid(key)
    if rule in PER_OPPORTUNITY:
        return f"{rule}:{uid}"
    if rule == UPDATE:
        return f"{rule}:{uid}:{key.rsplit(':', 1)[-1]}"
    return key


def open_followups_of(uid: str) -> list[FollowUp]:
    """The open rule follow-ups of the opportunity with ``uid`` (range scans of the unique rule-key index)."""
    rows: list[FollowUp] = []
    for rule in KINDS:
        prefix = f"{rule}:opportunity:{uid}:"
        rows += list(
            FollowUp.select().where(  # the rule-key index, not the status one (no planner statistics)
                FollowUp.rule_key >= prefix, FollowUp.rule_key < prefix[:-1] + ";", unindexed(FollowUp.status) == "open"
            )
        )
    return rows


def opportunity_of_followup(followup_id: int) -> int | None:
    """The opportunity a follow-up was made for (its rule key names it), or None."""
    key = FollowUp.select(FollowUp.rule_key).where(FollowUp.id == followup_id).scalar()
    uid = key_uid(key or "") if (key or "").split(":", 1)[0] in KINDS else ""
    if not uid:
        return None
    return Opportunity.select(Opportunity.id).where(Opportunity.uid == uid).scalar()


def interview_of_followup(followup_id: int) -> int | None:
    key = FollowUp.select(FollowUp.rule_key).where(FollowUp.id == followup_id).scalar() or ""
    uid = interview_uid(key)
    return Interview.select(Interview.id).where(Interview.uid == uid).scalar() if uid else None


# --- what the rules want -------------------------------------------------------------------------------------------
@dataclass
class _Opp:
    id: int
    uid: str
    role: str
    company: str
    stage: str
    since: dt.date
    created: dt.date
    people: list[tuple[int, str, int | None, str]]  # (contact, role, interview, name) of live contacts
    interviews: list[tuple[int, str, int, dt.datetime]]  # (id, uid, round, starts_at)
    last_move: tuple[str, dt.date] | None = None
    last_sent: dt.date | None = None


def _as_date(value) -> dt.date:
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return day_of(value)


def _load(ids: Sequence[int] | None) -> list[_Opp]:
    query = Opportunity.select(
        Opportunity.id,
        Opportunity.uid,
        Opportunity.role,
        Company.name,
        Opportunity.stage,
        Opportunity.stage_since,
        Opportunity.created_at,
    ).join(Company, on=(Opportunity.company == Company.id))
    opps: dict[int, _Opp] = {}
    for chunk in in_chunks(list(ids)) if ids is not None else [None]:
        part = query if chunk is None else query.where(Opportunity.id.in_(chunk))
        for oid, uid, role, company, stage, since, created in part.tuples():
            opps[oid] = _Opp(oid, uid, role, company, stage, _as_date(since), _as_date(created), [], [])
    if not opps:
        return []
    chunks = in_chunks(sorted(opps)) if ids is not None else [None]
    for chunk in chunks:

        def only(q, column, chunk=chunk):
            return q if chunk is None else q.where(column.in_(chunk))

        people = (
            OpportunityContact.select(
                OpportunityContact.opportunity,
                OpportunityContact.contact,
                OpportunityContact.role,
                OpportunityContact.interview,
                Contact.display_name,
            )
            .join(Contact, on=(OpportunityContact.contact == Contact.id))
            .where(Contact.deleted_at.is_null())
            .order_by(OpportunityContact.id)
        )
        for oid, cid, role, interview, name in only(people, OpportunityContact.opportunity).tuples():
            if oid in opps:
                opps[oid].people.append((cid, role, interview, name))
        interviews = Interview.select(
            Interview.opportunity, Interview.id, Interview.uid, Interview.round, Interview.starts_at
        ).order_by(Interview.starts_at, Interview.id)
        for oid, iid, iuid, number, starts in only(interviews, Interview.opportunity).tuples():
            if oid in opps:
                opps[oid].interviews.append((iid, iuid, number, starts))
        moves = OpportunityStage.select(
            OpportunityStage.opportunity, OpportunityStage.stage, OpportunityStage.day
        ).order_by(OpportunityStage.opportunity, OpportunityStage.day, OpportunityStage.id)
        for oid, stage, day in only(moves, OpportunityStage.opportunity).tuples():
            if oid in opps:
                opps[oid].last_move = (stage, _as_date(day))
        sent = DocumentSent.select(DocumentSent.opportunity, fn.MAX(DocumentSent.sent_on)).group_by(
            DocumentSent.opportunity
        )
        for oid, day in only(sent.where(DocumentSent.opportunity.is_null(False)), DocumentSent.opportunity).tuples():
            if oid in opps and day is not None:
                opps[oid].last_sent = _as_date(day)
    return list(opps.values())


def _first(opp: _Opp, roles: Iterable[str], interview: int | None = None) -> tuple[int, str] | None:
    for wanted in roles:
        for cid, role, linked, name in opp.people:
            if role == wanted and (interview is None or role != "interviewer" or linked == interview):
                return cid, name
    return None


def _wanted(opp: _Opp, settings, today: dt.date, now: dt.datetime) -> list[Wanted]:
    out: list[Wanted] = []
    closed = opp.stage in CLOSED_STAGES
    if opp.stage == "applied" and settings.is_on(CHECK_IN):
        due = opp.since + dt.timedelta(days=settings.offset(CHECK_IN))
        who = _first(opp, CHECK_IN_ROLES)
        title = (
            titles.title("application_check_in_with", role=opp.role, company=opp.company, name=who[1])
            if who
            else titles.title("application_check_in", role=opp.role, company=opp.company)
        )
        out.append(
            Wanted(
                CHECK_IN,
                f"{CHECK_IN}:opportunity:{opp.uid}:{opp.since.isoformat()}",
                f"{CHECK_IN}:{opp.uid}",
                who[0] if who else None,
                title,
                due,
            )
        )
    for iid, iuid, number, starts in opp.interviews:
        day = starts.date()
        if settings.is_on(THANK):
            for cid, role, linked, name in opp.people:
                if role == "interviewer" and linked == iid:
                    key = f"{THANK}:opportunity:{opp.uid}:interview:{iuid}:contact:{cid}"
                    title = titles.title("interview_thank_you", name=name, role=opp.role, company=opp.company)
                    out.append(Wanted(THANK, key, key, cid, title, day + dt.timedelta(days=settings.offset(THANK))))
        if settings.is_on(PREP) and not closed and starts > now:
            who = _first(opp, PREP_ROLES, iid)
            key = f"{PREP}:opportunity:{opp.uid}:interview:{iuid}"
            title = titles.title("interview_prep", company=opp.company, round=number, day=day)
            due = day - dt.timedelta(days=settings.offset(PREP))
            out.append(Wanted(PREP, key, key, who[0] if who else None, title, max(due, min(today, day)), fresh=True))
    if settings.is_on(UPDATE) and opp.last_move is not None and opp.last_move[0] in STAGE_NEWS:
        stage, day = opp.last_move
        for cid, role, _linked, name in opp.people:
            if role != "referrer":
                continue
            key = f"{UPDATE}:opportunity:{opp.uid}:{stage}:{day.isoformat()}:contact:{cid}"
            title = titles.title("opportunity_update", name=name, company=opp.company, news=STAGE_NEWS[stage])
            due = day + dt.timedelta(days=settings.offset(UPDATE))
            out.append(Wanted(UPDATE, key, f"{UPDATE}:{opp.uid}:{cid}", cid, title, due))
    if settings.is_on(NUDGE) and not closed:
        held = [s.date() for _i, _u, _n, s in opp.interviews if s <= now]
        ahead = any(s > now for _i, _u, _n, s in opp.interviews)
        if not ahead:
            last = max([opp.since, *held, *([opp.last_sent] if opp.last_sent else [])])
            due = last + dt.timedelta(days=settings.offset(NUDGE))
            if opp.stage == "interested":
                title = titles.title("opportunity_nudge_interested", role=opp.role, company=opp.company)
            else:
                title = titles.title("opportunity_nudge", role=opp.role, company=opp.company, day=last)
            who = _first(opp, CHECK_IN_ROLES)
            out.append(
                Wanted(
                    NUDGE,
                    f"{NUDGE}:opportunity:{opp.uid}:{last.isoformat()}",
                    f"{NUDGE}:{opp.uid}",
                    who[0] if who else None,
                    title,
                    due,
                    fresh=True,
                )
            )
    return out


# --- reconciling ---------------------------------------------------------------------------------------------------
_FIELDS = (
    FollowUp.id,
    FollowUp.rule,
    FollowUp.rule_key,
    FollowUp.status,
    FollowUp.title,
    FollowUp.due,
    FollowUp.original_due,
    FollowUp.snoozed_until,
    FollowUp.contact,
    FollowUp.created_at,
    FollowUp.title_key,
)


def _existing(uids: set[str] | None) -> list[tuple]:
    """Rule follow-ups of the opportunities ``uids`` (None: all): by key range per opportunity, or by kind."""
    if uids is None:
        query = FollowUp.select(*_FIELDS).where(FollowUp.kind.in_(KINDS), FollowUp.rule.in_(KINDS))
        return list(query.tuples())
    rows = []
    for uid in sorted(uids):
        for rule in KINDS:
            prefix = f"{rule}:opportunity:{uid}:"
            query = FollowUp.select(*_FIELDS).where(FollowUp.rule_key >= prefix, FollowUp.rule_key < prefix[:-1] + ";")
            rows += list(query.tuples())
    return rows


def _reconcile(wanted: list[Wanted], existing: list[tuple], today: dt.date, now: dt.datetime) -> RuleRun:
    by_group: dict[str, list[tuple]] = defaultdict(list)
    closed_keys: set[str] = set()
    for row in existing:
        fid, rule, key, status, *_rest = row
        if status == "open":
            by_group[group_of(rule, key)].append(row)
        else:
            closed_keys.add(key)
    created = updated = removed = 0
    to_delete: list[int] = []
    to_create: list[dict] = []
    seen_groups: set[str] = set()
    for want in wanted:
        if want.group in seen_groups:
            continue
        seen_groups.add(want.group)
        opens = by_group.pop(want.group, [])
        if want.key in closed_keys:
            to_delete += [row[0] for row in opens]
            continue
        keeper = next((row for row in opens if row[2] == want.key), None) or (opens[0] if opens else None)
        to_delete += [row[0] for row in opens if row is not keeper]
        if keeper is None:
            due = want.due
            if want.fresh:
                due = max(due, today)
            elif is_stale(due, today):
                continue
            to_create.append(
                {
                    "contact": want.contact_id,
                    **titles.columns(want.title),
                    "kind": want.rule,
                    "due": due,
                    "original_due": due,
                    "status": "open",
                    "rule": want.rule,
                    "rule_key": want.key,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            continue
        fid, _rule, key, _status, title, due, original, snoozed, contact, made, title_key = keeper
        target = want.due
        if want.fresh:
            target = max(target, min(_as_date(made) if made else today, today) if key == want.key else today)
        changes: dict = {}
        if key != want.key:
            changes.update(rule_key=want.key, original_due=target, due=target, snoozed_until=None)
        else:
            if original is None or _as_date(original) != target:
                changes["original_due"] = target
            if snoozed is None and _as_date(due) != target:
                changes["due"] = target
        if (title, title_key) != (want.title, getattr(want.title, "key", None)):
            changes.update(titles.columns(want.title))
        if contact != want.contact_id:
            changes["contact"] = want.contact_id
        if changes:
            changes["updated_at"] = now
            FollowUp.update(**changes).where(FollowUp.id == fid).execute()
            updated += 1
    for rows in by_group.values():  # groups no rule wants any more
        to_delete += [row[0] for row in rows]
    for chunk in in_chunks(to_delete):
        removed += FollowUp.delete().where(FollowUp.id.in_(chunk), FollowUp.status == "open").execute()
    for row in to_create:
        FollowUp.create(**row)
        created += 1
    return RuleRun(created, updated, removed)


def sync(ids: Sequence[int] | None, *, clock: Clock = SYSTEM_CLOCK) -> RuleRun:
    """Make the open follow-ups of the opportunities ``ids`` (None: all of them, and the follow-ups of deleted
    ones go) what the rules want. Call inside the transaction of the change; idempotent."""
    settings = rule_settings.load()
    today, now = clock.today(), clock.now()
    opps = _load(ids)
    wanted = [want for opp in opps for want in _wanted(opp, settings, today, now)]
    existing = _existing({o.uid for o in opps} if ids is not None else None)
    if ids is None:
        live = {o.uid for o in opps}
        orphans = [row[0] for row in existing if row[3] == "open" and key_uid(row[2] or "") not in live]
        existing = [row for row in existing if key_uid(row[2] or "") in live]
        gone = 0
        for chunk in in_chunks(orphans):
            gone += FollowUp.delete().where(FollowUp.id.in_(chunk)).execute()
        return _reconcile(wanted, existing, today, now) + RuleRun(0, 0, gone)
    return _reconcile(wanted, existing, today, now)


def run_all(clock: Clock = SYSTEM_CLOCK) -> RuleRun:
    """Every opportunity's follow-ups brought up to date (start-up, midnight, after the settings change)."""
    return sync(None, clock=clock)


def apply_settings(settings: rule_settings.OpportunityRuleSettings, *, clock: Clock = SYSTEM_CLOCK) -> Changes:
    """Store the rules' switches and days and bring every opportunity's follow-ups in line, in one transaction
    (Preferences → Follow-up rules → Job applications). :class:`~.rule_settings.RuleSettingsError` when a value is
    out of range: nothing written. Nothing is done (and nothing changed) when the settings are the stored ones; the
    follow-ups are in the Changes only when the rules made, moved or removed one."""
    if settings == rule_settings.load():
        return NOTHING
    with database.atomic():
        rule_settings.save(settings)
        run = run_all(clock)
    return Changes.of("followups", "opportunities") if run.changed else Changes.of("opportunities")
