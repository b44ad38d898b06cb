"""The daily rules pass over everyone, set-based (issue 21): SQL finds the contacts a per-contact time rule would
change, and the rule runs as before for those alone.

:func:`app.core.followups.rules.run_all` re-evaluates keep in touch, pending invitations and birthdays for everyone
at start-up and midnight. Evaluated person by person in Python that cost ~1.2 s at 50 000 contacts and grew faster
than the data, on a day with nothing to do. Here one query per rule computes what the rule wants for every contact
(its rule key, day and title, exactly as :mod:`app.core.followups.time_rules` and :mod:`app.core.followups.birthdays`
compute them) and compares it with the open follow-up in place; a contact is a *candidate* unless its one open
follow-up already says exactly that (or the rule wants one whose key is closed and none is open). Candidates are
a superset of the contacts the rule changes — any row the SQL cannot vouch for is one — and the Python rule decides
for them with the same code as before, so the follow-ups made are the same (tests/unit/core/test_rules_pass.py
compares both on a seeded database). The queries read the covering index of migration 0130
(``follow_up (rule, status, contact_id, completed_at)``), the rule-key index and the contacts once.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import string

from app.core.contacts.keep_in_touch import default_cadence
from app.core.followups import birthdays, titles
from app.core.followups.rule_store import RuleRun
from app.core.followups.time_rules import keep_in_touch_rule, review_invitation
from app.db import database

# More candidates than this: the rule runs over everyone in one pass (cheaper than a list of ids that long).
BULK_CANDIDATES = 20_000


def quoted(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def title_sql(key: str, **columns: str) -> str:
    """The SQL expression of the English title :func:`app.core.followups.titles.title` makes for template ``key``,
    its fields filled from SQL ``columns`` (plain fields only: no format spec)."""
    parts: list[str] = []
    for literal, field, spec, conversion in string.Formatter().parse(titles.TEMPLATES[key]):
        if literal:
            parts.append(quoted(literal))
        if field is not None:
            if spec or conversion:
                raise ValueError(f"title_sql: {key} formats its field {field!r}")
            parts.append(f"({columns[field]})")
    return " || ".join(parts) or "''"


def _ids(sql: str, params: tuple = ()) -> list[int]:
    return sorted({row[0] for row in database.execute_sql(sql, params).fetchall()})


def open_contacts(rule: str) -> list[int]:
    """Every contact with an open follow-up of ``rule`` (what a rule turned off removes)."""
    return _ids(
        "SELECT DISTINCT contact_id FROM follow_up WHERE rule = ? AND status = 'open' AND contact_id IS NOT NULL",
        (rule,),
    )


# The tail shared by the rules' candidate queries: ``target`` (cid, name, key, due) is what the rule wants for each
# contact; ``opened`` counts each contact's open follow-ups of the rule. A contact is a candidate when no open
# follow-up matches its target exactly (and its target's key is not closed, unless one is open: that one goes), when
# it has more than one open, or when it has one and the rule wants none for it. ``{match}`` is what the open
# follow-up ``f`` must say: its key, day and title.
_OPENED = """opened AS MATERIALIZED (
  SELECT contact_id AS cid, COUNT(*) AS n FROM follow_up
  WHERE rule = :rule AND status = 'open' AND contact_id IS NOT NULL GROUP BY contact_id
)"""
_CANDIDATES = """
SELECT t.cid FROM target AS t
WHERE NOT EXISTS (
    SELECT 1 FROM follow_up AS f WHERE f.contact_id = t.cid AND f.rule = :rule AND f.status = 'open' AND {match})
  AND (EXISTS (SELECT 1 FROM follow_up AS f WHERE f.rule = :rule AND f.status = 'open' AND f.contact_id = t.cid)
    OR NOT EXISTS (SELECT 1 FROM follow_up AS f WHERE f.rule_key = t.key AND f.rule = :rule AND f.status != 'open'))
