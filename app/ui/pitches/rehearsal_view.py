"""Rehearsal mode: a very large timer, the light with its words, and the pitch text underneath.

The stopwatch reads the context's monotonic clock; the QTimer here only decides when to repaint, so the reading never
drifts however late a tick comes (DESIGN §5, §8). Each repaint is scheduled for the moment the shown tenth, the light
or the countdown number next changes, so the digits change on time and nothing repaints in between.
``finished`` carries the result of a run stopped by the user.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from app.core.clock import Clock
from app.core.pitches.rehearsal import Phase, RunResult, Stopwatch
from app.core.pitches.timing import Light, Thresholds, format_elapsed, word_count
from app.ui.pitches.eliding import ElidingLabel
from app.ui.pitches.light import LightWidget, light_words

TICK_MS = 100  # the longest wait between repaints; usually the wait to the next tenth
LIGHT_MAX = 180
TIMER_MAX_PX = 132


class RehearsalView(QWidget):
    """Shows one run at a time. ``start()`` / ``stop()`` / ``toggle()``; ``active`` while counting down or running."""

    finished = Signal(object, object)  # RunResult, started_at (datetime)
    state_changed = Signal(bool)  # active

    def __init__(self, clock: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rehearsalView")
        self.setAccessibleName(self.tr("Rehearsal"))
        self.setAccessibleDescription(self.tr("Space starts and stops the timer; Esc leaves rehearsal mode"))
        self.clock = clock
        self.stopwatch = Stopwatch(clock, Thresholds.for_target(30))
        self._text = ""
        self._started_at: dt.datetime | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.title = ElidingLabel()
        self.title.setObjectName("rehearsalTitle")
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.title.setFont(title_font)
        self.thresholds_label = QLabel()
        self.thresholds_label.setObjectName("rehearsalThresholds")
        self.thresholds_label.setEnabled(False)
        self.thresholds_label.setWordWrap(True)

        self.light = LightWidget(self, diameter=180)
        self.light.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.light.setFixedSize(96, 96)
        self.timer_label = _TimerLabel(format_elapsed(0))
        self.timer_label.setObjectName("rehearsalTimer")
        self.timer_label.setAccessibleDescription(self.tr("Time spoken so far"))  # its name is the time shown
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPixelSize(TIMER_MAX_PX)
        mono.setBold(True)
        self.timer_label.setFont(mono)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.light_text = QLabel()
        self.light_text.setObjectName("rehearsalLightText")
        words_font = QFont(self.light_text.font())
        words_font.setPointSizeF(words_font.pointSizeF() * 1.6)
        words_font.setBold(True)
        self.light_text.setFont(words_font)
        self.light_text.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setObjectName("rehearsalResult")
        self.result_label.setWordWrap(True)
        self.text_view = QTextBrowser()
        self.text_view.setObjectName("rehearsalText")
        self.text_view.setAccessibleName(self.tr("Pitch text"))
        self.text_view.setAccessibleDescription(self.tr("The pitch to say aloud, in large type"))
        self.text_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        text_font = QFont(self.text_view.font())
        text_font.setPointSizeF(max(15.0, text_font.pointSizeF() * 1.6))
        self.text_view.setFont(text_font)
        self.text_view.document().setDocumentMargin(16)

        clock_row = QHBoxLayout()
        clock_row.setSpacing(32)
        clock_row.addStretch(1)
        clock_row.addWidget(self.light, 0, Qt.AlignmentFlag.AlignVCenter)
        readout = QVBoxLayout()
        readout.setSpacing(0)
        readout.addWidget(self.timer_label)
        readout.addWidget(self.light_text)
        readout.addSpacing(4)
        readout.addWidget(self.thresholds_label)
        clock_row.addLayout(readout)
        clock_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addLayout(clock_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.text_view, 1)

        self._tick = QTimer(self)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.setSingleShot(True)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self.refresh_display()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Scale the light and the digits with the space: as large as fits, never larger than the defaults.
        light = int(max(72, min(LIGHT_MAX, self.height() / 4, self.width() / 5)))
        self.light.setFixedSize(light, light)
        room = self.width() - light - 48
        font = self.timer_label.font()
        advance = max(1, QFontMetrics(font).horizontalAdvance("0:00.0 ") / max(1, font.pixelSize()))
        pixels = int(max(28, min(TIMER_MAX_PX, room / advance, self.height() / 5)))
        if pixels != font.pixelSize():
            font.setPixelSize(pixels)
            self.timer_label.setFont(font)

    # --- setup ---------------------------------------------------------------------------------------------------
    def set_pitch(self, title: str, text: str, thresholds: Thresholds, countdown_seconds: int = 0) -> None:
        """What the next run rehearses. Ignored while a run is active."""
        if self.active:
            return
        self._text = text
        self.stopwatch.thresholds = thresholds
        self.stopwatch.countdown_seconds = countdown_seconds
        self.title.set_full_text(title)
        self.thresholds_label.setText(
            self.tr("Green {g} · Yellow {y} · Red {r}").format(
                g=_short(thresholds.green), y=_short(thresholds.yellow), r=_short(thresholds.red)
            )
        )
        self.text_view.setPlainText(text)
        self.refresh_display()

    def set_countdown(self, seconds: int) -> None:
        if not self.active:
            self.stopwatch.countdown_seconds = seconds

    # --- control -------------------------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.stopwatch.active

    def start(self) -> None:
        self.stopwatch.start()
        self._started_at = self.clock.now()
        self.result_label.clear()
        self._tick.start(self._next_repaint_ms())
        self.refresh_display()
        self.state_changed.emit(True)

    def stop(self) -> RunResult | None:
        """Stop; returns the run (also emitted as ``finished``) or None when stopped during the countdown."""
        was_running = self.stopwatch.phase == Phase.RUNNING or self.stopwatch.update() == Phase.RUNNING
        self.stopwatch.stop()
        self._tick.stop()
        self.refresh_display()
        self.state_changed.emit(False)
        if not was_running or self.stopwatch.elapsed() <= 0:
            return None
        result = self.stopwatch.result(word_count(self._text))
        self.result_label.setText(self.describe(result))
        started = self._started_at or self.clock.now()
        if self.stopwatch.countdown_seconds:
            started += dt.timedelta(seconds=self.stopwatch.countdown_seconds)
        self.finished.emit(result, started)
        return result

    def cancel(self) -> None:
        """Stop without a result (Esc during a run)."""
        if self.active:
            self.stopwatch.reset()
            self._tick.stop()
            self.refresh_display()
            self.state_changed.emit(False)

    def toggle(self) -> None:
        if self.active:
            self.stop()
        else:
            self.start()

    # --- display -------------------------------------------------------------------------------------------------
    def describe(self, result: RunResult) -> str:
        thresholds = self.stopwatch.thresholds
        if result.duration_seconds > thresholds.red:
            verdict = self.tr("{s:.1f} s over the target").format(s=result.duration_seconds - thresholds.red)
        elif result.duration_seconds < thresholds.green:
            verdict = self.tr("under the green light — slow down or say more")
        else:
            verdict = self.tr("on target")
        return self.tr("{time} · {words} words · {wpm:.0f} words a minute — {verdict}").format(
            time=format_elapsed(result.duration_seconds), words=result.words, wpm=result.wpm, verdict=verdict
        )

    def _on_tick(self) -> None:
        self.refresh_display()
        if self.stopwatch.active:
            self._tick.start(self._next_repaint_ms())

    def _next_repaint_ms(self) -> int:
        """Milliseconds until the display next changes: the next tenth, light or countdown step."""
        if self.stopwatch.update() == Phase.COUNTDOWN:
            wait = self.stopwatch.seconds_to_next_event() or TICK_MS / 1000
        else:
            elapsed = self.stopwatch.elapsed()
            wait = (math.floor(elapsed * 10 + 1e-6) + 1) / 10 - elapsed
            event = self.stopwatch.seconds_to_next_event()
            if event is not None:
                wait = min(wait, event)
        return max(1, min(TICK_MS, math.ceil(wait * 1000)))

    def refresh_display(self) -> None:
        phase = self.stopwatch.update()
        if phase == Phase.COUNTDOWN:
            self.timer_label.setText(str(self.stopwatch.countdown_left()))
            self.light.set_light(Light.NONE)
            self.light_text.setText(self.tr("Get ready…"))
            return
        self.timer_label.setText(format_elapsed(self.stopwatch.elapsed()))
        light = self.stopwatch.light()
        self.light.set_light(light)
        if phase == Phase.IDLE:
            self.light_text.setText(self.tr("Press Space to start"))
        elif phase == Phase.STOPPED:
            self.light_text.setText(self.tr("Stopped — Space to go again"))
        else:
            self.light_text.setText(light_words(light))
        self.timer_label.setAccessibleDescription(self.timer_label.text())


class _TimerLabel(QLabel):
    """The big digits: as wide as their text, but willing to shrink (the view picks a font that fits)."""

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setWidth(40)
        return hint


def _short(seconds: float) -> str:
    """Thresholds as "0:20" or "0:12.5"."""
    text = format_elapsed(seconds)
    return text[:-2] if text.endswith(".0") else text
