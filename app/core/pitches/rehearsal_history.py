"""What the rehearsal history says: best, average and last run, and the "on target" streak.

A run is *on target* when it ends inside the finishing window — at or after the green light and no later than the
target (red). Shorter runs rush or skip parts; longer ones overrun. The *best* run is the on-target run closest to
the target (then the best-rated); with none on target, the run closest to the target at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.pitches.timing import Thresholds


@dataclass(frozen=True)
class Run:
    """One saved rehearsal, as the history needs it."""

    id: int
    started_at: dt.datetime
    duration_seconds: float
    words: int
    wpm: float
    rating: int | None = None
    notes: str = ""
    audio_path: str | None = None


@dataclass(frozen=True)
class Summary:
    count: int
    best: Run | None
    last: Run | None
    average_seconds: float | None
    average_wpm: float | None
    on_target: int
    streak: int


def on_target(run: Run, thresholds: Thresholds) -> bool:
    return thresholds.green <= run.duration_seconds <= thresholds.red


def summarize(runs: Sequence[Run], thresholds: Thresholds) -> Summary:
    """``runs`` in any order; "last" and the streak follow ``started_at``."""
    ordered = sorted(runs, key=lambda r: (r.started_at, r.id))
    if not ordered:
        return Summary(0, None, None, None, None, 0, 0)
    hits = [r for r in ordered if on_target(r, thresholds)]
    if hits:
        best = min(hits, key=lambda r: (thresholds.red - r.duration_seconds, -(r.rating or 0), -r.id))
    else:
        best = min(ordered, key=lambda r: (abs(thresholds.red - r.duration_seconds), -r.id))
    streak = 0
    for run in reversed(ordered):
        if not on_target(run, thresholds):
            break
        streak += 1
    return Summary(
        count=len(ordered),
        best=best,
        last=ordered[-1],
        average_seconds=sum(r.duration_seconds for r in ordered) / len(ordered),
        average_wpm=sum(r.wpm for r in ordered) / len(ordered),
        on_target=len(hits),
        streak=streak,
    )
