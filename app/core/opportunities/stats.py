"""The job search on the Insights page (issue 22): the evidence for "most jobs are found through people", from the
user's own search.

- :func:`funnel_by_source`: how many opportunities each source brought, and how many of them got to an application,
  an interview, an offer and a yes — people (a referral, a contact, a recruiter) against cold (a job board, a cold
  application).
- :func:`time_in_stages`: how long opportunities stay in each stage (median and average days, over the stays that
  ended; the ones still running are counted apart).
- :func:`door_openers`: the contacts (who referred me, told me about it, or recruited me) whose opportunities reached
  an interview, and the circles those people belong to.

Definitions: an opportunity *reached* a stage when its history holds that stage or a later one on the way to a yes
(declining an offer means it reached the offer); it *reached an interview* when it was at "interviewing" or has an
interview round. Each function is a few aggregate queries over the opportunity tables (no walk over the contacts):
benchmarks/bench_insights.py keeps each under 100 ms with 50 000 contacts and 2 000 opportunities.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from peewee import chunked

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.opportunities.labels import ACTIVE_STAGES, PEOPLE_SOURCES
from app.db import MAX_SQL_PARAMETERS, database
from app.models import OPPORTUNITY_SOURCES

TOP_PEOPLE = 8
TOP_CIRCLES = 8
FUNNEL = ("total", "applied", "interview", "offer", "accepted")
# The furthest point each stage in the history shows an opportunity reached.
_REACH = {
    "interested": 0,
    "applied": 1,
    "screening": 1,
    "interviewing": 2,
    "offer": 3,
    "declined": 3,
    "accepted": 4,
    "rejected": 0,
    "withdrawn": 0,
}


def _rows(sql: str, params: tuple = ()) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


@dataclass(frozen=True)
class SourceFunnel:
    """Opportunities from one source (or group of sources) and how far they got; ``ids[step]`` lists them."""

    key: str
    total: int
    applied: int
    interview: int
    offer: int
    accepted: int
    ids: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def count(self, step: str) -> int:
        return getattr(self, step)

    def rate(self, step: str, of: str = "applied") -> float | None:
        """Share of those at ``of`` that got to ``step`` (None when there are none)."""
        base = self.count(of)
        return self.count(step) / base if base else None


@dataclass(frozen=True)
class FunnelBySource:
    people: SourceFunnel  # referral, contact, recruiter
    cold: SourceFunnel  # job board, cold application
    sources: tuple[SourceFunnel, ...]  # each source with at least one opportunity

    @property
    def total(self) -> int:
        return self.people.total + self.cold.total


def _reach() -> dict[int, tuple[str, int]]:
    """Each opportunity's source and the furthest funnel step it reached (0 total … 4 accepted)."""
    case = " ".join(f"WHEN '{stage}' THEN {rank}" for stage, rank in _REACH.items())
    found: dict[int, tuple[str, int]] = {}
    for oid, source, reach in _rows(
        f"SELECT o.id, o.source, MAX(CASE h.stage {case} ELSE 0 END) FROM opportunity AS o "
        "LEFT JOIN opportunity_stage AS h ON h.opportunity_id = o.id GROUP BY o.id"
    ):
        found[oid] = (source, reach or 0)
    for (oid,) in _rows("SELECT DISTINCT opportunity_id FROM interview"):
        if oid in found and found[oid][1] < 2:
            found[oid] = (found[oid][0], 2)
    return found


def _funnel(key: str, members: list[tuple[int, int]]) -> SourceFunnel:
    ids: dict[str, tuple[int, ...]] = {}
    for step, name in enumerate(FUNNEL):
        ids[name] = tuple(sorted(oid for oid, reach in members if reach >= step))
    return SourceFunnel(key, *(len(ids[name]) for name in FUNNEL), ids=ids)


def funnel_by_source() -> FunnelBySource:
    reach = _reach()
    by_source: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for oid, (source, step) in reach.items():
        by_source[source].append((oid, step))
    people = [m for s in PEOPLE_SOURCES for m in by_source.get(s, [])]
    cold = [m for s, members in by_source.items() if s not in PEOPLE_SOURCES for m in members]
    sources = tuple(_funnel(s, by_source[s]) for s in OPPORTUNITY_SOURCES if by_source.get(s))
    return FunnelBySource(_funnel("people", people), _funnel("cold", cold), sources)


# --- time in each stage ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StageTime:
    stage: str
    median_days: float | None  # over the stays that ended
    mean_days: float | None
    ended: int  # stays that ended (the opportunity moved on)
    current: int  # opportunities in this stage now
    current_days: float | None  # median days the current ones have been there


