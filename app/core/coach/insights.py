"""Network insights (DESIGN §12): which people and circles open doors, how deep the trail of referrals goes, the stage
funnel, strong vs weak ties, and who is going cold.

Definitions (shown as help text in the UI):
- A *referral* from X is a live contact whose "referred by" is X (first-hand: each referral counts once, for the
  person who gave the name). Following these links from person to person is the referral trail; a contact's
  *depth* is how many introductions away from someone I already knew they are (directly referred: 1).
- A *meeting* through X is a conversation (call, coffee, meeting, lunch, event) that has happened with someone X
  referred. A *lead* through X is someone X referred who works at one of my target companies.
- A circle's numbers: its members, the conversations with them, and the referrals and leads its members gave.
- *Reached*: at least one interaction logged. *Strong ties* are close ones; acquaintances and new contacts are weak
  ties (often the most helpful, PLAYBOOK).
- *Going cold*: people I have been in touch with, now past the maximum of their keep-in-touch cadence (status red);
  *due*: past the ideal but not yet the maximum (yellow). See :mod:`app.core.contacts.keep_in_touch`.

Each panel is one function, a handful of aggregate queries over indexed columns (benchmarks/bench_insights.py keeps
each under 100 ms on 50 000 contacts). Every number comes with a :class:`Selection` naming the contacts behind it;
:func:`contacts_for` turns a selection into their ids when the user clicks the number.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from dataclasses import dataclass

from peewee import chunked

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.coach.going_cold import COLD_SHOWN as COLD_SHOWN  # the going-cold panel lives there; re-exported
from app.core.coach.going_cold import ColdPerson as ColdPerson
from app.core.coach.going_cold import ColdStats as ColdStats
from app.core.coach.going_cold import going_cold as going_cold
from app.core.coach.going_cold import ids_with_status
from app.core.contacts import keep_in_touch
from app.db import IDS_PER_LITERAL, database, id_text
from app.models import CONVERSATION_KINDS, STAGES, TIES

TOP_PEOPLE = 8
_CONV = "(" + ",".join(f"'{k}'" for k in CONVERSATION_KINDS) + ")"
STRONG_TIES = ("close",)
WEAK_TIES = ("acquaintance", "new")


@dataclass(frozen=True)
class Selection:
    """The contacts behind a number: ``kind`` and ``value`` say which, ``label`` says it in words."""

    kind: str
    value: int | str | None = None
    label: str = ""


def _rows(sql: str, params: tuple = ()) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


def _now_text(clock: Clock) -> str:
    return clock.now().isoformat(" ")


# --- who opens doors (80/20) ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonScore:
    contact_id: int
    name: str
    referrals: int
    meetings: int
    leads: int


@dataclass(frozen=True)
class CircleScore:
    circle_id: int
    name: str
    colour: str
    members: int
    meetings: int
    referrals: int
    leads: int


@dataclass(frozen=True)
class Pareto:
    """``top`` people (the top fifth of everyone who referred anyone) gave ``top_share`` of all referrals."""

    referrers: int
    referrals: int
    top: int
    top_referrals: int

    @property
    def top_share(self) -> float:
        return self.top_referrals / self.referrals if self.referrals else 0.0


@dataclass(frozen=True)
class DoorOpeners:
    people: list[PersonScore]
    pareto: Pareto
    meetings: int  # conversations that happened, all contacts
    meetings_via_referrals: int
    leads: int


# Each live referrer (its referrals and leads) in one pass over migration 0130's covering index, in referrer order
# (no sort): the referrer's liveness is checked against the few trashed contacts held in a small temporary table,
# and a lead against the few target companies, instead of one index search per referred contact for each (those
# searches missed the page cache more and more as the network grew: 4.4x per 4x data at 50k -> 200k). A referrer
# always exists (referred_by is a foreign key, ON DELETE SET NULL).
_REFERRERS = (
    "SELECT c.referred_by_id AS referrer, COUNT(*) AS referrals, "
    "COALESCE(SUM(c.company_id IN (SELECT id FROM company WHERE is_target)), 0) AS leads "
    "FROM contact AS c WHERE c.referred_by_id IS NOT NULL AND +c.deleted_at IS NULL "
    "AND c.referred_by_id NOT IN (SELECT id FROM contact WHERE deleted_at IS NOT NULL) GROUP BY c.referred_by_id"
)

# Each live referred contact and its referrer, from migration 0130's covering index.
_REFERRED = "SELECT id, referred_by_id FROM contact WHERE referred_by_id IS NOT NULL AND +deleted_at IS NULL"


# The query plans below are spelled out (CROSS JOIN fixes the join order, a unary + keeps SQLite off an index):
# start from the few referred contacts, or the fewer trashed ones, never walk 50 000 live contacts for a count.
def _trashed_conversations(now: str) -> int:
    return _rows(
        "SELECT COUNT(*) FROM contact AS c CROSS JOIN interaction AS i ON i.contact_id = c.id "
        f"WHERE c.deleted_at IS NOT NULL AND i.kind IN {_CONV} AND i.occurred_at <= ?",
        (now,),
    )[0][0]


def door_openers(*, clock: Clock = SYSTEM_CLOCK, limit: int = TOP_PEOPLE) -> DoorOpeners:
    """The people whose referrals brought the most (first-hand referrals, meetings and leads), and the 80/20."""
    now = _now_text(clock)
    by_referrer: dict[int, list[int]] = {}
    # Every live referrer from the indexes alone (the referrer's own row is not read: only the few shown need a name).
    for referrer, count, leads in _rows(_REFERRERS):
        by_referrer[referrer] = [count, 0, leads]
    # The conversations from the (kind, day) covering index, each counted for its contact's referrer through a
    # dict of the live referred contacts (from migration 0130's covering index): one hash lookup a conversation,
    # linear in the data. SQLite's join through an automatic index and a GROUP BY B-tree grew 5.2-5.4x per 4x data
    # at 50k -> 200k (7.4 -> 39.5 ms); this 4.3x (6.8 -> 29.0 ms; benchmarks/README).
    referrer_of = dict(_rows(_REFERRED))
    meetings_by = Counter(
        referrer_of.get(contact_id)
        for (contact_id,) in database.execute_sql(
            f"SELECT contact_id FROM interaction WHERE kind IN {_CONV} AND occurred_at <= ?", (now,)
        )
    )
    for referrer, meetings in meetings_by.items():
        if referrer in by_referrer:  # None: a conversation with someone nobody referred
            by_referrer[referrer][1] = meetings
    best, names = _best_referrers(by_referrer, limit)
    counts = sorted((values[0] for values in by_referrer.values()), reverse=True)
    total = sum(counts)
    top = math.ceil(len(counts) * 0.2) if counts else 0
    pareto = Pareto(len(counts), total, top, sum(counts[:top]))
    # All conversations from the kind index alone, less the ones still ahead and the ones with trashed contacts.
    (every,) = _rows(f"SELECT COUNT(*) FROM interaction WHERE kind IN {_CONV}")[0]
    (ahead,) = _rows(f"SELECT COUNT(*) FROM interaction WHERE occurred_at > ? AND +kind IN {_CONV}", (now,))[0]
    return DoorOpeners(
        people=[PersonScore(cid, names[cid], *values) for cid, values in best],
        pareto=pareto,
        meetings=every - ahead - _trashed_conversations(now),
        meetings_via_referrals=sum(values[1] for values in by_referrer.values()),
        leads=sum(values[2] for values in by_referrer.values()),
    )


def _best_referrers(by_referrer: dict[int, list[int]], limit: int) -> tuple[list, dict[int, str]]:
    """The ``limit`` best referrers (most referrals, then leads, then meetings, then by name) and their names: the
    names are read only for those tied with the last one taken or better."""

    def score(item) -> tuple[int, int, int]:
        return -item[1][0], -item[1][2], -item[1][1]

    ranked = heapq.nsmallest(limit, by_referrer.items(), key=score)
    if not ranked:
        return [], {}
    last = score(ranked[-1])
    contenders = [item for item in by_referrer.items() if score(item) <= last]
    names: dict[int, str] = {}
    for chunk in chunked([cid for cid, _ in contenders], IDS_PER_LITERAL):
        names.update(_rows(f"SELECT id, display_name FROM contact WHERE id IN ({id_text(chunk)})"))
    best = heapq.nsmallest(limit, contenders, key=lambda item: (*score(item), names[item[0]].casefold()))
    return best, names


def circle_scores(*, clock: Clock = SYSTEM_CLOCK) -> list[CircleScore]:
    """Each circle with members: how many, the conversations with them, and the referrals and leads they gave —
    best door-openers first. A referral by someone in two circles counts for both."""
    now = _now_text(clock)
    circles = {
        cid: [name, colour, 0, 0, 0, 0]
        for cid, name, colour in _rows("SELECT id, name, colour FROM circle ORDER BY position, name")
    }

    def add(column: int, rows, sign: int = 1) -> None:
        for cid, *values in rows:
            if cid in circles:
                for offset, value in enumerate(values):
                    circles[cid][column + offset] += sign * (value or 0)

    add(2, _rows("SELECT circle_id, COUNT(*) FROM contact_circle GROUP BY circle_id"))
    add(
        2,
        _rows(
            "SELECT cc.circle_id, COUNT(*) FROM contact AS c CROSS JOIN contact_circle AS cc ON cc.contact_id = c.id "
            "WHERE c.deleted_at IS NOT NULL GROUP BY cc.circle_id"
        ),
        -1,
    )
    add(
        3,
        _rows(
            "SELECT cc.circle_id, COUNT(*) FROM interaction AS i "
            "JOIN contact_circle AS cc ON cc.contact_id = i.contact_id "
            f"WHERE i.kind IN {_CONV} AND i.occurred_at <= ? GROUP BY cc.circle_id",
            (now,),
        ),
    )
    add(
        3,
        _rows(
            "SELECT cc.circle_id, COUNT(*) FROM contact AS c CROSS JOIN interaction AS i ON i.contact_id = c.id "
            "CROSS JOIN contact_circle AS cc ON cc.contact_id = c.id "
            f"WHERE c.deleted_at IS NOT NULL AND i.kind IN {_CONV} AND i.occurred_at <= ? GROUP BY cc.circle_id",
            (now,),
        ),
        -1,
    )
    add(
        4,
        _rows(
            # the live referrers first (as door_openers reads them), then each one's circles: one search per
            # referrer, not per referred contact
            f"WITH g AS MATERIALIZED ({_REFERRERS}) "
            "SELECT cc.circle_id, SUM(g.referrals), SUM(g.leads) FROM g "
            "CROSS JOIN contact_circle AS cc ON cc.contact_id = g.referrer GROUP BY cc.circle_id"
        ),
    )
    scores = [CircleScore(cid, *values) for cid, values in circles.items() if values[2] > 0]
    return sorted(scores, key=lambda c: (-c.referrals, -c.leads, -c.meetings, -c.members, c.name.casefold()))


# --- the referral trail --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DepthStats:
    """``levels[n]`` = live contacts n introductions away from someone I knew (1 = referred directly)."""

    levels: dict[int, int]
    referred: int
    starters: int  # people I knew who started a trail (referred someone, referred by no one)
    longest: tuple[str, ...]  # names along the longest trail, root first

    @property
    def max_depth(self) -> int:
        return max(self.levels, default=0)


def _referred() -> list[tuple[int, int, int]]:
    """(id, referrer, live) of every referred contact, trashed ones included, from migration 0130's covering index
    in one pass (the live ones are not read a second time)."""
    return _rows("SELECT id, referred_by_id, deleted_at IS NULL FROM contact WHERE referred_by_id IS NOT NULL")


def _depths(referred: list[tuple[int, int, int]] | None = None) -> tuple[dict[int, int], dict[int, int | None]]:
    """Depth of every contact that was referred (trashed ones included: a trail runs through them), and each
    one's referrer. Loops (possible in old data) stop at the first repeat."""
    parent: dict[int, int | None] = {
        cid: referrer for cid, referrer, _live in (_referred() if referred is None else referred)
    }
    depth: dict[int, int] = {}
    walked_from: dict[int, int] = {}  # node -> the start whose walk passed it: meeting it again in that walk is a loop
    for start in parent:
        if start in depth:
            continue
        path = []
        node: int | None = start
        while node is not None and node in parent and node not in depth and walked_from.get(node) != start:
            walked_from[node] = start
            path.append(node)
            node = parent[node]
        base = depth.get(node, 0) if node is not None else 0
        for offset, member in enumerate(reversed(path), start=1):
            depth[member] = base + offset
    return depth, parent


