"""Word counts, spoken-time estimates and the rehearsal light thresholds."""

from __future__ import annotations

import pytest

from app.core.pitches.timing import (
    InvalidTiming,
    Light,
    Thresholds,
    estimated_seconds,
    format_elapsed,
    spoken_wpm,
    validate_thresholds,
    word_count,
    words_for_seconds,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("people " * 75, 75),
        ("I'm an operations manager.", 4),
        ("Don't stop — keep going!", 4),
        ("We cut costs by 3.5% and 1,000 hours.", 8),
        ("co-op well-known", 2),
        ("Hello,world", 2),
        ("— … !!", 0),
        ("Zoë Müller sprach über Köln", 5),
    ],
)
def test_word_count_counts_spoken_words(text, expected):
    assert word_count(text) == expected


def test_seventy_five_words_take_thirty_seconds_at_the_default_pace():
    assert estimated_seconds(75) == pytest.approx(30.0)
    assert estimated_seconds(75, 120) == pytest.approx(37.5)
    assert estimated_seconds(0) == 0


def test_estimate_rejects_a_zero_pace():
    with pytest.raises(InvalidTiming, match="pace"):
        estimated_seconds(10, 0)


def test_word_budget_of_a_target():
    assert words_for_seconds(30) == 75
    assert words_for_seconds(15, 150) == 37
    assert words_for_seconds(60, 130) == 130


def test_spoken_pace_of_a_run():
    assert spoken_wpm(75, 30) == pytest.approx(150)
    assert spoken_wpm(75, 0) == 0
    assert spoken_wpm(0, 12) == 0


@pytest.mark.parametrize(
    ("target", "green", "yellow"),
    [(30, 20, 25), (15, 10, 12.5), (60, 40, 50), (90, 60, 75)],
)
def test_default_thresholds_are_two_thirds_five_sixths_and_the_target(target, green, yellow):
    thresholds = Thresholds.for_target(target)
    assert thresholds.green == pytest.approx(green)
    assert thresholds.yellow == pytest.approx(yellow)
    assert thresholds.red == target


@pytest.mark.parametrize(
    ("elapsed", "light"),
    [
        (0.0, Light.NONE),
        (19.9, Light.NONE),
        (19.999, Light.NONE),
        (20.0, Light.GREEN),
        (24.99, Light.GREEN),
        (25.0, Light.YELLOW),
        (29.99, Light.YELLOW),
        (30.0, Light.RED),
        (95.0, Light.RED),
    ],
)
def test_light_changes_exactly_at_each_threshold(elapsed, light):
    assert Thresholds.for_target(30).light_at(elapsed) == light


def test_per_pitch_thresholds_override_the_defaults():
    thresholds = Thresholds.for_target(30, green=22, yellow=27)
    assert (thresholds.green, thresholds.yellow, thresholds.red) == (22, 27, 30)
    assert thresholds.light_at(21.9) == Light.NONE
    assert thresholds.light_at(22) == Light.GREEN


def test_overrides_that_no_longer_fit_a_shorter_target_fall_back_to_defaults():
    # Set for a 60 s pitch, then the target became 30 s.
    thresholds = Thresholds.for_target(30, green=40, yellow=50)
    assert (thresholds.green, thresholds.yellow) == (20, 25)
    # Only yellow still fits: keep it, default green.
    assert Thresholds.for_target(30, green=40, yellow=28).yellow == 28


def test_next_change_is_the_next_threshold():
    thresholds = Thresholds.for_target(30)
    assert thresholds.next_change(0) == 20
    assert thresholds.next_change(20) == 25
    assert thresholds.next_change(29) == 30
    assert thresholds.next_change(30) is None


@pytest.mark.parametrize(
    ("green", "yellow", "field"),
    [(25, 20, "green"), (0, 10, "green"), (20, 31, "yellow"), (26, None, "green")],
)
def test_validate_thresholds_names_the_bad_field(green, yellow, field):
    with pytest.raises(InvalidTiming, match=f"^{field}"):
        validate_thresholds(30, green, yellow)


def test_validate_thresholds_accepts_defaults_and_sane_values():
    validate_thresholds(30, None, None)
    validate_thresholds(30, 18, 30)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00.0"),
        (0.04, "0:00.0"),
        (19.96, "0:19.9"),
        (20.0, "0:20.0"),
        (27.44, "0:27.4"),
        (59.99, "0:59.9"),
        (60, "1:00.0"),
        (125.5, "2:05.5"),
        (-1, "0:00.0"),
    ],
)
def test_elapsed_time_is_truncated_to_tenths(seconds, text):
    assert format_elapsed(seconds) == text
