"""The rehearsal stopwatch: elapsed time from a monotonic clock, never from counting timer ticks.

A GUI timer only decides *when* to repaint; what it shows is always ``clock.monotonic() - start``, so a late or
dropped tick never makes the reading drift. The optional 3-2-1 countdown works the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from app.core.clock import Clock
from app.core.pitches.timing import Light, Thresholds, spoken_wpm


class Phase(StrEnum):
    IDLE = "idle"
    COUNTDOWN = "countdown"
    RUNNING = "running"
    STOPPED = "stopped"


@dataclass(frozen=True)
class RunResult:
    """A finished run, ready to be saved as a Rehearsal."""

    duration_seconds: float
    words: int
    wpm: float
    light: Light

    @property
    def duration_ms(self) -> int:
        return round(self.duration_seconds * 1000)


class Stopwatch:
    """Start / stop / elapsed on an injected clock, with an optional countdown before the start.

    ``countdown_seconds`` > 0 makes :meth:`start` enter the COUNTDOWN phase; the run itself begins when the countdown
    has elapsed (checked by :meth:`update`, or implicitly by :meth:`elapsed`), and its start is the end of the
    countdown, not the moment :meth:`update` noticed it.
    """

    def __init__(self, clock: Clock, thresholds: Thresholds, countdown_seconds: int = 0):
        self.clock = clock
        self.thresholds = thresholds
        self.countdown_seconds = countdown_seconds
        self.phase = Phase.IDLE
        self._countdown_started: float | None = None
        self._started: float | None = None
        self._stopped_elapsed: float = 0.0

    # --- control -------------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Begin a new run (or its countdown); a running stopwatch is restarted from zero."""
        now = self.clock.monotonic()
        self._stopped_elapsed = 0.0
        if self.countdown_seconds > 0:
            self.phase = Phase.COUNTDOWN
            self._countdown_started = now
            self._started = now + self.countdown_seconds
        else:
            self.phase = Phase.RUNNING
            self._countdown_started = None
            self._started = now

    def stop(self) -> float:
        """End the run and return its duration in seconds (0 when stopped during the countdown)."""
        self.update()
        if self.phase == Phase.RUNNING:
            self._stopped_elapsed = self._elapsed_now()
            self.phase = Phase.STOPPED
        elif self.phase == Phase.COUNTDOWN:
            self._stopped_elapsed = 0.0
            self.phase = Phase.IDLE
        return self._stopped_elapsed

    def reset(self) -> None:
        self.phase = Phase.IDLE
        self._started = None
        self._countdown_started = None
        self._stopped_elapsed = 0.0

    def update(self) -> Phase:
        """Move from COUNTDOWN to RUNNING once the countdown is over; returns the phase."""
        if self.phase == Phase.COUNTDOWN and self._started is not None and self.clock.monotonic() >= self._started:
            self.phase = Phase.RUNNING
        return self.phase

    # --- readings ------------------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.update() == Phase.RUNNING

    @property
    def active(self) -> bool:
        """Counting down or running: Space / the button would stop it."""
        return self.update() in (Phase.COUNTDOWN, Phase.RUNNING)

    def _elapsed_now(self) -> float:
        assert self._started is not None
        return max(0.0, self.clock.monotonic() - self._started)

    def elapsed(self) -> float:
        """Seconds since the run started (frozen once stopped; 0 before the start or during the countdown)."""
        phase = self.update()
        if phase == Phase.RUNNING:
            return self._elapsed_now()
        if phase == Phase.STOPPED:
            return self._stopped_elapsed
        return 0.0

    def countdown_left(self) -> int:
        """The number to show during the countdown (3, 2, 1), 0 outside it."""
        if self.update() != Phase.COUNTDOWN or self._started is None:
            return 0
        return max(1, math.ceil(self._started - self.clock.monotonic() - 1e-9))

    def light(self) -> Light:
        if self.update() == Phase.COUNTDOWN:
            return Light.NONE
        if self.phase == Phase.IDLE:
            return Light.NONE
        return self.thresholds.light_at(self.elapsed())

    def seconds_to_next_event(self) -> float | None:
        """How long until something visible changes besides the tenths (a light or a countdown number)."""
        phase = self.update()
        now = self.clock.monotonic()
        if phase == Phase.COUNTDOWN and self._started is not None:
            left = self._started - now
            return left - math.floor(left - 1e-9) if left > 0 else 0.0
        if phase == Phase.RUNNING:
            edge = self.thresholds.next_change(self.elapsed())
            return None if edge is None else edge - self.elapsed()
        return None

    def result(self, word_total: int) -> RunResult:
        """The finished run (call after :meth:`stop`)."""
        duration = self.elapsed()
        return RunResult(duration, word_total, spoken_wpm(word_total, duration), self.thresholds.light_at(duration))
