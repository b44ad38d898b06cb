"""A follow-up's title as a template key and parameters (issue 23 item 3): ``follow_up.title_key`` and
``follow_up.title_params`` (JSON), so that the titles the rules write are shown in the reader's language
(:mod:`app.core.followups.titles`).

The rows the rules made before are given their key where their title reads as the rule's English template; a title
the user wrote (no rule) or changed keeps no key and is shown as written. Frozen copy of the templates as of this
migration: later changes go in a new migration.
"""

from __future__ import annotations

import datetime as dt
import json
import re

MONTHS = "January February March April May June July August September October November December".split()  # noqa: SIM905
DAY = r"(?P<day>\d{1,2} (?:" + "|".join(m[:3] for m in MONTHS) + r"))"
# rule -> [(key, English template)], the more specific first
TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "thank_you": [("thank_you", "Send thank-you to {name}")],
    "reminder": [
        ("reminder_sent_on", "Friendly reminder to {name} about what you sent on {day:day}"),
        ("reminder", "Friendly reminder to {name} about {about}"),
    ],
    "introduction": [("introduction", "Ask {name} how the introduction to {other} went")],
    "call_referral": [("call_referral", "Contact {name} (referred by {referrer})")],
    "update_referrer": [("update_referrer", "Tell {referrer} how it went with {name}")],
    "thank_connection": [("thank_connection", "Thank {name} for connecting; ask why and propose a chat")],
    "review_invitation": [("review_invitation", "Review pending invitation to {name} (withdraw or let go)")],
    "keep_in_touch": [("keep_in_touch", "Reconnect with {name}")],
    "monthly_update": [("monthly_update", "Monthly update email to your network ({month:month})")],
    "birthday": [("birthday", "Wish {name} a happy birthday")],
}
FIELD = re.compile(r"\{(\w+)(?::(\w+))?\}")


def pattern(template: str) -> re.Pattern:
    parts, last = [], 0
    for field in FIELD.finditer(template):
        parts.append(re.escape(template[last : field.start()]))
        name, spec = field.groups()
        if spec == "month":
            parts.append(f"(?P<{name}>{'|'.join(MONTHS)})")
        elif spec == "day":
            parts.append(DAY)
        else:
            parts.append(f"(?P<{name}>.+?)")
        last = field.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts) + r"\Z")


PATTERNS = {rule: [(key, pattern(template)) for key, template in pairs] for rule, pairs in TEMPLATES.items()}


def key_of(rule: str | None, title: str, due: str | None) -> tuple[str, dict] | None:
    """The key and parameters of a rule-made ``title``, or None when it does not read as the rule's template."""
    for key, regex in PATTERNS.get(rule or "", []):
        found = regex.match(title or "")
        if found is None:
            continue
        params = found.groupdict()
        if "month" in params:
            params["month"] = MONTHS.index(params["month"]) + 1
        if "day" in params:  # "3 Mar": the last such day on or before the follow-up's day
            day, month = params["day"].split()
            near = dt.date.fromisoformat((due or dt.date.today().isoformat())[:10])
            try:
                when = dt.date(near.year, [m[:3] for m in MONTHS].index(month) + 1, int(day))
                if when > near:
                    when = when.replace(year=near.year - 1)
            except ValueError:  # 29 Feb of a year without one
                continue
            params["day"] = when.isoformat()
        return key, params
    return None


def up(migrator, db):
    columns = {row[1] for row in db.execute_sql("PRAGMA table_info(follow_up)").fetchall()}
    for column in ("title_key", "title_params"):
        if column not in columns:
            db.execute_sql(f"ALTER TABLE follow_up ADD COLUMN {column} TEXT")
    rules = ", ".join(f"'{rule}'" for rule in TEMPLATES)
    rows = db.execute_sql(
        f"SELECT id, rule, title, COALESCE(original_due, due) FROM follow_up WHERE rule IN ({rules}) "
        "AND title_key IS NULL"
    ).fetchall()
    updates = []
    for fid, rule, title, due in rows:
        found = key_of(rule, title, str(due) if due else None)
        if found is not None:
            key, params = found
            updates.append((key, json.dumps(params, ensure_ascii=False, sort_keys=True), fid))
    for values in updates:
        db.execute_sql("UPDATE follow_up SET title_key = ?, title_params = ? WHERE id = ?", values)


def down(migrator, db):
    for column in ("title_key", "title_params"):
        db.execute_sql(f"ALTER TABLE follow_up DROP COLUMN {column}")
