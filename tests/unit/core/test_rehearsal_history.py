"""Best / average / last and the on-target streak of a pitch's rehearsals."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.pitches.rehearsal_history import Run, on_target, summarize
from app.core.pitches.timing import Thresholds

T30 = Thresholds.for_target(30)


def _run(i, seconds, rating=None, wpm=150.0):
    return Run(i, dt.datetime(2026, 3, 1, 9) + dt.timedelta(days=i), seconds, 70, wpm, rating)


def test_empty_history():
    summary = summarize([], T30)
    assert (summary.count, summary.best, summary.last, summary.streak) == (0, None, None, 0)


def test_on_target_is_between_green_and_the_target():
    assert not on_target(_run(1, 19.9), T30)
    assert on_target(_run(1, 20.0), T30)
    assert on_target(_run(1, 30.0), T30)
    assert not on_target(_run(1, 30.1), T30)


def test_summary_best_average_last_and_streak():
    runs = [_run(1, 41), _run(2, 28, rating=3), _run(3, 33), _run(4, 24, wpm=170), _run(5, 29.5, wpm=140)]
    summary = summarize(list(reversed(runs)), T30)
    assert summary.count == 5
    assert summary.last.id == 5
    assert summary.best.id == 5  # on target and closest to 30 s
    assert summary.average_seconds == pytest.approx((41 + 28 + 33 + 24 + 29.5) / 5)
    assert summary.on_target == 3
    assert summary.streak == 2


def test_best_without_any_run_on_target_is_the_closest():
    summary = summarize([_run(1, 45), _run(2, 33), _run(3, 12)], T30)
    assert summary.best.id == 2
    assert summary.streak == 0