UNION
SELECT o.cid FROM opened AS o WHERE o.n > 1 OR o.cid NOT IN (SELECT cid FROM target)
"""


def candidates_sql(ctes: str, match: str, rule: str) -> str:
    sql = f"WITH {ctes},\n{_OPENED}\n{_CANDIDATES.format(match=match)}"
    return portable(sql.replace(":rule", quoted(rule)))


def portable(sql: str) -> str:
    """``sql`` for this SQLite: the MATERIALIZED hint (3.35) dropped where it is unknown (the same answers)."""
    return sql if sqlite3.sqlite_version_info >= (3, 35) else sql.replace(" AS MATERIALIZED (", " AS (")


def _run(rule_fn, ids: list[int], settings, today: dt.date, now: dt.datetime) -> RuleRun:
    """Run the Python rule for the candidates only (for everyone when most contacts are: one pass is cheaper)."""
    if not ids:
        return RuleRun()
    return rule_fn(None if len(ids) > BULK_CANDIDATES else ids, settings, today, now)[1]


# --- keep in touch ----------------------------------------------------------------------------------------------
def keep_in_touch_candidates(settings) -> list[int]:
    """The contacts whose "Reconnect with X" :func:`keep_in_touch_rule` would make, move, retitle or remove."""
    if not settings.is_on("keep_in_touch"):
        return open_contacts("keep_in_touch")
    return _ids(keep_in_touch_sql())


def keep_in_touch_sql() -> str:
    rule = "keep_in_touch"
    default = int(default_cadence().ideal_days)
    name_title = title_sql(rule, name="t.name")
    ctes = f"""closed AS MATERIALIZED (
  SELECT contact_id AS cid, substr(MAX(completed_at), 1, 10) AS day FROM follow_up
  WHERE rule = :rule AND status != 'open' AND completed_at IS NOT NULL AND contact_id IS NOT NULL
  GROUP BY contact_id
), base AS MATERIALIZED (
  SELECT c.id AS cid, c.display_name AS name,
    MAX(substr(COALESCE(NULLIF(c.last_interaction_at, ''), c.created_at), 1, 10), COALESCE(cl.day, '')) AS start,
    COALESCE(NULLIF(c.keep_in_touch_days, 0),
      (SELECT MIN(ci.keep_in_touch_days) FROM contact_circle AS cc JOIN circle AS ci ON ci.id = cc.circle_id
        WHERE cc.contact_id = c.id AND ci.keep_in_touch_days IS NOT NULL), {default}) AS days
  FROM contact AS c LEFT JOIN closed AS cl ON cl.cid = c.id
  WHERE c.deleted_at IS NULL AND (c.last_interaction_at IS NOT NULL OR c.keep_in_touch_days IS NOT NULL)
), target AS MATERIALIZED (
  SELECT cid, name, 'keep_in_touch:contact:' || cid || ':' || start AS key,
    date(start, printf('%+d days', days)) AS due
  FROM base
)"""
    match = (
        f"f.rule_key = t.key AND f.original_due = t.due AND (f.snoozed_until IS NOT NULL OR f.due = t.due) "
        f"AND f.title = {name_title} AND f.title_key = {quoted(rule)}"
    )
    return candidates_sql(ctes, match, rule)


def keep_in_touch(settings, today: dt.date, now: dt.datetime) -> RuleRun:
    return _run(keep_in_touch_rule, keep_in_touch_candidates(settings), settings, today, now)


# --- pending invitations ----------------------------------------------------------------------------------------
def review_invitation_candidates(settings, today: dt.date) -> list[int]:
    """The contacts whose "Review pending invitation" :func:`review_invitation` would change."""
    if not settings.is_on("review_invitation"):
        return open_contacts("review_invitation")
    return _ids(review_invitation_sql(settings, today))


def review_invitation_sql(settings, today: dt.date) -> str:
    rule = "review_invitation"
    days = int(settings.offset(rule))
    ctes = f"""base AS MATERIALIZED (
  SELECT c.id AS cid, c.display_name AS name,
    substr(COALESCE(NULLIF(c.invitation_date, ''), c.created_at), 1, 10) AS start
  FROM contact AS c WHERE c.deleted_at IS NULL AND c.invitation_status = 'sent'
), target AS MATERIALIZED (
  SELECT cid, name, 'review_invitation:contact:' || cid || ':' || start AS key,
    date(start, printf('%+d days', {days})) AS due
  FROM base
)"""
    # never due before the day the open one was made (not_before_made)
    wanted_due = f"MAX(t.due, COALESCE(NULLIF(substr(f.created_at, 1, 10), ''), {quoted(today.isoformat())}))"
    match = (
        f"f.rule_key = t.key AND f.original_due = {wanted_due} "
        f"AND (f.snoozed_until IS NOT NULL OR f.due = {wanted_due}) "
        f"AND f.title = {title_sql(rule, name='t.name')} AND f.title_key = {quoted(rule)}"
    )
    return candidates_sql(ctes, match, rule)


def review_invitations(settings, today: dt.date, now: dt.datetime) -> RuleRun:
    return _run(review_invitation, review_invitation_candidates(settings, today), settings, today, now)


# --- birthdays --------------------------------------------------------------------------------------------------
def _occurrence(year: str, month: str, day: str) -> str:
    """SQL for :func:`app.core.followups.birthdays.occurrence`: 29 February is 28 February in a year without it."""
    leap = f"(({year}) % 4 = 0 AND (({year}) % 100 != 0 OR ({year}) % 400 = 0))"
    return (
        f"(CASE WHEN ({month}) = 2 AND ({day}) = 29 AND NOT {leap} THEN printf('%04d-02-28', {year}) "
        f"ELSE printf('%04d-%02d-%02d', {year}, {month}, {day}) END)"
    )


def _is_day(alias: str) -> str:
    """SQL for :func:`app.core.followups.birthdays._is_day` (a leap year's days)."""
    month, day = f"{alias}.month", f"{alias}.day"
    last = f"(CASE {month} WHEN 2 THEN 29 WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END)"
    return f"{month} BETWEEN 1 AND 12 AND {day} BETWEEN 1 AND {last}"


def birthday_candidates(settings, today: dt.date) -> list[int]:
    """The contacts whose birthday wish :func:`app.core.followups.birthdays.birthday_rule` would change: the target
    year kept while a wish is open (belated up to BELATED_DAYS), else the next birthday, as the rule decides."""
    if not settings.is_on(birthdays.RULE):
        return open_contacts(birthdays.RULE)
    return _ids(birthday_sql(settings, today))


def birthday_sql(settings, today: dt.date) -> str:
    """An open wish is kept for the year its key names while that birthday is at most BELATED_DAYS past (and not
    after the next one), else it moves to the next birthday: so the only keys the rule can keep are the next
    birthday's (``up``) and the last one's (``prev``) while it is at most BELATED_DAYS past. Its day is N days
    ahead of that birthday, but not before the wish was made."""
    rule = birthdays.RULE
    ahead = int(settings.birthday_days_ahead)
    today_text = quoted(today.isoformat())
    belated = quoted((today - dt.timedelta(days=birthdays.BELATED_DAYS)).isoformat())
    this_year = _occurrence(str(today.year), "b.m", "b.d")
    last_year, next_year = (_occurrence(str(today.year + n), "y.m", "y.d") for n in (-1, 1))
    upcoming = f"(CASE WHEN y.ty >= {today_text} THEN y.ty ELSE {next_year} END)"
    previous = f"(CASE WHEN y.ty >= {today_text} THEN {last_year} ELSE y.ty END)"
    prefix = quoted(birthdays.KEY_PREFIX)
    # each live contact's first birthday that is a day of the year (by position), as birthdays._birthdays reads it
    ctes = f"""b AS MATERIALIZED (
  SELECT x.cid, c.display_name AS name, x.m, x.d FROM (
    SELECT d.contact_id AS cid, d.month AS m, d.day AS d,
      ROW_NUMBER() OVER (PARTITION BY d.contact_id ORDER BY d.position, d.id) AS n
    FROM contact_date AS d WHERE d.kind = 'birthday' AND {_is_day("d")}
  ) AS x JOIN contact AS c ON c.id = x.cid
  WHERE x.n = 1 AND c.deleted_at IS NULL
), y AS MATERIALIZED (
  SELECT b.cid, b.name, b.m, b.d, {this_year} AS ty FROM b
), base AS MATERIALIZED (
  SELECT y.cid, y.name, {upcoming} AS up, {previous} AS prev FROM y
), target AS MATERIALIZED (
  SELECT cid, name, up, prev,
    {prefix} || cid || ':' || CAST(substr(up, 1, 4) AS INTEGER) AS key,
    date(up, printf('-%d days', {ahead})) AS due,
    CASE WHEN prev >= {belated} THEN {prefix} || cid || ':' || CAST(substr(prev, 1, 4) AS INTEGER) END AS prev_key,
    date(prev, printf('-%d days', {ahead})) AS prev_due
  FROM base
)"""
    made = "substr(f.created_at, 1, 10)"
    due_up = f"MAX(t.due, MIN({made}, t.up))"
    due_prev = f"MAX(t.prev_due, MIN({made}, t.prev))"
    match = (
        f"((f.rule_key = t.key AND f.original_due = {due_up} AND (f.snoozed_until IS NOT NULL OR f.due = {due_up})) "
        f"OR (f.rule_key = t.prev_key AND f.original_due = {due_prev} "
        f"AND (f.snoozed_until IS NOT NULL OR f.due = {due_prev}))) "
        f"AND f.title = {title_sql(rule, name='t.name')} AND f.title_key = {quoted(rule)}"
    )
    return candidates_sql(ctes, match, rule)


def birthday_wishes(settings, today: dt.date, now: dt.datetime) -> RuleRun:
    return _run(birthdays.birthday_rule, birthday_candidates(settings, today), settings, today, now)
