"""Rehearsal timer drift over 60 s (DESIGN §8: < 5 ms), with the real widget on the real clock.

The rehearsal view repaints every 40 ms and shows ``clock.monotonic() − start``. We run it for 60 s (10 s with
--quick) in a Qt event loop and compare, against an independent reference clock (``time.perf_counter``):

- drift: the stopped duration vs the reference duration between the same start and stop calls;
- the reading at every repaint vs the reference at that moment (worst case);
- the label's lag behind the reference (what the eye sees: truncated to tenths, refreshed every 40 ms);
- for contrast, what a timer that *counted* its 40 ms ticks would show after the same run.
"""

from __future__ import annotations

import itertools
import statistics
import time

from benchmarks.report import Row

SECONDS = 60
QUICK_SECONDS = 10


def _parse(text: str) -> float:
    minutes, seconds = text.split(":")
    return int(minutes) * 60 + float(seconds)


def run(quick: bool = False) -> list[Row]:
    from PySide6.QtCore import QEventLoop, QTimer

    from app.core.clock import SYSTEM_CLOCK
    from app.core.pitch_timing import Thresholds
    from app.ui.application import ensure_application
    from app.ui.pitches.rehearsal_view import TICK_MS, RehearsalView

    ensure_application()
    seconds = QUICK_SECONDS if quick else SECONDS
    view = RehearsalView(SYSTEM_CLOCK)
    view.set_pitch("benchmark", "word " * 75, Thresholds.for_target(30))
    view.resize(900, 600)
    view.show()
    samples: list[tuple[float, float, float]] = []  # reference elapsed, stopwatch elapsed, label seconds
    ticks = 0
    start_ref = 0.0

    def sample() -> None:
        nonlocal ticks
        ticks += 1
        now = time.perf_counter()
        samples.append((now - start_ref, view.stopwatch.elapsed(), _parse(view.timer_label.text())))

    view._tick.timeout.connect(sample)
    loop = QEventLoop()
    result: dict[str, float] = {}

    def finish() -> None:
        stop_ref = time.perf_counter()
        duration = view.stopwatch.stop()
        result["reference"] = stop_ref - start_ref
        result["duration"] = duration
        view._tick.stop()
        loop.quit()

    QTimer.singleShot(seconds * 1000, finish)
    start_ref = time.perf_counter()
    view.stopwatch.start()
    view._tick.start()
    loop.exec()
    view.close()

    drift_ms = abs(result["duration"] - result["reference"]) * 1000
    reading_ms = max(abs(watch - ref) for ref, watch, _ in samples) * 1000
    lags = sorted((ref - label) * 1000 for ref, _, label in samples)
    p99_lag = lags[int(0.99 * (len(lags) - 1))]
    counted_ms = abs(ticks * TICK_MS / 1000 - result["reference"]) * 1000
    intervals = [b[0] - a[0] for a, b in itertools.pairwise(samples)]
    jitter = statistics.pstdev(intervals) * 1000 if len(intervals) > 1 else 0.0
    label = f"{seconds} s run"
    return [
        Row(f"rehearsal timer: drift after a {label}", drift_ms * 1000, "µs", None, "< 5 ms", drift_ms < 5),
        Row(
            f"rehearsal timer: worst reading vs reference, {label}",
            reading_ms * 1000,
            "µs",
            None,
            "< 5 ms",
            reading_ms < 5,
        ),
        Row("rehearsal timer: label behind the clock, p99", p99_lag, "ms", None, "< 150 ms", p99_lag < 150),
        Row(f"contrast: counting {TICK_MS} ms ticks would be off by", counted_ms, "ms"),
        Row("rehearsal timer: repaint interval jitter (std dev)", jitter, "ms"),
    ]