def referral_depth() -> DepthStats:
    referred = _referred()
    depth, parent = _depths(referred)
    live = {cid for cid, _referrer, alive in referred if alive}
    levels = Counter(depth[cid] for cid in live)
    roots = {p for p in parent.values() if p not in parent}
    # The live roots: every root less the (few) trashed contacts, from the deleted_at index (a root always exists:
    # referred_by is a foreign key, ON DELETE SET NULL), not an IN list of every root looked up one by one.
    trashed = {cid for (cid,) in _rows("SELECT id FROM contact WHERE deleted_at IS NOT NULL")}
    starters = len(roots - trashed)
    longest: tuple[str, ...] = ()
    if live:
        most = max(levels)
        deepest = min(cid for cid in live if depth[cid] == most)  # the deepest; the lowest id among equals
        chain = [deepest]
        while (up := parent.get(chain[-1])) is not None and len(chain) <= depth[deepest]:
            chain.append(up)
        names = dict(_rows(f"SELECT id, display_name FROM contact WHERE id IN ({id_text(chain)})"))
        longest = tuple(names.get(c, "?") for c in reversed(chain))
    return DepthStats(dict(sorted(levels.items())), len(live), starters, longest)


# --- the stage funnel ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FunnelStep:
    stage: str
    at_stage: int
    reached: int  # at this stage or beyond

    def conversion_from(self, previous: FunnelStep | None) -> float | None:
        """Share of those who reached the previous stage that reached this one."""
        if previous is None or not previous.reached:
            return None
        return self.reached / previous.reached


