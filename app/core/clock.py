"""Time as the domain sees it, injectable so that rules and timers are tested without waiting.

Rapport stores local wall-clock times (naive datetimes): a follow-up "due today" means today where the user is.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    """What domain code may ask about time."""

    def now(self) -> dt.datetime: ...

    def today(self) -> dt.date: ...

    def monotonic(self) -> float: ...


class SystemClock:
    """The real clock: local wall time, and ``time.monotonic`` for measuring durations."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)

    def today(self) -> dt.date:
        return dt.date.today()

    def monotonic(self) -> float:
        return time.monotonic()


class FixedClock:
    """A clock that only moves when told to (tests, demo data for a given day)."""

    def __init__(self, start: dt.datetime | dt.date | str, monotonic_start: float = 1000.0):
        if isinstance(start, str):
            start = dt.datetime.fromisoformat(start)
        if not isinstance(start, dt.datetime):
            start = dt.datetime.combine(start, dt.time(9, 0))
        self._now = start
        self._mono = monotonic_start

    def now(self) -> dt.datetime:
        return self._now

    def today(self) -> dt.date:
        return self._now.date()

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float = 0.0, *, days: int = 0) -> None:
        """Move both clocks forward."""
        delta = dt.timedelta(days=days, seconds=seconds)
        self._now += delta
        self._mono += delta.total_seconds()

    def set(self, when: dt.datetime) -> None:
        self._now = when


SYSTEM_CLOCK = SystemClock()