def time_in_stages(*, clock: Clock = SYSTEM_CLOCK) -> list[StageTime]:
    """For each stage on the way to an offer: how long stays in it last."""
    today = clock.today()
    stays: dict[str, list[int]] = defaultdict(list)
    current: dict[str, list[int]] = defaultdict(list)
    previous: tuple[int, str, dt.date] | None = None
    closed = {"accepted", "declined", "rejected", "withdrawn"}
    for oid, stage, day in _rows(
        "SELECT opportunity_id, stage, day FROM opportunity_stage ORDER BY opportunity_id, day, id"
    ):
        day = dt.date.fromisoformat(str(day)[:10])
        if previous is not None and previous[0] == oid:
            stays[previous[1]].append((day - previous[2]).days)
        elif previous is not None and previous[1] not in closed:
            current[previous[1]].append((today - previous[2]).days)
        previous = (oid, stage, day)
    if previous is not None and previous[1] not in closed:
        current[previous[1]].append((today - previous[2]).days)
    out = []
    for stage in ACTIVE_STAGES:
        ended = stays.get(stage, [])
        now = current.get(stage, [])
        out.append(
            StageTime(
                stage,
                statistics.median(ended) if ended else None,
                statistics.fmean(ended) if ended else None,
                len(ended),
                len(now),
                statistics.median(now) if now else None,
            )
        )
    return out


# --- who opened the doors ----------------------------------------------------------------------------------------
DOOR_ROLES = ("referrer", "contact", "recruiter")


@dataclass(frozen=True)
class DoorOpener:
    contact_id: int
    name: str
    opportunities: int
    interviews: int  # of those, how many reached an interview
    offers: int
    opportunity_ids: tuple[int, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class CircleDoors:
    circle_id: int
    name: str
    colour: str
    people: int  # members who brought an opportunity
    opportunities: int
    interviews: int
    contact_ids: tuple[int, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Doors:
    people: list[DoorOpener]
    circles: list[CircleDoors]
    through_people: int  # opportunities with someone who opened the door
    interviews_through_people: int
    interviews: int


def door_openers(*, limit: int = TOP_PEOPLE) -> Doors:
    """The contacts whose opportunities reached interviews (best first), and their circles."""
    reach = _reach()
    marks = ",".join("?" * len(DOOR_ROLES))
    per_contact: dict[int, set[int]] = defaultdict(set)
    names: dict[int, str] = {}
    for cid, name, oid in _rows(
        "SELECT oc.contact_id, c.display_name, oc.opportunity_id FROM opportunity_contact AS oc "
        f"JOIN contact AS c ON c.id = oc.contact_id WHERE oc.role IN ({marks}) AND c.deleted_at IS NULL",
        DOOR_ROLES,
    ):
        per_contact[cid].add(oid)
        names[cid] = name
    people = []
    for cid, opps in per_contact.items():
        reached = [oid for oid in opps if reach.get(oid, ("", 0))[1] >= 2]
        offers = sum(1 for oid in opps if reach.get(oid, ("", 0))[1] >= 3)
        people.append(DoorOpener(cid, names[cid], len(opps), len(reached), offers, tuple(sorted(opps))))
    people.sort(key=lambda p: (-p.interviews, -p.offers, -p.opportunities, p.name.casefold()))
    circles: dict[int, list] = {}
    if per_contact:
        ids = sorted(per_contact)
        members: dict[int, set[int]] = defaultdict(set)
        for chunk in chunked(ids, MAX_SQL_PARAMETERS):
            for circle_id, cid in _rows(
                f"SELECT circle_id, contact_id FROM contact_circle WHERE contact_id IN ({','.join('?' * len(chunk))})",
                tuple(chunk),
            ):
                members[circle_id].add(cid)
        info = {cid: (name, colour) for cid, name, colour in _rows("SELECT id, name, colour FROM circle")}
        for circle_id, contacts in members.items():
            opps = set().union(*(per_contact[c] for c in contacts))
            reached = sum(1 for oid in opps if reach.get(oid, ("", 0))[1] >= 2)
            name, colour = info.get(circle_id, ("?", ""))
            circles[circle_id] = [name, colour or "", len(contacts), len(opps), reached, tuple(sorted(contacts))]
    circle_list = [CircleDoors(cid, *values) for cid, values in circles.items()]
    circle_list.sort(key=lambda c: (-c.interviews, -c.opportunities, c.name.casefold()))
    through = set().union(*per_contact.values()) if per_contact else set()
    interviews = [oid for oid, (_s, r) in reach.items() if r >= 2]
    return Doors(
        people=people[:limit],
        circles=circle_list[:TOP_CIRCLES],
        through_people=len(through),
        interviews_through_people=sum(1 for oid in interviews if oid in through),
        interviews=len(interviews),
    )
