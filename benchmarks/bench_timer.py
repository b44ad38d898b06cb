"""Rehearsal timer drift over 60 s (DESIGN §8: < 5 ms), with the real widget on the real clock.

The rehearsal view shows ``clock.monotonic() − start`` and repaints when the shown tenth changes. We run it for 60 s
(10 s with --quick) in a Qt event loop and compare, against an independent reference clock (``time.perf_counter``):

- drift: the stopped duration vs the reference duration between the same start and stop calls;
- the stopwatch reading vs the reference, sampled by an unrelated 13 ms timer (worst case; each read is bracketed
  by two reference reads, and samples where the process was preempted in between are dropped);
- the label's lag behind the reference at those samples (what the eye sees: truncated to tenths, so up to 100 ms
  by design, plus however late the repaint came);
- how late each repaint came after the tenth it shows began (p99);
- for contrast, how far off a stopwatch would be that counted the ticks of a plain 40 ms QTimer in the same loop.
"""

from __future__ import annotations

import time

from benchmarks.report import Row

SECONDS = 60
QUICK_SECONDS = 10
SAMPLE_MS = 13
NAIVE_TICK_MS = 40


def _parse(text: str) -> float:
    minutes, seconds = text.split(":")
    return int(minutes) * 60 + float(seconds)


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.99 * (len(ordered) - 1))] if ordered else 0.0


def run(quick: bool = False) -> list[Row]:
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from app.core.clock import SYSTEM_CLOCK
    from app.core.pitches.timing import Thresholds
    from app.ui.application import ensure_application
    from app.ui.pitches.rehearsal_view import RehearsalView

    ensure_application()
    seconds = QUICK_SECONDS if quick else SECONDS
    view = RehearsalView(SYSTEM_CLOCK)
    view.set_pitch("benchmark", "word " * 75, Thresholds.for_target(30))
    view.resize(900, 600)
    view.show()
    samples: list[tuple[float, float, float]] = []  # reference elapsed, stopwatch elapsed, label seconds
    lateness: list[float] = []
    naive_ticks = 0
    start_ref = 0.0

    def sample() -> None:
        # Bracket the stopwatch read between two reference reads; a sample where the process was preempted in
        # between (bracket > 0.5 ms) says nothing about the stopwatch and is dropped.
        before = time.perf_counter()
        watch = view.stopwatch.elapsed()
        after = time.perf_counter()
        if after - before <= 0.0005:
            samples.append(((before + after) / 2 - start_ref, watch, _parse(view.timer_label.text())))

    def repainted() -> None:
        shown = _parse(view.timer_label.text())
        lateness.append(max(0.0, time.perf_counter() - start_ref - shown))

    def naive() -> None:
        nonlocal naive_ticks
        naive_ticks += 1

    sampler = QTimer()
    sampler.setTimerType(Qt.TimerType.PreciseTimer)
    sampler.setInterval(SAMPLE_MS)
    sampler.timeout.connect(sample)
    counter = QTimer()
    counter.setTimerType(Qt.TimerType.PreciseTimer)
    counter.setInterval(NAIVE_TICK_MS)
    counter.timeout.connect(naive)
    view._tick.timeout.connect(repainted)
    loop = QEventLoop()
    result: dict[str, float] = {}

    def finish() -> None:
        stop_ref = time.perf_counter()
        result["duration"] = view.stopwatch.stop()
        result["reference"] = stop_ref - start_ref
        for timer in (sampler, counter, view._tick):
            timer.stop()
        loop.quit()

    QTimer.singleShot(seconds * 1000, finish)
    start_ref = time.perf_counter()
    view.start()
    sampler.start()
    counter.start()
    loop.exec()
    view.close()

    drift_ms = abs(result["duration"] - result["reference"]) * 1000
    reading_ms = max(abs(watch - ref) for ref, watch, _ in samples) * 1000
    label_lag = [(ref - label) * 1000 for ref, _, label in samples]
    naive_ms = abs(naive_ticks * NAIVE_TICK_MS / 1000 - result["reference"]) * 1000
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
        Row(
            "rehearsal timer: label behind the clock, p99",
            _p99(label_lag),
            "ms",
            None,
            "< 120 ms (tenths)",
            _p99(label_lag) < 120,
        ),
        Row(
            "rehearsal timer: repaint after its tenth began, p99",
            _p99(lateness) * 1000,
            "ms",
            None,
            "< 16 ms",
            _p99(lateness) * 1000 < 16,
        ),
        Row(f"contrast: counting {NAIVE_TICK_MS} ms QTimer ticks would be off by", naive_ms, "ms"),
    ]
