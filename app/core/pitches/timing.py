"""How long a pitch takes to say, and when the rehearsal light changes colour.

A spoken pitch runs at a steady pace (words per minute, 150 by default: about 2.5 words a second), so a 30-second
pitch is about 75 words. The rehearsal light is grey until the speaker may finish, then green ("you can finish"),
yellow ("wrap up") and red ("time's up"). By default the changes come at 2/3, 5/6 and 1× of the target — 20, 25 and
30 seconds for a 30-second pitch — and each pitch may move green and yellow (red is always the target).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum

from app.core.translated import QT_TRANSLATE_NOOP, said

DEFAULT_WPM = 150
DEFAULT_TARGET_SECONDS = 30
MIN_WPM, MAX_WPM = 60, 300
MIN_TARGET_SECONDS, MAX_TARGET_SECONDS = 5, 600
GREEN_FRACTION = 2 / 3
YELLOW_FRACTION = 5 / 6

# A word is a run of letters or digits, with inner apostrophes or hyphens ("don't", "co-op") and, between digits,
# dots or commas ("3.5", "1,000"): what a person says as one word. Lone punctuation and dashes are not words.
WORD_PATTERN = re.compile(r"[^\W_]+(?:(?:['’\-]|(?<=\d)[.,](?=\d))[^\W_]+)*")


class Light(StrEnum):
    """The rehearsal light; the value is what the ``light`` Qt property of ``rehearsalLight`` shows."""

    NONE = "none"
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


class InvalidTiming(ValueError):
    """Thresholds, pace or target out of range: ``field`` says which ("green", "yellow", "target", "pace") and
    ``reason`` why (an :class:`app.core.translated.Said`: English, and in the interface's language where shown)."""

    def __init__(self, field_name: str, reason: str):
        super().__init__(f"{field_name}: {reason}")
        self.field = field_name
        self.reason = reason


# The fields' names as the window says them before a reason ("Green: 25 s must come before yellow (20 s)").
FIELD_WORDS = {
    "green": QT_TRANSLATE_NOOP("PitchProblem", "green"),
    "yellow": QT_TRANSLATE_NOOP("PitchProblem", "yellow"),
    "target": QT_TRANSLATE_NOOP("PitchProblem", "target"),
    "pace": QT_TRANSLATE_NOOP("PitchProblem", "pace"),
}


def _said(template: str, **params) -> str:
    return said("PitchProblem", template, **params)


def words(text: str) -> list[str]:
    """The words of ``text`` in order (see ``WORD_PATTERN``)."""
    return WORD_PATTERN.findall(text)


def word_count(text: str) -> int:
    return len(words(text))


def estimated_seconds(word_total: int, wpm: float = DEFAULT_WPM) -> float:
    """Seconds to say ``word_total`` words at ``wpm`` words per minute."""
    if wpm <= 0:
        raise InvalidTiming(
            "pace", _said(QT_TRANSLATE_NOOP("PitchProblem", "must be above 0 words a minute, got {wpm}"), wpm=wpm)
        )
    return word_total * 60.0 / wpm


def words_for_seconds(seconds: float, wpm: float = DEFAULT_WPM) -> int:
    """How many words fit in ``seconds`` at ``wpm`` (rounded down): the word budget of a target."""
    return max(0, math.floor(seconds * wpm / 60.0 + 1e-9))


def spoken_wpm(word_total: int, duration_seconds: float) -> float:
    """The pace of a run: ``word_total`` words said in ``duration_seconds`` (0 for an empty or instant run)."""
    if duration_seconds <= 0 or word_total <= 0:
        return 0.0
    return word_total * 60.0 / duration_seconds


@dataclass(frozen=True)
class Thresholds:
    """When the light turns green, yellow and red, in seconds from the start (green < yellow <= red)."""

    green: float
    yellow: float
    red: float

    @classmethod
    def for_target(cls, target_seconds: float, green: float | None = None, yellow: float | None = None) -> Thresholds:
        """The defaults (2/3, 5/6 and 1× of the target), with the pitch's own green/yellow when it has them.

        Overrides that no longer fit the target (e.g. the target was shortened) fall back to the defaults rather than
        showing lights in the wrong order.
        """
        if target_seconds <= 0:
            raise InvalidTiming(
                "target",
                _said(
                    QT_TRANSLATE_NOOP("PitchProblem", "must be above 0 seconds, got {seconds}"), seconds=target_seconds
                ),
            )
        red = float(target_seconds)
        default_green = red * GREEN_FRACTION
        default_yellow = red * YELLOW_FRACTION
        g = float(green) if green is not None else default_green
        y = float(yellow) if yellow is not None else default_yellow
        if not 0 < g < y <= red:
            if yellow is not None and 0 < default_green < y <= red:
                g = default_green
            elif green is not None and 0 < g < default_yellow:
                y = default_yellow
            else:
                g, y = default_green, default_yellow
        return cls(g, y, red)

    def light_at(self, elapsed_seconds: float) -> Light:
        """The light after ``elapsed_seconds``: each colour starts exactly at its threshold."""
        if elapsed_seconds >= self.red:
            return Light.RED
        if elapsed_seconds >= self.yellow:
            return Light.YELLOW
        if elapsed_seconds >= self.green:
            return Light.GREEN
        return Light.NONE

    def next_change(self, elapsed_seconds: float) -> float | None:
        """Seconds from the start of the next light change after ``elapsed_seconds`` (None once red)."""
        for edge in (self.green, self.yellow, self.red):
            if elapsed_seconds < edge:
                return edge
        return None


def validate_thresholds(target_seconds: float, green: float | None, yellow: float | None) -> None:
    """Raise :class:`InvalidTiming` naming the field when user-entered thresholds are out of order."""
    if not MIN_TARGET_SECONDS <= target_seconds <= MAX_TARGET_SECONDS:
        raise InvalidTiming(
            "target",
            _said(
                QT_TRANSLATE_NOOP("PitchProblem", "{seconds} s is outside {low}–{high} s"),
                seconds=target_seconds,
                low=MIN_TARGET_SECONDS,
                high=MAX_TARGET_SECONDS,
            ),
        )
    g = target_seconds * GREEN_FRACTION if green is None else green
    y = target_seconds * YELLOW_FRACTION if yellow is None else yellow
    if g <= 0:
        raise InvalidTiming(
            "green", _said(QT_TRANSLATE_NOOP("PitchProblem", "{green} s must be after the start"), green=f"{g:g}")
        )
    if g >= y:
        raise InvalidTiming(
            "green",
            _said(
                QT_TRANSLATE_NOOP("PitchProblem", "{green} s must come before yellow ({yellow} s)"),
                green=f"{g:g}",
                yellow=f"{y:g}",
            ),
        )
    if y > target_seconds:
        raise InvalidTiming(
            "yellow",
            _said(
                QT_TRANSLATE_NOOP("PitchProblem", "{yellow} s must not come after the target ({target} s)"),
                yellow=f"{y:g}",
                target=f"{target_seconds:g}",
            ),
        )


def format_elapsed(seconds: float) -> str:
    """A stopwatch reading as "0:27.4": minutes, seconds and tenths, truncated (never rounded up).

    Truncating keeps the display consistent with the light: at 19.96 s the timer says 0:19.9 and the light is still
    grey; it turns green exactly when the display reaches 0:20.0.
    """
    tenths = max(0, math.floor(seconds * 10 + 1e-6))
    minutes, rest = divmod(tenths, 600)
    return f"{minutes}:{rest // 10:02d}.{rest % 10}"


def format_duration(seconds: float) -> str:
    """A duration in a table: "0:28.1"; same rules as :func:`format_elapsed`."""
    return format_elapsed(seconds)
