"""Which contacts the contact list shows, in what order — without ever loading 50 000 rows into Python.

The list asks for a :class:`ListResult`: the exact number of matching contacts and the ids of the first rows in
order. When the match is small (≤ :data:`FULL_LIMIT`) all ids come at once; when it is large (a one-letter search,
no filter at all) only the head comes now, and :func:`all_ids` fetches the rest when the user scrolls past it. Ids
travel as ``array('q')`` (8 bytes each, no Python object per contact). What a visible row displays is fetched per
window of rows by :mod:`app.core.contacts.list_rows`.

Ordering: with search text and no explicit sort, best match first (see :mod:`app.core.contacts.search`); a search that
matches more than :data:`FULL_LIMIT` contacts is listed by name instead — relevance says little about thousands
of people, and ranking them costs more than a keystroke may take (DESIGN §8).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import sqlite3
from array import array
from dataclasses import dataclass

import peewee

from app.core.contacts import keep_in_touch, search
from app.core.contacts.list_counts import (  # noqa: F401 (data_stamp, live_count, remember_count: the list's API)
    data_stamp,
    index_segments,
    known_matches,
    live_count,
    live_matches,
    remember_count,
)
from app.db import database, id_text
from app.models import STAGES

HEAD = 60
FULL_LIMIT = 1000
WALK_MIN_MATCHES = 5000
WALK_COST_RATIO = 12_000
# The same with the search index in one segment (merged after an import, search_index_bulk.merge_segments): a row
# tested costs a seek in one segment instead of up to 17 (at 50k, "Ha", "Ma", "In", "R": 2.7-3.1 -> 1.3-1.5 ms).
WALK_COST_RATIO_MERGED = 6_000
# Matches fewer than 1 in SORT_SHARE live contacts are found by walking the name index for at most
# WALK_STEPS_PER_MATCH SQLite steps a match (~half what sorting them costs: the walk runs ~30k steps a millisecond,
# sorting ~4 µs a match at 200k), then sorted if the walk has not found them by then.
SORT_SHARE = 20
WALK_STEPS_PER_MATCH = 60
PROGRESS_EVERY = 1000
NO_CIRCLE = -1


class SortKey(enum.Enum):
    RELEVANCE = "relevance"
    NAME = "name"
    COMPANY = "company"
    TITLE = "title"
    CIRCLES = "circles"
    STAGE = "stage"
    STATUS = "status"
    LAST = "last"
    NEXT = "next"
    BALANCE = "balance"


@dataclass(frozen=True)
class ContactFilter:
    """What the user narrowed the list to. Every field left at its default means "no restriction"."""

    text: str = ""
    circle_id: int | None = None  # NO_CIRCLE: contacts in no circle
    stage: str | None = None
    invitation_status: str | None = None
    quiet_days: int | None = None  # not contacted in N days (never contacted counts)
    reconnect: bool = False  # keep-in-touch due or overdue
    targets_only: bool = False  # works at a target company
    trash: bool = False
    only_ids: frozenset[int] | None = None  # just these people (the contacts behind a number in Insights)
    only_label: str = ""  # what ``only_ids`` are, in words

    def restrictions(self) -> int:
        """How many filters besides the search text are active (for "More filters (2)")."""
        return sum(
            1
            for active in (
                self.circle_id is not None,
                self.stage is not None,
                self.invitation_status is not None,
                self.quiet_days is not None,
                self.reconnect,
                self.targets_only,
                self.only_ids is not None,
            )
            if active
        )


@dataclass(frozen=True)
class Sort:
    key: SortKey = SortKey.NAME
    descending: bool = False


@dataclass
class ListResult:
    """``count`` contacts match; ``ids`` holds the first ones in order (all of them when ``complete``)."""

    count: int
    ids: array
    complete: bool
    sort: Sort
    counted: bool = True  # False: ``count`` is only the head's length; :func:`count` gives the number


# --- SQL pieces ----------------------------------------------------------------------------------------------------
_STAGE_ORDER = "CASE c.stage " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STAGES)) + " ELSE 99 END"
_IDEAL_DAYS = (
    "COALESCE(c.keep_in_touch_days, (SELECT MIN(ci.keep_in_touch_days) FROM contact_circle AS cc "
    "JOIN circle AS ci ON ci.id = cc.circle_id WHERE cc.contact_id = c.id), ?)"
)
_ELAPSED_DAYS = "(julianday(?) - julianday(date(COALESCE(c.last_interaction_at, c.created_at))))"
# keep_in_touch.is_tracked in SQL: the clock runs after a first interaction or with the contact's own cadence.
_TRACKED = "(c.last_interaction_at IS NOT NULL OR c.keep_in_touch_days IS NOT NULL)"
_BALANCE = (
    "(SELECT COALESCE(SUM(CASE l.direction WHEN 'gave' THEN 1 WHEN 'asked' THEN -1 ELSE 0 END), 0) "
    "FROM ledger_entry AS l WHERE l.contact_id = c.id)"
)
_FIRST_CIRCLE = (
    "(SELECT MIN(ci.position) FROM contact_circle AS cc JOIN circle AS ci ON ci.id = cc.circle_id "
    "WHERE cc.contact_id = c.id)"
)


class _Query:
    """The WHERE clause and parameters of one filter, shared by the count and the id queries."""

    def __init__(self, flt: ContactFilter, today: dt.date):
        self.flt = flt
        self.today = today
        # Unary + keeps SQLite from walking an index of 50k rows when a selective filter or the trash can do better.
        plain = flt.restrictions() == 0 and not flt.trash
        self.where: list[str] = ["c.deleted_at IS NULL" if plain else "+c.deleted_at IS NULL"]
        if flt.trash:
            self.where = ["c.deleted_at IS NOT NULL"]
        self.params: list = []
        self.expression: str | None = None
        self.test_expression: str | None = None
        self.matches: int | None = None
        self.trash_matches: list[int] | None = None
        if flt.stage:
            self.where.append("c.stage = ?")
            self.params.append(flt.stage)
        if flt.invitation_status:
            self.where.append("c.invitation_status = ?")
            self.params.append(flt.invitation_status)
        if flt.circle_id == NO_CIRCLE:
            self.where.append("NOT EXISTS (SELECT 1 FROM contact_circle AS cc WHERE cc.contact_id = c.id)")
        elif flt.circle_id is not None:
            self.where.append("c.id IN (SELECT contact_id FROM contact_circle WHERE circle_id = ?)")
            self.params.append(flt.circle_id)
        if flt.quiet_days is not None:
            since = dt.datetime.combine(today - dt.timedelta(days=flt.quiet_days), dt.time())
            self.where.append("(c.last_interaction_at IS NULL OR c.last_interaction_at < ?)")
            self.params.append(since)
        if flt.targets_only:
            self.where.append("c.company_id IN (SELECT id FROM company WHERE is_target)")
        if flt.only_ids is not None:
            self.where.append("c.id IN (SELECT value FROM json_each(?))")
            self.params.append(json.dumps(sorted(flt.only_ids)))
        if flt.reconnect:
            self.where.append(f"{_TRACKED} AND {_ELAPSED_DAYS} >= {_IDEAL_DAYS}")
            self.params += [today.isoformat(), keep_in_touch.default_cadence().ideal_days]
        if search.words(flt.text):
            if flt.trash:
                self.trash_matches = search.trash_ids_matching(flt.text)
                self.where.append(f"c.id IN ({id_text(self.trash_matches) or 'NULL'})")
            else:
                self.expression = search.match_expression(flt.text)  # what ranks best match first
                self.test_expression = search.list_expression(flt.text)  # the same matches, cheaper to test

    def _where(self, with_text: bool = True, *, walk: bool = False) -> tuple[str, list]:
        """The WHERE clause. ``walk``: test the search per row (EXISTS) instead of collecting every match (IN)."""
        where, params = list(self.where), list(self.params)
        if with_text and self.expression is not None:
            if walk:
                where.append("EXISTS (SELECT 1 FROM contact_fts AS f WHERE f.rowid = c.id AND contact_fts MATCH ?)")
            else:
                where.append("c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)")
            params.append(self.test_expression)
        return " AND ".join(where), params

    def walk_by_name(self, sort: Sort, limit: int | None) -> bool:
        """Whether to find the first rows by walking the name index and testing each row against the search.

        That beats collecting every match first only when most contacts match (the walk then stops after about
        ``limit`` rows) and each test is a few index lookups: every word at most 3 letters (the prefix index) or
        named as the few words of the index it starts (:func:`app.core.contacts.search.list_expression`), instead of
        an expansion of every word starting with the prefix.
        """
        if limit is None or sort.key is not SortKey.NAME or len(self.where) != 1 or self.expression is None:
            return False
        if self.test_expression is None or not search.is_cheap_to_test(self.test_expression):
            return False
        if self.matches is None or self.matches < WALK_MIN_MATCHES:
            return False
        # Most contacts match; or, in a large network, enough of them that the walk's expected length (about
        # limit × live / matches rows, a lookup in the search index each) costs less than collecting the matches
        # (WALK_COST_RATIO: the cost of one row walked over one match collected, measured at 50k and 200k).
        live = live_count()
        ratio = WALK_COST_RATIO_MERGED if index_segments() == 1 else WALK_COST_RATIO
        return self.matches * 2 > live or self.matches * self.matches >= ratio * live

    def sort_the_matches(self, sort: Sort) -> bool:
        """Whether the matches may be sorted by name rather than found by walking the name index: when they are few
        against the network. The walk stops early only when matches are spread over the alphabet; a typed given
        name gathers them in one place, and the walk then reads most of the index first (at 200k: "Pau", 1,967
        matches, 41 ms walked, 12 sorted; "Zo", 3,887: 55 ms walked, 18 sorted), while a family name is found at
        once ("Eriksson", 2,066: 3.6 ms walked, 9 sorted). So the walk is tried first, for a bounded number of
        steps (:data:`WALK_STEPS_PER_MATCH`), then the matches are sorted."""
        if sort.key is not SortKey.NAME or len(self.where) != 1 or self.expression is None or self.matches is None:
            return False
        return self.matches * SORT_SHARE < live_count()

    def estimate(self) -> int | None:
        """For a search by text alone matching more than :data:`FULL_LIMIT` live contacts, not counted yet: an
        estimate of its matches from the first ones (the index lists them by rowid: the rowid of the last of
        ``FULL_LIMIT + 1`` against the highest gives the share), which chooses the plan (:meth:`walk_by_name`,
        :meth:`sort_the_matches`) as the count would. None when few match or the count is known: count then."""
        if self.test_expression is None or len(self.where) != 1 or known_matches(self.test_expression) is not None:
            return None
        sample = FULL_LIMIT + 1
        rows = database.execute_sql(
            "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT ?", (self.test_expression, sample)
        ).fetchall()
        if len(rows) < sample:
            return None
        highest = database.execute_sql("SELECT max(id) FROM contact").fetchone()[0] or rows[-1][0]
        self.matches = max(sample, round(sample * highest / max(1, rows[-1][0])))
        return self.matches

    def count(self) -> int:
        if self.test_expression is not None and len(self.where) == 1:
            # Live contacts restricted by the search text alone: the index holds live contacts only.
            self.matches = live_matches(self.test_expression)
            return self.matches
        if self.where == ["c.deleted_at IS NULL"] and self.expression is None:
            return live_count()  # everyone: counted once per write, not per keystroke
        where, params = self._where()
        return database.execute_sql(f"SELECT count(*) FROM contact AS c WHERE {where}", params).fetchone()[0]

    def order(self, sort: Sort) -> tuple[str, str, list]:
        """(joins, ORDER BY clause, extra parameters) for ``sort``; NULLs and blanks always last."""
        direction = "DESC" if sort.descending else "ASC"
        name_column = "+c.display_name" if self.flt.trash else "c.display_name"
        name = f"{name_column} {direction}, c.id {direction}"
        key = sort.key
        if key is SortKey.COMPANY:
            return (
                "LEFT JOIN company AS co ON co.id = c.company_id",
                f"co.name IS NULL, co.name {direction}, {name}",
                [],
            )
        if key is SortKey.TITLE:
            return "", f"c.title = '', c.title {direction}, {name}", []
        if key is SortKey.CIRCLES:
            return "", f"{_FIRST_CIRCLE} IS NULL, {_FIRST_CIRCLE} {direction}, {name}", []
        if key is SortKey.STAGE:
            return "", f"{_STAGE_ORDER} {direction}, {name}", []
        if key is SortKey.LAST:
            return "", f"c.last_interaction_at IS NULL, c.last_interaction_at {direction}, {name}", []
        if key is SortKey.NEXT:
            return "", f"c.next_followup_due IS NULL, c.next_followup_due {direction}, {name}", []
        if key is SortKey.BALANCE:
            return "", f"{_BALANCE} {direction}, {name}", []
        if key is SortKey.STATUS:
            ratio = f"({_ELAPSED_DAYS} / {_IDEAL_DAYS})"
            # Most overdue first when ascending: that is what a user sorting by status wants to see.
            flipped = "ASC" if sort.descending else "DESC"
            return (
                "",
                f"{_TRACKED} DESC, {ratio} {flipped}, {name}",  # not in touch yet: last
                [self.today.isoformat(), keep_in_touch.default_cadence().ideal_days],
            )
        return "", name, []

    def ids(self, sort: Sort, limit: int | None, offset: int = 0) -> array:
        if sort.key is SortKey.RELEVANCE and self.expression is not None:
            # The index holds live contacts only: without other filters it alone answers (no contact rows read).
            sql = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?"
            params = [self.expression]
            if len(self.where) > 1:
                where, extra = self._where(with_text=False)
                sql += f" AND rowid IN (SELECT c.id FROM contact AS c WHERE {where})"
                params += extra
            sql += f" ORDER BY {search.BEST_FIRST_SQL}"
            params += search.best_first_params(self.flt.text)
        elif sort.key is SortKey.RELEVANCE and self.trash_matches is not None:
            end = None if limit is None else offset + limit
            return array("q", self.trash_matches[offset:end])
        else:
            joins, order, extra = self.order(sort)
            walk = offset == 0 and self.walk_by_name(sort, limit)
            where, params = self._where(walk=walk)
            params = [*params, *extra]
            plain = self.expression is not None and where.startswith("c.deleted_at IS NULL")
            if limit is not None and plain and not walk and offset == 0 and self.sort_the_matches(sort):
                # Few match: walk the name index for them as long as that costs less than sorting them would
                # (the walk's cost depends on where in the alphabet they are), then sort them.
                sql = f"SELECT c.id FROM contact AS c {joins} WHERE {where} ORDER BY {order} LIMIT {int(limit)}"
                found = _within(sql, params, (self.matches or 0) * WALK_STEPS_PER_MATCH)
                if found is not None:
                    return found
                where = "+" + where
            elif limit is None and plain:
                # Every match is wanted: start from the matches (rowid lookups) and sort them, rather than walk
                # 50 000 entries of the name index testing each against the match list.
                where = "+" + where
            sql = f"SELECT c.id FROM contact AS c {joins} WHERE {where} ORDER BY {order}"
        if limit is not None or offset:
            sql += f" LIMIT {-1 if limit is None else int(limit)} OFFSET {int(offset)}"
        cursor = database.execute_sql(sql, params)
        return array("q", [row[0] for row in cursor.fetchall()])

    def position(self, sort: Sort, contact_id: int) -> int | None:
        """Row of ``contact_id`` in ``sort`` order, counted in SQL (no ids loaded); None when it is not listed.
        Only for the name order (the contact list's default); other orders raise :class:`NotImplementedError`."""
        if sort.key is not SortKey.NAME:
            raise NotImplementedError(sort.key)
        where, params = self._where()
        row = database.execute_sql(
            f"SELECT c.display_name FROM contact AS c WHERE c.id = ? AND {where}", [contact_id, *params]
        ).fetchone()
        if row is None:
            return None
        before = ">" if sort.descending else "<"
        name = "+c.display_name" if self.flt.trash else "c.display_name"
        sql = f"SELECT count(*) FROM contact AS c WHERE {where} AND ({name}, c.id) {before} (?, ?)"
        return database.execute_sql(sql, [*params, row[0], contact_id]).fetchone()[0]


def _within(sql: str, params: list, steps: int) -> array | None:
    """The ids ``sql`` selects, or None when SQLite needs more than about ``steps`` virtual-machine steps for them
    (a read-only statement, stopped by the progress handler; nothing else is undone)."""
    conn = database.connection()
    ticks = 0

    def over() -> bool:
        nonlocal ticks
        ticks += 1
        return ticks * PROGRESS_EVERY > steps

    conn.set_progress_handler(over, PROGRESS_EVERY)
    try:
        rows = database.execute_sql(sql, params).fetchall()
    except (sqlite3.OperationalError, peewee.OperationalError) as exc:
        if "interrupt" not in str(exc):
            raise
        return None
    finally:
        conn.set_progress_handler(None, 0)
    return array("q", [row[0] for row in rows])


def effective_sort(flt: ContactFilter, sort: Sort | None, count: int) -> Sort:
    """The order actually used: the user's, else best match first for a search, else by name."""
    if sort is not None and sort.key is not SortKey.RELEVANCE:
        return sort
    if search.words(flt.text) and count <= FULL_LIMIT:
        return Sort(SortKey.RELEVANCE)
    return Sort(SortKey.NAME)


def query(
    flt: ContactFilter, sort: Sort | None = None, *, today: dt.date, head: int = HEAD, count_later: bool = False
) -> ListResult:
    """The number of contacts matching ``flt`` and the first ids in order (all of them when few match).

    ``count_later``: a search matching many (more than :data:`FULL_LIMIT`) that has not been counted yet returns its
    head uncounted (``counted`` False, ``count`` the head's length), its plan chosen on an estimate; :func:`count`
    gives the number afterwards. Counting a one-letter search reads the index's whole list for the letter (15–35 ms
    at 200k contacts), which a keystroke should not wait for before its rows are painted.
    """
    q = _Query(flt, today)
    if count_later:
        estimate = q.estimate()
        if estimate is not None:
            used = effective_sort(flt, sort, estimate)
            ids = q.ids(used, head)
            return ListResult(len(ids), ids, False, used, counted=False)
    count = q.count()
    used = effective_sort(flt, sort, count)
    if count <= max(head, FULL_LIMIT):
        ids = q.ids(used, None)
        return ListResult(len(ids), ids, True, used)
    ids = q.ids(used, head)
    return ListResult(count, ids, len(ids) >= count, used)


@dataclass(frozen=True)
class CountRequest:
    """What counting a search elsewhere needs (another thread, its own connection): the expression the index is
    asked for, and the database's write stamp when it was asked (:func:`data_stamp`)."""

    expression: str
    stamp: tuple[int, int]


def count_request(flt: ContactFilter, *, today: dt.date) -> CountRequest | None:
    """For a search by text alone (the only kind :func:`query` returns uncounted): what a worker thread counts with
    :class:`app.core.contacts.match_count.ReadOnlyCounter`. None for any other filter (count it with :func:`count`)."""
    if flt.trash or not search.words(flt.text):
        return None
    q = _Query(flt, today)
    if q.test_expression is None or len(q.where) != 1:
        return None
    return CountRequest(q.test_expression, data_stamp())


def count(flt: ContactFilter, *, today: dt.date) -> int:
    """How many contacts match ``flt`` (kept until the next write for a search by text alone)."""
    return _Query(flt, today).count()


def all_ids(flt: ContactFilter, sort: Sort, *, today: dt.date) -> array:
    """Every matching id in ``sort`` order (the rest of a list whose head :func:`query` returned)."""
    return _Query(flt, today).ids(sort, None)


def ids_slice(flt: ContactFilter, sort: Sort, offset: int, limit: int, *, today: dt.date) -> array:
    """The ids of rows ``offset`` … ``offset + limit - 1`` in ``sort`` order (a window of a long list)."""
    return _Query(flt, today).ids(sort, limit, offset)


def position(flt: ContactFilter, sort: Sort, contact_id: int, *, today: dt.date) -> int | None:
    """Row of ``contact_id`` in the list, without loading the ids before it (name order only; None when it is not
    listed). Other orders raise :class:`NotImplementedError` (load the ids and use :func:`position_of`)."""
    return _Query(flt, today).position(sort, contact_id)


def position_of(contact_id: int, ids: array) -> int | None:
    """Row of ``contact_id`` in ``ids``, or None."""
    try:
        return ids.index(contact_id)
    except ValueError:
        return None