def stage_funnel() -> list[FunnelStep]:
    # Every contact by stage from the stage index alone, less the (few) trashed ones.
    counts = dict(_rows("SELECT stage, COUNT(*) FROM contact GROUP BY stage"))
    for stage, trashed in _rows("SELECT stage, COUNT(*) FROM contact WHERE deleted_at > '' GROUP BY +stage"):
        counts[stage] = counts.get(stage, 0) - trashed
    steps = []
    for index, stage in enumerate(STAGES):
        beyond = sum(counts.get(s, 0) for s in STAGES[index:])
        steps.append(FunnelStep(stage, counts.get(stage, 0), beyond))
    return steps


# --- strong and weak ties ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TieStats:
    tie: str
    total: int
    reached: int
    referrals: int  # referrals given by people with this tie

    @property
    def strong(self) -> bool:
        return self.tie in STRONG_TIES


def ties() -> list[TieStats]:
    base = {
        tie: (total, reached)
        for tie, total, reached in _rows(
            "SELECT tie, COUNT(*), SUM(last_interaction_at IS NOT NULL) FROM contact WHERE deleted_at IS NULL "
            "GROUP BY tie"  # in tie order from migration 0130's covering index (deleted_at, tie, last_interaction_at)
        )
    }
    # Each referral's referrer (its tie and whether it is trashed) from migration 0160's narrow index, not its row:
    # the wide rows made nearly every one of these lookups a new page once the network outgrew the CPU's caches.
    referrals = dict(
        _rows(
            "SELECT p.tie, COUNT(*) FROM contact AS c CROSS JOIN contact AS p INDEXED BY contact_id_tie_deleted_at "
            "ON p.id = c.referred_by_id "
            "WHERE c.referred_by_id IS NOT NULL AND +c.deleted_at IS NULL AND p.deleted_at IS NULL GROUP BY p.tie"
        )
    )
    return [TieStats(t, base.get(t, (0, 0))[0], base.get(t, (0, 0))[1] or 0, referrals.get(t, 0)) for t in TIES]


