"""Preferences → Follow-up rules as one use case: what the tab shows, and "change rule settings".

:func:`load_cadences` gives the keep-in-touch cadences (the default and each circle's, circles in their order);
:func:`change_rule_settings` checks the new values, stores them with the cadences in one transaction, moves the open
follow-ups of a rule whose offset changed (the ones the user moved keep their day) and re-runs the time-based rules,
so the calendar reflects the new cadences at once. It returns the :class:`~app.core.changes.Changes` to publish.
With many contacts re-running the rules takes seconds (about 3 s on 10 000 demo contacts), so the Preferences
dialog runs it on a worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.changes import NOTHING, Changes
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts import keep_in_touch
from app.core.followups import rule_settings
from app.core.followups import rules as followup_rules
from app.db import database
from app.models import DEFAULT_KEEP_IN_TOUCH_DAYS, Circle, Setting


@dataclass(frozen=True)
class CircleCadence:
    """One circle's keep-in-touch cadence; ``None`` days fall back (ideal: the default; maximum: 1.5 × ideal)."""

    circle_id: int
    name: str
    ideal_days: int | None
    max_days: int | None


@dataclass(frozen=True)
class Cadences:
    """The keep-in-touch default cadence (days) and every circle's, in the circles' order."""

    default_days: int
    circles: tuple[CircleCadence, ...]


class CircleCadenceError(rule_settings.RuleSettingsError):
    """A circle's maximum is shorter than its reconnect time. Nothing was written."""

    def __init__(self, circle: str, ideal_days: int, max_days: int):
        self.circle = circle
        self.ideal_days = ideal_days
        self.max_days = max_days
        super().__init__(
            f"{circle}: the maximum ({max_days} days) must be at least the reconnect time ({ideal_days} days)."
        )


def load_cadences() -> Cadences:
    circles = tuple(
        CircleCadence(c.id, c.name, c.keep_in_touch_days, c.keep_in_touch_max_days)
        for c in Circle.select().order_by(Circle.position, Circle.name)
    )
    return Cadences(keep_in_touch.default_cadence().ideal_days, circles)


def check_circles(circles: Sequence[CircleCadence]) -> None:
    """Refuse a circle whose maximum is shorter than its reconnect time (:class:`CircleCadenceError`); reads and
    writes nothing, so a caller may check before handing the change to a worker thread."""
    for circle in circles:
        if circle.ideal_days and circle.max_days and circle.max_days < circle.ideal_days:
            raise CircleCadenceError(circle.name, circle.ideal_days, circle.max_days)


def change_rule_settings(
    new: rule_settings.RuleSettings,
    default_days: int,
    circles: Sequence[CircleCadence],
    clock: Clock = SYSTEM_CLOCK,
) -> Changes:
    """Store the rule settings, the default cadence and the circles' cadences (zero days count as unset), then
    bring the follow-ups in line, in one transaction. Raises :class:`~.rule_settings.RuleSettingsError` (or its
    :class:`CircleCadenceError`) writing nothing; returns :data:`NOTHING` when nothing differs from what is stored.
    """
    circles = [CircleCadence(c.circle_id, c.name, c.ideal_days or None, c.max_days or None) for c in circles]
    check_circles(circles)
    old = rule_settings.load()
    old_default = Setting.read(keep_in_touch.DEFAULT_SETTING, DEFAULT_KEEP_IN_TOUCH_DAYS)
    old_circles = {
        c.id: (c.keep_in_touch_days, c.keep_in_touch_max_days)
        for c in Circle.select(Circle.id, Circle.keep_in_touch_days, Circle.keep_in_touch_max_days)
    }
    changed = (
        new != old
        or old_default != default_days
        or any(old_circles.get(c.circle_id) != (c.ideal_days, c.max_days) for c in circles)
    )
    if not changed:
        return NOTHING
    with database.atomic():
        rule_settings.save(new)
        Setting.write(keep_in_touch.DEFAULT_SETTING, default_days)
        for c in circles:
            Circle.update(keep_in_touch_days=c.ideal_days, keep_in_touch_max_days=c.max_days).where(
                Circle.id == c.circle_id
            ).execute()
        followup_rules.apply_cadence_change(old, new)
        followup_rules.run_all(clock)
    return Changes.of("followups", "contacts")
