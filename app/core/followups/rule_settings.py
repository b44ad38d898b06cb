"""The editable side of the networking rules (DESIGN §4): which rules are on and how many days each waits.

Stored in one ``Setting`` row (``followup_rules``, JSON) so the choice travels with the data (backups, export).
A missing, partial or hand-edited row never breaks anything: each value that is absent or out of range falls back
to its default. The keep-in-touch default cadence lives in its own setting (see :mod:`app.core.contacts.keep_in_touch`).
The birthday rule (:mod:`app.core.followups.birthdays`) counts days *before* the birthday, so it is not one of the
"after an event" :data:`RULES`: it has its own switch and ``birthday_days_ahead``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from app.core.translated import QT_TRANSLATE_NOOP
from app.errors import RapportError
from app.models import Setting

SETTING_KEY = "followup_rules"
MAX_DAYS = 365
BIRTHDAY_MAX_DAYS_AHEAD = 30
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class RuleSpec:
    """What the Settings dialog shows for one rule: its label, help line, default offset and allowed range."""

    name: str
    label: str
    help: str
    default_days: int
    min_days: int = 0
    max_days: int = MAX_DAYS


# In the order of DESIGN §4. Offsets are days after the event that triggers the rule.
RULES: tuple[RuleSpec, ...] = (
    RuleSpec(
        "thank_you",
        QT_TRANSLATE_NOOP("Labels", "Thank-you after a conversation"),
        QT_TRANSLATE_NOOP(
            "Labels", "After a call, coffee, meeting, lunch or event: send a short thank-you the same day."
        ),
        0,
        0,
        7,
    ),
    RuleSpec(
        "call_referral",
        QT_TRANSLATE_NOOP("Labels", "Contact a referral"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "When someone is referred to you: get in touch within a few days (an unused introduction embarrasses "
            "the person who made it).",
        ),
        3,
        0,
        14,
    ),
    RuleSpec(
        "update_referrer",
        QT_TRANSLATE_NOOP("Labels", "Tell the referrer how it went"),
        QT_TRANSLATE_NOOP(
            "Labels", "After the first conversation with a referred contact: let the person who referred them know."
        ),
        1,
        0,
        14,
    ),
    RuleSpec(
        "reminder",
        QT_TRANSLATE_NOOP("Labels", "Friendly reminder after sending something"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "After you send a target list, résumé or article: one polite reminder if you have not heard back "
            "(7–10 days is about right).",
        ),
        7,
        1,
        30,
    ),
    RuleSpec(
        "introduction",
        QT_TRANSLATE_NOOP("Labels", "Check in after an introduction"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "A week after you introduce two people: ask each of them how it went — and whether they have met yet.",
        ),
        7,
        1,
        30,
    ),
    RuleSpec(
        "thank_connection",
        QT_TRANSLATE_NOOP("Labels", "Thank a new connection"),
        QT_TRANSLATE_NOOP(
            "Labels", "When an invitation is accepted: thank them, ask what made them connect, propose a short chat."
        ),
        1,
        0,
        14,
    ),
    RuleSpec(
        "review_invitation",
        QT_TRANSLATE_NOOP("Labels", "Review a pending invitation"),
        QT_TRANSLATE_NOOP(
            "Labels", "When an invitation you sent stays unanswered: review it (withdraw it or let it go)."
        ),
        60,
        7,
        MAX_DAYS,
    ),
)
RULE_NAMES = tuple(spec.name for spec in RULES)
SPECS = {spec.name: spec for spec in RULES}


@dataclass(frozen=True)
class RuleSettings:
    """The effective settings: ``days[rule]`` offsets, ``enabled[rule]`` switches (also for ``monthly_update`` and
    ``keep_in_touch``, ``birthday``), the weekday of the monthly update (0 = Monday; it falls on the first such
    day) and how many days before a birthday its follow-up is due (0: on the day)."""

    days: dict[str, int]
    enabled: dict[str, bool]
    monthly_weekday: int = 0
    birthday_days_ahead: int = 0

    def is_on(self, rule: str) -> bool:
        return self.enabled.get(rule, True)

    def offset(self, rule: str) -> int:
        return self.days.get(rule, SPECS[rule].default_days)

    def with_days(self, rule: str, days: int) -> RuleSettings:
        return dataclasses.replace(self, days={**self.days, rule: days})

    def with_enabled(self, rule: str, on: bool) -> RuleSettings:
        return dataclasses.replace(self, enabled={**self.enabled, rule: on})


SWITCHABLE = (*RULE_NAMES, "monthly_update", "keep_in_touch", "birthday")


def defaults() -> RuleSettings:
    return RuleSettings(
        days={spec.name: spec.default_days for spec in RULES},
        enabled=dict.fromkeys(SWITCHABLE, True),
        monthly_weekday=0,
    )


def _valid_int(value: object, low: int, high: int) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if low <= value <= high else None


def load() -> RuleSettings:
    """The stored settings, each unusable value replaced by its default."""
    base = defaults()
    raw = Setting.read(SETTING_KEY, {})
    if not isinstance(raw, dict):
        return base
    days = dict(base.days)
    stored_days = raw.get("days") if isinstance(raw.get("days"), dict) else {}
    for spec in RULES:
        value = _valid_int(stored_days.get(spec.name), spec.min_days, spec.max_days)
        if value is not None:
            days[spec.name] = value
    enabled = dict(base.enabled)
    stored_enabled = raw.get("enabled") if isinstance(raw.get("enabled"), dict) else {}
    for name in SWITCHABLE:
        if isinstance(stored_enabled.get(name), bool):
            enabled[name] = stored_enabled[name]
    weekday = _valid_int(raw.get("monthly_weekday"), 0, 6)
    ahead = _valid_int(raw.get("birthday_days_ahead"), 0, BIRTHDAY_MAX_DAYS_AHEAD)
    return RuleSettings(
        days=days,
        enabled=enabled,
        monthly_weekday=base.monthly_weekday if weekday is None else weekday,
        birthday_days_ahead=base.birthday_days_ahead if ahead is None else ahead,
    )


class RuleSettingsError(RapportError, ValueError):
    """A value is out of its allowed range; the message names the rule and the range. Nothing was written."""


def save(settings: RuleSettings) -> None:
    """Store ``settings`` after checking every value (raises :class:`RuleSettingsError`, writing nothing)."""
    for spec in RULES:
        value = settings.days.get(spec.name, spec.default_days)
        if _valid_int(value, spec.min_days, spec.max_days) is None:
            raise RuleSettingsError(f"{spec.label}: {value!r} days is outside {spec.min_days}–{spec.max_days}")
    if _valid_int(settings.monthly_weekday, 0, 6) is None:
        raise RuleSettingsError(f"monthly update weekday {settings.monthly_weekday!r} is not 0–6")
    if _valid_int(settings.birthday_days_ahead, 0, BIRTHDAY_MAX_DAYS_AHEAD) is None:
        raise RuleSettingsError(
            f"Birthday: {settings.birthday_days_ahead!r} days ahead is outside 0–{BIRTHDAY_MAX_DAYS_AHEAD}"
        )
    Setting.write(
        SETTING_KEY,
        {
            "days": {spec.name: settings.days.get(spec.name, spec.default_days) for spec in RULES},
            "enabled": {name: bool(settings.enabled.get(name, True)) for name in SWITCHABLE},
            "monthly_weekday": settings.monthly_weekday,
            "birthday_days_ahead": settings.birthday_days_ahead,
        },
    )