# --- the contacts behind a number ----------------------------------------------------------------------------
def _ids(sql: str, params: tuple = ()) -> list[int]:
    return [row[0] for row in _rows(sql, params)]


def contacts_for(selection: Selection, *, clock: Clock = SYSTEM_CLOCK) -> list[int]:
    """The ids of the live contacts behind ``selection`` (unknown kinds give none)."""
    kind, value, now = selection.kind, selection.value, _now_text(clock)
    live = "c.deleted_at IS NULL"
    met = (
        "EXISTS (SELECT 1 FROM interaction AS i WHERE i.contact_id = c.id "
        f"AND i.kind IN {_CONV} AND i.occurred_at <= ?)"
    )
    target = "c.company_id IN (SELECT id FROM company WHERE is_target)"
    if kind == "referred_by":
        return _ids(f"SELECT id FROM contact AS c WHERE {live} AND c.referred_by_id = ?", (value,))
    if kind == "meetings_via":
        return _ids(f"SELECT id FROM contact AS c WHERE {live} AND c.referred_by_id = ? AND {met}", (value, now))
    if kind == "leads_via":
        return _ids(f"SELECT id FROM contact AS c WHERE {live} AND c.referred_by_id = ? AND {target}", (value,))
    if kind == "referrers":
        return _ids(
            f"SELECT id FROM contact AS c WHERE {live} AND c.id IN "
            "(SELECT referred_by_id FROM contact WHERE referred_by_id IS NOT NULL AND deleted_at IS NULL)"
        )
    if kind == "top_referrers":
        openers = door_openers(clock=clock, limit=1_000_000)
        return [p.contact_id for p in openers.people[: openers.pareto.top]]
    if kind == "referred":
        return _ids(f"SELECT id FROM contact AS c WHERE {live} AND c.referred_by_id IS NOT NULL")
    if kind == "referral_meetings":
        return _ids(f"SELECT id FROM contact AS c WHERE {live} AND c.referred_by_id IS NOT NULL AND {met}", (now,))
    if kind == "leads":
        return _ids(
            f"SELECT id FROM contact AS c WHERE {live} AND c.referred_by_id IS NOT NULL AND {target} "
            "AND c.referred_by_id IN (SELECT id FROM contact WHERE deleted_at IS NULL)"
        )
    if kind == "met":
        return _ids(f"SELECT id FROM contact AS c WHERE {live} AND {met}", (now,))
    in_circle = "c.id IN (SELECT contact_id FROM contact_circle WHERE circle_id = ?)"
    by_member = (
        "c.referred_by_id IN (SELECT cc.contact_id FROM contact_circle AS cc JOIN contact AS p ON p.id = cc.contact_id "
        "WHERE cc.circle_id = ? AND p.deleted_at IS NULL)"
    )
    if kind == "circle_members":
        return _ids(f"SELECT id FROM contact AS c WHERE {live} AND {in_circle}", (value,))
    if kind == "circle_met":
        return _ids(f"SELECT id FROM contact AS c WHERE {live} AND {in_circle} AND {met}", (value, now))
    if kind == "circle_referrals":
        return _ids(f"SELECT id FROM contact AS c WHERE {live} AND {by_member}", (value,))
    if kind == "circle_leads":
        return _ids(f"SELECT id FROM contact AS c WHERE {live} AND {by_member} AND {target}", (value,))
    if kind == "depth":
        depth, _parent = _depths()
        wanted = {cid for cid, d in depth.items() if d == value}
        return [
            cid
            for cid in _ids(f"SELECT id FROM contact AS c WHERE {live} AND c.referred_by_id IS NOT NULL")
            if cid in wanted
        ]
    if kind == "stage":
        return _ids(f"SELECT id FROM contact AS c WHERE {live} AND c.stage = ?", (value,))
    if kind == "reached_stage":
        stages = STAGES[STAGES.index(value) :] if value in STAGES else ()
        marks = ",".join("?" * len(stages)) or "NULL"
        return _ids(f"SELECT id FROM contact AS c WHERE {live} AND c.stage IN ({marks})", tuple(stages))
    if kind == "tie_all":
        return _ids(f"SELECT id FROM contact AS c WHERE {live} AND c.tie = ?", (value,))
    if kind == "tie_reached":
        return _ids(
            f"SELECT id FROM contact AS c WHERE {live} AND c.tie = ? AND c.last_interaction_at IS NOT NULL", (value,)
        )
    if kind in ("tie_referrals", "tie_referrals_weak"):
        ties = WEAK_TIES if kind == "tie_referrals_weak" else (value,)
        return _ids(
            "SELECT c.id FROM contact AS c JOIN contact AS p ON p.id = c.referred_by_id "
            f"WHERE {live} AND p.deleted_at IS NULL AND p.tie IN ({','.join('?' * len(ties))})",
            tuple(ties),
        )
    if kind == "in_touch":  # everyone in touch, whatever the status: from the going-cold covering index (0120)
        return _ids(f"SELECT id FROM contact AS c WHERE {live} AND c.last_interaction_at IS NOT NULL ORDER BY +c.id")
    if kind in ("cold", "due"):
        return ids_with_status(clock.today(), {"cold": keep_in_touch.RED, "due": keep_in_touch.YELLOW}[kind])
    return []
