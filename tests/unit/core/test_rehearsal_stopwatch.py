"""The rehearsal stopwatch reads an injected monotonic clock: no waiting, exact boundaries."""

from __future__ import annotations

import pytest

from app.core.clock import FixedClock
from app.core.pitches.rehearsal import Phase, Stopwatch
from app.core.pitches.timing import Light, Thresholds


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock("2026-03-16T10:30:00", monotonic_start=5000.0)


def test_before_the_start_nothing_runs(clock):
    watch = Stopwatch(clock, Thresholds.for_target(30))
    assert watch.phase == Phase.IDLE
    assert watch.elapsed() == 0
    assert watch.light() == Light.NONE
    clock.advance(10)
    assert watch.elapsed() == 0


@pytest.mark.parametrize(
    ("after", "light"),
    [(0.0, Light.NONE), (19.9, Light.NONE), (20.0, Light.GREEN), (25.0, Light.YELLOW), (30.0, Light.RED)],
)
def test_light_at_the_boundaries_of_a_thirty_second_target(clock, after, light):
    watch = Stopwatch(clock, Thresholds.for_target(30))
    watch.start()
    clock.advance(after)
    assert watch.elapsed() == pytest.approx(after)
    assert watch.light() == light


def test_elapsed_comes_from_the_clock_not_from_how_often_it_is_read(clock):
    watch = Stopwatch(clock, Thresholds.for_target(30))
    watch.start()
    for _ in range(7):  # uneven reads, as late timer ticks would give
        clock.advance(1.3)
        watch.elapsed()
    clock.advance(3.9)
    assert watch.elapsed() == pytest.approx(13.0)


def test_stop_freezes_the_duration_and_result(clock):
    watch = Stopwatch(clock, Thresholds.for_target(30))
    watch.start()
    clock.advance(28.25)
    assert watch.stop() == pytest.approx(28.25)
    clock.advance(100)
    assert watch.elapsed() == pytest.approx(28.25)
    assert watch.phase == Phase.STOPPED
    result = watch.result(70)
    assert result.duration_ms == 28250
    assert result.wpm == pytest.approx(70 * 60 / 28.25)
    assert result.light == Light.YELLOW


def test_countdown_runs_three_two_one_then_starts_at_its_end(clock):
    watch = Stopwatch(clock, Thresholds.for_target(30), countdown_seconds=3)
    watch.start()
    assert watch.phase == Phase.COUNTDOWN
    assert watch.countdown_left() == 3
    clock.advance(0.5)
    assert watch.countdown_left() == 3
    clock.advance(0.5)
    assert watch.countdown_left() == 2
    clock.advance(1.0)
    assert watch.countdown_left() == 1
    assert watch.elapsed() == 0
    assert watch.light() == Light.NONE
    clock.advance(1.0)
    assert watch.running
    assert watch.elapsed() == pytest.approx(0.0)
    # Noticed late: the run still started when the countdown ended.
    clock.advance(20.5)
    assert watch.elapsed() == pytest.approx(20.5)
    assert watch.light() == Light.GREEN


def test_stopping_during_the_countdown_cancels_the_run(clock):
    watch = Stopwatch(clock, Thresholds.for_target(30), countdown_seconds=3)
    watch.start()
    clock.advance(1)
    assert watch.stop() == 0
    assert watch.phase == Phase.IDLE
    assert not watch.active


def test_seconds_to_next_event(clock):
    watch = Stopwatch(clock, Thresholds.for_target(30))
    watch.start()
    clock.advance(18)
    assert watch.seconds_to_next_event() == pytest.approx(2)
    clock.advance(13)
    assert watch.seconds_to_next_event() is None


def test_restart_begins_from_zero(clock):
    watch = Stopwatch(clock, Thresholds.for_target(15))
    watch.start()
    clock.advance(9)
    watch.stop()
    watch.start()
    clock.advance(1)
    assert watch.elapsed() == pytest.approx(1)
