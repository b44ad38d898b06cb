"""The switches and days of the job-application rules (Preferences → Follow-up rules → Job applications).

Stored in their own ``Setting`` row (``opportunity_rules``, JSON), beside the networking rules' (which they do not
touch); a missing, partial or hand-edited row never breaks anything: each unusable value falls back to its default.
``interview_prep`` counts days *before* the interview; the others count days after the event.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from app.core.followups.rule_settings import RuleSpec
from app.core.translated import QT_TRANSLATE_NOOP
from app.errors import RapportError
from app.models import Setting

SETTING_KEY = "opportunity_rules"

RULES: tuple[RuleSpec, ...] = (
    RuleSpec(
        "application_check_in",
        QT_TRANSLATE_NOOP("Labels", "Check in after applying"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "When nothing has moved a week after you applied: a short, friendly note to the recruiter or the hiring "
            "manager (or whoever referred you).",
        ),
        7,
        1,
        30,
    ),
    RuleSpec(
        "interview_thank_you",
        QT_TRANSLATE_NOOP("Labels", "Thank each interviewer"),
        QT_TRANSLATE_NOOP("Labels", "On the day of an interview: a thank-you to each person who interviewed you."),
        0,
        0,
        7,
    ),
    RuleSpec(
        "opportunity_update",
        QT_TRANSLATE_NOOP("Labels", "Tell the referrer how it is going"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "After each stage change of an opportunity someone referred you to: let them know — they opened the door.",
        ),
        1,
        0,
        14,
    ),
    RuleSpec(
        "interview_prep",
        QT_TRANSLATE_NOOP("Labels", "Prepare for an interview"),
        QT_TRANSLATE_NOOP(
            "Labels", "Before an interview: read the prep sheet — the opportunity's notes, the people, your pitch."
        ),
        1,
        0,
        14,
    ),
    RuleSpec(
        "opportunity_nudge",
        QT_TRANSLATE_NOOP("Labels", "Nudge a quiet opportunity"),
        QT_TRANSLATE_NOOP(
            "Labels", "When nothing has happened with an open opportunity for a while: follow up, or let it go."
        ),
        14,
        7,
        90,
    ),
)
RULE_NAMES = tuple(spec.name for spec in RULES)
SPECS = {spec.name: spec for spec in RULES}
DAYS_BEFORE = ("interview_prep",)  # the rules whose days count before the event


@dataclass(frozen=True)
class OpportunityRuleSettings:
    """``days[rule]`` and ``enabled[rule]`` for each of :data:`RULES`."""

    days: dict[str, int]
    enabled: dict[str, bool]

    def is_on(self, rule: str) -> bool:
        return self.enabled.get(rule, True)

    def offset(self, rule: str) -> int:
        return self.days.get(rule, SPECS[rule].default_days)

    def with_days(self, rule: str, days: int) -> OpportunityRuleSettings:
        return dataclasses.replace(self, days={**self.days, rule: days})

    def with_enabled(self, rule: str, on: bool) -> OpportunityRuleSettings:
        return dataclasses.replace(self, enabled={**self.enabled, rule: on})


def defaults() -> OpportunityRuleSettings:
    return OpportunityRuleSettings(
        days={spec.name: spec.default_days for spec in RULES}, enabled=dict.fromkeys(RULE_NAMES, True)
    )


def _valid(value: object, spec: RuleSpec) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if spec.min_days <= value <= spec.max_days else None


def load() -> OpportunityRuleSettings:
    """The stored settings, each unusable value replaced by its default."""
    base = defaults()
    raw = Setting.read(SETTING_KEY, {})
    if not isinstance(raw, dict):
        return base
    stored_days = raw.get("days") if isinstance(raw.get("days"), dict) else {}
    stored_enabled = raw.get("enabled") if isinstance(raw.get("enabled"), dict) else {}
    days = dict(base.days)
    enabled = dict(base.enabled)
    for spec in RULES:
        value = _valid(stored_days.get(spec.name), spec)
        if value is not None:
            days[spec.name] = value
        if isinstance(stored_enabled.get(spec.name), bool):
            enabled[spec.name] = stored_enabled[spec.name]
    return OpportunityRuleSettings(days, enabled)


class RuleSettingsError(RapportError, ValueError):
    """A value is out of its range; the message names the rule and the range. Nothing was written."""


def save(settings: OpportunityRuleSettings) -> None:
    for spec in RULES:
        value = settings.days.get(spec.name, spec.default_days)
        if _valid(value, spec) is None:
            raise RuleSettingsError(f"{spec.label}: {value!r} days is outside {spec.min_days}–{spec.max_days}")
    Setting.write(
        SETTING_KEY,
        {
            "days": {spec.name: settings.offset(spec.name) for spec in RULES},
            "enabled": {name: bool(settings.is_on(name)) for name in RULE_NAMES},
        },
    )
